using CrossBorder.Forecasting.Batch;
using FsCheck;

namespace CrossBorder.Forecasting.Tests.Batch;

public class BatchForecasterTests
{
    // A deliberately simple method: the mean of the last four points, repeated.
    private static Forecast LastFourMean(SeriesInput series, int horizon)
    {
        var values = series.Values;
        var tail = values[Math.Max(0, values.Length - 4)..];
        var mean = tail.IsEmpty ? 0 : tail.ToArray().Average();
        return new Forecast("mean4", Enumerable.Repeat(mean, horizon).ToArray(), []);
    }

    private static void LastFourMeanPoints(ReadOnlySpan<double> history, Span<double> destination)
    {
        var tail = history[Math.Max(0, history.Length - 4)..];
        var sum = 0.0;
        foreach (var value in tail)
        {
            sum += value;
        }

        destination.Fill(tail.IsEmpty ? 0 : sum / tail.Length);
    }

    private static List<SeriesInput> MakeSeries(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SeriesInput($"sku-{i}", [.. Enumerable.Range(0, 10 + (i % 7)).Select(t => (double)((t * 31 + i) % 11))], horizon: i % 3 == 0 ? 2 : null))];

    [Fact]
    public void Results_come_back_in_input_order_with_each_series_horizon()
    {
        var series = MakeSeries(100);

        var forecasts = BatchForecaster.ForecastAll(series, LastFourMean, defaultHorizon: 5);

        Assert.Equal(100, forecasts.Length);
        for (var i = 0; i < series.Count; i++)
        {
            Assert.Equal(LastFourMean(series[i], series[i].Horizon ?? 5).Mean, forecasts[i].Mean);
        }
    }

    [ScaledProperty(Cases = 20)]
    public bool Results_do_not_depend_on_the_thread_count(PositiveInt threads)
    {
        var series = MakeSeries(300);
        var one = BatchForecaster.ForecastAll(series, LastFourMean, 4, maxDegreeOfParallelism: 1);
        var many = BatchForecaster.ForecastAll(series, LastFourMean, 4, maxDegreeOfParallelism: (threads.Get % 8) + 1);
        return one.Zip(many).All(p => p.First.Mean.SequenceEqual(p.Second.Mean));
    }

    [Fact]
    public void Streaming_yields_every_series_once_in_order_across_chunks()
    {
        var series = MakeSeries(1000);
        var pulled = 0;

        var results = BatchForecaster.Stream(series.Select(s => { pulled++; return s; }), LastFourMean, 3, chunkSize: 64).ToList();

        Assert.Equal(series.Select(s => s.Id), results.Select(r => r.Series.Id));
        Assert.Equal(1000, pulled);
        Assert.All(results, r => Assert.Equal(LastFourMean(r.Series, r.Series.Horizon ?? 3).Mean, r.Forecast.Mean));
    }

    [Fact]
    public void Streaming_is_lazy()
    {
        var pulled = 0;
        IEnumerable<SeriesInput> Endless()
        {
            for (var i = 0; ; i++)
            {
                pulled++;
                yield return new SeriesInput($"s{i}", [1, 2, 3]);
            }
        }

        var firstTen = BatchForecaster.Stream(Endless(), LastFourMean, 1, chunkSize: 16).Take(10).ToList();

        Assert.Equal(10, firstTen.Count);
        Assert.Equal(16, pulled);
    }

    [Fact]
    public void Point_forecasts_over_one_buffer_match_the_per_series_ones()
    {
        var series = MakeSeries(50);
        var values = series.SelectMany(s => s.Values.ToArray()).ToArray();
        var offsets = new int[series.Count + 1];
        for (var i = 0; i < series.Count; i++)
        {
            offsets[i + 1] = offsets[i] + series[i].Length;
        }

        var destination = new double[series.Count * 3];
        BatchForecaster.ForecastPoints(values, offsets, 3, LastFourMeanPoints, destination);

        for (var i = 0; i < series.Count; i++)
        {
            Assert.Equal(LastFourMean(series[i], 3).Mean, destination[(i * 3)..((i + 1) * 3)]);
        }
    }

    [Fact]
    public void Bad_arguments_are_rejected_naming_them()
    {
        var series = MakeSeries(2);

        Assert.Equal("defaultHorizon", Assert.Throws<ArgumentOutOfRangeException>(() => BatchForecaster.ForecastAll(series, LastFourMean, 0)).ParamName);
        Assert.Equal("chunkSize", Assert.Throws<ArgumentOutOfRangeException>(() => BatchForecaster.Stream(series, LastFourMean, 1, chunkSize: 0)).ParamName);
        Assert.Equal("offsets", Assert.Throws<ArgumentException>(() => BatchForecaster.ForecastPoints(new double[4], new[] { 0, 3, 2 }, 1, LastFourMeanPoints, new double[2])).ParamName);
        Assert.Equal("offsets", Assert.Throws<ArgumentException>(() => BatchForecaster.ForecastPoints(new double[4], new[] { 0, 5 }, 1, LastFourMeanPoints, new double[1])).ParamName);
        Assert.Equal("destination", Assert.Throws<ArgumentException>(() => BatchForecaster.ForecastPoints(new double[4], new[] { 0, 4 }, 2, LastFourMeanPoints, new double[1])).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeriesInput("x", [1], period: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SeriesInput("x", [1], horizon: 0));
        Assert.Throws<ArgumentException>(() => new SeriesInput(" ", [1]));
    }
}
