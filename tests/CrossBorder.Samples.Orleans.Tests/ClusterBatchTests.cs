using System.Diagnostics;
using CrossBorder.Replenishment.Files;
using CrossBorder.Samples.Orleans.Tests.Helpers;
using Xunit.Abstractions;

namespace CrossBorder.Samples.Orleans.Tests;

/// <summary>
/// Batches on a real three-process cluster on 127.0.0.1, with silos killed while they work and in the middle of a
/// commit. Timings are printed, not asserted; every wait is bounded.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class ClusterBatchTests(ClusterFixture cluster, ITestOutputHelper output) : IClassFixture<ClusterFixture>
{
    private const int Timeout = 100_000;

    [Fact(Timeout = Timeout)]
    public async Task Killed_silos_a_crash_mid_commit_and_a_duplicate_leave_every_key_once_and_the_cli_s_bytes()
    {
        var folder = Path.Combine(cluster.Folder, "chaos");
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, "sales.csv");
        const int Skus = 240;
        await File.WriteAllTextAsync(input, Catalogue.Csv(Skus));
        var options = new BatchOptions(input, Path.Combine(folder, "batch.csv"), Path.Combine(folder, "run"));

        // Reference: the single-process CLI on the same input.
        var summary = await Chaos(options, "forecast", "--input", input);

        var keys = File.ReadLines(options.Output).Skip(1).Select(l => l.Split(',')[0].Trim('"')).Distinct().ToList();
        Assert.Equal(Catalogue.Keys(Skus), keys);
        Assert.Equal(Skus, summary.Series);
        Assert.Equal(Skus * 13, summary.RowsOut);
    }

    [Fact(Timeout = Timeout)]
    public async Task The_replenishment_stage_under_kills_a_crash_mid_commit_and_a_duplicate_writes_the_cli_s_parquet_plan()
    {
        var folder = Path.Combine(cluster.Folder, "plan-chaos");
        Directory.CreateDirectory(folder);
        const int Skus = 120; // the CLI plans slower than it forecasts: half the forecast batch keeps the class under two minutes
        var (sales, stock, leadTimes) = Catalogue.PlanFiles(folder, Skus);
        var options = new BatchOptions(sales, Path.Combine(folder, "plan.parquet"), Path.Combine(folder, "run")) { Plan = new PlanSettings(stock, leadTimes) };

        // Reference: the single-process CLI's replenish on the same three files, written as Parquet.
        var summary = await Chaos(options, "replenish", "--sales", sales, "--stock", stock, "--lead-times", leadTimes);

        var keys = PlanParquet.ReadFile(options.Output).Select(r => r.Sku).ToList();
        Assert.Equal(Catalogue.Keys(Skus), keys);
        Assert.Equal(Skus, summary.Series);
        Assert.Equal(Skus, summary.RowsOut);
    }

    [Fact(Timeout = Timeout)]
    public async Task The_landed_cost_stage_under_kills_a_crash_mid_commit_and_a_duplicate_writes_the_cli_s_results()
    {
        var folder = Path.Combine(cluster.Folder, "landed-cost-chaos");
        Directory.CreateDirectory(folder);
        const int Orders = 72; // 12 partitions of 6: enough for B to be killed at work, C to crash and partition 7 to run twice
        var orders = Catalogue.Orders(folder, Orders);
        var options = new BatchOptions(orders, Path.Combine(folder, "results.jsonl"), Path.Combine(folder, "run")) { LandedCost = new LandedCostJob(orders) };

        // Reference: the single-process CLI's landed-cost batch on the same file.
        var summary = await Chaos(options, "landed-cost", "--input", orders);

        // Every order once, in file order: lines 2–4, 6–9, then 12 on.
        int[] lines = [2, 3, 4, 6, 7, 8, 9, .. Enumerable.Range(12, Orders - 7)];
        Assert.Equal(lines, File.ReadLines(options.Output).Select(l => int.Parse(l[8..l.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal((Orders, (long)Orders), (summary.Series, summary.RowsOut));
    }

    /// <summary>
    /// Runs <paramref name="options"/>' batch on three silos with partitions of 6 series, 6 in flight and partition 7
    /// twice; kills B while it works, lets C die between write and move; then checks that the output equals the
    /// CLI's (<paramref name="cli"/>, writing to a file of the output's extension) byte for byte, that the batch
    /// retried and completed on A, and that no temporary file is left.
    /// </summary>
    private async Task<BatchSummary> Chaos(BatchOptions options, params string[] cli)
    {
        await cluster.Revive();
        var watch = Stopwatch.StartNew();
        var folder = Path.GetDirectoryName(options.Output)!;
        var expected = Path.Combine(folder, "cli" + Path.GetExtension(options.Output));
        var run = await Task.Run(() => Processes.Run(Processes.CliDll, TimeSpan.FromSeconds(90), [.. cli, "--output", expected]));
        Assert.True(run.ExitCode == 0, run.Err);
        output.WriteLine($"CLI: {watch.Elapsed.TotalSeconds:F1} s; cluster started in {cluster.StartedIn.TotalSeconds:F1} s");

        File.WriteAllText(cluster.CrashArm, string.Empty);
        var log = new StringWriter();
        options = options with
        {
            SeriesPerPartition = 6,
            Concurrency = 6,
            Duplicates = [7],
            // A partition here takes well under a second; an execution lost with a dead silo is abandoned after 8 s.
            AttemptTimeout = TimeSpan.FromSeconds(8),
            RetryDelay = TimeSpan.FromMilliseconds(300),
        };
        var batch = Task.Run(() => new BatchRunner(cluster.Client, TextWriter.Synchronized(log)).RunAsync(options));

        // Kill B while it works on a partition (it has started one and not finished it), and never bring it back.
        var b = cluster.B;
        var c = cluster.C;
        var killWatch = Stopwatch.StartNew();
        while (b.InFlight == 0 && !batch.IsCompleted && killWatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        var inFlight = b.InFlight;
        b.Kill();
        output.WriteLine($"killed B with {inFlight} partitions in flight, {b.Finished} done, at {watch.Elapsed.TotalSeconds:F1} s");

        var summary = await batch.WaitAsync(TimeSpan.FromSeconds(90));
        output.WriteLine($"batch done at {watch.Elapsed.TotalSeconds:F1} s: {summary}");
        output.WriteLine(log.ToString());

        Assert.True(inFlight > 0, "B was killed while it worked on a partition");
        Assert.True(c.WaitForExit(TimeSpan.FromSeconds(10)), "C died between write and move: " + c.Log);
        Assert.Contains("crash-before-commit", c.Log, StringComparison.Ordinal);
        Assert.True(b.HasExited);
        Assert.False(cluster.A.HasExited, "A, the primary, still runs: " + cluster.A.Log);

        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(options.Output));
        Assert.True(summary.Retries >= 1, "the partitions of the dead silos were retried");
        Assert.InRange(summary.SilosLost, 0, 2); // membership may declare the dead silos after the last partition commits
        Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));
        return summary;
    }

    [Fact(Timeout = Timeout)]
    public async Task A_poison_partition_is_named_with_its_key_and_the_others_commit()
    {
        var folder = Path.Combine(cluster.Folder, "poison");
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, "sales.csv");
        await File.WriteAllTextAsync(input, Catalogue.Csv(12));
        var run = new RunFolder(Path.Combine(folder, "run"));
        var (partitions, points, series) = ForecastPartitions.Split(input, run, 2);
        Catalogue.Spoil(run.Input(3), "SKU-0006", "SKU-0007");
        var options = new BatchOptions(input, Path.Combine(folder, "batch.csv"), run.Path) { SeriesPerPartition = 2, AttemptTimeout = TimeSpan.FromSeconds(20) };

        var watch = Stopwatch.StartNew();
        var e = await Assert.ThrowsAsync<BatchFailedException>(() =>
            new BatchRunner(cluster.Client, TextWriter.Null).DispatchAsync(options, run, partitions, points, series, Stopwatch.GetTimestamp(), default));
        output.WriteLine($"{watch.Elapsed.TotalSeconds:F1} s: {e.Message}");

        var error = Assert.Single(e.Errors);
        Assert.StartsWith("partition 3, key 'SKU-0007': ", error, StringComparison.Ordinal);
        Assert.Contains("goes back in time", error, StringComparison.Ordinal);
        Assert.All(Enumerable.Range(0, partitions).Where(p => p != 3), p => Assert.True(File.Exists(run.Output(p))));
        Assert.False(File.Exists(run.Output(3)));
        Assert.False(File.Exists(options.Output));
    }
}
