using CrossBorder.Fx.Internal;
using CrossBorder.Text;
using NodaTime.Text;

namespace CrossBorder.Fx;

/// <summary>
/// Parses exposure items from CSV with the columns <c>kind,currency,amount,date</c> and optionally
/// <c>probability</c> and <c>reference</c>, in any order: kind <c>receivable</c>, <c>payable</c> or <c>forecast</c>;
/// amounts with a '.' decimal point, positive for receivables and payables, signed for forecasts (negative = outflow);
/// dates yyyy-MM-dd; a forecast's probability as <c>80%</c> or <c>0.8</c> (empty for receivables and payables).
/// Pure parsing: no network, no clock.
/// </summary>
public static class ExposureCsv
{
    /// <summary>The columns, as documented in messages.</summary>
    public const string Columns = "kind,currency,amount,date[,probability][,reference]";

    /// <summary>Parses the CSV.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The name used in error messages, such as the file's path.</param>
    /// <param name="registry">Where currency codes are looked up; null for ISO 4217.</param>
    /// <exception cref="FormatException">The header or a row is malformed: an unknown, missing or repeated column, a row that does not match the header, an unknown kind or currency, a bad number, date or probability, a negative receivable or payable, a probability on a certain item, or no rows at all. The message names the source and line.</exception>
    public static IReadOnlyList<ExposureItem> Parse(TextReader reader, string source, CurrencyRegistry? registry)
    {
        registry ??= CurrencyRegistry.Iso4217;
        var (table, column) = FxCsv.Open(reader, source, ["kind", "currency", "amount", "date"], ["probability", "reference"], Columns);
        var items = new List<ExposureItem>();
        foreach (var row in table.Rows())
        {
            var money = Amount(row, column["amount"], column["currency"], registry);
            var date = FxText.TryParseDate(row.Get(column["date"]), out var d) ? d : throw row.Invalid(column["date"], "a date (yyyy-MM-dd)");
            var probability = row.Get(column["probability"]);
            var reference = row.Get(column["reference"]);
            var kind = row.Get(column["kind"]).ToLowerInvariant();
            if (probability.Length > 0 && kind is "receivable" or "payable")
            {
                throw row.Error($"a {kind} is certain; leave its probability empty.");
            }

            try
            {
                items.Add(kind switch
                {
                    "receivable" => ExposureItem.Receivable(money, date, reference),
                    "payable" => ExposureItem.Payable(money, date, reference),
                    "forecast" => ExposureItem.Forecast(money, date, Probability(row, column["probability"]), reference),
                    _ => throw row.Invalid(column["kind"], "receivable, payable or forecast"),
                });
            }
            catch (ArgumentException e)
            {
                throw row.Error(ExceptionText.FirstSentence(e.Message));
            }
        }

        return items.Count > 0 ? items : throw table.Error(1, "the file has no rows.");
    }

    /// <summary>An amount in the row's currency; an error naming the line when either is malformed.</summary>
    internal static Money Amount(CsvRow row, int amountColumn, int currencyColumn, CurrencyRegistry registry)
    {
        var currency = FxText.Currency(row, currencyColumn, registry);
        return FxText.TryParseDecimal(row.Get(amountColumn), out var amount)
            ? Money.Of(amount, currency)
            : throw row.Invalid(amountColumn, "a number (invariant, such as 1234.56, within ±79,228,162,514,264,337,593,543,950,335)");
    }

    private static Percentage Probability(CsvRow row, int column)
    {
        var text = row.Get(column);
        if (text.Length == 0)
        {
            throw row.Error("a forecast needs a probability, such as 80% or 0.8.");
        }

        var percent = text.EndsWith('%');
        return FxText.TryParseDecimal(text.TrimEnd('%'), out var value) && value >= 0m && (percent ? value <= 100m : value <= 1m)
            ? (percent ? Percentage.FromPercent(value) : Percentage.FromFraction(value))
            : throw row.Invalid(column, "a probability between 0 and 1 (or 0% and 100%)");
    }
}

/// <summary>
/// Parses hedges in place from CSV with the columns <c>currency,amount,month</c> and optionally <c>reference</c>:
/// month yyyy-MM, amount signed like the exposure it covers (+ sells the currency forward, covering a receivable;
/// − buys it, covering a payable). Pure parsing: no network, no clock.
/// </summary>
public static class HedgeCsv
{
    /// <summary>The columns, as documented in messages.</summary>
    public const string Columns = "currency,amount,month[,reference]";

    /// <summary>Parses the CSV; an empty file (a header only) is no hedges.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The name used in error messages, such as the file's path.</param>
    /// <param name="registry">Where currency codes are looked up; null for ISO 4217.</param>
    /// <exception cref="FormatException">The header or a row is malformed: an unknown, missing or repeated column, a row that does not match the header, an unknown currency, a bad number or month. The message names the source and line.</exception>
    public static IReadOnlyList<ExistingHedge> Parse(TextReader reader, string source, CurrencyRegistry? registry)
    {
        registry ??= CurrencyRegistry.Iso4217;
        var (table, column) = FxCsv.Open(reader, source, ["currency", "amount", "month"], ["reference"], Columns);
        var hedges = new List<ExistingHedge>();
        foreach (var row in table.Rows())
        {
            var money = ExposureCsv.Amount(row, column["amount"], column["currency"], registry);
            var month = YearMonthPattern.Iso.Parse(row.Get(column["month"])) is { Success: true } m
                ? m.Value
                : throw row.Invalid(column["month"], "a month (yyyy-MM)");
            hedges.Add(new ExistingHedge(money, month));
        }

        return hedges;
    }
}
