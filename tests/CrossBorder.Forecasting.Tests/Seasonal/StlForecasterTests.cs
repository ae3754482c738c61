using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests.Seasonal;

public class StlForecasterTests
{
    private static double[] Weekly(int n) =>
        [.. Enumerable.Range(0, n).Select(t => 100 + (0.5 * t) + (30 * Math.Exp(-Math.Pow((t % 52) - 48, 2) / 8)) + (3 * Math.Sin(t)))];

    [Theory]
    [InlineData(StlMethod.Ets, "STL-ETS(")]
    [InlineData(StlMethod.Theta, "STL-Theta(")]
    [InlineData(StlMethod.Naive, "STL-Naive")]
    [InlineData(StlMethod.Drift, "STL-Drift")]
    public void The_method_names_the_decomposition_and_the_adjusted_method(StlMethod method, string prefix)
    {
        var f = StlForecaster.Forecast(Weekly(156), [52], 13, method);
        Assert.StartsWith(prefix, f.Method, StringComparison.Ordinal);
        Assert.Equal(FallbackReason.None, f.Reason);
        Assert.Equal(13, f.Horizon);
        Assert.Equal([0.8, 0.95], f.Intervals.Select(i => i.Level));
    }

    /// <summary>
    /// Hand-derived: naive on the adjusted series forecasts its last value a = y[n−1] − s[n−1] at every step, and
    /// the seasonal part repeats the last 52 values, so step h is a + s[n − 52 + (h − 1) mod 52]; with h = 53 the
    /// 53rd step wraps to s[n − 52].
    /// </summary>
    [Fact]
    public void Naive_forecast_is_the_last_adjusted_value_plus_the_last_seasonal_cycle()
    {
        var y = Weekly(156);
        var f = StlForecaster.Forecast(y, [52], 53, StlMethod.Naive, levels: []);
        var mstl = Mstl.Decompose(y, [52]);
        var s = mstl.Seasonals[0];
        var a = y[155] - s[155];
        for (var h = 1; h <= 53; h++)
        {
            Assert.Equal(a + s[156 - 52 + ((h - 1) % 52)], f.Mean[h - 1], 9);
        }

        Assert.Empty(f.Intervals);
    }

    [Fact]
    public void Several_periods_are_named_as_MSTL()
    {
        var y = Enumerable.Range(0, 800).Select(t => 50 + (5 * Math.Sin(2 * Math.PI * t / 7)) + (10 * Math.Sin(2 * Math.PI * t / 365.25)) + (t % 3)).ToArray();
        var f = StlForecaster.Forecast(y, [365.25, 7], 28, StlMethod.Theta);
        Assert.StartsWith("MSTL(7,365.25)-Theta(", f.Method, StringComparison.Ordinal);
    }

    /// <summary>The periods in the method name and every number are the same whatever the thread's culture (365.25 stays "365.25" in de-DE).</summary>
    [Theory]
    [MemberData(nameof(Cultures.Names), MemberType = typeof(Cultures))]
    public void Results_do_not_depend_on_the_culture(string culture)
    {
        var y = Enumerable.Range(0, 800).Select(t => 50 + (5 * Math.Sin(2 * Math.PI * t / 7)) + (10 * Math.Sin(2 * Math.PI * t / 365.25)) + (t % 3)).ToArray();
        var invariant = Cultures.With("", () => StlForecaster.Forecast(y, [7, 365.25], 14, StlMethod.Naive));
        var local = Cultures.With(culture, () => StlForecaster.Forecast(y, [7, 365.25], 14, StlMethod.Naive));
        Assert.Equal("MSTL(7,365.25)-Naive", local.Method);
        Assert.Equal(invariant.Mean, local.Mean);
    }

    [Fact]
    public void With_no_period_left_it_falls_back_to_the_method_and_says_so()
    {
        var f = StlForecaster.Forecast(Weekly(80), [52], 4, StlMethod.Ets);
        Assert.StartsWith("ETS(", f.Method, StringComparison.Ordinal);
        Assert.Equal(FallbackReason.TooShort, f.Reason);
    }

    [Fact]
    public void Bad_arguments_are_refused_naming_them()
    {
        var y = Weekly(156);
        Assert.Equal("horizon", Assert.Throws<ArgumentOutOfRangeException>(() => StlForecaster.Forecast(y, [52], 0)).ParamName);
        Assert.Equal("method", Assert.Throws<ArgumentOutOfRangeException>(() => StlForecaster.Forecast(y, [52], 4, (StlMethod)9)).ParamName);
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => StlForecaster.Forecast(y, [1], 4)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => StlForecaster.Forecast(y, [52], 4, levels: [1.5]));
        y[7] = double.PositiveInfinity;
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => StlForecaster.Forecast(y, [52], 4)).ParamName);
    }
}
