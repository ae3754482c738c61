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
        Assert.Contains("auto, ets, theta, stlf, harmonic, croston, sba, tsb, tsb-opt, sba-opt, adida, imapa, naive, snaive, mean, drift", error.Message, StringComparison.Ordinal);
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

    [Theory]
    [MemberData(nameof(Names))]
    public void Empty_levels_mean_no_intervals_and_null_the_defaults_in_every_method(string name)
    {
        // A regular series (ETS and Theta fit it) and a sporadic one (the intermittent combination).
        var regular = new SeriesInput("regular", ReferenceData.ClassicSeries("AirPassengers").Train, 12);
        var sporadic = new SeriesInput("sporadic", [0, 3, 0, 0, 5, 0, 2, 0, 0, 4, 0, 0, 3, 0, 1, 0, 2, 0, 0, 6], 1);
        foreach (var input in new[] { regular, sporadic })
        {
            Assert.Empty(ForecastMethods.Get(name, levels: [])(input, 6).Intervals);
            Assert.Empty(new ForecastingService(name, levels: []).Forecast(input, 6).Intervals);
            var levels = ForecastMethods.Get(name)(input, 6).Intervals.Select(i => i.Level).ToArray();
            Assert.True(levels.Length == 0 || levels.SequenceEqual([0.8, 0.95]), $"{name} on {input.Id}: {string.Join(", ", levels)}");
        }
    }

    [Fact]
    public void Empty_levels_mean_no_intervals_in_the_direct_calls_too()
    {
        var y = ReferenceData.ClassicSeries("AirPassengers").Train;
        var model = Forecasting.Ets.FitAuto(y, 12);

        Assert.Empty(model.Forecast(6, Array.Empty<double>()).Intervals);
        Assert.Empty(model.Forecast(6, null, Array.Empty<double>()).Intervals);
        Assert.Empty(Forecasting.Theta.Standard(y, 12, 6, []).Intervals);
        Assert.Empty(Baseline.Naive(y, 6, []).Intervals);
        Assert.Empty(new AutoForecaster(levels: []).Forecast(y, 12, 6).Intervals);

        // No levels argument, or null: 0.8 and 0.95, as R.
        Assert.Equal([0.8, 0.95], model.Forecast(6).Intervals.Select(i => i.Level));
        Assert.Equal([0.8, 0.95], model.Forecast(6, (EtsOptions?)null).Intervals.Select(i => i.Level));
        Assert.Equal([0.8, 0.95], model.Forecast(6, (double[]?)null).Intervals.Select(i => i.Level));
        Assert.Equal([0.8, 0.95], Baseline.Naive(y, 6).Intervals.Select(i => i.Level));
        Assert.Equal([0.8, 0.95], new ForecastingService("naive").Levels);
    }

    [Fact]
    public void A_service_keeps_a_copy_of_its_levels()
    {
        double[] levels = [0.9];
        var service = new ForecastingService("naive", levels: levels);
        levels[0] = 0.5;

        Assert.Equal([0.9], service.Levels);
        Assert.Equal([0.9], service.Forecast([1, 2, 3, 4], 1, 2).Intervals.Select(i => i.Level));
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
