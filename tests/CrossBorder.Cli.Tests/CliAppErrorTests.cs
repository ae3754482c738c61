using CrossBorder.Cli.Tests.Helpers;
using NodaTime;
using NodaTime.Testing;

namespace CrossBorder.Cli.Tests;

/// <summary>Whatever goes wrong, a run ends with one <c>error:</c> line per problem and an exit code, never a stack trace.</summary>
public sealed class CliAppErrorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData(new[] { "money", "split", "--amount", "USD 1.00", "--parts", "three" }, "error: Cannot parse argument 'three' for option '--parts' (expected an integer).")]
    [InlineData(new[] { "currencies", "--format", "xml" }, "error: --format: Argument 'xml' not recognized. Must be one of:")]
    [InlineData(new[] { "bogus" }, "error: Unrecognized command or argument 'bogus'.")]
    public void Parser_errors_are_error_lines_without_help_or_type_names(string[] args, string first)
    {
        var run = Tool.Run(args);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains(run.ErrorLines, line => line.StartsWith(first, StringComparison.Ordinal));
        Assert.All(run.ErrorLines, line => Assert.StartsWith("error: ", line, StringComparison.Ordinal));
        Assert.DoesNotContain("System.", run.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage:", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_megabyte_argument_is_cut_in_the_error_line()
    {
        var huge = new string('9', 1_000_000) + "\u0007";

        var line = Tool.AssertUserError(Tool.Run("money", "split", "--amount", "USD 1.00", "--parts", huge));

        Assert.True(line.Length <= "error: ".Length + CliErrors.MaxLength + 1, $"{line.Length} characters");
        Assert.EndsWith("…", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_standard_output_is_one_error_line()
    {
        using var error = new StringWriter();

        var code = CliApp.Run(["currencies", "--as-of", "2025-06-01"], new FailingWriter(new IOException("No space left on device")), error, new FakeClock(Tool.Noon20250601));

        Assert.Equal(1, code);
        Assert.Equal("error: cannot write to standard output: No space left on device" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void A_bug_is_an_internal_error_line_with_its_message_and_no_type_name_or_stack()
    {
        using var error = new StringWriter();
        var bug = new ArgumentOutOfRangeException("rates", "The rates run out.");

        var code = CliApp.Run(["currencies", "--as-of", "2025-06-01"], new FailingWriter(bug), error, new FakeClock(Tool.Noon20250601));

        Assert.Equal(1, code);
        Assert.Equal("error: internal error (please report it): The rates run out." + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void A_run_cancelled_before_it_starts_writes_nothing_and_exits_130()
    {
        var output = _folder.Write("f.csv", "old");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = CliApp.Run(
            ["forecast", "-i", ForecastCsv.DataPath("classic_train.csv"), "-o", output],
            stdout, stderr, new FakeClock(Tool.Noon20250601), DateTimeZone.Utc, cancellation.Token);

        Assert.Equal(CliErrors.CancelledExitCode, code);
        Assert.Equal("error: cancelled; no output file was written or changed." + Environment.NewLine, stderr.ToString());
        Assert.Equal("old", File.ReadAllText(output));
        Assert.Equal([output], Directory.GetFiles(_folder.Path));
    }

    [UnixFact]
    public void A_run_cancelled_half_way_removes_its_temporary_file_and_keeps_the_old_output()
    {
        // The input is a FIFO, so the test holds the run at a known point: the temporary output exists (it is opened
        // before the input is read) and no series has been forecast. Then it cancels and lets the data through.
        var input = Fifo.Create(_folder.File("sales.pipe"));
        var output = _folder.Write("f.csv", "old");
        using var cancellation = new CancellationTokenSource();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var run = Task.Run(() => CliApp.Run(
            ["forecast", "-i", input, "-o", output, "--threads", "1"],
            stdout, stderr, new FakeClock(Tool.Noon20250601), DateTimeZone.Utc, cancellation.Token));

        using (var writer = new StreamWriter(input))
        {
            // Opening the FIFO returns once the run has opened it for reading, after it created the temporary file.
            Assert.Single(Directory.GetFiles(_folder.Path, ".f.csv.*.tmp"));
            cancellation.Cancel();
            writer.Write("series_id,t,y\na,1,5\na,2,6\na,3,7\n");
        }

        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "the run did not stop");
        Assert.Equal(CliErrors.CancelledExitCode, run.Result);
        Assert.Equal("error: cancelled; no output file was written or changed." + Environment.NewLine, stderr.ToString());
        Assert.Equal("old", File.ReadAllText(output));
        Assert.Equal(2, Directory.GetFiles(_folder.Path).Length);
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [Theory]
    [InlineData("Value must be positive. (Parameter 'rates')", "Value must be positive.")]
    [InlineData("The JSON value could not be converted to System.Nullable`1[System.Decimal].", "The JSON value could not be converted to a number.")]
    [InlineData("The JSON value could not be converted to System.Nullable`1[[NodaTime.LocalDate, NodaTime]].", "The JSON value could not be converted to a date (YYYY-MM-DD).")]
    [InlineData("Duplicate property 'routes' encountered during deserialization of type 'CrossBorder.Cli.Input.RoutesInput'.", "Property 'routes' is given twice.")]
    [InlineData("line one\nline two\r\n", "line one line two")]
    [InlineData("bell \u0007 here", "bell \\u0007 here")]
    public void Messages_are_cleaned_in_one_place(string message, string expected)
    {
        Assert.Equal(expected, CliErrors.Line(message));
    }

    /// <summary>A standard output that fails on the first write.</summary>
    private sealed class FailingWriter(Exception failure) : TextWriter
    {
        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => throw failure;

        public override void Write(string? value) => throw failure;

        public override void WriteLine(string? value) => throw failure;
    }
}
