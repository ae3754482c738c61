using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

public sealed partial class ForecastCommandTests
{
    [Fact]
    public void A_missing_input_file_is_one_error_line()
    {
        var output = _folder.File("f.csv");

        var line = Tool.AssertUserError(Tool.Run("forecast", "--input", _folder.File("nope.csv"), "--output", output));

        Assert.Contains("nope.csv' does not exist", line, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Theory]
    [InlineData("series_id,t,y\na,1,5\na,2,five\n", "line 3: y = 'five' is not a finite number")]
    [InlineData("series_id,t,y\na,1,5\na,x,6\n", "line 3: t = 'x' is not an integer")]
    [InlineData("series_id,t,y\na,2,5\na,1,6\n", "line 3: series 'a' goes back in time")]
    [InlineData("series_id,t,y\na,1,5\nb,1,6\na,2,7\n", "line 4: rows of series 'a' are not contiguous")]
    [InlineData("series_id,t,y\na,1\n", "line 2: 2 fields where the header has 3")]
    [InlineData("id,t,y\na,1,5\n", "no 'series_id' column")]
    [InlineData("", "the file is empty")]
    [InlineData("series_id,date,y\na,2024-01-01,5\na,2024-01-04,6\n", "neither daily, weekly")]
    [InlineData("series_id,t,y\na,1,-5\na,2,3\na,3,4\n", "series 'a' cannot be forecast")]
    [InlineData("series_id,t,y,freq,h\na,1,5,1,0\na,2,6,1,0\n", "line 2: h = 0 must be at least 1")]
    [InlineData("series_id,t,y\na,1,5\na,2,Infinity\n", "line 3: y = 'Infinity' is not a finite number")]
    public void A_bad_csv_is_one_error_line_naming_the_problem(string csv, string mention)
    {
        var input = _folder.Write("bad.csv", csv);
        var output = _folder.File("f.csv");

        var line = Tool.AssertUserError(Tool.Run("forecast", "--input", input, "--output", output));

        Assert.Contains(mention, line, StringComparison.Ordinal);
        Assert.Contains("bad.csv", line, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
        Assert.Single(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void An_unknown_method_is_one_error_line_listing_the_methods()
    {
        var line = Tool.AssertUserError(Tool.Run("forecast", "-i", ForecastCsv.DataPath("classic_train.csv"), "-o", _folder.File("f.csv"), "--method", "arima"));

        Assert.Equal(
            "error: --method: unknown method 'arima'; expected one of auto, ets, theta, stlf, harmonic, croston, sba, tsb, tsb-opt, sba-opt, adida, imapa, naive, snaive, mean, drift.",
            line);
    }

    [Theory]
    [InlineData("0", "--horizon must be between 1 and 10000, not 0")]
    [InlineData("-3", "--horizon must be between 1 and 10000, not -3")]
    [InlineData("10001", "--horizon must be between 1 and 10000, not 10001")]
    public void A_horizon_below_one_is_one_error_line(string horizon, string mention)
    {
        var line = Tool.AssertUserError(Tool.Run("forecast", "-i", ForecastCsv.DataPath("classic_train.csv"), "-o", _folder.File("f.csv"), "--horizon", horizon));

        Assert.Contains(mention, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--level", "100" }, "--level '100' is not a percentage strictly between 0 and 100")]
    [InlineData(new[] { "--level", "0.8" }, "")]
    [InlineData(new[] { "--level", "80,80" }, "repeats a level")]
    [InlineData(new[] { "--level", "80;95" }, "'80;95' is not a percentage")]
    [InlineData(new[] { "--threads", "0" }, "--threads must be between 1 and 4096, not 0")]
    [InlineData(new[] { "--chart", "AirPassengers" }, "--chart needs --chart-output")]
    [InlineData(new[] { "--chart-output", "c.svg" }, "--chart-output needs --chart")]
    [InlineData(new[] { "--chart", "AirPassengers", "--chart-output", "c.png" }, "must end in .svg or .html")]
    [InlineData(new[] { "--chart", "Nope", "--chart-output", "CHART" }, "--chart: the input has no series 'Nope'")]
    public void Bad_options_are_one_error_line(string[] options, string mention)
    {
        string[] args = ["forecast", "-i", ForecastCsv.DataPath("classic_train.csv"), "-o", _folder.File("f.csv"), .. options.Select(o => o == "CHART" ? _folder.File("c.svg") : o)];

        var run = Tool.Run(args);

        if (mention.Length == 0)
        {
            Assert.Equal(0, run.ExitCode);
            return;
        }

        Assert.Contains(mention, Tool.AssertUserError(run), StringComparison.Ordinal);
        Assert.False(File.Exists(_folder.File("f.csv")));
    }

    [Theory]
    [InlineData(new[] { "forecast", "--output", "f.csv" }, "--input is required")]
    [InlineData(new[] { "forecast", "--input", "in.csv" }, "--output is required")]
    public void Missing_required_options_are_one_error_line(string[] args, string mention)
    {
        Assert.Contains(mention, Tool.AssertUserError(Tool.Run(args)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_that_is_a_folder_or_the_input_is_one_error_line()
    {
        var input = ForecastCsv.DataPath("classic_train.csv");

        Assert.Contains("is a folder", Tool.AssertUserError(Tool.Run("forecast", "-i", input, "-o", _folder.Path)), StringComparison.Ordinal);
        Assert.Contains("is the same file as --input", Tool.AssertUserError(Tool.Run("forecast", "-i", input, "-o", input)), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Fact]
    public void A_missing_output_folder_is_one_error_line()
    {
        var line = Tool.AssertUserError(Tool.Run("forecast", "-i", ForecastCsv.DataPath("classic_train.csv"), "-o", Path.Combine(_folder.Path, "no", "f.csv")));

        Assert.Contains("does not exist", line, StringComparison.Ordinal);
    }
}
