namespace CrossBorder.Forecasting.Tests.Seasonal;

public class MstlTests
{
    private static double[] Daily(int n) =>
        [.. Enumerable.Range(0, n).Select(t => 100 + (0.1 * t) + (10 * Math.Sin(2 * Math.PI * t / 7)) + (20 * Math.Sin(2 * Math.PI * t / 365.25)))];

    /// <summary>R's rule: a period is kept when 2·period &lt; n, so with 400 days 7 is kept and 365.25 (730.5 ≥ 400) dropped.</summary>
    [Fact]
    public void Periods_with_fewer_than_two_cycles_are_dropped_and_reported()
    {
        var fit = Mstl.Decompose(Daily(400), [365.25, 7]);
        Assert.Equal([7.0], fit.Periods);
        Assert.Equal([365.25], fit.DroppedPeriods);
        Assert.Single(fit.Seasonals);
    }

    /// <summary>
    /// With one period MSTL is STL with s.window 11 (7 + 4·1), whatever the iterations: a second pass decomposes
    /// y − s + s, which is y up to rounding, so the numbers agree to 1e-12 of the scale, not to the bit.
    /// </summary>
    [Fact]
    public void One_period_is_stl_with_window_eleven()
    {
        var y = Daily(200);
        var stl = Stl.Decompose(y, 7, new StlOptions { SeasonalWindow = 11 });
        var mstl = Mstl.Decompose(y, [7], new MstlOptions { Iterations = 3 });
        for (var t = 0; t < y.Length; t++)
        {
            Assert.Equal(stl.Seasonal[t], mstl.Seasonals[0][t], 1e-10);
            Assert.Equal(stl.Trend[t], mstl.Trend[t], 1e-10);
        }
    }

    [Fact]
    public void With_no_period_left_the_seasonal_part_is_empty_and_the_adjusted_series_is_the_data()
    {
        var y = Daily(20);
        var fit = Mstl.Decompose(y, [12]);
        Assert.Empty(fit.Periods);
        Assert.Empty(fit.Seasonals);
        Assert.Equal(y, fit.SeasonallyAdjusted);
        for (var t = 0; t < y.Length; t++)
        {
            Assert.Equal(y[t], fit.Trend[t] + fit.Remainder[t], 9);
        }
    }

    [Fact]
    public void Components_add_up_to_the_series()
    {
        var y = Daily(1095);
        var fit = Mstl.Decompose(y, [7, 365.25]);
        for (var t = 0; t < y.Length; t++)
        {
            Assert.Equal(y[t], fit.Trend[t] + fit.Seasonals[0][t] + fit.Seasonals[1][t] + fit.Remainder[t], 9);
        }
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Bad_periods_are_refused(double period) =>
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => Mstl.Decompose(Daily(100), [7, period])).ParamName);

    [Fact]
    public void A_repeated_period_is_refused() =>
        Assert.Equal("periods", Assert.Throws<ArgumentException>(() => Mstl.Decompose(Daily(100), [7, 7])).ParamName);

    [Fact]
    public void Non_finite_or_empty_data_is_refused()
    {
        var y = Daily(100);
        y[3] = double.NaN;
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => Mstl.Decompose(y, [7])).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => Mstl.Decompose([], [7])).ParamName);
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Equal(nameof(MstlOptions.Iterations), Assert.Throws<ArgumentOutOfRangeException>(() => new MstlOptions { Iterations = 0 }).ParamName);
        Assert.Equal(nameof(MstlOptions.SeasonalWindows), Assert.Throws<ArgumentException>(() => new MstlOptions { SeasonalWindows = [11, 14] }).ParamName);
        Assert.Equal(nameof(MstlOptions.SeasonalWindows), Assert.Throws<ArgumentException>(() => new MstlOptions { SeasonalWindows = [5] }).ParamName);
        Assert.Equal(nameof(MstlOptions.SeasonalWindows), Assert.Throws<ArgumentException>(() => new MstlOptions { SeasonalWindows = [] }).ParamName);
        Assert.Equal(nameof(StlOptions.TrendWindow), Assert.Throws<ArgumentException>(() => new MstlOptions { TrendWindow = 10 }).ParamName);
        var two = new MstlOptions { SeasonalWindows = [11, 13] };
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => Mstl.Decompose(Daily(1095), [7, 30, 365.25], two)).ParamName);
    }
}
