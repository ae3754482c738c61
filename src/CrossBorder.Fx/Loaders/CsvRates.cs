using CrossBorder.Fx.Internal;
using CrossBorder.Text;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// Parses a plain CSV of rates with the header <c>date,base,quote,rate</c> (dates yyyy-MM-dd, rates with a '.'
/// decimal point, quote units per base unit). Pure parsing: no network, no clock.
/// </summary>
public static class CsvRates
{
    /// <summary>The expected header.</summary>
    public const string Header = "date,base,quote,rate";

    /// <summary>Parses the CSV.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The source given to every rate, and the name used in error messages.</param>
    /// <param name="kind">The kind given to every rate.</param>
    /// <param name="registry">Where currency codes are looked up; null for ISO 4217.</param>
    /// <exception cref="FormatException">The header or a row is malformed: a row that does not match the header, a bad date, an unknown currency, the same currency twice, a rate that is not positive. The message names the source and line.</exception>
    public static IReadOnlyList<FxRate> Parse(TextReader reader, string source, RateKind kind, CurrencyRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        registry ??= CurrencyRegistry.Iso4217;
        var rates = new List<FxRate>();
        foreach (var row in FxCsv.Read(reader, source, Header))
        {
            var date = FxText.TryParseDate(row.Get(0), out var d) ? d : throw row.Invalid(0, "a date (yyyy-MM-dd)");
            var pair = FxText.Pair(row, 1, 2, registry);
            var rate = FxText.TryParseDecimal(row.Get(3), out var r) && r > 0m
                ? r
                : throw row.Error(Invariant($"the rate of {pair} must be a positive number, not '{CsvTable.Echo(row.Get(3))}'."));
            rates.Add(FxRate.Of(pair, rate, FxText.StampOf(date), source, kind));
        }

        return rates;
    }
}
