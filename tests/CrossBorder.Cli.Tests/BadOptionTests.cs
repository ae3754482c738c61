using CrossBorder.Cli.Tests.Commands.Fx;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests;

/// <summary>
/// Issue #14's sweep of malformed option values, the companion of <see cref="BadInputTests"/>: every verb with a
/// valid run, and for each of its options the values users mistype (non-numbers, NaN, Infinity, 1e400, a decimal
/// beyond <c>decimal</c>, zero and negative counts, out-of-range percentages, invalid dates, unknown currencies and
/// countries, malformed lists). Each must end with exactly one <c>error:</c> line (never an internal error), exit code
/// 1, and no output file.
/// </summary>
public sealed class BadOptionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Huge = "79228162514264337593543950336";

    private static readonly string[] BadDates = ["2026-02-30", "2026-13-01", "26-01-01", "2026/01/01", "yesterday"];

    private static readonly string[] BadAmounts =
        ["USD", "USD abc", "XXQ 10.00", "USD NaN", "USD Infinity", "USD 1e400", "USD " + Huge, "10.00", "USD 10.00 EUR", "USD 1,5", "USD 12,34.56"];

    private static readonly string[] BadCounts = ["0", "-1", "abc", "1.5", "NaN", "1e400", Huge];

    private static readonly string[] BadServiceLevels = ["0", "1", "100%", "120%", "-5%", "NaN", "Infinity", "1e400", "abc", "95%%"];

    /// <summary>A verb's valid run, <c>{out}</c> standing for an output file when it writes one.</summary>
    private sealed record Verb(string Name, string[] Args);

    private static readonly Verb[] Verbs =
    [
        new("forecast", ["forecast", "-i", Tool.SamplePath("forecast/weekly-skus.csv"), "-o", "{out}"]),
        new("replenish", ["replenish", "--sales", Tool.SamplePath("replenish/sales.csv"), "--stock", Tool.SamplePath("replenish/stock.csv"), "--lead-times", Tool.SamplePath("replenish/lead-times.csv"), "--output", "{out}"]),
        new("thresholds", ["thresholds", "--sales", Tool.SamplePath("threshold-sales.csv"), "--seller", "DE", "--as-of", "2026-11-30"]),
        new("scorecard", ["scorecard", "--definition", Tool.SamplePath("scorecard.json"), "--values", Tool.SamplePath("scorecard-values.csv")]),
        new("ads", ["ads", "--report", Tool.SamplePath("sp-search-term-report.csv")]),
        new("landed-cost", ["landed-cost", "--input", Tool.SamplePath("landed-cost-order.json")]),
        new("fx convert", ["fx", "convert", "-a", "USD 1000.00", "--to", "CNY", "--rates", FxSamples.EcbHistory, "--date", "2026-11-20"]),
        new("fx fees", ["fx", "fees", "-a", "EUR 100.00", "--date", "2026-11-20"]),
        new("fx hedge", ["fx", "hedge", "--exposures", Tool.SamplePath("fx/exposures.csv"), "--home", "CNY", "--rates", FxSamples.EcbHistory, "--as-of", "2026-11-20"]),
        new("money allocate", ["money", "allocate", "-a", "EUR 1000.00", "-r", "3,2,1"]),
        new("money split", ["money", "split", "-a", "USD 100.00", "-n", "3"]),
        new("currencies", ["currencies", "--as-of", "2026-01-01"]),
    ];

    /// <summary>Per verb, an option and the malformed values it must refuse.</summary>
    private static readonly (string Verb, string Option, string[] Values)[] Options =
    [
        ("forecast", "--horizon", [.. BadCounts, "10001"]),
        ("forecast", "--method", ["", "nope", "auto,ets"]),
        ("forecast", "--level", ["0", "100", "-80", "80,,95", "80;95", "NaN", "Infinity", "1e400", "80.1234567", "abc", "80,80"]),
        ("forecast", "--threads", ["0", "-1", "abc", "1e400"]),
        ("forecast", "--format", ["xml", ""]),
        ("replenish", "--service", BadServiceLevels),
        ("replenish", "--measure", ["service", ""]),
        ("replenish", "--freight", ["rail", ""]),
        ("replenish", "--as-of", BadDates),
        ("replenish", "--horizon", BadCounts),
        ("replenish", "--format", ["xml"]),
        ("thresholds", "--seller", ["ZZ", "Germany", "", "D"]),
        ("thresholds", "--as-of", BadDates),
        ("thresholds", "--rate", ["EUR/USD=abc", "EUR/USD=0", "EUR/USD=-1.08", "EUR/USD=NaN", "EUR/USD=1e400", "EUR/XXQ=1.08", "EUR/USD", "EUR/EUR=1"]),
        ("scorecard", "--as-of", BadDates),
        ("ads", "--target-acos", ["abc", "0", "-25%", "NaN", "Infinity", "1e400", "100%", "250%"]),
        ("ads", "--window", ["3", "0", "-7", "abc"]),
        ("ads", "--maturity-days", ["-1", "abc", "1e400"]),
        ("ads", "--group-by", ["sku"]),
        ("landed-cost", "--target-price", [.. BadAmounts.Where(a => a.StartsWith("USD", StringComparison.Ordinal)).Select(a => "EUR" + a[3..]), "USD 120.00", "EUR -120.00", "EUR 0.00"]),
        ("fx convert", "-a", BadAmounts),
        ("fx convert", "--to", ["XXQ", "", "usd dollars"]),
        ("fx convert", "--date", BadDates),
        ("fx convert", "--side", ["best"]),
        ("fx convert", "--max-age", ["5", "-5d", "5y", "abc", "1e400d", "0d"]),
        ("fx fees", "-a", BadAmounts),
        ("fx fees", "--date", BadDates),
        ("fx hedge", "--home", ["XXQ", ""]),
        ("fx hedge", "--as-of", BadDates),
        ("fx hedge", "--policy", ["75/50/abc", "120/50", "-5/10", "75//25", "", "NaN", "1e400"]),
        ("fx hedge", "--max-age", ["abc", "-1d"]),
        ("money allocate", "-a", BadAmounts),
        ("money allocate", "-r", ["1,,2", "-1,2", "0,0", "NaN,1", "Infinity,1", "1e400,1", "abc", ""]),
        ("money allocate", "-l", ["a,b"]),
        ("money split", "-a", BadAmounts),
        ("money split", "-n", [.. BadCounts, "100001"]),
        ("currencies", "--as-of", BadDates),
    ];

    /// <summary>
    /// Values that look malformed but are documented input, each with the canonical value it must equal: money
    /// accepts group separators (<c>Money.Parse</c>'s docs: <c>USD 1,234.56</c>), a pair may be written without its
    /// slash (<c>CurrencyPair.Parse</c>: <c>EURUSD</c>), and method names are case-insensitive and trimmed.
    /// </summary>
    private static readonly (string Verb, string Option, string Value, string Canonical)[] Documented =
    [
        ("fx convert", "-a", "USD 1,000.00", "USD 1000.00"),
        ("money split", "-a", "USD 1,000.00", "USD 1000.00"),
        ("thresholds", "--rate", "EURUSD=1.08", "EUR/USD=1.08"),
        ("forecast", "--method", "ETS ", "ets"),
    ];

    public static TheoryData<string, string, string, string> DocumentedCases()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var (verb, option, value, canonical) in Documented)
        {
            data.Add(verb, option, value, canonical);
        }

        return data;
    }

    public static TheoryData<string, string, string> Malformed()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (verb, option, values) in Options)
        {
            foreach (var value in values)
            {
                data.Add(verb, option, value);
            }
        }

        return data;
    }

    public static TheoryData<string> VerbNames() => [.. Verbs.Select(v => v.Name)];

    [Theory]
    [MemberData(nameof(VerbNames))]
    public void Each_verbs_valid_run_succeeds(string verbName)
    {
        // The baseline: without it, a malformed value could be refused for another reason.
        var (run, output) = Run(Verbs.Single(v => v.Name == verbName).Args);

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.True(output is null || File.Exists(output));
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_option_value_is_one_error_line_exit_1_and_no_output_file(string verbName, string option, string value)
    {
        var args = With(Verbs.Single(v => v.Name == verbName).Args, option, value);

        var (run, output) = Run(args);

        var line = Tool.AssertUserError(run);
        Assert.DoesNotContain("internal error", line, StringComparison.Ordinal);
        Assert.True(Names(line, option), $"'{line}' names neither {option} nor its value");
        Assert.True(output is null || !File.Exists(output), $"{output} was left behind");
        Assert.Empty(Directory.GetFiles(_folder.Path));
    }

    [Theory]
    [MemberData(nameof(DocumentedCases))]
    public void Documented_values_that_look_malformed_give_their_canonical_forms_result(string verbName, string option, string value, string canonical)
    {
        var args = Verbs.Single(v => v.Name == verbName).Args;

        var (run, output) = Run(With(args, option, value));
        var written = output is null ? null : File.ReadAllText(output);
        var (expected, expectedOutput) = Run(With(args, option, canonical));

        Assert.True(run.ExitCode == 0, run.Err);
        Assert.Equal(Tool.WithoutTimings(expected.Out), Tool.WithoutTimings(run.Out));
        Assert.Equal(expectedOutput is null ? null : File.ReadAllText(expectedOutput), written);
    }

    private static readonly Dictionary<string, string> LongNames = new() { ["-a"] = "--amount", ["-r"] = "--ratios", ["-l"] = "--labels", ["-n"] = "--parts" };

    /// <summary>Whether an error line points the user at the option: its name, its long name, or (for a value that is not empty) the value itself.</summary>
    private static bool Names(string line, string option) =>
        line.Contains(option, StringComparison.Ordinal)
        || (LongNames.TryGetValue(option, out var longName) && line.Contains(longName, StringComparison.Ordinal));

    /// <summary>The arguments with <paramref name="option"/> set to <paramref name="value"/>: replaced where the run has it, else appended.</summary>
    private static string[] With(string[] args, string option, string value)
    {
        var at = Array.IndexOf(args, option);
        if (at < 0)
        {
            return [.. args, option, value];
        }

        var changed = (string[])args.Clone();
        changed[at + 1] = value;
        return changed;
    }

    private (CliRun Run, string? Output) Run(string[] args)
    {
        var output = args.Contains("{out}") ? _folder.File("out.csv") : null;
        return (Tool.Run([.. args.Select(a => a == "{out}" ? output! : a)]), output);
    }
}
