using System.Diagnostics;
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
        var watch = Stopwatch.StartNew();
        var folder = Path.Combine(cluster.Folder, "chaos");
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, "sales.csv");
        const int Skus = 240;
        await File.WriteAllTextAsync(input, Catalogue.Csv(Skus));

        // Reference: the single-process CLI on the same input.
        var expected = Path.Combine(folder, "cli.csv");
        var cli = await Task.Run(() => Processes.Run(Processes.CliDll, TimeSpan.FromSeconds(90), "forecast", "--input", input, "--output", expected));
        Assert.True(cli.ExitCode == 0, cli.Err);
        output.WriteLine($"CLI: {watch.Elapsed.TotalSeconds:F1} s; cluster started in {cluster.StartedIn.TotalSeconds:F1} s");

        File.WriteAllText(cluster.CrashArm, string.Empty);
        var log = new StringWriter();
        var options = new BatchOptions(input, Path.Combine(folder, "batch.csv"), Path.Combine(folder, "run"))
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
        var killWatch = Stopwatch.StartNew();
        while (cluster.B.InFlight == 0 && !batch.IsCompleted && killWatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20);
        }

        var inFlight = cluster.B.InFlight;
        cluster.B.Kill();
        output.WriteLine($"killed B with {inFlight} partitions in flight, {cluster.B.Finished} done, at {watch.Elapsed.TotalSeconds:F1} s");

        var summary = await batch.WaitAsync(TimeSpan.FromSeconds(90));
        output.WriteLine($"batch done at {watch.Elapsed.TotalSeconds:F1} s: {summary}");
        output.WriteLine(log.ToString());

        Assert.True(inFlight > 0, "B was killed while it worked on a partition");
        Assert.True(cluster.C.WaitForExit(TimeSpan.FromSeconds(10)), "C died between write and move: " + cluster.C.Log);
        Assert.Contains("crash-before-commit", cluster.C.Log, StringComparison.Ordinal);
        Assert.True(cluster.B.HasExited);
        Assert.False(cluster.A.HasExited, "A, the primary, still runs: " + cluster.A.Log);

        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(options.Output));
        var keys = File.ReadLines(options.Output).Skip(1).Select(l => l.Split(',')[0].Trim('"')).Distinct().ToList();
        Assert.Equal(Catalogue.Keys(Skus), keys);
        Assert.Equal(Skus, summary.Series);
        Assert.Equal(Skus * 13, summary.RowsOut);
        Assert.True(summary.Retries >= 1, "the partitions of the dead silos were retried");
        Assert.InRange(summary.SilosLost, 0, 2); // membership may declare the dead silos after the last partition commits
        Assert.Empty(Directory.GetFiles(folder, "*.tmp", SearchOption.AllDirectories));
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
