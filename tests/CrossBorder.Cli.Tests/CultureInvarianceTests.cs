using System.Globalization;
using System.Text.RegularExpressions;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests;

/// <summary>
/// Every number that currencies, money, forecast, tax, thresholds, scorecard, landed-cost and ads print, on standard output and in their files, is the same under
/// de-DE (decimal comma), fr-FR (narrow no-break space groups), tr-TR (dotless i), ar-SA (Arabic digits and calendar)
/// and ja-JP as under the invariant culture.
/// </summary>
public sealed partial class CultureInvarianceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string> Cultures() => new() { "de-DE", "fr-FR", "tr-TR", "ar-SA", "ja-JP" };

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_command_prints_the_same_whatever_the_culture(string culture)
    {
        var sales = Tool.SamplePath(Path.Combine("forecast", "weekly-skus.csv"));
        string[][] commands =
        [
            ["currencies", "--as-of", "2025-06-01"],
            ["currencies", "--search", "dinar", "--as-of", "2025-06-01", "--format", "json"],
            ["money", "allocate", "--amount", "EUR 1234567.89", "--ratios", "1.5,2.25,0.125", "--labels", "i,I,ı"],
            ["money", "allocate", "--amount", "EUR 1234567.89", "--ratios", "1.5,2.25,0.125", "--format", "json"],
            ["money", "split", "--amount", "KWD 10000.000", "--parts", "3"],
            ["money", "split", "--amount", "JPY 1000000", "--parts", "7", "--format", "json"],
            ["forecast", "-i", sales, "-o", "OUT", "-m", "naive", "--level", "80,97.5", "--summary", "--chart", "SKU-001", "--chart-output", "CHART"],
            ["forecast", "-i", sales, "-o", "OUT", "-m", "sba", "--level", "99.9999", "--format", "json"],
            ["tax", "--input", Tool.SamplePath("tax-sale.json")],
            ["tax", "--input", Tool.SamplePath("tax-sale.json"), "--format", "json"],
            ["thresholds", "--sales", Tool.SamplePath("threshold-sales.csv"), "--seller", "DE", "--as-of", "2026-11-30"],
            ["thresholds", "--sales", Tool.SamplePath("threshold-sales.csv"), "--seller", "DE", "--as-of", "2026-11-30", "--format", "json"],
            ["scorecard", "--definition", Tool.SamplePath("scorecard.json"), "--values", Tool.SamplePath("scorecard-values.csv")],
            ["scorecard", "--definition", Tool.SamplePath("scorecard.json"), "--values", Tool.SamplePath("scorecard-values.csv"), "--format", "json"],
            ["landed-cost", "--input", Tool.SamplePath("landed-cost-order.json")],
            ["landed-cost", "--input", Tool.SamplePath("landed-cost-order.json"), "--format", "json"],
            ["landed-cost", "--input", Tool.SamplePath("landed-cost-order.json"), "--target-price", "EUR 120.00", "--sku", "EAR-1"],
            ["ads", "--report", Tool.SamplePath("sp-search-term-report.csv"), "--target-acos", "25%"],
            ["ads", "--report", Tool.SamplePath("sp-search-term-report.csv"), "--target-acos", "25%", "--format", "json"],
            ["ads", "--report", Tool.SamplePath("sp-search-term-report.csv"), "--format", "csv", "--group-by", "search-term"],
        ];

        foreach (var command in commands)
        {
            var invariant = Run(CultureInfo.InvariantCulture, command, "invariant");
            var local = Run(CultureInfo.GetCultureInfo(culture), command, culture);

            Assert.Equal(0, invariant.Run.ExitCode);
            Assert.Equal(invariant.Run.Err, local.Run.Err);
            Assert.Equal(Mask(invariant.Run.Out, "invariant"), Mask(local.Run.Out, culture));
            Assert.Equal(invariant.Files, local.Files);
        }
    }

    private (CliRun Run, string[] Files) Run(CultureInfo culture, string[] command, string tag)
    {
        var output = _folder.File(tag + ".csv");
        var chart = _folder.File(tag + ".svg");
        string[] args = [.. command.Select(a => a switch { "OUT" => output, "CHART" => chart, _ => a })];
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var run = Tool.Run(args);
            string[] files = [.. new[] { output, chart }.Where(File.Exists).Select(File.ReadAllText)];
            return (run, files);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
            File.Delete(output);
            File.Delete(chart);
        }
    }

    /// <summary>The output with the run's own file names and its elapsed time (which differs from run to run) masked.</summary>
    private string Mask(string text, string tag) =>
        Elapsed().Replace(text.Replace(_folder.File(tag), "FILE", StringComparison.Ordinal), "ELAPSED");

    [GeneratedRegex(@"in [0-9]+\.[0-9]{2} s|""elapsedSeconds"": [0-9.eE+-]+")]
    private static partial Regex Elapsed();
}
