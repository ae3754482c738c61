using System.Globalization;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Fx.Internal;

/// <summary>Culture-invariant text for messages and machine formats.</summary>
internal static class FxText
{
    public static string Format(Instant instant) => InstantPattern.General.Format(instant);

    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Format(Duration duration) => DurationPattern.Roundtrip.Format(duration);

    public static string Format(YearMonth month) => month.ToString("uuuu-MM", CultureInfo.InvariantCulture);

    public static decimal ParseDecimal(string text) =>
        decimal.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParseDate(string text, out LocalDate date)
    {
        var result = LocalDatePattern.Iso.Parse(text.Trim());
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    /// <summary>A currency from column <paramref name="column"/> of a CSV row; an error naming the line when unknown.</summary>
    public static Currency Currency(CsvRow row, int column, CurrencyRegistry registry) =>
        registry.TryFromCode(row.Get(column).ToUpperInvariant(), out var currency) ? currency : throw row.Invalid(column, "a known currency code");

    /// <summary>The pair of two currency columns of a CSV row; an error naming the line when they are unknown or the same.</summary>
    public static CurrencyPair Pair(CsvRow row, int baseColumn, int quoteColumn, CurrencyRegistry registry)
    {
        var baseCurrency = Currency(row, baseColumn, registry);
        var quoteCurrency = Currency(row, quoteColumn, registry);
        return baseCurrency.Equals(quoteCurrency)
            ? throw row.Error($"base and quote are both {baseCurrency.Code}.")
            : new CurrencyPair(baseCurrency, quoteCurrency);
    }

    /// <summary>The instant a date-stamped rate is given: the start of that date in UTC.</summary>
    public static Instant StampOf(LocalDate date) => date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

    /// <summary>The last instant of a date in UTC, so that a query for a date sees every rate stamped on it.</summary>
    /// <remarks>Computed from the start of the date, so that 9999-12-31 (the last date NodaTime holds) has an end too.</remarks>
    public static Instant EndOf(LocalDate date) => StampOf(date) + (Duration.FromDays(1) - Duration.Epsilon);
}
