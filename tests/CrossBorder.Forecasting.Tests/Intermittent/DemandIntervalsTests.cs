namespace CrossBorder.Forecasting.Tests.Intermittent;

public class DemandIntervalsTests
{
    [Fact]
    public void The_interval_is_the_shortest_range_holding_the_level()
    {
        // Sizes 2 and 4 (mean 3); a forecast of 0.75 means p = 0.25: P(0) = 0.75, P(2) = P(4) = 0.125.
        var intervals = DemandIntervals.For([0, 0, 0, 2, 0, 4, 0, 0], [0.75, 3.0], [0.8, 0.95]).ToList();

        Assert.Equal([0.0, 2.0], [intervals[0].Lower[0], intervals[0].Upper[0]]);     // 0.875 ≥ 0.8
        Assert.Equal([0.0, 4.0], [intervals[1].Lower[0], intervals[1].Upper[0]]);     // needs everything
        Assert.Equal([2.0, 4.0], [intervals[0].Lower[1], intervals[0].Upper[1]]);     // p = 1: sizes only
    }

    [Fact]
    public void No_sales_means_no_interval() =>
        Assert.Empty(DemandIntervals.For([0, 0, 0], [0.0], [0.8]));
}
