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

        Time(count, Series(), method, "series of 104 weeks");
    }

    /// <summary>
    /// The weekly series (period 52) of a catalogue file in the long format, cycled to <paramref name="count"/> SKUs:
    /// <c>batch-catalogue 1000000 tests/CrossBorder.Forecasting.Tests/Data/catalogues/validation/train.csv</c>.
    /// </summary>
    public static void RunCatalogue(int count, string file)
    {
        var weekly = Forecasting.Files.LongFormatReader.ReadFile(file).Where(s => s.Period == 52).Select(s => s.Values.ToArray()).ToArray();
        if (weekly.Length == 0)
        {
            throw new ArgumentException($"{file} has no weekly series.", nameof(file));
        }

        IEnumerable<SeriesInput> Series()
        {
            for (var i = 0; i < count; i++)
            {
                var source = weekly[i % weekly.Length];
                yield return new SeriesInput(string.Create(CultureInfo.InvariantCulture, $"sku-{i}"), source, 52, 13);
            }
        }

        Time(count, Series(), ForecastMethods.Auto, string.Create(CultureInfo.InvariantCulture, $"weekly series cycled from the {weekly.Length} of {Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(file)))}"));
    }

    private static void Time(int count, IEnumerable<SeriesInput> series, string method, string what)
    {
        SeriesForecaster forecaster = method == ForecastMethods.Auto
            ? (s, horizon) => AutoForecaster.Default.Forecast(s.Values, s.Period, horizon)
            : new ForecastingService(method).Forecaster;
        var methods = new Dictionary<string, int>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();
        var peak = 0L;
        var done = 0;
        foreach (var (_, forecast) in BatchForecaster.Stream(series, forecaster, 13))
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
            $"{method}: {count:N0} {what} on {Environment.ProcessorCount} cores: {watch.Elapsed.TotalSeconds:F1} s, {watch.Elapsed.TotalMicroseconds / count:F1} µs per series, peak working set {peak / (1024 * 1024)} MiB"));
        foreach (var (chosen, n) in methods.OrderByDescending(m => m.Value))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {chosen,-24} {n,9:N0}"));
        }
    }
}
