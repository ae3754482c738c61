using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests.Baselines;

public class BaselineTests
{
    public static TheoryData<string> ClassicIds => [.. ReferenceData.Classic.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(ClassicIds))]
    public void Naive_matches_R_to_1e_6(string id)
    {
        var s = ReferenceData.ClassicSeries(id);
        Golden.Matches(ReferenceData.RForecast(id, "naive"), Baseline.Naive(s.Train, s.Horizon), 1e-6, id);
    }

    [Theory]
    [MemberData(nameof(ClassicIds))]
    public void Seasonal_naive_matches_R_to_1e_6(string id)
    {
        var s = ReferenceData.ClassicSeries(id);
        Golden.Matches(ReferenceData.RForecast(id, "snaive"), Baseline.SeasonalNaive(s.Train, s.Frequency, s.Horizon), 1e-6, id);
    }

    [Theory]
    [MemberData(nameof(ClassicIds))]
    public void Mean_matches_R_meanf_to_1e_6(string id)
    {
        var s = ReferenceData.ClassicSeries(id);
        Golden.Matches(ReferenceData.RForecast(id, "mean"), Baseline.Mean(s.Train, s.Horizon), 1e-6, id);
    }

    [Fact]
    public void Drift_follows_rwf_formula()
    {
        double[] y = [1, 3, 4, 8, 9];
        var f = Baseline.Drift(y, 3);
        var b = 2.0; // (9 - 1) / 4
        Assert.Equal([11, 13, 15], f.Mean);
        double[] d = [2, 1, 4, 1];
        var sigma = Math.Sqrt(d.Sum(x => (x - b) * (x - b)) / 3);
        var bse = sigma / 2;
        var z = 1.959963984540054;
        for (var h = 1; h <= 3; h++)
        {
            var se = Math.Sqrt((sigma * sigma * h) + (h * h * bse * bse));
            Assert.Equal(f.Mean[h - 1] + (z * se), f.IntervalAt(0.95)!.Upper[h - 1], 9);
        }

        Assert.True(double.IsNaN(f.Fitted![0]));
        Assert.Equal(1 + b, f.Fitted[1], 12);
    }

    [Fact]
    public void Moving_average_forecasts_last_window_mean_with_fitted_values()
    {
        double[] y = [1, 2, 3, 4, 5, 6];
        var f = Baseline.MovingAverage(y, 3, 2);
        Assert.Equal([5, 5], f.Mean);
        Assert.Equal("MovingAverage(3)", f.Method);
        Assert.True(double.IsNaN(f.Fitted![2]));
        Assert.Equal(2, f.Fitted[3], 12);
        Assert.Equal(4, f.Fitted[5], 12);
        var sigma = 2.0; // every one-step error is 2
        Assert.Equal(5 + (1.2815515655446004 * sigma), f.IntervalAt(0.8)!.Upper[1], 9);
    }

    [Fact]
    public void Seasonal_naive_repeats_last_period()
    {
        double[] y = [1, 2, 3, 4, 5, 6, 7, 8];
        var f = Baseline.SeasonalNaive(y, 4, 6);
        Assert.Equal([5, 6, 7, 8, 5, 6], f.Mean);
        Assert.True(double.IsNaN(f.Fitted![3]));
        Assert.Equal(1, f.Fitted[4]);
    }

    [Fact]
    public void One_observation_gives_a_forecast_without_intervals()
    {
        Assert.Empty(Baseline.Naive([5], 3).Intervals);
        Assert.Empty(Baseline.Mean([5], 3).Intervals);
        Assert.Equal([5, 5, 5], Baseline.Drift([5], 3).Mean);
    }

    [Fact]
    public void Invalid_input_is_rejected_with_the_parameter_name()
    {
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => Baseline.Naive([], 3)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => Baseline.Mean([1, double.PositiveInfinity], 3)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => Baseline.SeasonalNaive([1, 2], 4, 3)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Baseline.Naive([1, 2], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Baseline.Naive([1, 2], 2, [1.5]));
    }

    [Fact]
    public void The_mean_has_intervals_at_extreme_levels_on_few_observations()
    {
        // One degree of freedom: the t quantile is tan(π(p − ½)) in closed form (the Cauchy distribution).
        var p = 0.5 * (1 + 0.999999);
        Assert.Equal(Math.Tan(Math.PI * (p - 0.5)), Baseline.StudentQuantile(1, p), 1e-9 * Math.Tan(Math.PI * (p - 0.5)));

        var forecast = Baseline.Mean([3, 5], 2, [0.999999]);
        var bound = Math.Sqrt(2) * Math.Sqrt(1.5) * Math.Tan(Math.PI * (p - 0.5));   // s = √2, se = s·√(1 + 1/2)
        Assert.Equal(4 + bound, forecast.Intervals[0].Upper[0], 1e-6 * bound);
    }
}
