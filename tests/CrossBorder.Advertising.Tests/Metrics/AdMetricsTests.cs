using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Advertising.Tests.Metrics;

public class AdMetricsTests
{
    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    [Fact]
    public void A_worked_example_gives_every_metric()
    {
        // 10,000 impressions, 200 clicks, USD 150.00 spend, USD 600.00 sales from 12 orders (14 units):
        // CTR 200/10,000 = 2%; CPC 150/200 = 0.75; CVR 12/200 = 6%; CPA 150/12 = 12.50; AOV 600/12 = 50;
        // ACoS 150/600 = 25%; ROAS 600/150 = 4; TACoS against USD 1,500 total sales = 10%.
        var m = new AdMetrics(10_000, 200, Usd(150.00m), Usd(600.00m), 12, 14);

        Assert.Equal(0.02m, m.Ctr.Value);
        Assert.Equal(Usd(0.75m), m.Cpc);
        Assert.Equal(0.06m, m.Cvr.Value);
        Assert.Equal(Usd(12.50m), m.Cpa);
        Assert.Equal(Usd(50m), m.Aov);
        Assert.Equal(0.25m, m.Acos.Value);
        Assert.Equal(4m, m.Roas.Value);
        Assert.Equal(0.10m, m.Tacos(Usd(1_500m)).Value);
    }

    [Fact]
    public void Spend_without_sales_has_an_infinite_acos_not_zero_and_nothing_has_no_ratios()
    {
        var noSales = new AdMetrics(500, 20, Usd(15m), Usd(0m), 0, 0);
        var nothing = AdMetrics.Zero(Currency.FromCode("USD"));

        Assert.Equal(RatioKind.Infinite, noSales.Acos.Kind);
        Assert.Equal(0m, noSales.Roas.Value);
        Assert.Null(noSales.Cpa);
        Assert.Null(noSales.Acos.ValueOrNull);
        Assert.Equal((RatioKind.Undefined, RatioKind.Undefined, RatioKind.Undefined), (nothing.Ctr.Kind, nothing.Acos.Kind, nothing.Cvr.Kind));
        Assert.Null(nothing.Cpc);
        Assert.Throws<InvalidOperationException>(() => noSales.Acos.Value);
    }

    [Fact]
    public void Ad_roi_is_not_roas()
    {
        // Pre-ad margin 30%, ROAS 4: ROI = 0.30 × 4 − 1 = 0.2; ACoS 25% < 30% break-even, so ROI > 0.
        var m = new AdMetrics(10_000, 200, Usd(150.00m), Usd(600.00m), 12, 14);

        Assert.Equal(0.2m, m.AdRoi(Percentage.FromPercent(30m)).Value);
        Assert.Equal(RatioKind.Undefined, AdMetrics.Zero(Currency.FromCode("USD")).AdRoi(Percentage.FromPercent(30m)).Kind);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("clicks", Assert.Throws<ArgumentOutOfRangeException>(() => new AdMetrics(1, -1, Usd(0m), Usd(0m), 0, 0)).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => new AdMetrics(10, 0, Usd(0m), Usd(5m), 1, 1)).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => new AdMetrics(10, 1, Usd(1m), Money.Of(1m, "EUR"), 0, 0));
        Assert.Throws<CurrencyMismatchException>(() => new AdMetrics(10, 1, Usd(1m), Usd(1m), 0, 0) + new AdMetrics(10, 1, Money.Of(1m, "EUR"), Money.Of(1m, "EUR"), 0, 0));
        Assert.Equal("totalSales", Assert.Throws<ArgumentOutOfRangeException>(() => new AdMetrics(10, 1, Usd(1m), Usd(5m), 1, 1).Tacos(Usd(4m))).ParamName);
    }

    private static Gen<AdMetrics> Metrics =>
        from impressions in Gen.Choose(0, 100_000)
        from clicks in Gen.Choose(0, 5_000)
        from orders in Gen.Choose(0, 200)
        from spendCents in Gen.Choose(0, 1_000_000)
        from salesCents in Gen.Choose(0, 5_000_000)
        select new AdMetrics(impressions, clicks, Usd(spendCents / 100m), Usd(clicks == 0 ? 0m : salesCents / 100m), clicks == 0 ? 0 : orders, clicks == 0 ? 0 : orders);

    [ScaledProperty]
    public Property Acos_times_roas_is_one_where_both_are_defined() =>
        Prop.ForAll(Metrics.ToArbitrary(), m =>
            !(m.Acos.IsDefined && m.Roas.IsDefined) || Math.Abs((m.Acos.Value * m.Roas.Value) - 1m) < 1e-20m);

    [ScaledProperty]
    public Property Acos_is_cpc_over_cvr_times_aov() =>
        Prop.ForAll(Metrics.ToArbitrary(), m =>
            m.Orders == 0 || m.Sales.IsZero || Math.Abs(m.Acos.Value - (m.Cpc!.Value.Amount / (m.Cvr.Value * m.Aov!.Value.Amount))) < 1e-18m);

    [ScaledProperty]
    public Property The_metric_of_merged_data_is_the_ratio_of_sums_of_the_parts() =>
        Prop.ForAll(Metrics.ToArbitrary(), Metrics.ToArbitrary(), (a, b) =>
        {
            var merged = a + b;
            return merged.Acos == Ratio.Of(a.Spend.Amount + b.Spend.Amount, a.Sales.Amount + b.Sales.Amount)
                && merged.Cvr == Ratio.Of(a.Orders + b.Orders, a.Clicks + b.Clicks)
                && merged.Ctr == Ratio.Of(a.Clicks + b.Clicks, a.Impressions + b.Impressions);
        });
}
