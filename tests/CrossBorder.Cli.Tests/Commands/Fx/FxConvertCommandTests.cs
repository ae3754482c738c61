using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands.Fx;

public class FxConvertCommandTests
{
    [Fact]
    public void Converts_through_a_cross_rate_via_EUR_and_shows_the_chain()
    {
        var run = Tool.Run("fx", "convert", "--amount", "USD 1000.00", "--to", "CNY", "--rates", FxSamples.EcbHistory, "--date", "2026-11-20");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        var lines = run.OutLines;
        Assert.Equal("USD 1,000.00 = CNY 7,100.00", lines[0]);
        Assert.Equal("rate:     USD/CNY mid 7.1 as of 2026-11-20 (for 2026-11-20)", lines[1]);
        Assert.Equal("chain:    cross via EUR (USD/EUR = 1/EUR/USD × EUR/CNY)", lines[2]);
        Assert.Equal("source:   cross of USD/EUR × EUR/CNY via EUR", lines[3]);
        Assert.Contains(lines, l => l.StartsWith("    EUR/USD  quoted    2026-11-20", StringComparison.Ordinal) && l.EndsWith("ECB euro foreign exchange reference rates", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  EUR/CNY    quoted    2026-11-20", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("USD 1000.00", "CNY", "2026-11-20", "mid", "Crossed")]
    [InlineData("EUR 1234.56", "CNY", "2026-11-19", "mid", "Quoted")]
    [InlineData("CNY 1000.00", "EUR", "2026-11-23", "bid", "Inverted")]
    [InlineData("GBP 99.99", "JPY", "2026-11-18", "ask", "Crossed")]
    public void Json_converted_amount_is_the_amount_times_the_rate_rounded(string amount, string to, string date, string side, string origin)
    {
        var run = Tool.Run("fx", "convert", "-a", amount, "--to", to, "--rates", FxSamples.EcbHistory, "--date", date, "--side", side, "-f", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonOutput.Parse(run.Out);
        var (from, fromCurrency) = JsonOutput.Money(root.GetProperty("amount"));
        var (converted, currency) = JsonOutput.Money(root.GetProperty("converted"));
        var price = FxSamples.Decimal(root.GetProperty("price"));
        Assert.Equal(to, currency);
        Assert.Equal(amount[..3], fromCurrency);
        var minor = to == "JPY" ? 0 : 2;
        Assert.Equal(decimal.Round(from * price, minor, MidpointRounding.AwayFromZero), converted);
        Assert.Equal(from * price, FxSamples.Decimal(root.GetProperty("exactAmount")));
        Assert.Equal(side, root.GetProperty("side").GetString());
        Assert.Equal(origin, root.GetProperty("rate").GetProperty("origin").GetString());
        Assert.Equal(FxSamples.Decimal(root.GetProperty("rate").GetProperty(side)), price);
    }

    [Fact]
    public void A_two_way_history_converts_at_the_side_asked_for()
    {
        var bid = JsonOutput.Parse(Tool.Run("fx", "convert", "-a", "USD 1000.00", "--to", "CNY", "--rates", FxSamples.UsdCnyHistory, "--date", "2026-10-30", "--side", "bid", "-f", "json").Out);
        var ask = JsonOutput.Parse(Tool.Run("fx", "convert", "-a", "USD 1000.00", "--to", "CNY", "--rates", FxSamples.UsdCnyHistory, "--date", "2026-10-30", "--side", "ask", "-f", "json").Out);

        Assert.Equal((7038.20m, "CNY"), JsonOutput.Money(bid.GetProperty("converted")));
        Assert.Equal((7041.20m, "CNY"), JsonOutput.Money(ask.GetProperty("converted")));
        Assert.Equal("direct", bid.GetProperty("chain").GetString());
    }

    [Fact]
    public void A_weekend_date_uses_the_friday_rate_within_the_default_max_age()
    {
        var run = Tool.Run("fx", "convert", "-a", "EUR 100.00", "--to", "USD", "--rates", FxSamples.EcbHistory, "--date", "2026-11-22");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("EUR 100.00 = USD 105.00", run.OutLines[0]);
    }

    [Fact]
    public void Reads_an_ECB_daily_XML_file()
    {
        const string Xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01" xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
              <Cube><Cube time="2026-11-20"><Cube currency="USD" rate="1.0500"/><Cube currency="CNY" rate="7.4550"/></Cube></Cube>
            </gesmes:Envelope>
            """;
        using var file = new FxSamples.Temp(Xml, ".xml");

        var root = JsonOutput.Parse(Tool.Run("fx", "convert", "-a", "EUR 10.00", "--to", "CNY", "--rates", file.Path, "--date", "2026-11-20", "-f", "json").Out);

        Assert.Equal((74.55m, "CNY"), JsonOutput.Money(root.GetProperty("converted")));
        Assert.Equal("ECB reference rates (XML)", root.GetProperty("ratesFormat").GetString());
    }

    [Fact]
    public void Reads_a_plain_rates_CSV()
    {
        using var file = new FxSamples.Temp("date,base,quote,rate\n2026-11-20,USD,CNY,7.1234\n", ".csv");

        var run = Tool.Run("fx", "convert", "-a", "USD 100.00", "--to", "CNY", "--rates", file.Path, "--date", "2026-11-21");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("USD 100.00 = CNY 712.34", run.OutLines[0]);
    }

    [Fact]
    public void A_stale_rate_is_one_error_line_naming_the_pair_and_the_date()
    {
        var line = Tool.AssertUserError(Tool.Run("fx", "convert", "-a", "USD 1000.00", "--to", "CNY", "--rates", FxSamples.EcbHistory, "--date", "2026-11-30"));

        Assert.StartsWith("error: stale rate for USD/CNY on 2026-11-30", line, StringComparison.Ordinal);
        Assert.Contains("as of 2026-11-20T00:00:00Z", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_longer_max_age_accepts_the_older_rate()
    {
        var run = Tool.Run("fx", "convert", "-a", "USD 1000.00", "--to", "CNY", "--rates", FxSamples.EcbHistory, "--date", "2026-11-30", "--max-age", "11d");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("USD 1,000.00 = CNY 7,100.00", run.OutLines[0]);
    }

    [Fact]
    public void A_missing_rate_is_one_error_line_naming_the_pair_and_the_date()
    {
        var line = Tool.AssertUserError(Tool.Run("fx", "convert", "-a", "USD 1000.00", "--to", "CNY", "--rates", FxSamples.EcbHistory, "--date", "2026-11-01"));

        Assert.StartsWith("error: no rate for USD/CNY on 2026-11-01", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--to", "XYZ" }, "--to: unknown currency code 'XYZ'")]
    [InlineData(new[] { "--to", "USD" }, "--amount is already in USD")]
    [InlineData(new[] { "--to", "CNY", "--date", "2026-13-01" }, "--date '2026-13-01' is not a date")]
    [InlineData(new[] { "--to", "CNY", "--max-age", "soon" }, "--max-age 'soon' is not a duration")]
    [InlineData(new[] { "--to", "INR", "--date", "2026-11-20" }, "no rate for USD/INR on 2026-11-20")]
    public void Bad_options_are_one_error_line(string[] options, string mention)
    {
        string[] args = ["fx", "convert", "-a", "USD 1.00", "--rates", FxSamples.EcbHistory, .. options];

        Assert.Contains(mention, Tool.AssertUserError(Tool.Run(args)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_amount_currency_is_one_error_line()
    {
        var line = Tool.AssertUserError(Tool.Run("fx", "convert", "-a", "XYZ 1.00", "--to", "CNY", "--rates", FxSamples.EcbHistory));

        Assert.Contains("Unknown currency code 'XYZ'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_rates_file_is_one_error_line()
    {
        var path = Path.Combine(Path.GetTempPath(), "crossborder-no-such-rates.csv");

        var line = Tool.AssertUserError(Tool.Run("fx", "convert", "-a", "USD 1.00", "--to", "CNY", "--rates", path));

        Assert.Equal($"error: --rates '{path}' does not exist.", line);
    }

    [Theory]
    [InlineData("when,who,what\n1,2,3\n", "is not in a rates format: its first line is 'when,who,what'")]
    [InlineData("date,base,quote,rate\n2026-11-20,USD,XYZ,7.1\n", "line 2: quote = 'XYZ' is not a known currency code")]
    [InlineData("date,base,quote,rate\n2026-11-20,USD,CNY,-7.1\n", "line 2: the rate of USD/CNY must be a positive number")]
    [InlineData("date,base,quote,bid,mid,ask\n2026-11-20,USD,CNY,7.2,7.1,7.3\n", "line 2: USD/CNY: The bid of USD/CNY must be positive and not above the mid")]
    [InlineData("date,base,quote,bid,mid,ask\nyesterday,USD,CNY,7.0,7.1,7.3\n", "line 2: date = 'yesterday' is not a date (yyyy-MM-dd) or a UTC timestamp")]
    [InlineData("date,base,quote,rate\n2026-11-20,USD,CNY,7.1\n2026-11-20,USD,CNY,7.2\n", "Two Spot rates of USD/CNY")]
    public void A_bad_rates_file_is_one_error_line(string text, string mention)
    {
        using var file = new FxSamples.Temp(text, ".csv");

        var line = Tool.AssertUserError(Tool.Run("fx", "convert", "-a", "USD 1.00", "--to", "CNY", "--rates", file.Path, "--date", "2026-11-20"));

        Assert.Contains(mention, line, StringComparison.Ordinal);
        Assert.Contains(file.Path, line, StringComparison.Ordinal);
    }

    [Fact]
    [UseCulture("de-DE")]
    public void Output_is_culture_invariant()
    {
        var run = Tool.Run("fx", "convert", "-a", "EUR 1234.56", "--to", "CNY", "--rates", FxSamples.EcbHistory, "--date", "2026-11-20");

        Assert.Equal("EUR 1,234.56 = CNY 9,203.64", run.OutLines[0]);
    }

    [Fact]
    public void Fx_help_lists_the_four_commands()
    {
        var run = Tool.Run("fx", "--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var verb in new[] { "convert", "fees", "hedge", "watch" })
        {
            Assert.Contains(run.OutLines, l => l.TrimStart().StartsWith(verb, StringComparison.Ordinal));
        }
    }
}
