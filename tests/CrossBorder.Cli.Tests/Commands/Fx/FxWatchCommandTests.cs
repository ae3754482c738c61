using System.Globalization;
using System.Xml.Linq;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands.Fx;

public class FxWatchCommandTests
{
    [Fact]
    public void The_sample_rule_fires_twice_at_the_expected_dates()
    {
        var run = Tool.Run("fx", "watch", "--rates", FxSamples.UsdCnyHistory, "--rules", FxSamples.Rules);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        var lines = run.OutLines;
        Assert.Equal($"130 observations in '{FxSamples.UsdCnyHistory}' from 2026-05-04 to 2026-10-30, replayed in order.", lines[0]);
        Assert.Contains("Rule pause-usd-cny: USD/CNY mid falls below 7.00 (re-arm past 7.02, debounce 2, max staleness 4d) → PauseNewOrders, Notify", lines);
        Assert.Contains("Fired 2 time(s) over 130 observations:", lines);
        Assert.Contains("2026-06-05  6.9910  PauseNewOrders, Notify  pause-usd-cny/1", lines);
        Assert.Contains("2026-09-29  6.9890  PauseNewOrders, Notify  pause-usd-cny/2", lines);
    }

    [Fact]
    public void Json_lists_the_firings_and_the_audit_trail()
    {
        var run = Tool.Run("fx", "watch", "--rates", FxSamples.UsdCnyHistory, "--rules", FxSamples.Rules, "-f", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonOutput.Parse(run.Out);
        Assert.Equal(130, root.GetProperty("observations").GetInt32());
        var rule = Assert.Single(root.GetProperty("rules").EnumerateArray());
        Assert.Equal(7.02m, FxSamples.Decimal(rule.GetProperty("reArmLevel")));
        var fired = rule.GetProperty("fired").EnumerateArray().ToList();
        Assert.Equal(["2026-06-05", "2026-09-29"], fired.Select(f => f.GetProperty("at").GetString()));
        Assert.Equal(["pause-usd-cny/1", "pause-usd-cny/2"], fired.Select(f => f.GetProperty("idempotencyKey").GetString()));
        Assert.All(fired, f => Assert.Equal(["PauseNewOrders", "Notify"], f.GetProperty("actions").EnumerateArray().Select(a => a.GetString())));
        Assert.All(fired, f => Assert.True(FxSamples.Decimal(f.GetProperty("price")) < 7.00m));

        (string, string)[] expected =
        [
            ("2026-06-02", "Breach"),
            ("2026-06-04", "Breach"),
            ("2026-06-05", "Fired"),
            ("2026-08-17", "ReArmed"),
            ("2026-09-28", "Breach"),
            ("2026-09-29", "Fired"),
            ("2026-10-21", "ReArmed"),
        ];
        Assert.Equal(expected, rule.GetProperty("audit").EnumerateArray().Select(a => (a.GetProperty("at").GetString()!, a.GetProperty("kind").GetString()!)));
    }

    [Fact]
    public void Without_debounce_and_band_the_rule_fires_on_every_fresh_crossing()
    {
        const string Rules = """{"rules":[{"id":"r","pair":"USD/CNY","direction":"below","threshold":7.00,"maxStaleness":"4d","actions":["notify"]}]}""";
        using var file = new TempFile(Rules);

        var root = JsonOutput.Parse(Tool.Run("fx", "watch", "--rates", FxSamples.UsdCnyHistory, "--rules", file.Path, "-f", "json").Out);

        var fired = root.GetProperty("rules")[0].GetProperty("fired").EnumerateArray().Select(f => f.GetProperty("at").GetString()).ToList();
        Assert.Equal("2026-06-02", fired[0]);
        Assert.Contains("2026-06-04", fired);
        Assert.True(fired.Count > 2);
    }

    [Fact]
    public void The_chart_is_well_formed_SVG_with_the_threshold_and_re_arm_lines_and_markers()
    {
        var chart = Path.Combine(Path.GetTempPath(), $"crossborder-chart-{Guid.NewGuid():N}.svg");
        try
        {
            var run = Tool.Run("fx", "watch", "--rates", FxSamples.UsdCnyHistory, "--rules", FxSamples.Rules, "--chart", chart);

            Assert.Equal(0, run.ExitCode);
            Assert.Equal($"Chart written to '{chart}'.", run.OutLines[^1]);
            var svg = XDocument.Load(chart);
            XNamespace ns = "http://www.w3.org/2000/svg";
            Assert.Equal(ns + "svg", svg.Root!.Name);
            var lines = svg.Descendants(ns + "line").ToList();
            var threshold = Assert.Single(lines, l => (string?)l.Attribute("class") == "threshold");
            Assert.Equal("7.00", (string?)threshold.Attribute("data-value"));
            Assert.Equal((string?)threshold.Attribute("y1"), (string?)threshold.Attribute("y2"));
            var rearm = Assert.Single(lines, l => (string?)l.Attribute("class") == "rearm");
            Assert.Equal("7.02", (string?)rearm.Attribute("data-value"));
            Assert.True(Y(rearm) < Y(threshold));
            var rate = Assert.Single(svg.Descendants(ns + "polyline"));
            Assert.Equal(130, ((string)rate.Attribute("points")!).Split(' ').Length);
            var markers = svg.Descendants(ns + "circle").Where(c => (string?)c.Attribute("class") == "fired").ToList();
            Assert.Equal(["2026-06-05", "2026-09-29"], markers.Select(m => (string?)m.Attribute("data-at")));
            Assert.All(markers, m => Assert.True(double.Parse((string)m.Attribute("cy")!, CultureInfo.InvariantCulture) > Y(threshold)));
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Fact]
    [UseCulture("fr-FR")]
    public void The_chart_numbers_are_invariant()
    {
        var chart = Path.Combine(Path.GetTempPath(), $"crossborder-chart-{Guid.NewGuid():N}.svg");
        try
        {
            Assert.Equal(0, Tool.Run("fx", "watch", "--rates", FxSamples.UsdCnyHistory, "--rules", FxSamples.Rules, "--chart", chart).ExitCode);
            var points = (string)XDocument.Load(chart).Descendants().Single(e => e.Name.LocalName == "polyline").Attribute("points")!;

            Assert.DoesNotContain(";", points, StringComparison.Ordinal);
            Assert.All(points.Split(' '), p => Assert.Equal(2, p.Split(',').Length));
        }
        finally
        {
            File.Delete(chart);
        }
    }

    [Fact]
    public void A_gap_longer_than_the_max_staleness_restarts_the_debounce_count()
    {
        const string History = """
            timestamp,base,quote,bid,mid,ask
            2026-06-01T09:00:00Z,USD,CNY,7.0100,7.0110,7.0120
            2026-06-01T09:01:00Z,USD,CNY,6.9980,6.9990,7.0000
            2026-06-01T09:30:00Z,USD,CNY,6.9970,6.9980,6.9990
            2026-06-01T09:31:00Z,USD,CNY,6.9960,6.9970,6.9980
            """;
        const string Rules = """{"rules":[{"id":"r","pair":"USD/CNY","direction":"below","threshold":7.00,"debounce":2,"maxStaleness":"5m","actions":["notify"]}]}""";
        using var history = new FxSamples.Temp(History, ".csv");
        using var rules = new TempFile(Rules);

        var root = JsonOutput.Parse(Tool.Run("fx", "watch", "--rates", history.Path, "--rules", rules.Path, "-f", "json").Out);

        var rule = root.GetProperty("rules")[0];
        Assert.Equal("5m", rule.GetProperty("maxStaleness").GetString());
        Assert.Equal(
            ["Breach", "GapReset", "Breach", "Fired"],
            rule.GetProperty("audit").EnumerateArray().Select(a => a.GetProperty("kind").GetString()));
        var fired = Assert.Single(rule.GetProperty("fired").EnumerateArray());
        Assert.Equal("2026-06-01T09:31:00Z", fired.GetProperty("at").GetString());
    }

    [Fact]
    public void A_rule_above_on_the_bid_of_a_plain_rates_CSV_fires_once()
    {
        const string History = "date,base,quote,rate\n2026-06-01,EUR,USD,1.09\n2026-06-02,EUR,USD,1.11\n2026-06-03,EUR,USD,1.12\n2026-06-04,EUR,USD,1.13\n";
        const string Rules = """{"rules":[{"id":"eur-up","pair":"EUR/USD","direction":"above","threshold":1.10,"side":"bid","band":0.01,"action":"reprice"}]}""";
        using var history = new FxSamples.Temp(History, ".csv");
        using var rules = new TempFile(Rules);

        var run = Tool.Run("fx", "watch", "--rates", history.Path, "--rules", rules.Path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Rule eur-up: EUR/USD bid rises above 1.10 (re-arm past 1.09, debounce 1, max staleness 4d) → Reprice", run.OutLines);
        Assert.Contains("2026-06-02  1.11  Reprice  eur-up/1", run.OutLines);
        Assert.Contains("Fired 1 time(s) over 4 observations:", run.OutLines);
    }

    [Theory]
    [InlineData("{\"rules\":[{\"id\":\"r\",\"pair\":\"USD/CNY\",\"direction\":\"above\",\"threshold\":7.0,\"band\":7.5,\"actions\":[\"notify\"]}]}", "rule 1 ('r') is inconsistent: Rule r: a band of 7.5 below a threshold of 7.0")]
    [InlineData("{\"rules\":[{\"id\":\"r\",\"pair\":\"USD/CNY\",\"direction\":\"below\",\"threshold\":7.0,\"band\":-0.1,\"actions\":[\"notify\"]}]}", "rule 1 ('r') is inconsistent: Rule r: the hysteresis band cannot be negative")]
    [InlineData("{\"rules\":[{\"id\":\"r\",\"pair\":\"USD/CNY\",\"direction\":\"below\",\"threshold\":7.0,\"debounce\":0,\"actions\":[\"notify\"]}]}", "rule 1 ('r') is inconsistent: Rule r: debounce must be at least 1")]
    [InlineData("{\"rules\":[{\"id\":\"r\",\"pair\":\"USD/CNY\",\"direction\":\"below\",\"threshold\":0,\"actions\":[\"notify\"]}]}", "rule 1 ('r') is inconsistent: Rule r: the threshold must be a positive rate")]
    [InlineData("{\"rules\":[{\"id\":\"r\",\"pair\":\"USD/CNY\",\"direction\":\"sideways\",\"threshold\":7.0,\"actions\":[\"notify\"]}]}", "direction 'sideways' is not \"below\" or \"above\"")]
    [InlineData("{\"rules\":[{\"id\":\"r\",\"pair\":\"USD/CNY\",\"direction\":\"below\",\"threshold\":7.0,\"actions\":[\"panic\"]}]}", "action 'panic' is not pauseNewOrders")]
    [InlineData("{\"rules\":[{\"id\":\"r\",\"pair\":\"USD/CNY\",\"direction\":\"below\",\"threshold\":7.0}]}", "rule 1 ('r'): a rule needs \"actions\"")]
    [InlineData("{\"rules\":[{\"id\":\"r\",\"pair\":\"USD/XYZ\",\"direction\":\"below\",\"threshold\":7.0,\"actions\":[\"notify\"]}]}", "pair 'USD/XYZ' is not two different known currency codes")]
    [InlineData("{\"rules\":[{\"id\":\"r\",\"pair\":\"EUR/USD\",\"direction\":\"below\",\"threshold\":1.0,\"actions\":[\"notify\"]}]}", "watches EUR/USD, but rate history")]
    [InlineData("{\"rules\":[{\"id\":\"r\",\"pair\":\"USD/CNY\",\"direction\":\"below\",\"threshold\":7.0,\"side\":\"last\",\"actions\":[\"notify\"]}]}", "side 'last' is not bid, mid or ask")]
    [InlineData("{\"rules\":[{\"id\":\"r\",\"pair\":\"USD/CNY\",\"direction\":\"below\",\"threshold\":7.0,\"maxStaleness\":\"a week\",\"actions\":[\"notify\"]}]}", "maxStaleness 'a week' is not a duration")]
    [InlineData("{\"rules\":[{\"id\":\"r\",\"pair\":\"USD/CNY\",\"direction\":\"below\",\"threshold\":7.0,\"limit\":1,\"actions\":[\"notify\"]}]}", "rule 1: unknown property 'limit'; a rule has \"id\"")]
    [InlineData("{\"rules\":[]}", "\"rules\" must be a non-empty array (at $.rules)")]
    [InlineData("{\"rules\":[{\"pair\":\"USD/CNY\"}]}", "rule 1: a rule needs an \"id\". (at $.rules[0].id)")]
    [InlineData("[1,2]", "expected an object {\"rules\":[…]}, not an array")]
    public void A_bad_rules_file_is_one_error_line(string json, string mention)
    {
        using var file = new TempFile(json);

        var line = Tool.AssertUserError(Tool.Run("fx", "watch", "--rates", FxSamples.UsdCnyHistory, "--rules", file.Path));

        Assert.Contains(mention, line, StringComparison.Ordinal);
        Assert.Contains(file.Path, line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_history_is_one_error_line()
    {
        var path = Path.Combine(Path.GetTempPath(), "crossborder-no-such-history.csv");

        // The shared RunFiles.Input words it, naming the option.
        Assert.Equal($"error: --rates '{path}' does not exist.", Tool.AssertUserError(Tool.Run("fx", "watch", "--rates", path, "--rules", FxSamples.Rules)));
    }

    [Fact]
    public void A_history_with_a_bad_column_is_one_error_line()
    {
        using var file = new FxSamples.Temp("date,base,quote,bid,mid,last\n2026-05-04,USD,CNY,7.0,7.1,7.2\n", ".csv");

        var line = Tool.AssertUserError(Tool.Run("fx", "watch", "--rates", file.Path, "--rules", FxSamples.Rules));

        Assert.Contains("is not in a rates format: its first line is 'date,base,quote,bid,mid,last'", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_that_cannot_be_written_is_one_error_line()
    {
        var chart = Path.Combine(Path.GetTempPath(), "crossborder-no-such-dir", "chart.svg");

        var line = Tool.AssertUserError(Tool.Run("fx", "watch", "--rates", FxSamples.UsdCnyHistory, "--rules", FxSamples.Rules, "--chart", chart));

        // Refused by the shared RunFiles.Output before any file is read.
        Assert.Equal($"error: The folder of --chart '{chart}' does not exist.", line);
    }

    private static double Y(XElement line) => double.Parse((string)line.Attribute("y1")!, CultureInfo.InvariantCulture);
}
