using CrossBorder.Fx.Internal;
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
    /// <param name="source">The source given to every rate.</param>
    /// <param name="kind">The kind given to every rate.</param>
    /// <param name="registry">Where currency codes are looked up; null for ISO 4217.</param>
    /// <exception cref="FormatException">The header or a row is malformed: a bad date, an unknown currency, the same currency twice, a rate that is not positive. The message names the line.</exception>
    public static IReadOnlyList<FxRate> Parse(TextReader reader, string source, RateKind kind, CurrencyRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        registry ??= CurrencyRegistry.Iso4217;
        var header = reader.ReadLine();
        if (header is null || !string.Equals(header.Trim().Replace(" ", string.Empty, StringComparison.Ordinal), Header, StringComparison.OrdinalIgnoreCase))
        {
            throw new FormatException(Invariant($"Line 1: expected the header '{Header}', not '{header}'."));
        }

        var rates = new List<FxRate>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 4)
            {
                throw new FormatException(Invariant($"Line {lineNumber}: expected 4 fields (date,base,quote,rate), found {fields.Length}."));
            }

            if (!FxText.TryParseDate(fields[0], out var date))
            {
                throw new FormatException(Invariant($"Line {lineNumber}: '{fields[0]}' is not a date (yyyy-MM-dd)."));
            }

            var baseCurrency = Lookup(registry, fields[1], lineNumber);
            var quoteCurrency = Lookup(registry, fields[2], lineNumber);
            if (baseCurrency.Equals(quoteCurrency))
            {
                throw new FormatException(Invariant($"Line {lineNumber}: base and quote are both {baseCurrency.Code}."));
            }

            if (!FxText.TryParseDecimal(fields[3], out var rate) || rate <= 0m)
            {
                throw new FormatException(Invariant($"Line {lineNumber}: the rate of {baseCurrency.Code}/{quoteCurrency.Code} must be a positive number, not '{fields[3].Trim()}'."));
            }

            rates.Add(FxRate.Of(new CurrencyPair(baseCurrency, quoteCurrency), rate, FxText.StampOf(date), source, kind));
        }

        return rates;
    }

    private static Currency Lookup(CurrencyRegistry registry, string code, int line) =>
        registry.TryFromCode(code.Trim(), out var currency)
            ? currency
            : throw new FormatException(Invariant($"Line {line}: unknown currency code '{code.Trim()}'."));
}
