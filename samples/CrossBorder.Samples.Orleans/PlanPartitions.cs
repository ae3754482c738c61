using System.Text;
using CrossBorder.Forecasting;
using CrossBorder.Forecasting.Batch;
using CrossBorder.Forecasting.Files;
using CrossBorder.Replenishment;
using CrossBorder.Replenishment.Files;
using CrossBorder.Text;
using NodaTime;

namespace CrossBorder.Samples.Orleans;

/// <summary>What every partition of a plan run is planned with: the CLI's <c>replenish</c> options.</summary>
/// <param name="Stock">The stock file (<c>--stock</c>), split by the partitions.</param>
/// <param name="LeadTimes">The lead-time file (<c>--lead-times</c>), given whole to every partition.</param>
/// <param name="ServiceLevel">The service level in (0, 1) (<c>--service</c>).</param>
/// <param name="FillRate">Whether the level is a fill rate rather than a cycle service level (<c>--measure</c>).</param>
/// <param name="Air">Whether air purchase orders set the lead time rather than sea ones (<c>--freight</c>).</param>
/// <param name="AsOf">The as-of date (<c>--as-of</c>), or null for the day after the catalogue's last sales period.</param>
/// <param name="HorizonWeeks">Weeks projected (<c>--horizon</c>).</param>
public sealed record PlanSettings(string Stock, string LeadTimes, double ServiceLevel = 0.95, bool FillRate = false, bool Air = false, LocalDate? AsOf = null, int HorizonWeeks = 26)
{
    /// <summary>The planner the CLI builds for these options.</summary>
    public ReplenishmentPlanner Planner() =>
        new(new ReplenishmentSettings(FillRate ? ServiceTarget.FillRate(ServiceLevel) : ServiceTarget.CycleServiceLevel(ServiceLevel)), AutoForecaster.Default);

    /// <summary>The catalogue options the CLI builds for these options, with the as-of date the split fixed for every partition.</summary>
    public CataloguePlanOptions Options(LocalDate asOf) =>
        new() { Mode = Air ? FreightMode.Air : FreightMode.Sea, AsOf = asOf, HorizonWeeks = HorizonWeeks };
}

/// <summary>
/// The replenishment stage of a batch: the sales split into fixed partitions by input ranges (as
/// <see cref="ForecastPartitions.Split"/>), the stock rows split with them, and the partition function that plans
/// every SKU of a partition with the library calls of <c>crossborder replenish</c>
/// (<see cref="CataloguePlanner.PlanSeriesWithFiles"/>, <see cref="PlanCsvWriter"/> or <see cref="PlanParquetWriter"/>),
/// so that the concatenated output equals the CLI's byte for byte.
/// </summary>
public static class PlanPartitions
{
    private static readonly CataloguePlanOptions Defaults = new();

    /// <summary>
    /// Splits the sales into partitions of <paramref name="seriesPerPartition"/> SKUs, each with its stock rows, copies
    /// the lead-time file, and fixes the as-of date: <paramref name="settings"/>' or, as the CLI does, the day after the
    /// last sales period of the whole catalogue (<see cref="CataloguePlanner.SalesEnd"/>), so that every partition plans
    /// as the whole catalogue would.
    /// </summary>
    /// <returns>The partitions, input rows (sales points), SKUs and the as-of date every partition plans with.</returns>
    /// <exception cref="FormatException">A malformed sales or stock file (the reader's message, naming the line).</exception>
    /// <exception cref="ArgumentException">Stock for a SKU without sales, or daily and weekly series mixed (the CLI's refusals).</exception>
    public static (int Partitions, long Points, int Series, LocalDate AsOf) Split(string sales, PlanSettings settings, RunFolder folder, int seriesPerPartition)
    {
        ArgumentNullException.ThrowIfNull(settings);
        StockFile.ReadFile(settings.Stock); // every row checked once, with its line, before any work is sent
        LeadTimeFile.ReadFile(settings.LeadTimes);
        var (header, stockRows) = StockRows(settings.Stock);
        Directory.CreateDirectory(Path.GetDirectoryName(folder.LeadTimes)!);
        File.Copy(settings.LeadTimes, folder.LeadTimes, overwrite: true);
        LocalDate? end = null;
        int? period = null;
        IEnumerable<SeriesInput> Checked()
        {
            foreach (var series in LongFormatFiles.ReadFile(sales, Defaults.Series))
            {
                if (period is { } p && p != series.Period)
                {
                    throw new ArgumentException($"{sales} mixes daily and weekly series: plan them separately.", nameof(sales));
                }

                period = series.Period;
                var seriesEnd = CataloguePlanner.SalesEnd(series);
                end = end is { } e && e >= seriesEnd ? e : seriesEnd;
                yield return series;
            }
        }

        var (partitions, points, count) = ForecastPartitions.SplitWith(Checked(), folder, seriesPerPartition, (partition, batch) =>
        {
            var stock = new StringBuilder(header).Append('\n');
            foreach (var series in batch)
            {
                if (stockRows.Remove(series.Id, out var lines))
                {
                    lines.ForEach(l => stock.Append(l).Append('\n'));
                }
            }

            File.WriteAllText(folder.Stock(partition), stock.ToString());
        });

        if (stockRows.Count > 0)
        {
            throw new ArgumentException($"Stock for SKU {string.Join(", ", stockRows.Keys.Take(5).Select(u => "'" + u + "'"))} that has no sales in {sales}.", nameof(settings));
        }

        return (partitions, points, count, settings.AsOf ?? end ?? throw new ArgumentException($"{sales} has no sales rows.", nameof(sales)));
    }

    /// <summary>
    /// Runs partition <paramref name="partition"/>: plans its SKUs as <c>crossborder replenish</c> does, as of
    /// <paramref name="asOf"/>, into a temporary file in the folder's output format, then commits it (first commit wins).
    /// </summary>
    /// <exception cref="PoisonPartitionException">The library refuses the partition's input, naming the partition (and the SKU in its message).</exception>
    public static (CommitOutcome Outcome, long Rows) Run(RunFolder folder, int partition, PlanSettings settings, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ForecastPartitions.RunWith(folder, partition, temporary =>
        {
            CataloguePlan catalogue;
            var keys = File.ReadAllLines(folder.Keys(partition));
            try
            {
                var options = settings.Options(asOf);
                var input = folder.Input(partition);
                catalogue = CataloguePlanner.PlanSeriesWithFiles(settings.Planner(), LongFormatParquet.ReadFile(input, options.Series), input, folder.Stock(partition), folder.LeadTimes, options);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new PoisonPartitionException(partition, keys.FirstOrDefault(k => e.Message.Contains($"'{k}'", StringComparison.Ordinal)), e.Message, e);
            }

            using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write);
            Write(stream, folder.OutputExtension, catalogue.Plans.Select(PlanRow.Of));
            return catalogue.Plans.Count;
        });
    }

    /// <summary>
    /// Writes the committed outputs in partition order as one file, through a temporary file moved into place: CSV
    /// outputs byte for byte (the header once), Parquet ones row by row through one <see cref="PlanParquetWriter"/>, so
    /// that the row groups are those of a single-process run.
    /// </summary>
    /// <returns>The rows (SKUs) written.</returns>
    public static long Concatenate(RunFolder folder, int partitions, string output)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!LongFormatFiles.IsParquet(output))
        {
            return ForecastPartitions.Concatenate(folder, partitions, output);
        }

        return ForecastPartitions.ConcatenateWith(folder, output, sink =>
            Write(sink, ".parquet", Enumerable.Range(0, partitions).SelectMany(p => PlanParquet.ReadFile(folder.Output(p)))));
    }

    private static long Write(Stream stream, string extension, IEnumerable<PlanRow> rows)
    {
        long count = 0;
        if (LongFormatFiles.IsParquet("x" + extension))
        {
            using var parquet = new PlanParquetWriter(stream);
            foreach (var row in rows)
            {
                parquet.Write(row);
                count++;
            }

            return count;
        }

        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
        var csv = new PlanCsvWriter(writer);
        foreach (var row in rows)
        {
            csv.Write(row);
            count++;
        }

        return count;
    }

    /// <summary>The stock file's header and its rows by SKU (several rows for several receipts), in file order.</summary>
    private static (string Header, Dictionary<string, List<string>> Rows) StockRows(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = lines[0].TrimStart('\uFEFF');
        var sku = Array.FindIndex(Csv.SplitLine(header), c => string.Equals(c.Trim(), "sku", StringComparison.OrdinalIgnoreCase));
        var rows = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1).Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            var id = Csv.SplitLine(line)[sku].Trim();
            if (!rows.TryGetValue(id, out var list))
            {
                rows[id] = list = [];
            }

            list.Add(line);
        }

        return (header, rows);
    }
}
