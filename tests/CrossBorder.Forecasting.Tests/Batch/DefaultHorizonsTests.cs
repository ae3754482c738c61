using CrossBorder.Forecasting.Batch;

namespace CrossBorder.Forecasting.Tests.Batch;

public class DefaultHorizonsTests
{
    [Fact]
    public void A_given_horizon_wins_then_the_series_own_then_the_M4_horizon_of_its_period()
    {
        var withH = new SeriesInput("a", [1, 2, 3], period: 52, horizon: 5);
        var withoutH = new SeriesInput("b", [1, 2, 3], period: 12);

        Assert.Equal(9, DefaultHorizons.For(withH, 9));
        Assert.Equal(5, DefaultHorizons.For(withH));
        Assert.Equal(18, DefaultHorizons.For(withoutH));
        Assert.Equal([13, 18, 8, 14, 6, 6], new[] { 52, 12, 4, 7, 1, 24 }.Select(DefaultHorizons.Of));
        Assert.Throws<ArgumentNullException>(() => DefaultHorizons.For(null!));
    }
}
