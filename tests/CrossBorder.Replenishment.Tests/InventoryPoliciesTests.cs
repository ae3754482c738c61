using CrossBorder.Forecasting.Tests.Helpers;
using NodaTime;

namespace CrossBorder.Replenishment.Tests;

public class InventoryPoliciesTests
{
    private static readonly DemandRate Weekly = DemandRate.Of(100, 20, PeriodUnit.Week);
    private static readonly LeadTime FourWeeks = LeadTime.Fixed(4, PeriodUnit.Week);

    [Fact]
    public void Reorder_point_policy_orders_multiples_of_q()
    {
        var p = InventoryPolicies.ContinuousReview(ServiceTarget.CycleServiceLevel(0.95), Weekly, FourWeeks, 250);
        Assert.Equal(400 + (1.644854 * 40), p.ReorderPoint, 3); // d̄L + z·σ·√4
        Assert.Equal(0, p.OrderQuantity(p.ReorderPoint + 1));
        Assert.Equal(250, p.OrderQuantity(p.ReorderPoint));
        Assert.Equal(500, p.OrderQuantity(p.ReorderPoint - 300)); // two lots lift IP above s
        Assert.False(p.IsPeriodic);
        Assert.StartsWith("(s,Q)", p.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Min_max_orders_up_to_s_plus_q()
    {
        var p = InventoryPolicies.MinMax(ServiceTarget.CycleServiceLevel(0.95), Weekly, FourWeeks, 300);
        Assert.Equal(p.ReorderPoint + 300, p.OrderUpToLevel, 9);
        Assert.Equal(p.OrderUpToLevel - 100, p.OrderQuantity(100), 9);
        Assert.Equal(0, p.OrderQuantity(p.ReorderPoint + 0.5));
        Assert.Equal("orderUpToLevel", Assert.Throws<ArgumentException>(() => new MinMaxPolicy(10, 5)).ParamName);
    }

    [Fact]
    public void Periodic_review_covers_review_plus_lead_time()
    {
        // S = d̄(R + L) + z·√((R + L)σ_d² + d̄²σ_L²) = 100·6 + 1.6449·√(6·400 + 10,000·1) = 600 + 1.6449·111.36 = 783.2.
        var p = InventoryPolicies.PeriodicReview(ServiceTarget.CycleServiceLevel(0.95), Weekly, LeadTime.Of(4, 1, PeriodUnit.Week), 2);
        Assert.Equal(600 + (1.644854 * Math.Sqrt(12_400)), p.OrderUpToLevel, 3);
        Assert.Equal(2, p.ReviewPeriod);
        Assert.True(p.IsPeriodic);
        Assert.Equal(0, p.OrderQuantity(1000));
        Assert.Equal(p.OrderUpToLevel - 200, p.OrderQuantity(200), 9);

        // Fill rate: Q = d̄R = 200.
        var f = InventoryPolicies.PeriodicReview(ServiceTarget.FillRate(0.99), Weekly, LeadTime.Of(4, 1, PeriodUnit.Week), 2);
        Assert.Equal(ServiceLevel.FillRateSafetyFactor(0.99, 200, Math.Sqrt(12_400)), f.SafetyStock!.SafetyFactor, 12);
    }

    [Fact]
    public void One_plus_three_rule_in_days()
    {
        // 10 units/day: one week = 70 units of safety stock, three weeks = 210 of turnover stock; L = 20 days.
        var p = InventoryPolicies.OnePlusThree(DemandRate.Of(10, 4, PeriodUnit.Day), LeadTime.Of(20, 3, PeriodUnit.Day));
        Assert.Equal(200 + 70, p.ReorderPoint, 9);
        Assert.Equal(270 + 210, p.OrderUpToLevel, 9);
        Assert.Equal(SafetyStockMethod.CoverRule, p.SafetyStock!.Method);

        // Implied CSL: σ_L = √(20·16 + 100·9) = √1,220 = 34.93; z = 70/34.93 = 2.0041 → Φ(2.0041) = 0.97747.
        Assert.Equal(0.97747, p.SafetyStock.Target.Level, 4);
        Assert.Contains("implied", p.SafetyStock.Formula, StringComparison.Ordinal);
    }

    [Fact]
    public void Lead_time_from_purchase_orders_by_mode()
    {
        var d = new LocalDate(2026, 1, 5);
        PurchaseOrderReceipt[] orders =
        [
            new(d, d.PlusDays(20), d.PlusDays(50), d.PlusDays(55), FreightMode.Sea),   // 55 days
            new(d, d.PlusDays(25), d.PlusDays(60), d.PlusDays(69), FreightMode.Sea),   // 69 days
            new(d, d.PlusDays(22), d.PlusDays(54), d.PlusDays(62), FreightMode.Sea),   // 62 days
            new(d, d.PlusDays(20), d.PlusDays(26), d.PlusDays(28), FreightMode.Air),   // 28 days
            new(d, d.PlusDays(21), d.PlusDays(25), d.PlusDays(28), FreightMode.Air),   // 28 days
        ];

        // Sea: mean (55 + 69 + 62)/3 = 62 days, s = √((49 + 49 + 0)/2) = 7 days → 8.857 ± 1 weeks.
        var sea = PurchaseOrderHistory.Estimate(orders, PeriodUnit.Week, FreightMode.Sea);
        Assert.Equal(62.0 / 7, sea.LeadTime.Mean, 9);
        Assert.Equal(1, sea.LeadTime.StandardDeviation, 9);
        Assert.Equal(3, sea.Count);
        Assert.Equal(67.0 / 3, sea.MeanProductionDays, 9);
        var air = PurchaseOrderHistory.Estimate(orders, PeriodUnit.Day, FreightMode.Air);
        Assert.Equal(28, air.LeadTime.Mean, 9);
        Assert.Equal(0, air.LeadTime.StandardDeviation, 9);

        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => PurchaseOrderHistory.Estimate(orders, PeriodUnit.Day, FreightMode.Rail)).ParamName);
    }

    [Fact]
    public void Purchase_orders_are_validated_on_construction()
    {
        var d = new LocalDate(2026, 1, 5);
        Assert.Equal("shipped", Assert.Throws<ArgumentException>(() => new PurchaseOrderReceipt(d, d.PlusDays(-1), d, d, FreightMode.Sea)).ParamName);
        Assert.Equal("arrived", Assert.Throws<ArgumentException>(() => new PurchaseOrderReceipt(d, d.PlusDays(3), d.PlusDays(2), d.PlusDays(4), FreightMode.Sea)).ParamName);
        Assert.Equal("received", Assert.Throws<ArgumentException>(() => new PurchaseOrderReceipt(d, d, d.PlusDays(9), d.PlusDays(8), FreightMode.Sea)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => new PurchaseOrderReceipt(d, d, d, d, (FreightMode)0)).ParamName);

        // 730 days is the documented limit; 100,000 days (a wrong year) is refused.
        Assert.Equal(730, new PurchaseOrderReceipt(d, d, d, d.PlusDays(730), FreightMode.Sea).TotalDays);
        Assert.Equal("received", Assert.Throws<ArgumentOutOfRangeException>(() => new PurchaseOrderReceipt(d, d, d, d.PlusDays(731), FreightMode.Sea)).ParamName);
        Assert.Equal("received", Assert.Throws<ArgumentOutOfRangeException>(() => new PurchaseOrderReceipt(d, d, d, d.PlusDays(100_000), FreightMode.Sea)).ParamName);
    }

    [Fact]
    public void Pooled_orders_stand_for_skus_without_two_of_their_own()
    {
        var d = new LocalDate(2026, 1, 5);
        PurchaseOrderReceipt[] own = [new(d, d, d, d.PlusDays(30), FreightMode.Sea), new(d, d, d, d.PlusDays(20), FreightMode.Air)];
        PurchaseOrderReceipt[] pool = [new(d, d, d, d.PlusDays(56), FreightMode.Sea), new(d, d, d, d.PlusDays(70), FreightMode.Sea)];

        // One sea order of its own is not enough: the pool's (56 + 70)/2 = 63 days = 9 weeks, s = √(2·7²) = 9.899 days.
        var pooled = PurchaseOrderHistory.EstimatePooled(own, pool, PeriodUnit.Week, FreightMode.Sea);
        Assert.True(pooled.IsPooled);
        Assert.Equal(9, pooled.LeadTime.Mean, 12);
        Assert.Equal(Math.Sqrt(98) / 7, pooled.LeadTime.StandardDeviation, 12);

        // Two of its own: its own, (30 + 40)/2 = 35 days.
        PurchaseOrderReceipt[] two = [.. own, new(d, d, d, d.PlusDays(40), FreightMode.Sea)];
        var mine = PurchaseOrderHistory.EstimatePooled(two, pool, PeriodUnit.Day, FreightMode.Sea);
        Assert.False(mine.IsPooled);
        Assert.Equal(35, mine.LeadTime.Mean, 12);

        Assert.Equal("own", Assert.Throws<ArgumentException>(() => PurchaseOrderHistory.EstimatePooled(own, pool, PeriodUnit.Day, FreightMode.Air)).ParamName);
    }

    [Fact]
    public void Lead_time_conversion()
    {
        var days = LeadTime.Of(14, 3.5, PeriodUnit.Day);
        Assert.Equal(LeadTime.Of(2, 0.5, PeriodUnit.Week), days.In(PeriodUnit.Week));
        Assert.Equal(days, days.In(PeriodUnit.Week).In(PeriodUnit.Day));
        Assert.True(days == LeadTime.Of(14, 3.5, PeriodUnit.Day));
        Assert.True(days != days.In(PeriodUnit.Week));
    }

    [Theory]
    [MemberData(nameof(Cultures.Names), MemberType = typeof(Cultures))]
    public void Explanations_do_not_depend_on_the_culture(string culture)
    {
        var text = Cultures.With(culture, () =>
        {
            var ss = SafetyStock.Calculate(ServiceTarget.CycleServiceLevel(0.95), DemandRate.Of(120.5, 60, PeriodUnit.Day), LeadTime.Of(5, 2, PeriodUnit.Day));
            return ss.ToString() + LeadTime.Of(1.5, 0.5, PeriodUnit.Week) + ServiceTarget.FillRate(0.985);
        });
        var invariant = Cultures.With(string.Empty, () =>
        {
            var ss = SafetyStock.Calculate(ServiceTarget.CycleServiceLevel(0.95), DemandRate.Of(120.5, 60, PeriodUnit.Day), LeadTime.Of(5, 2, PeriodUnit.Day));
            return ss.ToString() + LeadTime.Of(1.5, 0.5, PeriodUnit.Week) + ServiceTarget.FillRate(0.985);
        });
        Assert.Equal(invariant, text);
        Assert.Contains("120.5", text, StringComparison.Ordinal);
    }
}
