using CrossBorder.Replenishment.Files;
using CrossBorder.Samples.Orleans.Tests.Helpers;

namespace CrossBorder.Samples.Orleans.Tests;

/// <summary>The replenishment stage in process: split, plan per partition, concatenate, against <c>crossborder replenish</c>.</summary>
public sealed class PlanPartitionsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("crossborder-plan-partitions-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("plan.csv")]
    [InlineData("plan.parquet")]
    public void Split_plan_and_concatenate_equal_the_cli_s_replenish_byte_for_byte(string name)
    {
        // Reference: the CLI run as a separate process on the same three files, writing the same format.
        var (sales, stock, leadTimes) = Catalogue.PlanFiles(_folder.FullName, 23);
        var expected = Path.Combine(_folder.FullName, "cli-" + name);
        var cli = Processes.Run(Processes.CliDll, TimeSpan.FromSeconds(90), "replenish", "--sales", sales, "--stock", stock, "--lead-times", leadTimes, "--format", "csv", "--output", expected);
        Assert.True(cli.ExitCode == 0, cli.Err);

        var folder = new RunFolder(Path.Combine(_folder.FullName, "run"), Path.GetExtension(name));
        var settings = new PlanSettings(stock, leadTimes);
        var (partitions, points, series, asOf) = PlanPartitions.Split(sales, settings, folder, seriesPerPartition: 5);
        for (var p = partitions - 1; p >= 0; p--)
        {
            // Out of order on purpose, and partition 2 twice: the second execution finds the commit and discards its own.
            Assert.Equal(CommitOutcome.Committed, PlanPartitions.Run(folder, p, settings, asOf).Outcome);
        }

        Assert.Equal(CommitOutcome.AlreadyCommitted, PlanPartitions.Run(folder, 2, settings, asOf).Outcome);
        var output = Path.Combine(_folder.FullName, name);
        var rows = PlanPartitions.Concatenate(folder, partitions, output);

        // 23 SKUs of 60, 59, 58, 57 weeks in turn: 6 × 60 + 6 × 59 + 6 × 58 + 5 × 57 points; the longest end on
        // 2024-02-19 + 7 days, the CLI's default as-of date.
        Assert.Equal((5, 23, 1347L, new NodaTime.LocalDate(2024, 2, 26)), (partitions, series, points, asOf));
        Assert.Equal(23, rows);
        Assert.Equal(File.ReadAllBytes(expected), File.ReadAllBytes(output));
        Assert.Empty(folder.Temporaries());
    }

    [Fact]
    public void Every_partition_gets_the_stock_rows_of_its_skus_and_only_those()
    {
        var (sales, stock, leadTimes) = Catalogue.PlanFiles(_folder.FullName, 16);
        var folder = new RunFolder(Path.Combine(_folder.FullName, "run"));

        var (partitions, _, _, _) = PlanPartitions.Split(sales, new PlanSettings(stock, leadTimes), folder, 8);

        // SKU-0000 and SKU-0007 have two rows (a receipt each), SKU-0014 too: 8 + 2 and 8 + 1 rows under the header.
        Assert.Equal(2, partitions);
        Assert.Equal([10, 9], Enumerable.Range(0, 2).Select(p => File.ReadAllLines(folder.Stock(p)).Length - 1));
        Assert.Equal(File.ReadAllLines(stock)[0], File.ReadAllLines(folder.Stock(1))[0]);
        Assert.All(File.ReadAllLines(folder.Stock(1)).Skip(1), l => Assert.Contains(File.ReadAllLines(folder.Keys(1)), k => l.StartsWith(k + ",", StringComparison.Ordinal)));
    }

    [Fact]
    public void Stock_without_sales_is_refused_before_any_work_as_the_cli_refuses_it()
    {
        var (sales, stock, leadTimes) = Catalogue.PlanFiles(_folder.FullName, 4);
        File.AppendAllText(stock, "GHOST,1,0,,,,\n");

        var e = Assert.Throws<ArgumentException>(() => PlanPartitions.Split(sales, new PlanSettings(stock, leadTimes), new RunFolder(Path.Combine(_folder.FullName, "run")), 2));

        Assert.StartsWith("Stock for SKU 'GHOST' that has no sales in ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_partition_the_library_refuses_is_poison_naming_the_partition_and_the_sku()
    {
        var (sales, stock, leadTimes) = Catalogue.PlanFiles(_folder.FullName, 6);
        var folder = new RunFolder(Path.Combine(_folder.FullName, "run"));
        var settings = new PlanSettings(stock, leadTimes);
        var (_, _, _, asOf) = PlanPartitions.Split(sales, settings, folder, 2);
        File.WriteAllLines(folder.Stock(1), File.ReadAllLines(folder.Stock(1)).Where(l => !l.StartsWith("SKU-0003,", StringComparison.Ordinal)));

        var e = Assert.Throws<PoisonPartitionException>(() => PlanPartitions.Run(folder, 1, settings, asOf));

        Assert.Equal(1, e.Partition);
        Assert.Equal("SKU-0003", e.Key);
        Assert.Contains("No stock for SKU 'SKU-0003'", e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.Output(1)));
        Assert.Empty(folder.Temporaries());
    }

    [Fact]
    public void A_parquet_plan_output_reads_back_as_the_csv_output()
    {
        // Reference: the same run written as CSV; the Parquet output's rows written by the CSV writer must equal it.
        var (sales, stock, leadTimes) = Catalogue.PlanFiles(_folder.FullName, 9);
        var settings = new PlanSettings(stock, leadTimes, ServiceLevel: 0.9, FillRate: true, HorizonWeeks: 13);
        string RunAs(string name)
        {
            var folder = new RunFolder(Path.Combine(_folder.FullName, "run-" + name), Path.GetExtension(name));
            var (partitions, _, _, asOf) = PlanPartitions.Split(sales, settings, folder, 4);
            for (var p = 0; p < partitions; p++)
            {
                PlanPartitions.Run(folder, p, settings, asOf);
            }

            var output = Path.Combine(_folder.FullName, name);
            PlanPartitions.Concatenate(folder, partitions, output);
            return output;
        }

        var csv = RunAs("plan.csv");
        var parquet = RunAs("plan.parquet");
        var text = new StringWriter { NewLine = "\n" };
        var writer = new PlanCsvWriter(text);
        foreach (var row in PlanParquet.ReadFile(parquet))
        {
            writer.Write(row);
        }

        Assert.Equal(File.ReadAllText(csv), text.ToString());
    }
}
