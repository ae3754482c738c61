namespace CrossBorder.Advertising.Tests.Profit;

public class UnitProfitTests
{
    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    [Fact]
    public void The_docs_example_breaks_even_at_the_pre_ad_margin()
    {
        // docs/advertising.md: price 39.99, cost of goods 9.00, referral 6.00, fulfilment 5.50 → pre-ad profit 19.49;
        // break-even ACoS 19.49 / 39.99 = 48.737…%, break-even ROAS 39.99 / 19.49 = 2.0518…; target for a 15% margin
        // after ads 33.737…%.
        var unit = new UnitProfit(Usd(39.99m), Usd(9.00m), referralFee: Usd(6.00m), fulfilmentFee: Usd(5.50m));

        Assert.Equal(Usd(19.49m), unit.PreAdProfit);
        Assert.Equal(19.49m / 39.99m, unit.BreakEvenAcos.Fraction);
        Assert.Equal(39.99m / 19.49m, unit.BreakEvenRoas.Value);
        Assert.Equal((19.49m / 39.99m) - 0.15m, unit.TargetAcos(Percentage.FromPercent(15m)).Fraction);
    }

    [Fact]
    public void A_unit_that_loses_money_before_ads_has_no_finite_break_even_roas_and_no_target()
    {
        var unit = new UnitProfit(Usd(10m), Usd(12m));

        Assert.Equal(RatioKind.Infinite, unit.BreakEvenRoas.Kind);
        Assert.True(unit.BreakEvenAcos < Percentage.Zero);
        Assert.Equal("desiredMargin", Assert.Throws<ArgumentException>(() => unit.TargetAcos(Percentage.Zero)).ParamName);
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("price", Assert.Throws<ArgumentOutOfRangeException>(() => new UnitProfit(Usd(0m), Usd(1m))).ParamName);
        Assert.Equal("costOfGoods", Assert.Throws<ArgumentOutOfRangeException>(() => new UnitProfit(Usd(10m), Usd(-1m))).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => new UnitProfit(Usd(10m), Money.Of(1m, "EUR")));
        Assert.Equal("desiredMargin", Assert.Throws<ArgumentOutOfRangeException>(() => new UnitProfit(Usd(10m), Usd(1m)).TargetAcos(Percentage.FromPercent(-1m))).ParamName);
    }

    [Fact]
    public void A_tacos_target_gives_the_spend_it_allows_and_the_acos_that_meets_it()
    {
        // 10% TACoS on USD 50,000 of total sales allows USD 5,000 of ads; if ads bring 40% of sales, ACoS must be
        // 10% / 40% = 25% (TACoS = ACoS × ad sales / total sales).
        Assert.Equal(Usd(5_000m), TacosTarget.SpendFor(Usd(50_000m), Percentage.FromPercent(10m)));
        Assert.Equal(Percentage.FromPercent(25m), TacosTarget.AcosFor(Percentage.FromPercent(10m), Percentage.FromPercent(40m)));
        Assert.Equal("targetTacos", Assert.Throws<ArgumentOutOfRangeException>(() => TacosTarget.SpendFor(Usd(1m), Percentage.Zero)).ParamName);
        Assert.Equal("adShareOfSales", Assert.Throws<ArgumentOutOfRangeException>(() => TacosTarget.AcosFor(Percentage.FromPercent(10m), Percentage.FromPercent(101m))).ParamName);
    }
}
