using NodaTime;

namespace CrossBorder.Advertising.Tests.Budgets;

/// <summary>Campaign histories generated from known curves, so that expected values come from the curve, not from the code.</summary>
internal static class BudgetFixtures
{
    public static readonly LocalDate Start = new(2026, 10, 1);

    public static Money Usd(decimal amount) => Money.Of(amount, "USD");

    /// <summary><paramref name="days"/> days with spend 1, 2, 3… and sales exactly <paramref name="a"/> × spend^<paramref name="b"/>.</summary>
    public static DailySpend[] PowerHistory(double a, double b, int days = 10) =>
        [.. Enumerable.Range(1, days).Select(d => new DailySpend(Start.PlusDays(d), Usd(d), Usd((decimal)(a * Math.Pow(d, b)))))];

    /// <summary><paramref name="days"/> days of constant spend and sales.</summary>
    public static DailySpend[] FlatHistory(decimal spend, decimal sales, int days) =>
        [.. Enumerable.Range(1, days).Select(d => new DailySpend(Start.PlusDays(d), Usd(spend), Usd(sales)))];

    public static BudgetCampaign Campaign(string name, DailySpend[] history, decimal minimum = 0m, decimal? maximum = null) =>
        new(name, history, Usd(minimum), maximum is { } max ? Usd(max) : null);
}
