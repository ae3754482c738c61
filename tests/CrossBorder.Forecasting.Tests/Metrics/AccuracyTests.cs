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
