using CrossBorder.Fx.Internal;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// Parses a two-way rate history: the header <c>date,base,quote,bid,mid,ask</c> (each rate stamped at the start of
/// its date, UTC) or <c>timestamp,base,quote,bid,mid,ask</c> (ISO 8601 UTC instants such as
/// <c>2026-11-20T14:00:00Z</c>; a plain date is accepted too), prices with a '.' decimal point and
/// bid ≤ mid ≤ ask. Pure parsing: no network, no clock.
/// </summary>
public static class RateHistoryCsv
{
    /// <summary>The header of a history stamped by date.</summary>
    public const string DateHeader = "date,base,quote,bid,mid,ask";

    /// <summary>The header of a history stamped by UTC instant.</summary>
    public const string TimestampHeader = "timestamp,base,quote,bid,mid,ask";

    /// <summary>Parses the CSV.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The source given to every rate, and the name used in error messages.</param>
    /// <param name="kind">The kind given to every rate.</param>
    /// <param name="registry">Where currency codes are looked up; null for ISO 4217.</param>
    /// <exception cref="FormatException">The header or a row is malformed: a row that does not match the header, a bad date or instant, an unknown currency, the same currency twice, a price that is not positive or out of order. The message names the source and line.</exception>
    public static IReadOnlyList<FxRate> Parse(TextReader reader, string source, RateKind kind, CurrencyRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        registry ??= CurrencyRegistry.Iso4217;
        var table = CsvTable.Open(reader, source);
        var header = string.Join(',', table.Columns);
        if (!string.Equals(header, DateHeader, StringComparison.OrdinalIgnoreCase) && !string.Equals(header, TimestampHeader, StringComparison.OrdinalIgnoreCase))
        {
            throw table.Error(1, $"expected the header '{DateHeader}' or '{TimestampHeader}', not '{CsvTable.Echo(header)}'.");
        }

        var rates = new List<FxRate>();
        foreach (var row in table.Rows())
        {
            var at = TryParseInstantOrDate(row.Get(0), out var instant)
                ? instant
                : throw row.Invalid(0, "a date (yyyy-MM-dd) or a UTC timestamp (yyyy-MM-ddTHH:mm:ssZ)");
            var pair = FxText.Pair(row, 1, 2, registry);
            var prices = new decimal[3];
            for (var i = 0; i < 3; i++)
            {
                prices[i] = FxText.TryParseDecimal(row.Get(3 + i), out var price) && price > 0m
                    ? price
                    : throw row.Invalid(3 + i, "a positive number");
            }

            try
            {
                rates.Add(FxRate.TwoWay(pair, prices[0], prices[1], prices[2], at, source, kind));
            }
            catch (ArgumentException e)
            {
                throw row.Error(Invariant($"{pair}: {ExceptionText.FirstSentence(e.Message)}"));
            }
        }

        return rates;
    }

    /// <summary>A date (the start of that day, UTC) or an ISO 8601 UTC timestamp.</summary>
    /// <returns>Whether <paramref name="text"/> is either.</returns>
    public static bool TryParseInstantOrDate(string text, out Instant instant)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (FxText.TryParseDate(text, out var date))
        {
            instant = FxText.StampOf(date);
            return true;
        }

        var parsed = InstantPattern.ExtendedIso.Parse(text.Trim());
        instant = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }
}
