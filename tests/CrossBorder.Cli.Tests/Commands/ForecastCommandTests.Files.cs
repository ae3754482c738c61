using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

/// <summary>The forecast command's files: refused before any work when they would destroy a file, written through devices.</summary>
public sealed partial class ForecastCommandTests
{
    private const string Tiny = "series_id,t,y\na,1,5\na,2,6\na,3,7\na,4,5\n";

    [Fact]
    public void An_output_that_is_the_input_through_a_symbolic_link_is_refused_and_the_input_kept()
    {
        var input = _folder.Write("in.csv", Tiny);
        var link = _folder.File("link.csv");
        File.CreateSymbolicLink(link, input);

        var line = Tool.AssertUserError(Tool.Run("forecast", "-i", input, "-o", link));

        Assert.Equal($"error: --output '{link}' is the same file as --input '{input}'; write to another file so that it is not destroyed.", line);
        Assert.Equal(Tiny, File.ReadAllText(input));
    }

    [Fact]
    public void The_chart_and_the_forecasts_cannot_share_a_file()
    {
        var input = _folder.Write("in.csv", Tiny);
        var both = _folder.File("both.svg");

        var line = Tool.AssertUserError(Tool.Run("forecast", "-i", input, "-o", both, "--chart", "a", "--chart-output", both));

        Assert.Contains("--chart-output '" + both + "' is the same file as --output", line, StringComparison.Ordinal);
        Assert.False(File.Exists(both));
    }

    [Fact]
    public void An_empty_output_is_a_clear_error()
    {
        var input = _folder.Write("in.csv", Tiny);

        Assert.Equal("error: --output is empty; give a file name.", Tool.AssertUserError(Tool.Run("forecast", "-i", input, "-o", string.Empty)));
    }

    [UnixFact]
    public void A_full_device_as_output_is_one_error_line_and_stays_a_device()
    {
        Assert.Equal(FileKind.Special, CliPaths.KindOf("/dev/full"));
        var input = _folder.Write("in.csv", Tiny);

        var line = Tool.AssertUserError(Tool.Run("forecast", "-i", input, "-o", "/dev/full"));

        Assert.Equal("error: --output '/dev/full' cannot be written: No space left on device", line);
        Assert.Equal(FileKind.Special, CliPaths.KindOf("/dev/full"));
    }

    [UnixFact]
    public void A_fifo_as_output_receives_the_forecasts()
    {
        var input = _folder.Write("in.csv", Tiny);
        var fifo = Fifo.Create(_folder.File("out.pipe"));
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var run = Tool.Run("forecast", "-i", input, "-o", fifo, "-m", "naive", "--horizon", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.True(reader.Wait(TimeSpan.FromSeconds(30)));

        // Naive repeats the last value, 5, for both steps.
        var rows = reader.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, rows.Length);
        Assert.StartsWith("\"a\",\"Naive\",1,5,", rows[1], StringComparison.Ordinal);
        Assert.Equal(FileKind.Special, CliPaths.KindOf(fifo));
    }

    [Theory]
    [InlineData("2000000000")]
    [InlineData("10001")]
    public void An_h_column_beyond_the_horizon_limit_is_refused(string h)
    {
        var input = _folder.Write("h.csv", $"series_id,t,y,h\na,1,5,{h}\na,2,6,{h}\n");

        var line = Tool.AssertUserError(Tool.Run("forecast", "-i", input, "-o", _folder.File("f.csv")));

        // The long-format reader holds the h column to the --horizon limit (one constant), naming the line.
        Assert.Equal($"error: {input}, line 2: h = {h} is beyond the limit of 10000.", line);
        Assert.False(File.Exists(_folder.File("f.csv")));
    }

    [Fact]
    public void An_h_column_at_the_limit_is_accepted()
    {
        var input = _folder.Write("h.csv", "series_id,t,y,h\na,1,5,10000\na,2,6,10000\n");

        var run = Tool.Run("forecast", "-i", input, "-o", _folder.File("f.csv"), "-m", "naive");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(1 + 10_000, File.ReadAllLines(_folder.File("f.csv")).Length);
    }

    [Theory]
    [InlineData("99.99999999", "--level '99.99999999' has more than 6 decimals")]
    [InlineData("95%%", "--level '95%%' is not a percentage")]
    [InlineData("1e2", "--level '1e2' is not a percentage")]
    public void Levels_that_cannot_name_a_column_exactly_are_refused(string level, string mention)
    {
        var input = _folder.Write("in.csv", Tiny);

        Assert.Contains(mention, Tool.AssertUserError(Tool.Run("forecast", "-i", input, "-o", _folder.File("f.csv"), "--level", level)), StringComparison.Ordinal);
    }
}
