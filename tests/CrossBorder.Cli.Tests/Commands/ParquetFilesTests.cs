using System.Globalization;
using CrossBorder.Cli.Tests.Helpers;
using CrossBorder.Forecasting.Files;

namespace CrossBorder.Cli.Tests.Commands;

/// <summary><c>forecast</c> and <c>replenish</c> with <c>.parquet</c> inputs and outputs: the same results as with CSV.</summary>
public sealed class ParquetFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Forecast_from_parquet_to_parquet_equals_the_csv_run_byte_for_byte()
    {
        // Reference: the CSV run (CSV in, CSV out). The Parquet run reads the same series converted by the library and
        // writes Parquet, which ForecastParquetWriter.ToCsv turns back into CSV.
        var csvInput = Tool.SamplePath(Path.Combine("forecast", "weekly-skus.csv"));
        var parquetInput = _folder.File("weekly-skus.parquet");
        LongFormatParquet.WriteFile(parquetInput, LongFormatReader.ReadFile(csvInput));
        var csvOutput = _folder.File("csv.csv");
        var parquetOutput = _folder.File("out.parquet");

        var csvRun = Tool.Run("forecast", "--input", csvInput, "--output", csvOutput, "--threads", "2");
        var parquetRun = Tool.Run("forecast", "--input", parquetInput, "--output", parquetOutput, "--threads", "2");

        Assert.Equal(0, csvRun.ExitCode);
        Assert.Equal(0, parquetRun.ExitCode);
        using var stream = File.OpenRead(parquetOutput);
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        ForecastParquetWriter.ToCsv(stream, parquetOutput, text);
        Assert.Equal(File.ReadAllText(csvOutput), text.ToString());
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [Fact]
    public void A_bad_parquet_input_is_one_error_line_naming_the_file()
    {
        var bad = _folder.Write("bad.parquet", "series_id,t,y\na,1,2\n");

        var run = Tool.Run("forecast", "--input", bad, "--output", _folder.File("out.csv"));

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains("bad.parquet is not a readable Parquet file", line, StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("out.csv")));
    }

    [Fact]
    public void Replenish_reads_parquet_sales_with_the_same_plan_as_csv()
    {
        string Sample(string name) => Tool.SamplePath(Path.Combine("replenish", name));
        var sales = _folder.File("sales.parquet");
        LongFormatParquet.WriteFile(sales, LongFormatReader.ReadFile(Sample("sales.csv")));

        var csvRun = Tool.Run("replenish", "--sales", Sample("sales.csv"), "--stock", Sample("stock.csv"), "--lead-times", Sample("lead-times.csv"), "--format", "csv");
        var parquetRun = Tool.Run("replenish", "--sales", sales, "--stock", Sample("stock.csv"), "--lead-times", Sample("lead-times.csv"), "--format", "csv");

        Assert.Equal(0, csvRun.ExitCode);
        Assert.Equal(0, parquetRun.ExitCode);
        Assert.Equal(csvRun.Out, parquetRun.Out);
    }
}
