using CrossBorder.Forecasting.Batch;

namespace CrossBorder.Forecasting.Tests.Concurrency;

/// <summary>
/// <see cref="ForecastMethods.Get"/> documents its forecasters as thread-safe and <see cref="BatchForecaster"/> its
/// results as identical whatever the parallelism: one shared forecaster hammered from 16 threads gives, series by
/// series and bit for bit, what a sequential run gives (Hammer.Compare's expected values are that run).
/// </summary>
public class BatchForecasterConcurrencyTests
{
    /// <summary>Smooth, trending, weekly- and monthly-seasonal, intermittent and short series, deterministic.</summary>
    private static readonly SeriesInput[] Series =
    [
        .. Enumerable.Range(0, 12).Select(i => (i % 4) switch
        {
            0 => new SeriesInput($"smooth-{i}", [.. Enumerable.Range(0, 40 + i).Select(t => 50.0 + ((t * 7 + i) % 5))]),
            1 => new SeriesInput($"weekly-{i}", [.. Enumerable.Range(0, 56 + i).Select(t => 20.0 + (10 * Math.Sin(2 * Math.PI * t / 7)) + (t * 0.1) + ((t * 13 + i) % 3))], period: 7),
            2 => new SeriesInput($"monthly-{i}", [.. Enumerable.Range(0, 36 + i).Select(t => 100.0 + (30 * Math.Cos(2 * Math.PI * t / 12)) + ((t * 11 + i) % 7))], period: 12),
            _ => new SeriesInput($"intermittent-{i}", [.. Enumerable.Range(0, 30 + i).Select(t => (t * 5 + i) % 4 == 0 ? (double)((t % 3) + 1) : 0.0)]),
        }),
    ];

    [Theory]
    [InlineData("auto")]
    [InlineData("ets")]
    [InlineData("theta")]
    [InlineData("stlf")]
    [InlineData("tsb-opt")]
    [InlineData("imapa")]
    public void One_shared_forecaster_answers_16_threads_as_it_answers_one(string method)
    {
        var forecaster = ForecastMethods.Get(method);

        var differences = Hammer.Compare(Series, s => forecaster(s, 6));

        Assert.Empty(differences);
    }

    [Fact]
    public void The_batch_gives_the_same_forecasts_on_16_threads_as_on_one()
    {
        var forecaster = ForecastMethods.Get("auto");

        var one = BatchForecaster.ForecastAll(Series, forecaster, 6, maxDegreeOfParallelism: 1);
        var sixteen = BatchForecaster.ForecastAll(Series, forecaster, 6, maxDegreeOfParallelism: Hammer.Threads);

        Assert.Equal(one.Select(Hammer.Fingerprint), sixteen.Select(Hammer.Fingerprint));
    }
}
