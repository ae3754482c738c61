using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands.Fx;

/// <summary>Inputs a new user tried that used to end in a stack trace or a silent choice (review issue #8).</summary>
public class FxHostileInputTests
{
    private const string Rates = "date,base,quote,rate\n2026-11-20,USD,CNY,7.1\n2026-11-20,USD,HRK,7\n2026-11-20,USD,XAU,0.0005\n";

    private static string Convert(string amount, string to, string rates, params string[] extra) =>
        Tool.AssertUserError(Tool.Run(["fx", "convert", "--amount", amount, "--to", to, "--rates", rates, "--date", "2026-11-20", .. extra]));

    [Fact]
    public void Amounts_and_rates_at_decimals_limits_are_one_error_line()
    {
        using var rates = new FxSamples.Temp(Rates, ".csv");
        // The shared amount parser refuses 29 significant digits before any conversion is tried.
        Assert.Contains("--amount 'USD 79228162514264337593543950335' has 29 significant digits",
            Convert("USD 79228162514264337593543950335", "CNY", rates.Path), StringComparison.Ordinal);
        using var steep = new FxSamples.Temp("date,base,quote,rate\n2026-11-20,USD,CNY,71\n", ".csv");
        Assert.Contains("--amount: USD 7,922,816,251,426,433,759,354,395,033.00 × 71 (USD/CNY Mid) is beyond the range of decimal",
            Convert("USD 7922816251426433759354395033", "CNY", steep.Path), StringComparison.Ordinal);
        using var huge = new FxSamples.Temp("date,base,quote,rate\n2026-11-20,USD,CNY,79228162514264337593543950335\n", ".csv");
        Assert.Contains("is beyond the range of decimal", Convert("USD 100", "CNY", huge.Path), StringComparison.Ordinal);
        using var beyond = new FxSamples.Temp("date,base,quote,rate\n2026-11-20,USD,CNY,79228162514264337593543950336\n", ".csv");
        Assert.Contains("line 2: the rate of USD/CNY must be a positive number", Convert("USD 100", "CNY", beyond.Path), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999d")]
    [InlineData("3651d")]
    [InlineData("9999999d")]
    public void A_huge_max_age_is_refused_with_the_limit(string maxAge)
    {
        using var rates = new FxSamples.Temp(Rates, ".csv");
        Assert.Contains($"--max-age '{maxAge}' is not a duration: write it as 5d, 36h, 90m or 1d12h, at most 3650d.",
            Convert("USD 100", "CNY", rates.Path, "--max-age", maxAge), StringComparison.Ordinal);
    }

    [Fact]
    public void A_withdrawn_currency_is_refused_as_a_target_after_its_withdrawal()
    {
        using var rates = new FxSamples.Temp(Rates, ".csv");
        Assert.Equal("error: HRK (Kuna) was withdrawn after 2022-12-31; it cannot be used on 2026-11-20.", Convert("USD 100", "HRK", rates.Path));
        Assert.Contains("--amount: HRK (Kuna) was withdrawn after 2022-12-31; it cannot be used on 2026-11-20.",
            Tool.AssertUserError(Tool.Run("fx", "fees", "--amount", "HRK 100", "--date", "2026-11-20")), StringComparison.Ordinal);
        using var exposures = new FxSamples.Temp("kind,currency,amount,date\nreceivable,USD,1000,2026-12-15\n", ".csv");
        Assert.Contains("HRK (Kuna) was withdrawn after 2022-12-31",
            Tool.AssertUserError(Tool.Run("fx", "hedge", "--exposures", exposures.Path, "--home", "HRK", "--rates", rates.Path, "--as-of", "2026-11-20")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_home_currency_without_a_minor_unit_is_one_error_line()
    {
        using var rates = new FxSamples.Temp(Rates, ".csv");
        using var exposures = new FxSamples.Temp("kind,currency,amount,date\nreceivable,USD,1000,2026-12-15\n", ".csv");
        Assert.Equal("error: --home XAU (Gold) has no minor unit to round to; choose a currency that has one.",
            Tool.AssertUserError(Tool.Run("fx", "hedge", "--exposures", exposures.Path, "--home", "XAU", "--rates", rates.Path, "--as-of", "2026-11-20")));
    }

    [Fact]
    public void An_ecb_file_with_a_euro_column_is_one_error_line()
    {
        using var ecb = new FxSamples.Temp("Date,USD,EUR,\n2026-11-20,1.05,1,\n", ".csv");
        Assert.Contains("ECB historical CSV, line 1: column 3 is EUR", Convert("USD 100", "EUR", ecb.Path), StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_given_twice_is_refused_naming_it_and_its_path()
    {
        // The review's case: the last "currency" won, so a EUR 100.00 fee became USD 999.00.
        using var routes = new FxSamples.Temp("{\"routes\":[{\"provider\":\"A\",\"percent\":1.4,\n\"fixed\":{\"amount\":\"100.00\",\"currency\":\"EUR\",\"amount\":\"999.00\",\"currency\":\"USD\"}}]}", ".json");
        var line = Tool.AssertUserError(Tool.Run("fx", "fees", "--amount", "EUR 100", "--date", "2026-11-20", "--routes", routes.Path));
        Assert.Equal($"error: '{routes.Path}': the property 'amount' appears twice in one object (at $.routes[0].fixed.amount, line 2); give it once.", line);
        using var rules = new FxSamples.Temp("{\"rules\":[{\"id\":\"r\",\"pair\":\"USD/CNY\",\"direction\":\"below\",\"threshold\":7.0,\"threshold\":9.0,\"actions\":[\"notify\"]}]}", ".json");
        Assert.Contains("the property 'threshold' appears twice in one object (at $.rules[0].threshold, line 1)",
            Tool.AssertUserError(Tool.Run("fx", "watch", "--rates", FxSamples.UsdCnyHistory, "--rules", rules.Path)), StringComparison.Ordinal);
    }

    [Fact]
    public void Unmatched_and_wrong_way_hedges_are_said()
    {
        // A USD 1,000 receivable in 2026-12: a hedge buying USD (−500) points the wrong way; a GBP hedge and a USD
        // hedge in 2027-03 match no exposure and are listed rather than dropped.
        using var rates = new FxSamples.Temp(Rates + "2026-11-20,GBP,CNY,9\n", ".csv");
        using var exposures = new FxSamples.Temp("kind,currency,amount,date\nreceivable,USD,1000,2026-12-15\n", ".csv");
        using var hedges = new FxSamples.Temp("currency,amount,month\nUSD,-500,2026-12\nGBP,200,2026-12\nUSD,300,2027-03\n", ".csv");
        string[] args = ["fx", "hedge", "--exposures", exposures.Path, "--home", "CNY", "--rates", rates.Path, "--as-of", "2026-11-20", "--hedges", hedges.Path];
        var run = Tool.Run(args);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutLines, l => l.StartsWith("USD       2026-12", StringComparison.Ordinal) && l.EndsWith("wrong-way: the hedge adds to the exposure", StringComparison.Ordinal));
        Assert.Contains("Hedges with no exposure in the plan (counted in no target; unwind or re-assign them):", run.OutLines);
        Assert.Contains("  GBP 200.00 in 2026-12", run.OutLines);
        Assert.Contains("  USD 300.00 in 2027-03", run.OutLines);

        var json = JsonOutput.Parse(Tool.Run([.. args, "-f", "json"]).Out);
        var target = Assert.Single(json.GetProperty("plan").EnumerateArray());
        Assert.True(target.GetProperty("wrongWay").GetBoolean());
        Assert.False(target.GetProperty("overHedged").GetBoolean());
        Assert.Equal(["GBP 2026-12", "USD 2027-03"], json.GetProperty("unmatchedHedges").EnumerateArray().Select(h => h.GetProperty("currency").GetString() + " " + h.GetProperty("month").GetString()));
    }
}

public class FxCalendarLimitTests
{
    [Fact]
    public void The_last_date_and_an_overflowing_exposure_are_one_error_line()
    {
        using var rates = new FxSamples.Temp("date,base,quote,rate\n2026-11-20,USD,CNY,7.1\n", ".csv");
        Assert.Contains("stale rate for USD/CNY on 9999-12-31",
            Tool.AssertUserError(Tool.Run("fx", "convert", "--amount", "USD 1", "--to", "CNY", "--rates", rates.Path, "--date", "9999-12-31")), StringComparison.Ordinal);
        using var exposures = new FxSamples.Temp(
            "kind,currency,amount,date\nreceivable,USD,79228162514264337593543950335,2026-12-15\nreceivable,USD,79228162514264337593543950335,2026-12-16\n", ".csv");
        Assert.Contains("exposure: The USD exposure of 2026-12 adds up beyond the range of decimal",
            Tool.AssertUserError(Tool.Run("fx", "hedge", "--exposures", exposures.Path, "--home", "CNY", "--rates", rates.Path, "--as-of", "2026-11-20")), StringComparison.Ordinal);
    }
}
