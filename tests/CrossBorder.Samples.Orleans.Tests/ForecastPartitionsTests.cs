using CrossBorder.Samples.Orleans.Tests.Helpers;

namespace CrossBorder.Samples.Orleans.Tests;

/// <summary>The pure parts of a batch, in process: the split, the partition function, the first-commit-wins sink, the concatenation.</summary>
public sealed class ForecastPartitionsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("crossborder-partitions-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_first_commit_wins_and_a_later_one_is_discarded()
    {
        var final = Path.Combine(_folder.FullName, "p.csv");
        var first = Path.Combine(_folder.FullName, "p.csv.1.tmp");
        var second = Path.Combine(_folder.FullName, "p.csv.2.tmp");
        File.WriteAllText(first, "first");
        File.WriteAllText(second, "second");

        Assert.Equal(CommitOutcome.Committed, ForecastPartitions.Commit(first, final));
        Assert.Equal(CommitOutcome.AlreadyCommitted, ForecastPartitions.Commit(second, final));

        Assert.Equal("first", File.ReadAllText(final));
        Assert.False(File.Exists(first));
        Assert.False(File.Exists(second));
    }

    [Fact]
    public void Split_run_and_concatenate_in_process_equal_the_cli_byte_for_byte()
    {
        // Reference: the CLI run as a separate process on the same input (crossborder forecast, defaults).
        var (input, expected) = CliReference(23, "cli.csv");

        var folder = new RunFolder(Path.Combine(_folder.FullName, "run"));
        var (partitions, _, series) = ForecastPartitions.Split(input, folder, seriesPerPartition: 5);
        for (var p = partitions - 1; p >= 0; p--)
        {
            // Out of order on purpose, and partition 2 twice: the second execution finds the commit and discards its own.
            Assert.Equal(CommitOutcome.Committed, ForecastPartitions.Run(folder, p, ForecastSettings.Default).Outcome);
        }

        Assert.Equal(CommitOutcome.AlreadyCommitted, ForecastPartitions.Run(folder, 2, ForecastSettings.Default).Outcome);
        var output = Path.Combine(_folder.FullName, "batch.csv");
        var rows = ForecastPartitions.Concatenate(folder, partitions, output);

        Assert.Equal(5, partitions);
        Assert.Equal(23, series);
        Assert.Equal(23 * 13, rows);
        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(output));
        Assert.Empty(folder.Temporaries());
    }

    [Fact]
    public void A_parquet_output_equals_the_clis_parquet_byte_for_byte()
    {
        // Reference: crossborder forecast -o cli.parquet as a separate process. The batch forecasts CSV pieces and
        // writes the Parquet file from their concatenation.
        var (input, expected) = CliReference(17, "cli.parquet");

        var folder = new RunFolder(Path.Combine(_folder.FullName, "run"));
        var (partitions, _, _) = ForecastPartitions.Split(input, folder, seriesPerPartition: 4);
        for (var p = 0; p < partitions; p++)
        {
            ForecastPartitions.Run(folder, p, ForecastSettings.Default);
        }

        var output = Path.Combine(_folder.FullName, "batch.parquet");
        var rows = ForecastPartitions.Concatenate(folder, partitions, output);

        Assert.Equal(17 * 13, rows);
        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(output));
        Assert.Empty(folder.Temporaries());
        Assert.False(File.Exists(Path.Combine(folder.Path, "forecasts.csv")));
    }

    [Fact]
    public void A_partition_runs_to_the_same_bytes_every_time()
    {
        var input = Path.Combine(_folder.FullName, "sales.csv");
        File.WriteAllText(input, Catalogue.Csv(6));
        var one = new RunFolder(Path.Combine(_folder.FullName, "one"));
        var two = new RunFolder(Path.Combine(_folder.FullName, "two"));
        ForecastPartitions.Split(input, one, 3);
        ForecastPartitions.Split(input, two, 3);

        ForecastPartitions.Run(one, 1, ForecastSettings.Default);
        ForecastPartitions.Run(two, 1, ForecastSettings.Default with { Threads = 2 });

        Assert.Equal(File.ReadAllBytes(one.Output(1)), File.ReadAllBytes(two.Output(1)));
    }

    [Fact]
    public void A_parquet_input_gives_the_partitions_of_its_csv()
    {
        // Reference: the same catalogue split from CSV; the Parquet file is the library's conversion of it.
        var csv = Path.Combine(_folder.FullName, "sales.csv");
        File.WriteAllText(csv, Catalogue.Csv(7));
        var parquet = Path.Combine(_folder.FullName, "sales.parquet");
        CrossBorder.Forecasting.Files.LongFormatParquet.WriteFile(parquet, CrossBorder.Forecasting.Files.LongFormatReader.ReadFile(csv));
        var fromCsv = new RunFolder(Path.Combine(_folder.FullName, "csv"));
        var fromParquet = new RunFolder(Path.Combine(_folder.FullName, "parquet"));

        Assert.Equal(ForecastPartitions.Split(csv, fromCsv, 3), ForecastPartitions.Split(parquet, fromParquet, 3));
        for (var p = 0; p < 3; p++)
        {
            ForecastPartitions.Run(fromCsv, p, ForecastSettings.Default);
            ForecastPartitions.Run(fromParquet, p, ForecastSettings.Default);
            Assert.Equal(File.ReadAllLines(fromCsv.Keys(p)), File.ReadAllLines(fromParquet.Keys(p)));
            Assert.Equal(File.ReadAllBytes(fromCsv.Output(p)), File.ReadAllBytes(fromParquet.Output(p)));
        }
    }

    [Fact]
    public void A_poison_partition_names_the_partition_and_the_key_and_leaves_no_file()
    {
        var input = Path.Combine(_folder.FullName, "sales.csv");
        File.WriteAllText(input, Catalogue.Csv(6));
        var folder = new RunFolder(Path.Combine(_folder.FullName, "run"));
        ForecastPartitions.Split(input, folder, 2);
        Catalogue.Spoil(folder.Input(1), "SKU-0002", "SKU-0003");

        var e = Assert.Throws<PoisonPartitionException>(() => ForecastPartitions.Run(folder, 1, ForecastSettings.Default));

        Assert.Equal(1, e.Partition);
        Assert.Equal("SKU-0003", e.Key);
        Assert.StartsWith("partition 1, key 'SKU-0003': ", e.Message, StringComparison.Ordinal);
        Assert.Contains("row group 0, row 4: series 'SKU-0003' goes back in time", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Output(1)));
        Assert.Empty(folder.Temporaries());
    }

    [Fact]
    public void Concatenation_removes_the_temporary_files_of_writers_that_died()
    {
        var input = Path.Combine(_folder.FullName, "sales.csv");
        File.WriteAllText(input, Catalogue.Csv(2));
        var folder = new RunFolder(Path.Combine(_folder.FullName, "run"));
        ForecastPartitions.Split(input, folder, 2);
        ForecastPartitions.Run(folder, 0, ForecastSettings.Default);
        File.WriteAllText(folder.Output(0) + ".dead.tmp", "half a partition");

        ForecastPartitions.Concatenate(folder, 1, Path.Combine(_folder.FullName, "out.csv"));

        Assert.Empty(folder.Temporaries());
    }

    /// <summary>A catalogue of <paramref name="series"/> series and the CLI's forecast of it, run as a separate process, in <paramref name="outputName"/>.</summary>
    private (string Input, string Output) CliReference(int series, string outputName)
    {
        var input = Path.Combine(_folder.FullName, "sales.csv");
        File.WriteAllText(input, Catalogue.Csv(series));
        var output = Path.Combine(_folder.FullName, outputName);
        var cli = Processes.Run(Processes.CliDll, TimeSpan.FromSeconds(90), "forecast", "--input", input, "--output", output);
        Assert.True(cli.ExitCode == 0, cli.Err);
        return (input, output);
    }
}
