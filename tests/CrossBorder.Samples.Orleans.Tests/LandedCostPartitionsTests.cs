using CrossBorder.Samples.Orleans.Tests.Helpers;

namespace CrossBorder.Samples.Orleans.Tests;

/// <summary>The landed-cost stage in process: split, compute per partition, concatenate, against <c>crossborder landed-cost</c>.</summary>
public sealed class LandedCostPartitionsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("crossborder-landed-cost-partitions-");

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>Eleven orders on lines 2–4, 6–9, 12–15 (<see cref="Catalogue.Orders"/>).</summary>
    private string Orders(Func<int, string, string>? edit = null) => Catalogue.Orders(_folder.FullName, 11, edit);

    private static (int Partitions, int Orders, long Rows) RunAll(string orders, RunFolder folder, int perPartition, string output)
    {
        var job = new LandedCostJob(orders);
        var (partitions, count) = LandedCostPartitions.Split(orders, folder, perPartition);
        for (var p = partitions - 1; p >= 0; p--)
        {
            // Out of order on purpose: the concatenation, not the execution, fixes the order.
            Assert.Equal(CommitOutcome.Committed, LandedCostPartitions.Run(folder, p, job).Outcome);
        }

        return (partitions, count, LandedCostPartitions.Concatenate(folder, partitions, output));
    }

    [Theory]
    [InlineData(1, 11)]
    [InlineData(2, 6)]
    [InlineData(3, 4)]
    [InlineData(4, 3)]
    [InlineData(50, 1)]
    public void Split_compute_and_concatenate_equal_the_cli_s_batch_byte_for_byte(int perPartition, int expectedPartitions)
    {
        // Reference: the CLI run as a separate process on the same file (its own reader numbers the lines).
        var orders = Orders();
        var expected = Path.Combine(_folder.FullName, "cli.jsonl");
        var cli = Processes.Run(Processes.CliDll, TimeSpan.FromSeconds(90), "landed-cost", "--input", orders, "--output", expected);
        Assert.True(cli.ExitCode == 0, cli.Err);

        var folder = new RunFolder(Path.Combine(_folder.FullName, "run"), ".jsonl");
        var output = Path.Combine(_folder.FullName, "results.jsonl");
        var (partitions, count, rows) = RunAll(orders, folder, perPartition, output);

        // ⌈11 / n⌉ partitions; 11 orders in, 11 result lines out, on lines 2–4, 6–9, 12–15 of the file.
        Assert.Equal((expectedPartitions, 11, 11L), (partitions, count, rows));
        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(output));
        Assert.Equal([2, 3, 4, 6, 7, 8, 9, 12, 13, 14, 15], File.ReadAllLines(output).Select(l => int.Parse(l[8..l.IndexOf(',', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Empty(folder.Temporaries());
    }

    [Fact]
    public void A_second_execution_finds_the_commit_and_discards_its_own()
    {
        var orders = Orders();
        var folder = new RunFolder(Path.Combine(_folder.FullName, "run"), ".jsonl");
        RunAll(orders, folder, 4, Path.Combine(_folder.FullName, "results.jsonl"));
        var before = File.ReadAllBytes(folder.Output(1));

        Assert.Equal(CommitOutcome.AlreadyCommitted, LandedCostPartitions.Run(folder, 1, new LandedCostJob(orders)).Outcome);
        Assert.Equal(before, File.ReadAllBytes(folder.Output(1)));
    }

    [Fact]
    public void A_poison_order_names_the_partition_and_its_line_and_the_others_commit()
    {
        // Order 5 (the sixth, on line 8 of the file) has a mode the reader refuses; with 3 orders a partition it is in partition 1.
        var orders = Orders((k, order) => k == 5 ? order.Replace("\"mode\": \"courier\"", "\"mode\": \"truck\"", StringComparison.Ordinal) : order);
        var job = new LandedCostJob(orders);
        var folder = new RunFolder(Path.Combine(_folder.FullName, "run"), ".jsonl");
        var (partitions, _) = LandedCostPartitions.Split(orders, folder, 3);

        var e = Assert.Throws<PoisonPartitionException>(() => LandedCostPartitions.Run(folder, 1, job));
        var others = Enumerable.Range(0, partitions).Where(p => p != 1).Select(p => LandedCostPartitions.Run(folder, p, job).Outcome);

        Assert.Equal(1, e.Partition);
        Assert.Equal("line 8", e.Key);
        Assert.StartsWith($"partition 1, key 'line 8': {orders} line 8: mode: 'truck' is not post, courier", e.Message, StringComparison.Ordinal);
        Assert.All(others, o => Assert.Equal(CommitOutcome.Committed, o));
        Assert.False(File.Exists(folder.Output(1)));
        Assert.Empty(folder.Temporaries());
    }

    [Fact]
    public void An_order_the_calculator_refuses_is_poison_too()
    {
        // No EUR/USD rate in order 9 (line 14): the calculator refuses it, in partition 2 of 4 orders each.
        var orders = Orders((k, order) => k == 9 ? order.Replace("\"rates\": [{\"base\": \"EUR\", \"quote\": \"USD\", \"rate\": \"1.1650\"}]", "\"rates\": []", StringComparison.Ordinal) : order);
        var folder = new RunFolder(Path.Combine(_folder.FullName, "run"), ".jsonl");
        LandedCostPartitions.Split(orders, folder, 4);

        var e = Assert.Throws<PoisonPartitionException>(() => LandedCostPartitions.Run(folder, 2, new LandedCostJob(orders)));

        Assert.Equal(("line 14", 2), (e.Key, e.Partition));
        Assert.Contains("No rate converts USD into EUR", e.Message, StringComparison.Ordinal);
    }
}
