using System.Diagnostics;
using System.Globalization;
using CrossBorder.Forecasting;
using CrossBorder.Forecasting.Batch;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Wall-clock timing of the streaming batch path on many synthetic 104-week SKUs with the automatic selector:
/// <c>dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- batch 1000000</c>.
/// Series are generated lazily and results discarded as they stream, so memory stays flat.
/// </summary>
internal static class BatchTiming
{
    public static void Run(int count) => Run(count, ForecastMethods.Auto);

    /// <summary>The same with a named method (<c>batch-ets 100000</c>, <c>batch-theta</c>, …), through <see cref="ForecastingService"/> as the CLI calls it.</summary>
    public static void Run(int count, string method)
    {
        IEnumerable<SeriesInput> Series()
        {
            for (var i = 0; i < count; i++)
            {
                yield return new SeriesInput(
                    string.Create(CultureInfo.InvariantCulture, $"sku-{i}"),
                    SyntheticDemand.One(weeks: 104, seed: i),
                    horizon: 13);
            }
        }

        SeriesForecaster auto = method == ForecastMethods.Auto
            ? (series, horizon) => AutoForecaster.Default.Forecast(series.Values, series.Period, horizon)
            : new ForecastingService(method).Forecaster;
        var methods = new Dictionary<string, int>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        var peak = 0L;
        var done = 0;
        foreach (var (_, forecast) in BatchForecaster.Stream(Series(), auto, 13))
        {
            methods[forecast.Method] = methods.GetValueOrDefault(forecast.Method) + 1;
            if (++done % 100_000 == 0)
            {
                peak = Math.Max(peak, Process.GetCurrentProcess().WorkingSet64);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{done,9:N0} series, {watch.Elapsed.TotalSeconds,7:F1} s"));
            }
        }

        watch.Stop();
        peak = Math.Max(peak, Process.GetCurrentProcess().WorkingSet64);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{method}: {count:N0} series of 104 weeks on {Environment.ProcessorCount} cores: {watch.Elapsed.TotalSeconds:F1} s, {watch.Elapsed.TotalMicroseconds / count:F1} µs per series, peak working set {peak / (1024 * 1024)} MiB"));
        foreach (var (chosen, n) in methods.OrderByDescending(m => m.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {chosen,-24} {n,9:N0}"));
        }
    }
}
