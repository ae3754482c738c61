using CrossBorder.Forecasting.Batch;
using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests.Selection;

public class ForecastMethodsTests
{
    public static TheoryData<string> Names => [.. ForecastMethods.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void Every_method_forecasts_every_kind_of_series(string name)
    {
        var forecaster = ForecastMethods.Get(name);
        double[][] kinds =
        [
            [],
            [0, 0, 0, 0],
            [4, 4, 4],
            [1, 2],
            [5, double.NaN, 7, 6, 8, 9, 7, 6, 8, 10],
            [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 2, 0, 0, 4, 0, 1],
            [3, 5, 2, 6, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        ];

        foreach (var y in kinds)
        {
            var forecast = forecaster(new SeriesInput("s", y, 4), 5);

            Assert.Equal(5, forecast.Horizon);
            Assert.All(forecast.Mean, m => Assert.True(double.IsFinite(m) && m >= 0));
        }
    }

    [Fact]
    public void Named_methods_run_inside_the_fallback_chain_and_match_the_direct_calls()
    {
        var y = ReferenceData.ClassicSeries("AirPassengers").Train;
        var input = new SeriesInput("AirPassengers", y, 12);

        Assert.Equal(Baseline.Naive(y, 18).Mean, ForecastMethods.Get("naive")(input, 18).Mean);
        Assert.Equal(Baseline.SeasonalNaive(y, 12, 18).Mean, ForecastMethods.Get("snaive")(input, 18).Mean);
        Assert.Equal(Forecasting.Theta.Standard(y, 12, 18).Mean, ForecastMethods.Get("theta")(input, 18).Mean);
        Assert.Equal(IntermittentDemand.Croston(y, 18).Mean, ForecastMethods.Get("croston")(input, 18).Mean);
        Assert.Equal(Forecasting.Ets.FitAuto(y, 12).Forecast(18).Mean, ForecastMethods.Get("ETS")(input, 18).Mean);
        Assert.Equal(AutoForecaster.Default.Forecast(y, 12, 18).Mean, ForecastMethods.Get(" auto ")(input, 18).Mean);
    }

    [Fact]
    public void An_unknown_name_lists_the_methods()
    {
        var error = Assert.Throws<ArgumentException>(() => ForecastMethods.Get("arima"));

        Assert.Contains("'arima'", error.Message, StringComparison.Ordinal);
        Assert.Contains("auto, ets, theta, croston, sba, tsb, tsb-opt, sba-opt, adida, imapa, naive, snaive, mean, drift", error.Message, StringComparison.Ordinal);
        Assert.False(ForecastMethods.IsKnown("arima"));
        Assert.False(ForecastMethods.IsKnown(null));
        Assert.True(ForecastMethods.IsKnown("TSB-Opt"));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    public void Levels_outside_0_1_are_rejected(double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ForecastMethods.Get("naive", levels: [level]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ForecastingService("naive", levels: [level]));
    }

    [Fact]
    public void The_service_streams_in_input_order_whatever_the_parallelism()
    {
        var series = ReferenceData.Intermittent.Take(40).Select(s => new SeriesInput(s.Id, s.Train, s.Frequency)).ToList();
        var one = new ForecastingService(maxDegreeOfParallelism: 1, chunkSize: 7);
        var all = new ForecastingService();

        var streamed = one.Stream(series, 13).ToList();
        var batch = all.ForecastAll(series, 13);

        Assert.Equal(series.Select(s => s.Id), streamed.Select(r => r.Series.Id));
        for (var i = 0; i < series.Count; i++)
        {
            Assert.Equal(batch[i].Mean, streamed[i].Forecast.Mean);
            Assert.Equal(batch[i].Method, streamed[i].Forecast.Method);
        }
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(-2, 1)]
    [InlineData(-1, 0)]
    public void The_service_rejects_bad_parallelism_and_chunks(int threads, int chunk)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ForecastingService(maxDegreeOfParallelism: threads, chunkSize: chunk));
    }
}
