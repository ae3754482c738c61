using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace CrossBorder.Samples.Orleans;

/// <summary>A batch: the input, the output, the work folder and how the work is cut and retried.</summary>
public sealed record BatchOptions(string Input, string Output, string Folder)
{
    /// <summary>Series per partition (the partitions are fixed by input ranges). Default 1,000.</summary>
    public int SeriesPerPartition { get; init; } = 1000;

    /// <summary>The CLI options every partition is forecast with.</summary>
    public ForecastSettings Settings { get; init; } = ForecastSettings.Default;

    /// <summary>
    /// The replenishment stage's options (<c>crossborder replenish</c>): forecast and plan every SKU, one plan row per
    /// SKU out. Default null: the forecast stage (<c>crossborder forecast</c>).
    /// </summary>
    public PlanSettings? Plan { get; init; }

    /// <summary>
    /// The landed-cost stage's options (<c>crossborder landed-cost --input orders.jsonl</c>): the input is a JSON Lines
    /// orders file, <see cref="SeriesPerPartition"/> counts orders, one result line per order out. Default null.
    /// </summary>
    public LandedCostJob? LandedCost { get; init; }

    /// <summary>Partitions in flight at once across the cluster. Default 8.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>Executions of one partition before the batch gives up on it. Default 20.</summary>
    public int MaxAttempts { get; init; } = 20;

    /// <summary>How long one execution may take before it is abandoned and retried elsewhere. Default 2 minutes.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>The pause before the first retry, doubled on each further one up to 8 times. Default 0.5 s.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Partitions dispatched twice on purpose, concurrently (to show that the second commit loses). Default none.</summary>
    public IReadOnlyList<int> Duplicates { get; init; } = [];

    /// <summary>How often progress is reported. Default 1 s.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);
}

/// <summary>The final summary of a batch.</summary>
public sealed record BatchSummary(
    int Partitions,
    int Series,
    long RowsIn,
    long RowsOut,
    int Retries,
    int PartitionsRetried,
    int DuplicatesDiscarded,
    int SilosLost,
    TimeSpan Elapsed)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Series:N0} series in {Partitions} partitions: rows in {RowsIn:N0}, rows out {RowsOut:N0}; {Retries} retries over {PartitionsRetried} partitions, {DuplicatesDiscarded} duplicate commits discarded, {SilosLost} silos lost; {Elapsed.TotalSeconds:F1} s");
}

/// <summary>Partitions whose input was refused; the others committed.</summary>
public sealed class BatchFailedException(IReadOnlyList<string> errors, int committed, int partitions)
    : Exception(string.Create(CultureInfo.InvariantCulture, $"{errors.Count} of {partitions} partitions failed ({committed} committed): {string.Join("; ", errors)}"))
{
    /// <summary>One message per failed partition, naming the partition and the key.</summary>
    public IReadOnlyList<string> Errors { get; } = errors;
}

/// <summary>
/// Runs a batch on an Orleans cluster (the forecast stage, the replenishment stage when <see cref="BatchOptions.Plan"/>
/// is set, or the landed-cost stage when <see cref="BatchOptions.LandedCost"/> is): splits the input into fixed partitions, dispatches each at least once until it
/// has committed (a failed or timed-out execution is retried as a new grain, placed on a live silo), then
/// concatenates the committed outputs in partition order into one output, identical to the single-process CLI's.
/// </summary>
public sealed class BatchRunner(IClusterClient client, TextWriter progress)
{
    /// <summary>Runs <paramref name="options"/>'s batch.</summary>
    /// <exception cref="BatchFailedException">Some partitions were refused (poison) or never committed; the others committed.</exception>
    public async Task<BatchSummary> RunAsync(BatchOptions options, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var started = Stopwatch.GetTimestamp();
        if (options.LandedCost is { } landedCost)
        {
            if (!Path.GetExtension(options.Output).Equals(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException("The landed-cost stage writes JSON Lines: give the output a .jsonl name.", nameof(options));
            }

            var jsonl = new RunFolder(options.Folder, ".jsonl");
            var (count, orders) = LandedCostPartitions.Split(options.Input, jsonl, options.SeriesPerPartition);
            return await DispatchAsync(options, jsonl, count, orders, orders, started, cancellation).ConfigureAwait(false);
        }

        var folder = new RunFolder(options.Folder, Path.GetExtension(options.Output).Equals(".parquet", StringComparison.OrdinalIgnoreCase) ? ".parquet" : ".csv");
        if (options.Plan is { } plan)
        {
            var (parts, rowsIn, skus, asOf) = PlanPartitions.Split(options.Input, plan, folder, options.SeriesPerPartition);
            return await DispatchAsync(options, folder, parts, rowsIn, skus, started, cancellation, PlanJob.Of(plan, asOf)).ConfigureAwait(false);
        }

        // Forecast partitions write CSV pieces; a .parquet output is written from them at the end (ForecastPartitions.Concatenate).
        var pieces = new RunFolder(options.Folder);
        var (partitions, points, series) = ForecastPartitions.Split(options.Input, pieces, options.SeriesPerPartition);
        return await DispatchAsync(options, pieces, partitions, points, series, started, cancellation).ConfigureAwait(false);
    }

    /// <summary>Dispatches the partitions already split into <paramref name="folder"/> and concatenates their outputs.</summary>
    internal async Task<BatchSummary> DispatchAsync(BatchOptions options, RunFolder folder, int partitions, long points, int series, long started, CancellationToken cancellation, PlanJob? plan = null)
    {
        var management = client.GetGrain<IManagementGrain>(0);
        var silosAtStart = (await management.GetHosts(onlyActive: true, CancellationToken.None).ConfigureAwait(false)).Count;
        var run = Guid.NewGuid().ToString("N");
        var state = new State();
        using var gate = new SemaphoreSlim(options.Concurrency);
        var tasks = new List<Task>();
        for (var p = 0; p < partitions; p++)
        {
            tasks.Add(Execute(p, "a"));
            if (options.Duplicates.Contains(p))
            {
                tasks.Add(Execute(p, "b"));
            }
        }

        async Task Execute(int partition, string lane)
        {
            await gate.WaitAsync(cancellation).ConfigureAwait(false);
            try
            {
                await ExecuteAsync(options, folder, run, partition, lane, state, plan, cancellation).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }

        var all = Task.WhenAll(tasks);
        while (!all.IsCompleted)
        {
            await Task.WhenAny(all, Task.Delay(options.ProgressInterval, cancellation)).ConfigureAwait(false);
            Report(state, partitions, started);
        }

        await all.ConfigureAwait(false);
        int silosAtEnd;
        try
        {
            silosAtEnd = (await management.GetHosts(onlyActive: true, CancellationToken.None).ConfigureAwait(false)).Count;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            silosAtEnd = 0;
        }

        var missing = Enumerable.Range(0, partitions).Where(p => !File.Exists(folder.Output(p))).ToList();
        if (!state.Errors.IsEmpty || missing.Count > 0)
        {
            var errors = state.Errors.OrderBy(e => e.Key).Select(e => e.Value)
                .Concat(missing.Where(p => !state.Errors.ContainsKey(p)).Select(p => string.Create(CultureInfo.InvariantCulture, $"partition {p}: not committed after {options.MaxAttempts} attempts")))
                .ToList();
            throw new BatchFailedException(errors, partitions - missing.Count, partitions);
        }

        var rowsOut = options.LandedCost is not null ? LandedCostPartitions.Concatenate(folder, partitions, options.Output)
            : plan is null ? ForecastPartitions.Concatenate(folder, partitions, options.Output)
            : PlanPartitions.Concatenate(folder, partitions, options.Output);
        var summary = new BatchSummary(
            partitions,
            series,
            points,
            rowsOut,
            state.Retries,
            state.Retried.Count,
            state.Discarded,
            Math.Max(0, silosAtStart - silosAtEnd),
            Stopwatch.GetElapsedTime(started));
        progress.WriteLine("summary: " + summary);
        return summary;
    }

    private async Task ExecuteAsync(BatchOptions options, RunFolder folder, string run, int partition, string lane, State state, PlanJob? plan, CancellationToken cancellation)
    {
        var job = new PartitionJob(folder.Path, partition, options.Settings.Method, options.Settings.Horizon, options.Settings.Levels, options.Settings.Threads)
        {
            OutputExtension = folder.OutputExtension,
            Plan = plan,
            LandedCost = options.LandedCost,
        };
        for (var attempt = 0; attempt < options.MaxAttempts; attempt++)
        {
            if (attempt > 0 && File.Exists(folder.Output(partition)))
            {
                // A lost reply of an execution that did commit: nothing more to do.
                state.Done(partition);
                return;
            }

            var grain = client.GetGrain<IPartitionGrain>(string.Create(CultureInfo.InvariantCulture, $"{run}/{partition}/{lane}{attempt}"));
            try
            {
                var reply = await grain.Run(job).WaitAsync(options.AttemptTimeout, cancellation).ConfigureAwait(false);
                if (reply.Poison is { } poison)
                {
                    state.Errors.TryAdd(partition, poison);
                    return;
                }

                if (!reply.Committed)
                {
                    Interlocked.Increment(ref state.Discarded);
                }

                Interlocked.Add(ref state.Rows, reply.Committed ? reply.Rows : 0);
                state.Done(partition);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellation.IsCancellationRequested)
            {
                // A silo died, a message was lost or the attempt timed out: at-least-once, so run it again elsewhere.
                Interlocked.Increment(ref state.Retries);
                state.Retried.TryAdd(partition, 0);
                progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"retry: partition {partition} attempt {attempt + 1} failed: {e.GetType().Name}: {FirstLine(e.Message)}"));
                // Doubling up to 8 × RetryDelay: a dead silo refuses at once until membership declares it dead, and
                // random placement may pick it again meanwhile.
                await Task.Delay(options.RetryDelay * Math.Min(1 << Math.Min(attempt, 3), 8), cancellation).ConfigureAwait(false);
            }
        }
    }

    private void Report(State state, int partitions, long started)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        progress.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"progress: {state.DoneCount}/{partitions} partitions, {Interlocked.Read(ref state.Rows) / Math.Max(elapsed.TotalSeconds, 1e-3):N0} rows/s, {state.Retries} retries, {elapsed.TotalSeconds:F1} s"));
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }

    private sealed class State
    {
        public readonly ConcurrentDictionary<int, string> Errors = new();
        public readonly ConcurrentDictionary<int, byte> Retried = new();
        private readonly ConcurrentDictionary<int, byte> _done = new();
        public int Retries;
        public int Discarded;
        public long Rows;

        public int DoneCount => _done.Count;

        public void Done(int partition) => _done.TryAdd(partition, 0);
    }
}
