using NodaTime;

namespace CrossBorder.Scorecards.Tests.Thresholds;

public class MarketplaceThresholdsTests
{
    [Fact]
    public void The_pack_holds_the_limits_the_reference_states_each_with_a_source()
    {
        // ads-kpi.md §3.2: ODR < 1%, pre-fulfilment cancel < 2.5%, late shipment < 4%, valid tracking ≥ 95%;
        // eBay Above Standard TDR ≤ 2%, LSR ≤ 7%; Top Rated (US) TDR ≤ 0.5% with ≤ 3 defects.
        var date = new LocalDate(2026, 12, 1);
        (string Id, decimal Limit, bool Allowed, decimal? Count)[] expected =
        [
            ("amazon.order-defect-rate", 0.01m, false, null),
            ("amazon.pre-fulfilment-cancel-rate", 0.025m, false, null),
            ("amazon.late-shipment-rate", 0.04m, false, null),
            ("amazon.valid-tracking-rate", 0.95m, true, null),
            ("ebay.above-standard.transaction-defect-rate", 0.02m, true, null),
            ("ebay.above-standard.late-shipment-rate", 0.07m, true, null),
            ("ebay-us.top-rated.transaction-defect-rate", 0.005m, true, 3m),
        ];
        foreach (var (id, limit, allowed, count) in expected)
        {
            var t = MarketplaceThresholds.Find(id, date)!;
            Assert.Equal((limit, allowed, count), (t.Limit.Value, t.Limit.ValueAllowed, t.Limit.MaxCount));
        }

        Assert.All(MarketplaceThresholds.All, t => Assert.StartsWith("https://", t.Limit.Source, StringComparison.Ordinal));
        Assert.Equal(Direction.HigherIsBetter, MarketplaceThresholds.Find("amazon.valid-tracking-rate", date)!.Direction);
    }

    [Fact]
    public void A_limit_is_breached_at_its_value_only_when_the_value_is_not_allowed_and_a_count_guard_needs_both()
    {
        Assert.True(new HardLimit(0.01m, false).IsBreachedBy(0.01m, null, Direction.LowerIsBetter));
        Assert.False(new HardLimit(0.02m, true).IsBreachedBy(0.02m, null, Direction.LowerIsBetter));
        Assert.True(new HardLimit(0.95m, true).IsBreachedBy(0.9499m, null, Direction.HigherIsBetter));
        Assert.False(new HardLimit(0.005m, true, 3m).IsBreachedBy(0.01m, 3m, Direction.LowerIsBetter));
        Assert.True(new HardLimit(0.005m, true, 3m).IsBreachedBy(0.01m, 4m, Direction.LowerIsBetter));
    }

    [Fact]
    public void An_unknown_rule_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => MarketplaceThresholds.Find("amazon.odr", new LocalDate(2026, 12, 1)));
        Assert.Equal("id", e.ParamName);
    }
}
