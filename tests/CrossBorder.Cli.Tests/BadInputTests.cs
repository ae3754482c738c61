using System.Text;
using CrossBorder.Cli.Tests.Commands.Fx;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests;

/// <summary>
/// Issue #14's sweep of the malformed files users produce, through every verb that reads a file: each run ends with
/// exactly one <c>error:</c> line (never an internal error) and exit code 1, and leaves no output file behind; the
/// encodings a valid file may come in (BOM, CRLF) give the same result as the plain file.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>A verb reading one file: its sample, the arguments with <c>{in}</c> for it, and how to break it.</summary>
    private sealed record Verb(string Name, string Sample, string[] Args, (string Case, string Find, string Replace)[] Breaks, bool Json);

    private const string Huge = "79228162514264337593543950336";

    private static (string, string, string)[] Numbers(string find, string replaceTemplate) =>
    [
        ("NaN", find, replaceTemplate.Replace("#", "NaN", StringComparison.Ordinal)),
        ("Infinity", find, replaceTemplate.Replace("#", "Infinity", StringComparison.Ordinal)),
        ("1e400", find, replaceTemplate.Replace("#", "1e400", StringComparison.Ordinal)),
        ("huge decimal", find, replaceTemplate.Replace("#", Huge, StringComparison.Ordinal)),
    ];

    private static readonly Verb[] Verbs =
    [
        new("forecast", "forecast/weekly-skus.csv", ["forecast", "-i", "{in}", "-o", "{out}"],
            [.. Numbers("SKU-001,2024-01-01,86", "SKU-001,2024-01-01,#"),
             ("negative quantity", "SKU-001,2024-01-01,86", "SKU-001,2024-01-01,-86"),
             ("invalid date", "SKU-001,2024-01-01,86", "SKU-001,2024-02-30,86"),
             ("duplicate key", "SKU-001,2024-01-01,86", "SKU-001,2024-01-01,86\nSKU-001,2024-01-01,87")], false),
        new("replenish sales", "replenish/sales.csv", ["replenish", "--sales", "{in}", "--stock", Tool.SamplePath("replenish/stock.csv"), "--lead-times", Tool.SamplePath("replenish/lead-times.csv"), "--output", "{out}"],
            [.. Numbers("SKU-01,2024-01-01,118", "SKU-01,2024-01-01,#"),
             ("negative quantity", "SKU-01,2024-01-01,118", "SKU-01,2024-01-01,-118"),
             ("invalid date", "SKU-01,2024-01-01,118", "SKU-01,2024-02-30,118"),
             ("duplicate key", "SKU-01,2024-01-01,118", "SKU-01,2024-01-01,118\nSKU-01,2024-01-01,119")], false),
        new("replenish stock", "replenish/stock.csv", ["replenish", "--sales", Tool.SamplePath("replenish/sales.csv"), "--stock", "{in}", "--lead-times", Tool.SamplePath("replenish/lead-times.csv"), "--output", "{out}"],
            [.. Numbers("SKU-01,450,0,,,500,24", "SKU-01,#,0,,,500,24"),
             ("negative quantity", "SKU-01,450,0,,,500,24", "SKU-01,-450,0,,,500,24"),
             ("invalid date", "SKU-02,640,0,320,2026-01-19", "SKU-02,640,0,320,2026-02-30"),
             ("duplicate key", "SKU-01,450,0,,,500,24", "SKU-01,450,0,,,500,24\nSKU-01,451,0,,,500,24")], false),
        new("thresholds", "threshold-sales.csv", ["thresholds", "--sales", "{in}", "--seller", "DE", "--as-of", "2026-11-30"],
            [.. Numbers("2025-01-03,IT,47.34,EUR", "2025-01-03,IT,#,EUR"),
             ("invalid date", "2025-01-03,IT,47.34,EUR", "2025-02-30,IT,47.34,EUR"),
             ("unknown currency", "2025-01-03,IT,47.34,EUR", "2025-01-03,IT,47.34,XXQ")], false),
        new("scorecard values", "scorecard-values.csv", ["scorecard", "--definition", Tool.SamplePath("scorecard.json"), "--values", "{in}"],
            [.. Numbers("2026-09-01,amazon-us,gmv,1000,,", "2026-09-01,amazon-us,gmv,#,,"),
             ("invalid date", "2026-09-01,amazon-us,gmv,1000,,", "2026-02-30,amazon-us,gmv,1000,,"),
             ("duplicate key", "2026-09-01,amazon-us,gmv,1000,,", "2026-09-01,amazon-us,gmv,1000,,\n2026-09-01,amazon-us,gmv,1001,,")], false),
        new("ads", "sp-search-term-report.csv", ["ads", "--report", "{in}"],
            [.. Numbers(",wireless earbuds,457,1,", ",wireless earbuds,#,1,"),
             ("negative quantity", ",wireless earbuds,457,1,", ",wireless earbuds,-457,1,"),
             ("invalid date", "\"Nov 01, 2026\"", "\"Nov 31, 2026\""),
             ("unknown currency", ",Earbuds,USD,", ",Earbuds,XXQ,")], false),
        new("fx hedge exposures", "fx/exposures.csv", ["fx", "hedge", "--exposures", "{in}", "--home", "CNY", "--rates", FxSamples.EcbHistory, "--as-of", "2026-11-20"],
            [.. Numbers("receivable,USD,120000.00,2026-12-15", "receivable,USD,#,2026-12-15"),
             ("invalid date", "receivable,USD,120000.00,2026-12-15", "receivable,USD,120000.00,2026-12-32"),
             ("unknown currency", "receivable,USD,120000.00,2026-12-15", "receivable,XXQ,120000.00,2026-12-15")], false),
        new("fx convert rates", "fx/eurofxref-hist-sample.csv", ["fx", "convert", "-a", "USD 1000.00", "--to", "CNY", "--rates", "{in}", "--date", "2026-11-20"],
            [.. Numbers("2026-11-20,1.0500,", "2026-11-20,#,"),
             ("invalid date", "2026-11-20,1.0500,", "2026-11-31,1.0500,"),
             ("duplicate key", "2026-11-20,1.0500,162.50,N/A,N/A,0.84000,7.4550,", "2026-11-20,1.0500,162.50,N/A,N/A,0.84000,7.4550,\n2026-11-20,1.0600,162.50,N/A,N/A,0.84000,7.4550,")], false),
        new("fx watch rates", "fx/usd-cny-history.csv", ["fx", "watch", "--rates", "{in}", "--rules", FxSamples.Rules],
            [.. Numbers("2026-05-04,USD,CNY,7.0835,7.0850", "2026-05-04,USD,CNY,7.0835,#"),
             ("invalid date", "2026-05-04,USD,CNY", "2026-05-34,USD,CNY"),
             ("unknown currency", "2026-05-04,USD,CNY", "2026-05-04,XXQ,CNY")], false),
        new("tax", "tax-sale.json", ["tax", "--input", "{in}"],
            [.. Numbers("\"unitPrice\": \"140.00\"", "\"unitPrice\": \"#\""),
             ("1e400 number", "\"quantity\": 1", "\"quantity\": 1e400"),
             ("negative quantity", "\"quantity\": 1", "\"quantity\": -1"),
             ("invalid date", "\"2025-07-01\"", "\"2025-02-30\""),
             ("unknown currency", "\"currency\": \"EUR\"", "\"currency\": \"XXQ\""),
             ("trailing comma", "\"shipping\": \"0.00\" }", "\"shipping\": \"0.00\", }"),
             ("duplicate property", "{ \"date\": \"2025-07-01\",", "{ \"date\": \"2025-07-01\", \"date\": \"2025-07-02\",")], true),
        new("landed-cost", "landed-cost-order.json", ["landed-cost", "--input", "{in}"],
            [.. Numbers("\"rate\": \"1.1650\"", "\"rate\": \"#\""),
             ("negative quantity", "\"quantity\": 3", "\"quantity\": -3"),
             ("invalid date", "\"2026-07-15\"", "\"2026-02-30\""),
             ("unknown currency", "\"currency\": \"EUR\"", "\"currency\": \"XXQ\""),
             ("trailing comma", "\"entry\": null,", "\"entry\": null,,"),
             ("duplicate property", "{ \"date\": \"2026-07-15\",", "{ \"date\": \"2026-07-15\", \"date\": \"2026-07-16\",")], true),
        new("money allocate", "freight-allocation.json", ["money", "allocate", "--input", "{in}"],
            [.. Numbers("\"amount\": \"1250.00\"", "\"amount\": \"#\""),
             ("1e400 ratio", "[2.184,", "[1e400,"),
             ("negative weight", "[2.184,", "[-2.184,"),
             ("unknown currency", "\"currency\": \"EUR\"", "\"currency\": \"XXQ\""),
             ("trailing comma", "\"CERAMIC-MUG-SET4\"]", "\"CERAMIC-MUG-SET4\",]"),
             ("duplicate property", "\"ratios\": [", "\"ratios\": [1], \"ratios\": [")], true),
        new("fx fees routes", "fx/payment-routes.json", ["fx", "fees", "-a", "EUR 100.00", "--date", "2026-11-20", "--routes", "{in}"],
            [.. Numbers("\"amount\": \"0.25\"", "\"amount\": \"#\""),
             ("1e400 percent", "\"percent\": 1.4", "\"percent\": 1e400"),
             ("negative percent", "\"percent\": 1.4", "\"percent\": -1.4"),
             ("unknown currency", "\"currency\": \"EUR\"", "\"currency\": \"XXQ\""),
             ("trailing comma", "\"spread\": 2.0 }", "\"spread\": 2.0, }"),
             ("duplicate property", "\"percent\": 1.4,", "\"percent\": 1.4, \"percent\": 9,")], true),
        new("fx watch rules", "fx/usd-cny-rules.json", ["fx", "watch", "--rates", FxSamples.UsdCnyHistory, "--rules", "{in}"],
            [("NaN", "\"threshold\": 7.00", "\"threshold\": \"NaN\""),
             ("1e400", "\"threshold\": 7.00", "\"threshold\": 1e400"),
             ("negative band", "\"band\": 0.02", "\"band\": -0.02"),
             ("trailing comma", "\"pair\": \"USD/CNY\",", "\"pair\": \"USD/CNY\",,"),
             ("duplicate property", "\"threshold\": 7.00,", "\"threshold\": 7.00, \"threshold\": 6.00,")], true),
        new("scorecard definition", "scorecard.json", ["scorecard", "--definition", "{in}", "--values", Tool.SamplePath("scorecard-values.csv")],
            [("NaN", "\"greenScore\": 75", "\"greenScore\": \"NaN\""),
             ("1e400", "\"greenScore\": 75", "\"greenScore\": 1e400"),
             ("negative", "\"minimumCoverage\": 0.6", "\"minimumCoverage\": -0.6"),
             ("trailing comma", "\"comparisonDays\": 7,", "\"comparisonDays\": 7,,"),
             ("duplicate property", "\"greenScore\": 75,", "\"greenScore\": 75, \"greenScore\": 80,")], true),
    ];

    /// <summary>
    /// Changes that look malformed but are documented input: the forecast's long format reads NaN (and NA) as a
    /// missing value (LongFormatReader's docs), and its values are doubles, for which 7.9e28 is a finite number.
    /// </summary>
    private static readonly (string Verb, string Case)[] Documented = [("forecast", "NaN"), ("forecast", "huge decimal")];

    public static TheoryData<string, string> DocumentedCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (verb, @case) in Documented)
        {
            data.Add(verb, @case);
        }

        return data;
    }

    /// <summary>Every verb with every way to break its file: the malformed cases.</summary>
    public static TheoryData<string, string> Malformed()
    {
        var data = new TheoryData<string, string>();
        foreach (var verb in Verbs)
        {
            data.Add(verb.Name, "empty file");
            data.Add(verb.Name, verb.Json ? "truncated" : "header only");
            if (!verb.Json)
            {
                data.Add(verb.Name, "wrong delimiter");
            }

            foreach (var (name, _, _) in verb.Breaks.Where(b => !Documented.Contains((verb.Name, b.Case))))
            {
                data.Add(verb.Name, name);
            }
        }

        return data;
    }

    public static TheoryData<string> VerbNames() => [.. Verbs.Select(v => v.Name)];

    public static TheoryData<string> VerbsWithOutput() => [.. Verbs.Where(v => v.Args.Contains("{out}")).Select(v => v.Name)];

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_file_is_one_error_line_exit_1_and_no_output_file(string verbName, string @case)
    {
        var verb = Verbs.Single(v => v.Name == verbName);
        var sample = Sample(verb);
        var text = @case switch
        {
            "empty file" => string.Empty,
            "header only" => sample[..(sample.IndexOf('\n', StringComparison.Ordinal) + 1)],
            "truncated" => sample[..(sample.Length / 2)],
            "wrong delimiter" => sample.Replace(',', ';'),
            _ => Break(sample, verb.Breaks.Single(b => b.Case == @case)),
        };

        var (run, output) = Run(verb, text);
        var input = Directory.GetFiles(Path.GetDirectoryName(output)!, "input*").Single();

        var line = Tool.AssertUserError(run);
        Assert.DoesNotContain("internal error", line, StringComparison.Ordinal);
        Assert.False(File.Exists(output), $"{output} was left behind");
        Assert.Equal([Path.GetFileName(input)], Directory.GetFiles(Path.GetDirectoryName(output)!).Select(Path.GetFileName));
    }

    [Theory]
    [MemberData(nameof(DocumentedCases))]
    public void Documented_values_that_look_malformed_are_read(string verbName, string @case)
    {
        var verb = Verbs.Single(v => v.Name == verbName);

        var (run, output) = Run(verb, Break(Sample(verb), verb.Breaks.Single(b => b.Case == @case)));

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(output));
    }

    [Theory]
    [MemberData(nameof(VerbNames))]
    public void A_byte_order_mark_and_CRLF_line_ends_give_the_plain_files_result(string verbName)
    {
        var verb = Verbs.Single(v => v.Name == verbName);
        var sample = Sample(verb);

        var (plain, plainOutput) = Run(verb, sample, "plain");
        var (windows, windowsOutput) = Run(verb, "\uFEFF" + sample.Replace("\n", "\r\n", StringComparison.Ordinal), "windows");

        // Same file names in two folders, so that messages that name the files compare; timings are not compared.
        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(Normalize(plain, "plain"), Normalize(windows, "windows"));
        Assert.Equal(File.Exists(plainOutput), File.Exists(windowsOutput));
        if (File.Exists(plainOutput))
        {
            Assert.Equal(File.ReadAllText(plainOutput), File.ReadAllText(windowsOutput));
        }
    }

    [Theory]
    [MemberData(nameof(VerbsWithOutput))]
    public void An_output_path_that_is_a_folder_or_not_writable_is_one_error_line(string verbName)
    {
        var verb = Verbs.Single(v => v.Name == verbName);
        var sample = File.ReadAllText(Tool.SamplePath(verb.Sample));
        var input = _folder.Write("input" + Path.GetExtension(verb.Sample), sample);
        var folder = Directory.CreateDirectory(_folder.File("a-folder")).FullName;
        foreach (var output in new[] { folder, "/proc/crossborder-not-writable.csv", _folder.File("missing/sub/out.csv") })
        {
            var args = verb.Args.Select(a => a.Replace("{in}", input, StringComparison.Ordinal).Replace("{out}", output, StringComparison.Ordinal)).ToArray();

            var line = Tool.AssertUserError(Tool.Run(args));

            Assert.DoesNotContain("internal error", line, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public void Quoted_commas_newlines_and_non_ascii_names_in_ids_are_read_as_text()
    {
        // A series id with a comma, a quoted line break and non-ASCII letters is still one series of the sample's length.
        var sample = File.ReadAllText(Tool.SamplePath("forecast/weekly-skus.csv")).ReplaceLineEndings("\n");
        var renamed = sample.Replace("SKU-001,", "\"Tasse, Größe M — 杯子\",", StringComparison.Ordinal);
        var multiline = sample.Replace("SKU-001,", "\"SKU\n001\",", StringComparison.Ordinal);

        var (run, output) = Run(Verbs[0], renamed);
        var (runMultiline, _) = Run(Verbs[0], multiline, "multiline");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"Tasse, Größe M — 杯子\"", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.True(runMultiline.ExitCode == 0 || Tool.AssertUserError(runMultiline).Length > 0);
    }

    private static string Break(string sample, (string Case, string Find, string Replace) change)
    {
        Assert.True(sample.Contains(change.Find, StringComparison.Ordinal), $"the sample no longer has '{change.Find}'");
        var at = sample.IndexOf(change.Find, StringComparison.Ordinal);
        return string.Concat(sample.AsSpan(0, at), change.Replace, sample.AsSpan(at + change.Find.Length));
    }

    private static string Sample(Verb verb) => File.ReadAllText(Tool.SamplePath(verb.Sample)).ReplaceLineEndings("\n");

    private static string Normalize(CliRun run, string tag) =>
        Tool.WithoutTimings(run.ToString().Replace(tag, "RUN", StringComparison.Ordinal));

    private (CliRun Run, string Output) Run(Verb verb, string text, string tag = "run")
    {
        var folder = Directory.CreateDirectory(_folder.File(tag)).FullName;
        var input = Path.Combine(folder, "input" + Path.GetExtension(verb.Sample));
        File.WriteAllText(input, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var output = Path.Combine(folder, "out.csv");
        var args = verb.Args.Select(a => a.Replace("{in}", input, StringComparison.Ordinal).Replace("{out}", output, StringComparison.Ordinal)).ToArray();
        return (Tool.Run(args), output);
    }
}
