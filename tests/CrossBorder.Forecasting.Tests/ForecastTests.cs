namespace CrossBorder.Forecasting.Tests;

public class ForecastTests
{
    [Fact]
    public void A_forecast_keeps_copies_of_its_arrays()
    {
        double[] mean = [1, 2, 3];
        double[] fitted = [0.5, 1.5];
        double[] lower = [0, 1, 2];
        double[] upper = [2, 3, 4];
        var interval = new PredictionInterval(0.8, lower, upper);
        var forecast = new Forecast("Test", mean, [interval], fitted);

        mean[0] = 100;
        fitted[0] = 100;
        lower[0] = -100;
        upper[0] = 100;

        Assert.Equal([1.0, 2, 3], forecast.Mean);
        Assert.Equal([0.5, 1.5], forecast.Fitted!);
        Assert.Equal([0.0, 1, 2], forecast.Intervals[0].Lower);
        Assert.Equal([2.0, 3, 4], forecast.Intervals[0].Upper);
    }

    [Fact]
    public void The_lists_a_forecast_hands_out_cannot_be_written_through()
    {
        var forecast = new Forecast("Test", [1, 2], [new PredictionInterval(0.8, [0, 1], [2, 3])], [0.5]);

        Assert.Throws<NotSupportedException>(() => ((IList<double>)forecast.Mean)[0] = 9);
        Assert.Throws<NotSupportedException>(() => ((IList<double>)forecast.Fitted!)[0] = 9);
        Assert.Throws<NotSupportedException>(() => ((IList<double>)forecast.Intervals[0].Lower)[0] = 9);
        Assert.Throws<NotSupportedException>(() => ((IList<PredictionInterval>)forecast.Intervals)[0] = null!);
        Assert.Equal([1.0, 2], forecast.Mean);
    }

    [Fact]
    public void Invalid_arrays_are_rejected_naming_the_parameter()
    {
        Assert.Equal("mean", Assert.Throws<ArgumentException>(() => new Forecast("Test", [double.NaN], [])).ParamName);
        Assert.Equal("intervals", Assert.Throws<ArgumentException>(() => new Forecast("Test", [1, 2], [new PredictionInterval(0.8, [0], [1])])).ParamName);
        Assert.Equal("intervals", Assert.Throws<ArgumentException>(() => new Forecast("Test", [1], [null!])).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => new PredictionInterval(1, [0], [1])).ParamName);
        Assert.Equal("lower", Assert.Throws<ArgumentException>(() => new PredictionInterval(0.8, [2], [1])).ParamName);
        Assert.Equal("upper", Assert.Throws<ArgumentException>(() => new PredictionInterval(0.8, [0, 1], [1])).ParamName);
    }
}
