using System.Text.Json;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands.Fx;

public class FxHedgeCommandTests
{
    /// <summary>Runs the hedge command on the samples; options given replace the defaults.</summary>
    private static CliRun Hedge(params string[] extra)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["--exposures"] = FxSamples.Exposures,
            ["--home"] = "CNY",
            ["--rates"] = FxSamples.EcbHistory,
            ["--as-of"] = "2026-11-20",
        };
        for (var i = 0; i + 1 < extra.Length; i += 2)
        {
            options[extra[i]] = extra[i + 1];
        }

        return Tool.Run(["fx", "hedge", .. options.SelectMany(o => new[] { o.Key, o.Value })]);
    }

    [Fact]
    public void Table_shows_exposure_by_currency_and_month_and_the_plan()
    {
        var run = Hedge("--hedges", FxSamples.Hedges);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        var lines = run.OutLines;
        Assert.Contains("  USD/CNY 7.1 (cross via EUR (USD/EUR = 1/EUR/USD × EUR/CNY), as of 2026-11-20)", lines);
        Assert.Contains("EUR       2027-03        EUR 0.00       EUR 0.00   EUR 17,000.00   EUR 17,000.00  CNY 126,735.00", lines);
        Assert.Contains("USD       2026-12  USD 120,000.00  USD 40,000.00        USD 0.00   USD 80,000.00  CNY 568,000.00", lines);
        Assert.Contains("EUR       2026-12      1    75%   EUR 30,000.00  EUR 22,500.00  EUR 10,000.00  EUR 12,500.00   CNY 93,187.50", lines);
        Assert.Contains("USD       2027-02      3    50%  USD 120,000.00  USD 60,000.00  USD 50,000.00  USD 10,000.00   CNY 71,000.00", lines);
        Assert.Contains("USD       2027-07      8    25%   USD 64,000.00  USD 16,000.00       USD 0.00  USD 16,000.00  CNY 113,600.00", lines);
    }

    [Fact]
    public void Json_top_ups_equal_target_minus_existing()
    {
        var run = Hedge("--hedges", FxSamples.Hedges, "-f", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonOutput.Parse(run.Out);
        var plan = root.GetProperty("plan").EnumerateArray().ToList();
        Assert.Equal(7, plan.Count);
        foreach (var row in plan)
        {
            var exposure = JsonOutput.Money(row.GetProperty("exposure")).Amount;
            var ratio = FxSamples.Decimal(row.GetProperty("ratioPercent"));
            var target = JsonOutput.Money(row.GetProperty("target")).Amount;
            var existing = JsonOutput.Money(row.GetProperty("existing")).Amount;
            var topUp = JsonOutput.Money(row.GetProperty("topUp")).Amount;
            Assert.Equal(decimal.Round(exposure * ratio / 100m, 2, MidpointRounding.AwayFromZero), target);
            Assert.Equal(Math.Max(target - existing, 0m), topUp);
            Assert.False(row.GetProperty("overHedged").GetBoolean());
        }

        var usdDecember = plan.Single(r => Key(r) == "USD 2026-12");
        Assert.Equal(60_000m, JsonOutput.Money(usdDecember.GetProperty("existing")).Amount);
        Assert.Equal(0m, JsonOutput.Money(usdDecember.GetProperty("topUp")).Amount);
        var usdJanuary = plan.Single(r => Key(r) == "USD 2027-01");
        Assert.Equal((452_625.00m, "CNY"), JsonOutput.Money(usdJanuary.GetProperty("topUpHome")));
        Assert.Equal([75m, 50m, 25m], root.GetProperty("policy").EnumerateArray().Select(l => FxSamples.Decimal(l.GetProperty("ratioPercent"))));

        var exposureRows = root.GetProperty("exposure").EnumerateArray().ToList();
        Assert.Equal(7, exposureRows.Count);
        Assert.All(exposureRows, e => Assert.Equal(
            decimal.Round(JsonOutput.Money(e.GetProperty("net")).Amount * FxSamples.Decimal(e.GetProperty("rate")), 2, MidpointRounding.AwayFromZero),
            JsonOutput.Money(e.GetProperty("netHome")).Amount));
    }

    [Fact]
    public void Another_policy_and_no_existing_hedges_hedge_the_ratio_of_every_bucket()
    {
        var root = JsonOutput.Parse(Hedge("--policy", "100/0", "-f", "json").Out);

        var plan = root.GetProperty("plan").EnumerateArray().ToList();
        Assert.All(plan.Where(r => r.GetProperty("monthsAhead").GetInt32() < 3), r => Assert.Equal(
            JsonOutput.Money(r.GetProperty("exposure")).Amount, JsonOutput.Money(r.GetProperty("topUp")).Amount));
        Assert.All(plan.Where(r => r.GetProperty("monthsAhead").GetInt32() >= 3), r => Assert.Equal(0m, JsonOutput.Money(r.GetProperty("topUp")).Amount));
    }

    [Fact]
    public void Past_months_are_left_out_of_the_plan()
    {
        var root = JsonOutput.Parse(Hedge("--as-of", "2027-02-01", "--max-age", "80d", "-f", "json").Out);

        Assert.All(root.GetProperty("plan").EnumerateArray(), r => Assert.True(string.CompareOrdinal(r.GetProperty("month").GetString(), "2027-02") >= 0));
    }

    [Theory]
    [InlineData("kind,currency,amount,when\nreceivable,USD,1.00,2026-12-01\n", "has an unknown column 'when'")]
    [InlineData("kind,currency,amount\nreceivable,USD,1.00\n", "line 1: the header has no 'date' column")]
    [InlineData("kind,currency,amount,date\nreceivable,XYZ,1.00,2026-12-01\n", "line 2: currency = 'XYZ' is not a known currency code")]
    [InlineData("kind,currency,amount,date\nasset,USD,1.00,2026-12-01\n", "line 2: kind = 'asset' is not receivable, payable or forecast")]
    [InlineData("kind,currency,amount,date\nreceivable,USD,1.0x,2026-12-01\n", "line 2: amount = '1.0x' is not a number")]
    [InlineData("kind,currency,amount,date\nreceivable,USD,-1.00,2026-12-01\n", "line 2: Give receivables and payables as positive amounts")]
    [InlineData("kind,currency,amount,date,probability\nforecast,USD,1.00,2026-12-01,\n", "line 2: a forecast needs a probability")]
    [InlineData("kind,currency,amount,date,probability\nforecast,USD,1.00,2026-12-01,120%\n", "line 2: probability = '120%' is not a probability between 0 and 1")]
    [InlineData("kind,currency,amount,date,probability\npayable,USD,1.00,2026-12-01,50%\n", "line 2: a payable is certain")]
    [InlineData("kind,currency,amount,date\nreceivable,USD,1.00\n", "line 2: 3 fields where the header has 4")]
    [InlineData("kind,currency,amount,date\n", "has no rows")]
    public void A_bad_exposure_file_is_one_error_line(string csv, string mention)
    {
        using var file = new FxSamples.Temp(csv, ".csv");

        var line = Tool.AssertUserError(Tool.Run("fx", "hedge", "--exposures", file.Path, "--home", "CNY", "--rates", FxSamples.EcbHistory, "--as-of", "2026-11-20"));

        Assert.Contains(mention, line, StringComparison.Ordinal);
        Assert.Contains(file.Path, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--policy", "75/x" }, "--policy '75/x' layer 2 'x' is not a percentage: expected a number (the % sign is optional)")]
    [InlineData(new[] { "--policy", "150" }, "--policy '150' layer 1: A hedge ratio must be between 0% and 100%, not 150%.")]
    [InlineData(new[] { "--policy", "50/-5" }, "--policy '50/-5' layer 2: A hedge ratio must be between 0% and 100%, not -5%.")]
    [InlineData(new[] { "--policy", "75,5/50" }, "--policy '75,5/50' layer 1 '75,5' is not a percentage: write the decimal point as '.'")]
    [InlineData(new[] { "--home", "XYZ" }, "--home: unknown currency code 'XYZ'")]
    [InlineData(new[] { "--as-of", "2026-12-31" }, "stale rate for EUR/CNY on 2026-12-31")]
    [InlineData(new[] { "--home", "INR" }, "no rate for EUR/INR on 2026-11-20")]
    public void Bad_options_are_one_error_line(string[] options, string mention)
    {
        Assert.Contains(mention, Tool.AssertUserError(Hedge(options)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_as_of_is_one_error_line()
    {
        var line = Tool.AssertUserError(Tool.Run("fx", "hedge", "--exposures", FxSamples.Exposures, "--home", "CNY", "--rates", FxSamples.EcbHistory));

        Assert.Contains("--as-of is required", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_hedges_file_is_one_error_line()
    {
        using var file = new FxSamples.Temp("currency,amount,month\nUSD,1.00,2026-13\n", ".csv");

        var line = Tool.AssertUserError(Hedge("--hedges", file.Path));

        Assert.Contains("line 2: month = '2026-13' is not a month (yyyy-MM)", line, StringComparison.Ordinal);
    }

    private static string Key(JsonElement row) => row.GetProperty("currency").GetString() + " " + row.GetProperty("month").GetString();
}
