using System.Xml.Linq;
using CrossBorder.Cli.Tests.Helpers;
using NodaTime;
using NodaTime.Testing;

namespace CrossBorder.Cli.Tests.Commands.Fx;

/// <summary>
/// The fx commands' files go through the shared run wrapper (issue #8, "never destroy a user's file"): inputs and the
/// chart are registered before any is read, so a chart that is an input is refused untouched; the chart is written
/// atomically, through devices and FIFOs in place, and not at all when the run fails or is cancelled.
/// </summary>
public sealed class FxFilesTests : IDisposable
{
    private const string Rules = """{"rules":[{"id":"r","pair":"USD/CNY","direction":"below","threshold":7.00,"maxStaleness":"4d","actions":["notify"]}]}""";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("--rates")]
    [InlineData("--rules")]
    public void A_chart_that_is_an_input_is_one_error_line_and_the_input_is_unchanged_byte_for_byte(string option)
    {
        var (rates, rules) = Copies();
        var input = option == "--rates" ? rates : rules;
        var before = File.ReadAllBytes(input);

        var line = Tool.AssertUserError(Tool.Run("fx", "watch", "--rates", rates, "--rules", rules, "--chart", input));

        Assert.Equal($"error: --chart '{input}' is the same file as {option} '{input}'; write to another file so that it is not destroyed.", line);
        Assert.Equal(before, File.ReadAllBytes(input));
        Assert.Equal(2, Directory.GetFiles(_folder.Path).Length);
    }

    [Fact]
    public void A_chart_that_is_the_rates_file_through_a_symbolic_link_is_refused()
    {
        var (rates, rules) = Copies();
        var before = File.ReadAllBytes(rates);
        var link = _folder.File("chart.svg");
        File.CreateSymbolicLink(link, rates);

        var line = Tool.AssertUserError(Tool.Run("fx", "watch", "--rates", rates, "--rules", rules, "--chart", link));

        Assert.StartsWith($"error: --chart '{link}' is the same file as --rates '{rates}'", line, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(rates));
        Assert.Equal(rates, new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void A_failed_run_leaves_an_existing_chart_as_it_was_and_no_temporary_file()
    {
        var (rates, _) = Copies();
        var rules = _folder.Write("eur.json", Rules.Replace("USD/CNY", "EUR/USD", StringComparison.Ordinal));
        var chart = _folder.Write("chart.svg", "old");

        Assert.Contains("watches EUR/USD, but rate history", Tool.AssertUserError(Tool.Run("fx", "watch", "--rates", rates, "--rules", rules, "--chart", chart)), StringComparison.Ordinal);

        Assert.Equal("old", File.ReadAllText(chart));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [Fact]
    public void A_chart_replaces_the_old_file_and_leaves_no_temporary_file()
    {
        var (rates, rules) = Copies();
        var chart = _folder.Write("chart.svg", "old");

        Assert.Equal(0, Tool.Run("fx", "watch", "--rates", rates, "--rules", rules, "--chart", chart).ExitCode);

        Assert.Equal("svg", XDocument.Load(chart).Root!.Name.LocalName);
        Assert.Equal(3, Directory.GetFiles(_folder.Path).Length);
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [UnixFact]
    public void A_full_device_as_chart_is_one_error_line_and_stays_a_device()
    {
        var (rates, rules) = Copies();

        var line = Tool.AssertUserError(Tool.Run("fx", "watch", "--rates", rates, "--rules", rules, "--chart", "/dev/full"));

        Assert.Equal("error: --chart '/dev/full' cannot be written: No space left on device", line);
        Assert.Equal(FileKind.Special, CliPaths.KindOf("/dev/full"));
    }

    [UnixFact]
    public void A_fifo_as_chart_receives_the_svg_and_stays_a_fifo()
    {
        var (rates, rules) = Copies();
        var fifo = Fifo.Create(_folder.File("chart.pipe"));
        var reader = Task.Run(() => File.ReadAllText(fifo));

        var run = Tool.Run("fx", "watch", "--rates", rates, "--rules", rules, "--chart", fifo);

        Assert.Equal(0, run.ExitCode);
        Assert.True(reader.Wait(TimeSpan.FromSeconds(30)));
        Assert.Equal("svg", XDocument.Parse(reader.Result).Root!.Name.LocalName);
        Assert.Equal(FileKind.Special, CliPaths.KindOf(fifo));
    }

    [UnixFact]
    public void A_watch_cancelled_while_it_reads_writes_no_chart_and_exits_130()
    {
        // The history is a FIFO, so the test holds the run at a known point: every file is registered and the history
        // is being read. Then it cancels and lets the data through; the run must stop before it writes the chart.
        var history = Fifo.Create(_folder.File("history.pipe"));
        var rules = _folder.Write("rules.json", Rules);
        var chart = _folder.Write("chart.svg", "old");
        using var cancellation = new CancellationTokenSource();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var run = Task.Run(() => CliApp.Run(
            ["fx", "watch", "--rates", history, "--rules", rules, "--chart", chart],
            stdout, stderr, new FakeClock(Tool.Noon20250601), DateTimeZone.Utc, cancellation.Token));

        using (var writer = new StreamWriter(history))
        {
            // Opening the FIFO returns once the run has opened it for reading.
            cancellation.Cancel();
            writer.Write(File.ReadAllText(FxSamples.UsdCnyHistory));
        }

        Assert.True(run.Wait(TimeSpan.FromSeconds(60)), "the run did not stop");
        Assert.Equal(CliErrors.CancelledExitCode, run.Result);
        Assert.Equal("error: cancelled; no output file was written or changed." + Environment.NewLine, stderr.ToString());
        Assert.Equal(string.Empty, stdout.ToString());
        Assert.Equal("old", File.ReadAllText(chart));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [Fact]
    public void A_folder_given_as_an_input_is_called_a_folder_by_every_command()
    {
        var folder = _folder.Path;
        var (rates, rules) = Copies();
        var exposures = FxSamples.Exposures;
        string[][] runs =
        [
            ["fx", "convert", "-a", "USD 1.00", "--to", "CNY", "--rates", folder],
            ["fx", "fees", "-a", "EUR 10.00", "--routes", folder],
            ["fx", "hedge", "--exposures", folder, "--home", "CNY", "--rates", rates, "--as-of", "2026-11-20"],
            ["fx", "hedge", "--exposures", exposures, "--home", "CNY", "--rates", rates, "--as-of", "2026-11-20", "--hedges", folder],
            ["fx", "watch", "--rates", rates, "--rules", folder],
        ];
        string[] options = ["--rates", "--routes", "--exposures", "--hedges", "--rules"];

        for (var i = 0; i < runs.Length; i++)
        {
            Assert.Equal($"error: {options[i]} '{folder}' is a folder, not a file.", Tool.AssertUserError(Tool.Run(runs[i])));
        }
    }

    [Theory]
    [InlineData("--routes")]
    [InlineData("--hedges")]
    public void An_optional_input_given_empty_is_a_clear_error(string option)
    {
        string[] args = option == "--routes"
            ? ["fx", "fees", "-a", "EUR 10.00", "--routes", string.Empty]
            : ["fx", "hedge", "--exposures", FxSamples.Exposures, "--home", "CNY", "--rates", FxSamples.EcbHistory, "--as-of", "2026-11-20", "--hedges", string.Empty];

        Assert.Equal($"error: {option} is empty; give a file name.", Tool.AssertUserError(Tool.Run(args)));
    }

    [Theory]
    [InlineData("convert", "--date")]
    [InlineData("fees", "--date")]
    [InlineData("hedge", "--as-of")]
    public void Dates_are_read_by_the_shared_ISO_parser(string command, string option)
    {
        string[] args = command switch
        {
            "convert" => ["fx", "convert", "-a", "USD 1.00", "--to", "CNY", "--rates", FxSamples.EcbHistory],
            "fees" => ["fx", "fees", "-a", "EUR 10.00"],
            _ => ["fx", "hedge", "--exposures", FxSamples.Exposures, "--home", "CNY", "--rates", FxSamples.EcbHistory],
        };

        // 2026 is not a leap year, so 29 February does not exist; an ISO date has two-digit months.
        Assert.Equal(
            $"error: {option} '2026-02-29' is not a date: expected YYYY-MM-DD, such as 2025-06-01.",
            Tool.AssertUserError(Tool.Run([.. args, option, "2026-02-29"])));
        Assert.Equal(
            $"error: {option} '2026-2-28' is not a date: expected YYYY-MM-DD, such as 2025-06-01.",
            Tool.AssertUserError(Tool.Run([.. args, option, "2026-2-28"])));
    }

    [Fact]
    public void An_empty_date_is_a_clear_error_not_today()
    {
        Assert.Equal(
            "error: --date is empty; give a date as YYYY-MM-DD, such as 2025-06-01.",
            Tool.AssertUserError(Tool.Run("fx", "fees", "-a", "EUR 10.00", "--date", " ")));
    }

    [Fact]
    public void Policy_ratios_with_or_without_the_percent_sign_and_with_decimals_give_the_same_plan()
    {
        static string Plan(string policy) =>
            Tool.Run("fx", "hedge", "--exposures", FxSamples.Exposures, "--home", "CNY", "--rates", FxSamples.EcbHistory, "--as-of", "2026-11-20", "--policy", policy, "-f", "json").Out;

        var root = JsonOutput.Parse(Plan("75%/50.5/25%"));

        // The ratios as typed, in percent: 75, 50.5 and 25.
        Assert.Equal([75m, 50.5m, 25m], root.GetProperty("policy").EnumerateArray().Select(l => FxSamples.Decimal(l.GetProperty("ratioPercent"))));
        Assert.Equal(Plan("75/50.5/25"), Plan("75%/50.5%/25%"));
    }

    [Fact]
    public void A_routes_file_error_names_no_dotnet_type()
    {
        var routes = _folder.Write("routes.json", """{"routes":[{"provider":"A","percent":1,"fixed":{"amount":"x","currency":"EUR"}}]}""");

        var line = Tool.AssertUserError(Tool.Run("fx", "fees", "-a", "EUR 10.00", "--routes", routes));

        Assert.StartsWith($"error: '{routes}' is not a valid routes file:", line, StringComparison.Ordinal);
        Assert.DoesNotContain("CrossBorder.", line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
    }

    /// <summary>Copies of the sample history and rules in the test's folder, so that a test that went wrong cannot harm the samples.</summary>
    private (string Rates, string Rules) Copies()
    {
        var rates = _folder.File("history.csv");
        File.Copy(FxSamples.UsdCnyHistory, rates);
        return (rates, _folder.Write("rules.json", Rules));
    }
}
