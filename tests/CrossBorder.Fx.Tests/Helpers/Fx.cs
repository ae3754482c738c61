using NodaTime;

namespace CrossBorder.Fx.Tests.Helpers;

/// <summary>Short names for test data.</summary>
public static class Fx
{
    public static readonly Currency Eur = Currency.FromCode("EUR");
    public static readonly Currency Usd = Currency.FromCode("USD");
    public static readonly Currency Cny = Currency.FromCode("CNY");
    public static readonly Currency Gbp = Currency.FromCode("GBP");
    public static readonly Currency Jpy = Currency.FromCode("JPY");

    public static CurrencyPair Pair(string text) => CurrencyPair.Parse(text);

    public static Instant Day(int year, int month, int day) => new LocalDate(year, month, day).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

    public static FxRate Rate(string pair, decimal mid, Instant asOf, RateKind kind = RateKind.Spot) =>
        FxRate.Of(Pair(pair), mid, asOf, "test", kind);

    public static string DataPath(string file) => Path.Combine(AppContext.BaseDirectory, "Data", file);
}
