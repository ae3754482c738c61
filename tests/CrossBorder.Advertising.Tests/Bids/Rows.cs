using NodaTime;

namespace CrossBorder.Advertising.Tests.Bids;

/// <summary>Builds report rows for the bid and rule tests.</summary>
internal static class Rows
{
    public static readonly LocalDate Day = new(2026, 11, 2);

    public static Money Eur(decimal amount) => Money.Of(amount, "EUR");

    public static AdRecord Row(string campaign, string adGroup, string targeting, long clicks, decimal spend, decimal sales, long orders, string searchTerm = "", LocalDate? date = null, string currency = "EUR") =>
        new(date ?? Day, new AdKey(campaign, adGroup, targeting, "EXACT", searchTerm), new AdMetrics(clicks * 20, clicks, Money.Of(spend, currency), Money.Of(sales, currency), orders, orders), Attribution.SevenDayClick);

    public static AdReport Report(params AdRecord[] rows) => new(rows);
}
