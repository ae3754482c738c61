using System.Diagnostics;
using System.Globalization;
using CrossBorder.Forecasting;
using CrossBorder.Forecasting.Batch;
using CrossBorder.Forecasting.Files;
using CrossBorder.Replenishment;
using CrossBorder.Replenishment.Files;
using NodaTime;

namespace CrossBorder.Benchmarks;

/// <summary>
/// CSV against Parquet for the batch files of <c>forecast</c> and <c>replenish</c>, on N synthetic weekly SKUs of 104
/// weeks (the <c>batch</c> mode's series, dated from 2024-01-01): the long-format input written and read back, and a
/// 13-step forecast output with 80%/95% bounds written: seconds and bytes of each.
/// <c>dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- formats 1000000</c>. Files go to a
/// temporary folder that is removed at the end.
/// </summary>
internal static class FormatsTiming
{
    public static void Run(int count)
    {
        var folder = Directory.CreateTempSubdirectory("crossborder-formats-");
        try
        {
            var start = new LocalDate(2024, 1, 1);
            IEnumerable<SeriesInput> Series() => Synthetic(count, start);

            var csv = Path.Combine(folder.FullName, "sales.csv");
            var parquet = Path.Combine(folder.FullName, "sales.parquet");
            Time("write long CSV", csv, () => WriteLongCsv(csv, Series(), start));
            Time("write long Parquet", parquet, () => LongFormatParquet.WriteFile(parquet, Series()));
            Time("read long CSV", null, () => Consume(LongFormatReader.ReadFile(csv)));
            Time("read long Parquet", null, () => Consume(LongFormatParquet.ReadFile(parquet)));

            var forecastCsv = Path.Combine(folder.FullName, "forecast.csv");
            var forecastParquet = Path.Combine(folder.FullName, "forecast.parquet");
            Time("write forecast CSV", forecastCsv, () =>
            {
                using var writer = new StreamWriter(forecastCsv) { NewLine = "\n" };
                var sink = new ForecastCsvWriter(writer);
                foreach (var s in Series())
                {
                    sink.Write(s.Id, Flat(s));
                }
            });
            Time("write forecast Parquet", forecastParquet, () =>
            {
                using var stream = File.Create(forecastParquet);
                using var sink = new ForecastParquetWriter(stream);
                foreach (var s in Series())
                {
                    sink.Write(s.Id, Flat(s));
                }
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>
    /// <c>crossborder replenish</c>'s library calls in both formats on N synthetic weekly SKUs of 104 weeks: sales read
    /// (CSV or Parquet), every SKU forecast and planned (<see cref="CataloguePlanner.PlanSeriesWithFiles"/>, one thread,
    /// as the CLI runs it), and the plan written as CSV (<see cref="PlanCsvWriter"/>) or Parquet
    /// (<see cref="PlanParquetWriter"/>): seconds and bytes.
    /// <c>dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- plan-formats 100000</c>.
    /// </summary>
    public static void RunPlans(int count)
    {
        var folder = Directory.CreateTempSubdirectory("crossborder-plan-formats-");
        try
        {
            var start = new LocalDate(2024, 1, 1);
            var salesCsv = Path.Combine(folder.FullName, "sales.csv");
            var salesParquet = Path.Combine(folder.FullName, "sales.parquet");
            var stock = Path.Combine(folder.FullName, "stock.csv");
            var leadTimes = Path.Combine(folder.FullName, "lead-times.csv");
            Time("write sales CSV", salesCsv, () => WriteLongCsv(salesCsv, Synthetic(count, start), start));
            Time("write sales Parquet", salesParquet, () => LongFormatParquet.WriteFile(salesParquet, Synthetic(count, start)));
            using (var writer = new StreamWriter(stock) { NewLine = "\n" })
            {
                writer.WriteLine("sku,on_hand,backorders,moq,case_pack");
                for (var i = 0; i < count; i++)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sku-{i},{i % 40},0,20,5"));
                }
            }

            File.WriteAllText(leadTimes, "sku,mean_days,sd_days\n*,56,7\n");
            var planner = new ReplenishmentPlanner(ReplenishmentSettings.Default, AutoForecaster.Default);
            var options = new CataloguePlanOptions();
            foreach (var (name, sales, output) in new[] { ("CSV", salesCsv, "plan.csv"), ("Parquet", salesParquet, "plan.parquet") })
            {
                var path = Path.Combine(folder.FullName, output);
                CataloguePlan? plan = null;
                var watch = Stopwatch.StartNew();
                Time($"plan from {name} sales", null, () => plan = CataloguePlanner.PlanSeriesWithFiles(planner, LongFormatFiles.ReadFile(sales, options.Series), sales, stock, leadTimes, options));
                Time($"write plan {name}", path, () =>
                {
                    if (LongFormatFiles.IsParquet(path))
                    {
                        using var stream = File.Create(path);
                        using var parquet = new PlanParquetWriter(stream);
                        foreach (var p in plan!.Plans)
                        {
                            parquet.Write(p);
                        }
                    }
                    else
                    {
                        using var writer = new StreamWriter(path) { NewLine = "\n" };
                        PlanCsvWriter.WriteAll(writer, plan!.Plans);
                    }
                });
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"replenish {name} in and out: {watch.Elapsed.TotalSeconds:F1} s for {plan!.Plans.Count:N0} SKUs"));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static IEnumerable<SeriesInput> Synthetic(int count, LocalDate start)
    {
        for (var i = 0; i < count; i++)
        {
            yield return new SeriesInput(string.Create(CultureInfo.InvariantCulture, $"sku-{i}"), SyntheticDemand.One(weeks: 104, seed: i), 52, null, start);
        }
    }

    private static void WriteLongCsv(string path, IEnumerable<SeriesInput> series, LocalDate start)
    {
        using var writer = new StreamWriter(path) { NewLine = "\n" };
        writer.WriteLine("series_id,date,y");
        foreach (var s in series)
        {
            var values = s.Values;
            for (var w = 0; w < values.Length; w++)
            {
                writer.Write(s.Id);
                writer.Write(',');
                writer.Write(start.PlusWeeks(w).ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.WriteLine(values[w].ToString("R", CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>A 13-step forecast at the series' mean with normal bounds: the shape and the number of distinct values of a real output, at no fitting cost.</summary>
    private static Forecast Flat(SeriesInput series)
    {
        var values = series.Values;
        var mean = 0.0;
        foreach (var v in values)
        {
            mean += v;
        }

        mean /= values.Length;
        var sd = Math.Sqrt(mean + 1);
        double[] Steps(double z) => [.. Enumerable.Range(1, 13).Select(h => Math.Max(0, mean + (z * sd * Math.Sqrt(h))))];
        return new Forecast("SES", Steps(0), [new PredictionInterval(0.8, Steps(-1.2816), Steps(1.2816)), new PredictionInterval(0.95, Steps(-1.96), Steps(1.96))]);
    }

    private static void Consume(IEnumerable<SeriesInput> series)
    {
        long points = 0;
        foreach (var s in series)
        {
            points += s.Length;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {points:N0} points read"));
    }

    private static void Time(string what, string? file, Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        watch.Stop();
        var size = file is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $", {new FileInfo(file).Length / (1024.0 * 1024.0):F1} MiB");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what,-24} {watch.Elapsed.TotalSeconds,7:F1} s{size}"));
    }
}
