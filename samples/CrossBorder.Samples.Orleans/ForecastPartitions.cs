using System.Diagnostics;
using System.Globalization;
using System.Text;
using CrossBorder.Forecasting;
using CrossBorder.Forecasting.Batch;
using CrossBorder.Forecasting.Files;

namespace CrossBorder.Samples.Orleans;

/// <summary>What every partition of a run is forecast with: the CLI's <c>forecast</c> options.</summary>
/// <param name="Method">A name of <see cref="ForecastMethods.Names"/>.</param>
/// <param name="Horizon">Steps for every series, or null for each series' <c>h</c>, else the M4 horizon of its period.</param>
/// <param name="Levels">Interval levels in (0, 1).</param>
/// <param name="Threads">Threads one partition uses.</param>
public sealed record ForecastSettings(string Method, int? Horizon, double[] Levels, int Threads)
{
    /// <summary>The CLI's defaults: <c>auto</c>, the series' own horizons, 80% and 95%, one thread per partition.</summary>
    public static ForecastSettings Default { get; } = new(ForecastMethods.Auto, null, [0.8, 0.95], 1);
}

/// <summary>
/// How a run's work folder is laid out: <c>in/p00007.parquet</c> and <c>in/p00007.keys</c> (and <c>in/p00007.stock.csv</c>,
/// <c>in/lead-times.csv</c> for plans; <c>in/p00007.jsonl</c> for landed cost), <c>out/p00007.csv</c> (or <c>.parquet</c>
/// or <c>.jsonl</c>, the output's format).
/// </summary>
/// <param name="path">The folder.</param>
/// <param name="outputExtension">The extension of the partitions' outputs, the batch output's: <c>.csv</c> or <c>.parquet</c>.</param>
public sealed class RunFolder(string path, string outputExtension = ".csv")
{
    /// <summary>The folder.</summary>
    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>The input of partition <paramref name="partition"/>: its series, as Parquet.</summary>
    public string Input(int partition) => System.IO.Path.Combine(Path, "in", Name(partition) + ".parquet");

    /// <summary>The orders of partition <paramref name="partition"/> (landed cost only): the orders file's lines, as JSON Lines.</summary>
    public string Orders(int partition) => System.IO.Path.Combine(Path, "in", Name(partition) + ".jsonl");

    /// <summary>The keys of partition <paramref name="partition"/>, one a line, in input order.</summary>
    public string Keys(int partition) => System.IO.Path.Combine(Path, "in", Name(partition) + ".keys");

    /// <summary>The stock rows of partition <paramref name="partition"/>'s SKUs, with the stock file's header (plans only).</summary>
    public string Stock(int partition) => System.IO.Path.Combine(Path, "in", Name(partition) + ".stock.csv");

    /// <summary>The lead-time file every partition plans with (plans only): the batch's, copied whole.</summary>
    public string LeadTimes => System.IO.Path.Combine(Path, "in", "lead-times.csv");

    /// <summary>The extension of the partitions' outputs: <c>.csv</c> or <c>.parquet</c>.</summary>
    public string OutputExtension { get; } = outputExtension;

    /// <summary>The committed output of partition <paramref name="partition"/>: CSV with its header, or Parquet.</summary>
    public string Output(int partition) => System.IO.Path.Combine(Path, "out", Name(partition) + OutputExtension);

    /// <summary>The folder of committed outputs and their temporary files.</summary>
    public string OutputFolder => System.IO.Path.Combine(Path, "out");

    /// <summary>Temporary files left by writers that never committed (a silo killed between write and move).</summary>
    public string[] Temporaries() => Directory.Exists(OutputFolder) ? Directory.GetFiles(OutputFolder, "*.tmp") : [];

    private static string Name(int partition) => string.Create(CultureInfo.InvariantCulture, $"p{partition:D5}");
}

/// <summary>The outcome of one execution of a partition.</summary>
public enum CommitOutcome
{
    /// <summary>This execution's output was moved into place: it is the partition's result.</summary>
    Committed,

    /// <summary>Another execution had committed first; this one's output was discarded.</summary>
    AlreadyCommitted,
}

/// <summary>A partition whose input the partition function refuses: deterministic, so it is not retried.</summary>
public sealed class PoisonPartitionException(int partition, string? key, string message, Exception? inner = null)
    : Exception(string.Create(CultureInfo.InvariantCulture, $"partition {partition}{(key is null ? string.Empty : $", key '{key}'")}: {message}"), inner)
{
    /// <summary>The partition.</summary>
    public int Partition { get; } = partition;

    /// <summary>The key being read or forecast when it failed, if known.</summary>
    public string? Key { get; } = key;
}

/// <summary>
/// The pure parts of a batch: splitting a catalogue into fixed partitions by input ranges, the partition function
/// (forecast every series of a partition exactly as <c>crossborder forecast</c> does) and the first-commit-wins sink.
/// </summary>
public static class ForecastPartitions
{
    /// <summary>Makes a silo exit between the temporary write and the move once the file it names exists (tests only).</summary>
    public const string CrashBeforeCommitVariable = "CROSSBORDER_BATCH_CRASH_BEFORE_COMMIT";

    /// <summary>Milliseconds each partition waits before its work, so that a test can kill a silo while it works (tests only).</summary>
    public const string DelayVariable = "CROSSBORDER_BATCH_DELAY_MS";

    /// <summary>
    /// Splits <paramref name="input"/> (long format, CSV or Parquet by extension, read as the CLI reads it) into
    /// partitions of <paramref name="seriesPerPartition"/> consecutive series: partition k holds series
    /// k·n to (k+1)·n − 1 in input order, so concatenating the outputs in partition order gives the input order.
    /// </summary>
    /// <returns>The number of partitions and of input rows (points).</returns>
    /// <exception cref="FormatException">The input is malformed (the reader's message, naming the line).</exception>
    public static (int Partitions, long Points, int Series) Split(string input, RunFolder folder, int seriesPerPartition) =>
        SplitWith(LongFormatFiles.ReadFile(input), folder, seriesPerPartition, (_, _) => { });

    /// <summary>
    /// Writes <paramref name="series"/> as partitions of <paramref name="seriesPerPartition"/> consecutive series (input
    /// and keys), calling <paramref name="partitionWritten"/> with each partition and its series for the stage's own files.
    /// </summary>
    internal static (int Partitions, long Points, int Series) SplitWith(IEnumerable<SeriesInput> series, RunFolder folder, int seriesPerPartition, Action<int, List<SeriesInput>> partitionWritten)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seriesPerPartition);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(folder.Input(0))!);
        Directory.CreateDirectory(folder.OutputFolder);
        var partitions = 0;
        long points = 0;
        var count = 0;
        var batch = new List<SeriesInput>(seriesPerPartition);
        void Flush()
        {
            LongFormatParquet.WriteFile(folder.Input(partitions), batch);
            File.WriteAllLines(folder.Keys(partitions), batch.Select(s => s.Id));
            partitionWritten(partitions, batch);
            partitions++;
            batch.Clear();
        }

        foreach (var item in series)
        {
            batch.Add(item);
            points += item.Length;
            count++;
            if (batch.Count == seriesPerPartition)
            {
                Flush();
            }
        }

        if (batch.Count > 0)
        {
            Flush();
        }

        return (partitions, points, count);
    }

    /// <summary>
    /// Runs partition <paramref name="partition"/>: forecasts its series with the CLI's forecaster into a temporary
    /// file, then commits it with <see cref="Commit"/>. Deterministic: every execution writes the same bytes.
    /// </summary>
    /// <returns>Whether this execution committed, and the rows it wrote.</returns>
    /// <exception cref="PoisonPartitionException">The partition's input is refused, naming the partition and the key.</exception>
    public static (CommitOutcome Outcome, long Rows) Run(RunFolder folder, int partition, ForecastSettings settings) =>
        RunWith(folder, partition, temporary => Write(folder, partition, settings, temporary));

    /// <summary>
    /// The frame of every partition function: skips a committed partition, writes a temporary file with
    /// <paramref name="write"/> (removed if it throws), then commits it with <see cref="Commit"/>.
    /// </summary>
    /// <returns>Whether this execution committed, and the rows <paramref name="write"/> wrote.</returns>
    internal static (CommitOutcome Outcome, long Rows) RunWith(RunFolder folder, int partition, Func<string, long> write)
    {
        if (int.TryParse(Environment.GetEnvironmentVariable(DelayVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var delay))
        {
            Thread.Sleep(delay);
        }

        var final = folder.Output(partition);
        if (File.Exists(final))
        {
            return (CommitOutcome.AlreadyCommitted, 0);
        }

        var temporary = $"{final}.{Guid.NewGuid():N}.tmp";
        long rows;
        try
        {
            rows = write(temporary);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        CrashHook(partition);
        return (Commit(temporary, final), rows);
    }

    /// <summary>
    /// The sink: moves <paramref name="temporary"/> to <paramref name="final"/> without overwriting. The first
    /// execution to move wins; a later one finds the file there, deletes its own copy and reports it.
    /// </summary>
    public static CommitOutcome Commit(string temporary, string final)
    {
        try
        {
            File.Move(temporary, final, overwrite: false);
            return CommitOutcome.Committed;
        }
        catch (IOException) when (File.Exists(final))
        {
            File.Delete(temporary);
            return CommitOutcome.AlreadyCommitted;
        }
    }

    /// <summary>
    /// Concatenates the committed outputs (forecast CSV pieces) in partition order into <paramref name="output"/> (the
    /// header once), through a temporary file moved into place, and removes the temporary files that crashed writers
    /// left. A <c>.parquet</c> output is the concatenated CSV rewritten by <see cref="ForecastParquetWriter.FromCsv"/>:
    /// the file <c>crossborder forecast -o x.parquet</c> writes for the same input, byte for byte.
    /// </summary>
    /// <returns>The rows written, header excluded.</returns>
    public static long Concatenate(RunFolder folder, int partitions, string output)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!LongFormatFiles.IsParquet(output))
        {
            return Concatenate(folder, partitions, output, header: true);
        }

        var csv = System.IO.Path.Combine(folder.Path, "forecasts.csv");
        try
        {
            Concatenate(folder, partitions, csv, header: true);
            return ConcatenateWith(folder, output, sink =>
            {
                using var reader = new StreamReader(csv, new UTF8Encoding(false));
                return ForecastParquetWriter.FromCsv(reader, csv, sink);
            });
        }
        finally
        {
            File.Delete(csv);
        }
    }

    /// <summary>
    /// <see cref="Concatenate(RunFolder, int, string)"/> for outputs whose first line is a header (kept once) or, when
    /// <paramref name="header"/> is false, for outputs of rows only, such as JSON Lines.
    /// </summary>
    internal static long Concatenate(RunFolder folder, int partitions, string output, bool header) =>
        ConcatenateWith(folder, output, sink =>
        {
            long rows = 0;
            for (var p = 0; p < partitions; p++)
            {
                var bytes = File.ReadAllBytes(folder.Output(p));
                var headerEnd = header ? Array.IndexOf(bytes, (byte)'\n') + 1 : 0;
                if (p == 0)
                {
                    sink.Write(bytes, 0, headerEnd);
                }

                sink.Write(bytes, headerEnd, bytes.Length - headerEnd);
                rows += bytes.AsSpan(headerEnd).Count((byte)'\n');
            }

            return rows;
        });

    /// <summary>
    /// Writes the batch output with <paramref name="join"/> to a temporary file beside <paramref name="output"/>, moves
    /// it into place, and removes the temporary files that crashed writers left in <paramref name="folder"/>.
    /// </summary>
    internal static long ConcatenateWith(RunFolder folder, string output, Func<Stream, long> join)
    {
        var target = System.IO.Path.GetFullPath(output);
        var temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(target)!, $".{System.IO.Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        long rows;
        try
        {
            using (var sink = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                rows = join(sink);
            }

            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }

        foreach (var leftover in folder.Temporaries())
        {
            File.Delete(leftover);
        }

        return rows;
    }

    private static long Write(RunFolder folder, int partition, ForecastSettings settings, string temporary)
    {
        var keys = File.ReadAllLines(folder.Keys(partition));
        var service = new ForecastingService(settings.Method, levels: settings.Levels, maxDegreeOfParallelism: settings.Threads);
        var read = 0;
        string? current = null;
        IEnumerable<SeriesInput> Counted()
        {
            foreach (var series in LongFormatParquet.ReadFile(folder.Input(partition)))
            {
                read++;
                yield return series;
            }
        }

        SeriesForecaster forecaster = (series, _) =>
        {
            var h = DefaultHorizons.For(series, settings.Horizon);
            try
            {
                return service.Forecaster(series, h);
            }
            catch (ArgumentException e)
            {
                throw new PoisonPartitionException(partition, series.Id, $"series cannot be forecast: {e.Message}", e);
            }
        };

        long rows = 0;
        try
        {
            using var writer = new StreamWriter(new FileStream(temporary, FileMode.CreateNew, FileAccess.Write), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            var csv = new ForecastCsvWriter(writer, settings.Levels);
            foreach (var (item, forecast) in BatchForecaster.Stream(Counted(), forecaster, 1, 1024, settings.Threads))
            {
                current = item.Id;
                csv.Write(item.Id, forecast);
                rows += forecast.Horizon;
            }
        }
        catch (FormatException e)
        {
            // The reader failed on the series after the last one it returned.
            throw new PoisonPartitionException(partition, read < keys.Length ? keys[read] : current, e.Message, e);
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.OfType<PoisonPartitionException>().FirstOrDefault() is { } poison)
        {
            throw poison;
        }

        return rows;
    }

    private static void CrashHook(int partition)
    {
        // The variable names an "arm" file: the one silo that claims it (an atomic move) dies here, with the
        // temporary file written and not moved. Unarmed, or claimed by another silo, nothing happens.
        if (Environment.GetEnvironmentVariable(CrashBeforeCommitVariable) is not { Length: > 0 } arm || !File.Exists(arm))
        {
            return;
        }

        try
        {
            File.Move(arm, string.Create(CultureInfo.InvariantCulture, $"{arm}.claimed-{Environment.ProcessId}-p{partition}"), overwrite: false);
        }
        catch (IOException)
        {
            return;
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"crash-before-commit partition {partition}"));
        Console.Out.Flush();
        Process.GetCurrentProcess().Kill();
    }
}
