using System.Text.Json;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

public class ThresholdsCommandTests
{
    private static string[] Args(params string[] more) =>
        ["thresholds", "--sales", Tool.SamplePath("threshold-sales.csv"), "--seller", "DE", "--as-of", "2026-11-30", "--rate", "EUR/USD=1.08", .. more];

    [Fact]
    public void The_bundled_history_has_crossed_the_eu_threshold_and_no_us_nexus()
    {
        var run = Tool.Run(Args());

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Thresholds for a seller established in DE, as of 2026-11-30", run.OutLines[0], StringComparison.Ordinal);
        Assert.Contains(run.OutLines, l => l.StartsWith("EU-VAT", StringComparison.Ordinal) && l.Contains("CROSSED", StringComparison.Ordinal));
        Assert.All(run.OutLines.Where(l => l.StartsWith("US-", StringComparison.Ordinal)), l => Assert.Contains("within", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Json_lists_each_threshold_with_its_measure_and_source()
    {
        var run = Tool.Run(Args("--format", "json"));

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var eu = json.RootElement.GetProperty("thresholds").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "EU-union-threshold");
        Assert.True(eu.GetProperty("crossed").GetBoolean());
        Assert.Equal("EUR", eu.GetProperty("measured").GetProperty("currency").GetString());
        Assert.Equal("10000.00", eu.GetProperty("limit").GetProperty("amount").GetString());
        Assert.Contains("59c", eu.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--seller", "Germany", "--seller needs the ISO alpha-2 code")]
    [InlineData("--as-of", "30/11/2026", "--as-of '30/11/2026' is not a date")]
    [InlineData("--rate", "EUR-USD 1.08", "--rate 'EUR-USD 1.08' is not BASE/QUOTE=RATE")]
    [InlineData("--as-of", "9999-12-31", "--as-of: The as-of date must lie between 1900-01-01 and 9000-12-31.")]
    public void Bad_options_are_one_error_line(string option, string value, string mention)
    {
        var args = Args().ToList();
        var at = args.IndexOf(option);
        args[at + 1] = value;

        Assert.Contains(mention, Tool.AssertUserError(Tool.Run([.. args])), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rate_names_the_currencies_and_the_option()
    {
        var path = Path.Combine(Path.GetTempPath(), $"crossborder-thresholds-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "date,destination,amount,currency\n2026-01-05,FR,100.00,USD\n");
        try
        {
            var line = Tool.AssertUserError(Tool.Run("thresholds", "--sales", path, "--seller", "DE", "--as-of", "2026-11-30"));
            Assert.Contains("No rate converts USD into EUR", line, StringComparison.Ordinal);
            Assert.Contains("--rate", line, StringComparison.Ordinal);

            var converted = Tool.Run("thresholds", "--sales", path, "--seller", "DE", "--as-of", "2026-11-30", "--rate", "EUR/USD=1.25", "--format", "json");
            Assert.Contains("\"amount\": \"80.00\"", converted.Out, StringComparison.Ordinal); // USD 100 / 1.25
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("date,destination,amount,currency\n2025-01-01,FR,1,5,EUR\n", "line 2: 5 fields where the header has 4")]
    [InlineData("date,destination,amount,currency\n2025-01-01,FR,-1,EUR\n", "line 2: amount = '-1' is not a non-negative amount")]
    [InlineData("date,destination,amount\n", "the header has no 'currency' column")]
    [InlineData("date,destination,amount,currency,colour\n", "unknown column 'colour'")]
    [InlineData("date,destination,amount,currency,subdivision\n2025-01-01,US,1,USD,california\n", "line 2:")]
    public void A_malformed_history_names_the_line(string csv, string mention)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crossborder-thresholds-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        try
        {
            Assert.Contains(mention, Tool.AssertUserError(Tool.Run("thresholds", "--sales", path, "--seller", "DE", "--as-of", "2026-11-30")), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
