namespace CrossBorder.Forecasting.Tests.Metrics;

public class AccuracyTests
{
    private static readonly double[] Actual = [10, 12, 8, 0];
    private static readonly double[] Predicted = [11, 10, 8, 1];

    [Fact]
    public void Point_measures_by_hand()
    {
        Assert.Equal(1.0, Accuracy.Mae(Actual, Predicted), 12);
        Assert.Equal(Math.Sqrt(6.0 / 4), Accuracy.Rmse(Actual, Predicted), 12);
        Assert.Equal(-0.0, Accuracy.Bias(Actual, Predicted), 12);
        var smape = (200.0 / 21 + (200.0 * 2 / 22) + 0 + 200) / 4;
        Assert.Equal(smape, Accuracy.Smape(Actual, Predicted), 12);
        Assert.Equal(100 * ((0.1 + (2.0 / 12)) / 2), Accuracy.Mape([10, 12], [11, 10]), 12);
    }

    [Fact]
    public void Smape_of_zero_against_zero_is_zero()
    {
        Assert.Equal(0, Accuracy.Smape([0, 0], [0, 0]));
    }

    [Fact]
    public void Scaled_measures_use_M4_and_M5_scales()
    {
        double[] insample = [1, 2, 4, 7, 8, 10];
        Assert.Equal((3 + 5 + 4 + 3) / 4.0, Accuracy.MaseScale(insample, 2), 12);
        Assert.Equal((1 + 4 + 9 + 1 + 4) / 5.0, Accuracy.RmsseScale(insample), 12);
        Assert.Equal(1.0 / 3.75, Accuracy.Mase(Actual, Predicted, insample, 2), 12);
        Assert.Equal(Math.Sqrt(1.5 / 3.8), Accuracy.Rmsse(Actual, Predicted, insample), 12);
        Assert.Equal(0, Accuracy.ScaledBias(Actual, Predicted, insample, 2), 12);
    }

    [Fact]
    public void Rmsse_scales_over_the_whole_series_or_from_the_first_demand_as_M5()
    {
        // In-sample 0, 0, 3, 1, 4. Whole series: naive differences 0, 3, −2, 3 → scale (0 + 9 + 4 + 9)/4 = 5.5.
        // M5 (from the first non-zero value, 3, 1, 4): differences −2, 3 → scale (4 + 9)/2 = 6.5.
        // Holdout 2, 2 forecast 1, 4: MSE (1 + 4)/2 = 2.5, so RMSSE √(2.5/5.5) and √(2.5/6.5).
        double[] insample = [0, 0, 3, 1, 4];
        Assert.Equal(5.5, Accuracy.RmsseScale(insample), 12);
        Assert.Equal(5.5, Accuracy.RmsseScale(insample, RmsseScaling.AllObservations), 12);
        Assert.Equal(6.5, Accuracy.RmsseScale(insample, RmsseScaling.FromFirstDemand), 12);
        Assert.Equal(Math.Sqrt(2.5 / 5.5), Accuracy.Rmsse([2, 2], [1, 4], insample), 12);
        Assert.Equal(Math.Sqrt(2.5 / 6.5), Accuracy.Rmsse([2, 2], [1, 4], insample, RmsseScaling.FromFirstDemand), 12);

        // Without leading zeros the two agree: 1, 2, 4 → (1 + 4)/2 = 2.5 both ways.
        Assert.Equal(2.5, Accuracy.RmsseScale([1, 2, 4], RmsseScaling.FromFirstDemand), 12);
        Assert.Equal(2.5, Accuracy.RmsseScale([1, 2, 4]), 12);
    }

    [Fact]
    public void M5_rmsse_is_undefined_without_two_values_from_the_first_demand()
    {
        Assert.Equal("insample", Assert.Throws<ArgumentException>(() => Accuracy.RmsseScale([0, 0, 0], RmsseScaling.FromFirstDemand)).ParamName);
        Assert.Equal("insample", Assert.Throws<ArgumentException>(() => Accuracy.Rmsse([1], [1], [0, 0, 5], RmsseScaling.FromFirstDemand)).ParamName);
        Assert.Equal(25.0 / 2, Accuracy.RmsseScale([0, 0, 5])); // the whole series: differences 0 and 5
        Assert.Equal("scaling", Assert.Throws<ArgumentOutOfRangeException>(() => Accuracy.RmsseScale([1, 2], (RmsseScaling)7)).ParamName);
    }

    [Fact]
    public void Coverage_counts_bounds_inclusively()
    {
        Assert.Equal(0.75, Accuracy.Coverage([1, 2, 3, 4], [1, 0, 0, 5], [1, 3, 3, 6]));
    }

    [Fact]
    public void Undefined_cases_throw_instead_of_returning_NaN()
    {
        Assert.Equal("forecast", Assert.Throws<ArgumentException>(() => Accuracy.Mae([1, 2], [1])).ParamName);
        Assert.Equal("actual", Assert.Throws<ArgumentException>(() => Accuracy.Mae([], [])).ParamName);
        Assert.Equal("actual", Assert.Throws<ArgumentException>(() => Accuracy.Mape([0, 1], [1, 1])).ParamName);
        Assert.Equal("insample", Assert.Throws<ArgumentException>(() => Accuracy.Mase([1], [1], [3, 3, 3])).ParamName);
        Assert.Equal("insample", Assert.Throws<ArgumentException>(() => Accuracy.Rmsse([1], [1], [3])).ParamName);
        Assert.Equal("forecast", Assert.Throws<ArgumentException>(() => Accuracy.Rmse([1], [double.NaN])).ParamName);
        Assert.Equal("lower", Assert.Throws<ArgumentException>(() => Accuracy.Coverage([1], [2], [1])).ParamName);
    }
}
