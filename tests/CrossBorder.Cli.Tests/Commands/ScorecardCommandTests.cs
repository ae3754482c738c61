using System.Text.Json;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

public class ScorecardCommandTests
{
    private static readonly string Definition = Tool.SamplePath("scorecard.json");
    private static readonly string Values = Tool.SamplePath("scorecard-values.csv");

    // The bundled example as of its last date, 2026-11-30, recomputed from the CSV by a separate Python script (decimal):
    // amazon-us: GMV 29,300 of the 30,000 November target (0.9767 → 88.33), conversion 280/2,800 = 10% (66.67), late
    // shipments 60/1,200 = 5% (0, and at or above Amazon's 4% limit), defects 12/2,400 = 0.5% (100), rating 4.7 (83.33):
    // (3 × 88.33 + 2 × 66.67 + 0 + 100 + 83.33) / 8 = 72.71 — amber by score, red by the breach.
    // ebay-us: GMV 21,000 of 30,000 (0.7 → 0), every other metric green (100): (0 + 200 + 300) / 8 = 62.5, amber.
    [Fact]
    public void The_bundled_example_prints_both_marketplaces_and_the_hard_limit_makes_amazon_red()
    {
        var run = Tool.Run("scorecard", "--definition", Definition, "--values", Values);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("seller as of 2026-11-30", run.OutLines[0]);
        Assert.Contains("amazon-us: score 72.7, red, coverage 100%", run.OutLines);
        Assert.Contains("ebay-us: score 62.5, amber, coverage 100%", run.OutLines);
        Assert.Contains(run.OutLines, l => l.StartsWith("late shipment rate  guardrail    5.00%    0.0     13%  red (hard limit)", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.Contains("hard limit breached: 5% at or above the limit of 4%", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_keeps_the_contract_names()
    {
        var run = Tool.Run("scorecard", "--definition", Definition, "--values", Values, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("2026-11-30", json.RootElement.GetProperty("asOf").GetString());
        var cards = json.RootElement.GetProperty("cards");
        var amazon = cards[0];
        Assert.Equal("amazon-us", amazon.GetProperty("entity").GetString());
        Assert.Equal(72.71m, amazon.GetProperty("score").GetDecimal());
        Assert.Equal(1m, amazon.GetProperty("coverage").GetDecimal());
        Assert.Equal("red", amazon.GetProperty("status").GetString());
        // The sample's Amazon series drift for the last week (GMV down, conversion down, late shipments up): one alert per
        // metric, the latest, with the run of days it has lasted; eBay's series are steady.
        var alerts = amazon.GetProperty("alerts").EnumerateArray().ToArray();
        Assert.Contains(alerts, a => a.GetProperty("metric").GetString() == "late-shipment" && a.GetProperty("date").GetString() == "2026-11-30" && a.GetProperty("severity").GetString() == "red");
        Assert.Equal(alerts.Length, alerts.Select(a => a.GetProperty("metric").GetString()).Distinct().Count());
        Assert.Equal(0, cards[1].GetProperty("alerts").GetArrayLength());
        var lsr = amazon.GetProperty("metrics")[2];
        Assert.Equal(("late-shipment", 0.05m, 0m, "red", true), (lsr.GetProperty("id").GetString(), lsr.GetProperty("value").GetDecimal(), lsr.GetProperty("score").GetDecimal(), lsr.GetProperty("status").GetString(), lsr.GetProperty("hardLimitBreached").GetBoolean()));
        Assert.True(lsr.GetProperty("reasons").GetArrayLength() >= 2);
        Assert.Equal(62.5m, cards[1].GetProperty("score").GetDecimal());
    }

    [Fact]
    public void Too_little_coverage_gives_a_null_score()
    {
        // Only the rating (weight 1 of 8) has values: coverage 0.125, below the definition's 0.6.
        using var values = new TempFile("date,entity,metric,value\n2026-11-30,shop,rating,4.9\n");

        var run = Tool.Run("scorecard", "--definition", Definition, "--values", values.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var card = json.RootElement.GetProperty("cards")[0];
        Assert.Equal(JsonValueKind.Null, card.GetProperty("score").ValueKind);
        Assert.Equal(0.125m, card.GetProperty("coverage").GetDecimal());
        Assert.Equal("amber", card.GetProperty("status").GetString());
    }

    [Fact]
    public void As_of_moves_the_card()
    {
        var run = Tool.Run("scorecard", "--definition", Definition, "--values", Values, "--as-of", "2026-11-20");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("seller as of 2026-11-20", run.OutLines[0]);
    }

    [Theory]
    [InlineData(new[] { "scorecard" }, "--definition is required")]
    [InlineData(new[] { "scorecard", "--definition", "DEF" }, "--values is required")]
    [InlineData(new[] { "scorecard", "--definition", "no-such.json", "--values", "VALUES" }, "no-such.json")]
    [InlineData(new[] { "scorecard", "--definition", "DEF", "--values", "VALUES", "--as-of", "30/11/2026" }, "--as-of '30/11/2026' is not a date")]
    public void Bad_arguments_are_one_error_line(string[] args, string mention)
    {
        var a = args.Select(x => x == "DEF" ? Definition : x == "VALUES" ? Values : x).ToArray();

        Assert.Contains(mention, Tool.AssertUserError(Tool.Run(a)), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_metric_in_the_values_is_one_error_line_naming_it()
    {
        using var values = new TempFile("date,entity,metric,value\n2026-11-30,shop,nps,40\n");

        Assert.Contains("the metric 'nps' is not in the definition 'seller'", Tool.AssertUserError(Tool.Run("scorecard", "--definition", Definition, "--values", values.Path)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_numerator_over_a_zero_denominator_is_one_error_line()
    {
        using var values = new TempFile("date,entity,metric,value,numerator,denominator\n2026-11-30,shop,conversion,,3,0\n");

        Assert.Contains("line 2: numerator 3 over a zero denominator", Tool.AssertUserError(Tool.Run("scorecard", "--definition", Definition, "--values", values.Path)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_definition_names_its_path()
    {
        using var definition = new TempFile(File.ReadAllText(Definition).Replace("\"direction\": \"lower\"", "\"direction\": \"down\"", StringComparison.Ordinal));

        Assert.Contains("metrics[2] (late-shipment): direction 'down' is not higher, lower, in-range.", Tool.AssertUserError(Tool.Run("scorecard", "--definition", definition.Path, "--values", Values)), StringComparison.Ordinal);
    }

    [Fact]
    public void The_chart_of_a_chosen_entity_is_written_as_svg_or_html()
    {
        using var folder = new TempFolder();
        var svg = Path.Combine(folder.Path, "radar.svg");
        var html = Path.Combine(folder.Path, "radar.html");

        Assert.Equal(0, Tool.Run("scorecard", "--definition", Definition, "--values", Values, "--chart", svg).ExitCode);
        Assert.Equal(0, Tool.Run("scorecard", "--definition", Definition, "--values", Values, "--chart", html, "--entity", "ebay-us").ExitCode);

        var drawn = File.ReadAllText(svg);
        Assert.StartsWith("<?xml", drawn, StringComparison.Ordinal);
        Assert.Contains("<title>amazon-us, 2026-11-30</title>", drawn, StringComparison.Ordinal);
        Assert.Contains("ebay-us", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--chart", "radar.png", "is not a .svg or .html file")]
    [InlineData("--entity", "walmart", "--entity chooses the card of --chart")]
    public void Bad_chart_options_are_one_error_line(string option, string value, string mention)
    {
        Assert.Contains(mention, Tool.AssertUserError(Tool.Run("scorecard", "--definition", Definition, "--values", Values, option, value)), StringComparison.Ordinal);
    }
}
