namespace CrossBorder.Forecasting.Tests.Seasonal;

public class StlTests
{
    private static double[] Series(int n, int period) =>
        [.. Enumerable.Range(0, n).Select(t => 100 + t + (10 * Math.Sin(2 * Math.PI * t / period)))];

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_values_are_refused_naming_y(double bad)
    {
        var y = Series(40, 12);
        y[17] = bad;
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => Stl.Decompose(y, 12)).ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    [InlineData(-4)]
    public void A_period_below_two_is_refused(int period) =>
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => Stl.Decompose(Series(40, 12), period)).ParamName);

    [Theory]
    [InlineData(24, 12)]
    [InlineData(10, 12)]
    [InlineData(104, 52)]
    public void Two_periods_or_fewer_are_refused(int n, int period) =>
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => Stl.Decompose(Series(n, period), period)).ParamName);

    [Fact]
    public void Two_periods_and_one_point_are_enough() =>
        Assert.Equal(25, Stl.Decompose(Series(25, 12), 12).Trend.Count);

    [Fact]
    public void Even_windows_are_refused_naming_the_option()
    {
        Assert.Equal(nameof(StlOptions.SeasonalWindow), Assert.Throws<ArgumentException>(() => new StlOptions { SeasonalWindow = 12 }).ParamName);
        Assert.Equal(nameof(StlOptions.TrendWindow), Assert.Throws<ArgumentException>(() => new StlOptions { TrendWindow = 20 }).ParamName);
        Assert.Equal(nameof(StlOptions.LowPassWindow), Assert.Throws<ArgumentException>(() => new StlOptions { LowPassWindow = 14 }).ParamName);
    }

    [Fact]
    public void Too_small_or_out_of_range_arguments_are_refused_naming_the_option()
    {
        Assert.Equal(nameof(StlOptions.SeasonalWindow), Assert.Throws<ArgumentOutOfRangeException>(() => new StlOptions { SeasonalWindow = 5 }).ParamName);
        Assert.Equal(nameof(StlOptions.TrendWindow), Assert.Throws<ArgumentOutOfRangeException>(() => new StlOptions { TrendWindow = 1 }).ParamName);
        Assert.Equal(nameof(StlOptions.LowPassWindow), Assert.Throws<ArgumentOutOfRangeException>(() => new StlOptions { LowPassWindow = -3 }).ParamName);
        Assert.Equal(nameof(StlOptions.SeasonalDegree), Assert.Throws<ArgumentOutOfRangeException>(() => new StlOptions { SeasonalDegree = 2 }).ParamName);
        Assert.Equal(nameof(StlOptions.TrendDegree), Assert.Throws<ArgumentOutOfRangeException>(() => new StlOptions { TrendDegree = -1 }).ParamName);
        Assert.Equal(nameof(StlOptions.LowPassDegree), Assert.Throws<ArgumentOutOfRangeException>(() => new StlOptions { LowPassDegree = 3 }).ParamName);
        Assert.Equal(nameof(StlOptions.SeasonalJump), Assert.Throws<ArgumentOutOfRangeException>(() => new StlOptions { SeasonalJump = 0 }).ParamName);
        Assert.Equal(nameof(StlOptions.TrendJump), Assert.Throws<ArgumentOutOfRangeException>(() => new StlOptions { TrendJump = 0 }).ParamName);
        Assert.Equal(nameof(StlOptions.LowPassJump), Assert.Throws<ArgumentOutOfRangeException>(() => new StlOptions { LowPassJump = -1 }).ParamName);
        Assert.Equal(nameof(StlOptions.InnerIterations), Assert.Throws<ArgumentOutOfRangeException>(() => new StlOptions { InnerIterations = 0 }).ParamName);
        Assert.Equal(nameof(StlOptions.OuterIterations), Assert.Throws<ArgumentOutOfRangeException>(() => new StlOptions { OuterIterations = -1 }).ParamName);
    }

    [Fact]
    public void With_keeps_the_validation() =>
        Assert.Throws<ArgumentException>(() => StlOptions.Periodic with { SeasonalWindow = 8 });

    /// <summary>
    /// Defaults worked by hand from R's stl.R: period 12, s.window 7 → t.window = nextodd(⌈18/(1 − 1.5/7)⌉) =
    /// nextodd(⌈22.909⌉) = 23, l.window = nextodd(12) = 13, inner 2, outer 0; robust → inner 1, outer 15.
    /// Periodic with n = 126: s.window = 1261, t.window = nextodd(⌈18/(1 − 1.5/1261)⌉) = nextodd(19) = 19.
    /// </summary>
    [Fact]
    public void Defaults_are_Rs()
    {
        var y = Series(126, 12);
        var fit = Stl.Decompose(y, 12, new StlOptions { SeasonalWindow = 7 });
        Assert.Equal((7, 23, 13, 2, 0, false), (fit.SeasonalWindow, fit.TrendWindow, fit.LowPassWindow, fit.InnerIterations, fit.OuterIterations, fit.IsPeriodic));
        var robust = Stl.Decompose(y, 12, new StlOptions { SeasonalWindow = 7, Robust = true });
        Assert.Equal((1, 15), (robust.InnerIterations, robust.OuterIterations));
        var periodic = Stl.Decompose(y, 12);
        Assert.Equal((1261, 19, 13, true), (periodic.SeasonalWindow, periodic.TrendWindow, periodic.LowPassWindow, periodic.IsPeriodic));
        Assert.All(periodic.Weights, w => Assert.Equal(1.0, w));
    }

    /// <summary>
    /// The decomposition allocates its five result arrays (8 bytes a point each) and a few fixed objects, nothing
    /// per point: 156 weekly points in a 10 kB stack work space, 1095 daily points in a pooled one.
    /// </summary>
    [Theory]
    [InlineData(156, 52, false)]
    [InlineData(156, 52, true)]
    [InlineData(1095, 7, true)]
    public void Allocates_only_the_results(int n, int period, bool robust)
    {
        var y = Series(n, period);
        var options = new StlOptions { SeasonalWindow = 7, Robust = robust };
        Stl.Decompose(y, period, options); // warm up (JIT, pool)
        var before = GC.GetAllocatedBytesForCurrentThread();
        Stl.Decompose(y, period, options);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.InRange(allocated, 5 * 8 * n, (5 * ((8 * n) + 24)) + 512);
    }
}
