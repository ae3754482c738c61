using CrossBorder.Cli.Tests.Helpers;
using CrossBorder.Replenishment.Files;

namespace CrossBorder.Cli.Tests.Commands;

/// <summary>The plan files of <c>crossborder replenish</c>: CSV and JSON pinned byte for byte, Parquet with the CSV's values.</summary>
public sealed partial class ReplenishCommandTests
{
    private static string Pinned(string name) => Path.Combine(AppContext.BaseDirectory, "Data", "replenish", name);

    [Theory]
    [InlineData("plan-csl95-sea.csv", "csv")]
    [InlineData("plan-csl95-sea.json", "json")]
    [InlineData("plan-fill-rate-air-2025-06-02.csv", "csv", "--as-of", "2025-06-02", "--measure", "fill-rate", "--freight", "air")]
    public void The_csv_and_json_files_keep_their_published_bytes(string pinned, string format, params string[] extra)
    {
        // Reference: the files the CLI wrote before the writers moved to the library (Data/replenish/README.md).
        var path = _folder.File("plan." + format);

        var run = Replenish([.. extra, "--format", format, "--output", path]);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(File.ReadAllBytes(Pinned(pinned)), File.ReadAllBytes(path));
    }

    [Fact]
    public void A_parquet_output_holds_the_csv_plan_s_columns_and_values()
    {
        // Reference: the CSV plan of the same run; the Parquet file read back and written by the CSV writer must equal it.
        var parquet = _folder.File("plan.parquet");
        var csv = _folder.File("plan.csv");

        var run = Replenish("--output", parquet, "--as-of", "2025-06-02");
        var csvRun = Replenish("--format", "csv", "--output", csv, "--as-of", "2025-06-02");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, csvRun.ExitCode);
        Assert.Equal($"Wrote the plan of 10 SKUs to {parquet}.", Assert.Single(run.OutLines));
        var text = new StringWriter { NewLine = "\n" };
        var writer = new PlanCsvWriter(text);
        foreach (var row in PlanParquet.ReadFile(parquet))
        {
            writer.Write(row);
        }

        Assert.Equal(File.ReadAllText(csv), text.ToString());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(parquet)!, "*.tmp"));
    }

    [Fact]
    public void A_parquet_output_of_json_is_a_user_error()
    {
        var path = _folder.File("plan.parquet");

        var line = Tool.AssertUserError(Replenish("--format", "json", "--output", path));

        Assert.Contains("--format json cannot be written as Parquet", line, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
