namespace CrossBorder.Scorecards.Tests.Definitions;

public class ScorecardDefinitionJsonTests
{
    private const string Valid = """
        {
          "format": "crossborder-scorecard/1",
          "name": "seller",
          "aggregation": "geometric",
          "minimumCoverage": 0.6,
          "metrics": [
            { "id": "gmv", "name": "GMV", "role": "north-star", "direction": "higher", "unit": "currency", "weight": 3,
              "targets": [ { "from": "2026-12-01", "to": "2026-12-31", "target": 31000, "proRate": true } ],
              "thresholds": { "red": 0.8, "amber": 0.9, "green": 1.0 } },
            { "id": "odr", "name": "order defect rate", "role": "guardrail", "direction": "lower", "unit": "percent",
              "numerator": "defective orders", "denominator": "orders", "windowDays": 60, "maturityLagDays": 30, "minimumDenominator": 50,
              "thresholds": { "red": 0.01, "amber": 0.008, "green": 0.005 }, "healthRules": { "amazon-us": "amazon.order-defect-rate", "*": "ebay.above-standard.transaction-defect-rate" } },
            { "id": "rating", "role": "input", "direction": "in-range", "aggregation": "last",
              "thresholds": { "red": 3.5, "amber": 4.0, "green": 4.5 }, "upperThresholds": { "red": 5.2, "amber": 5.1, "green": 5.0 } }
          ]
        }
        """;

    [Fact]
    public void A_definition_reads_every_setting()
    {
        var d = ScorecardDefinitionJson.Parse(Valid, "scorecard.json");
        Assert.Equal("seller", d.Name);
        Assert.Equal(ScoreAggregation.Geometric, d.Aggregation);
        Assert.Equal(0.6m, d.MinimumCoverage);
        var gmv = d.Metrics[0];
        Assert.Equal((MetricRole.NorthStar, Direction.HigherIsBetter, MetricUnit.Currency, 3m), (gmv.Role, gmv.Direction, gmv.Unit, gmv.Weight));
        Assert.True(gmv.Targets[0].ProRate);
        var odr = d.Metrics[1];
        Assert.Equal(("defective orders", "orders", 60, 30, 50m, "amazon.order-defect-rate"), (odr.Numerator, odr.Denominator, odr.WindowDays, odr.MaturityLagDays, odr.MinimumDenominator, odr.HealthRuleFor("amazon-us")));
        Assert.Equal("ebay.above-standard.transaction-defect-rate", odr.HealthRuleFor("ebay-de"));
        var rating = d.Metrics[2];
        Assert.Equal(("rating", Direction.InRange, ValueAggregation.Last, 5.0m), (rating.Name, rating.Direction, rating.ValueAggregation, rating.UpperThresholds!.Green));
    }

    [Theory]
    [InlineData("\"direction\": \"lower\"", "\"direction\": \"down\"", "scorecard.json: metrics[1] (odr): direction 'down' is not higher, lower, in-range.")]
    [InlineData("\"red\": 0.01, \"amber\": 0.008", "\"red\": 0.007, \"amber\": 0.008", "scorecard.json: metrics[1] (odr): thresholds must fall from red to amber to green (red > amber > green).")]
    [InlineData("\"windowDays\": 60", "\"windowDayz\": 60", "scorecard.json: metrics[1].windowDayz: is not a property of this object;")]
    [InlineData("\"id\": \"rating\"", "\"id\": \"odr\"", "scorecard.json: definition: metrics repeats the id 'odr'.")]
    [InlineData("\"amazon-us\": \"amazon.order-defect-rate\"", "\"amazon-us\": \"amazon.odr\"", "scorecard.json: metrics[1] (odr): healthRules 'amazon.odr' is not one of amazon.order-defect-rate,")]
    [InlineData("\"amazon-us\": \"amazon.order-defect-rate\"", "\"amazon-us\": \"amazon.valid-tracking-rate\"", "scorecard.json: metrics[1] (odr): healthRules 'amazon.valid-tracking-rate' is for a metric whose direction differs.")]
    [InlineData("\"role\": \"input\", ", "", "scorecard.json: metrics[2] (rating): role is required (north-star, input, guardrail).")]
    [InlineData("\"minimumCoverage\": 0.6", "\"minimumCoverage\": 1.6", "scorecard.json: definition: minimumCoverage is a share, 0 to 1.")]
    [InlineData("\"windowDays\": 60", "\"windowDays\": 0", "scorecard.json: metrics[1] (odr): windowDays 0 is not 1 to 3660 days.")]
    [InlineData("\"format\": \"crossborder-scorecard/1\"", "\"format\": \"scorecard\"", "scorecard.json: format: is not crossborder-scorecard/1.")]
    [InlineData("\"to\": \"2026-12-31\"", "\"to\": \"2026-11-31\"", "scorecard.json: metrics[0] (gmv).targets[0]: to '2026-11-31' is not a yyyy-MM-dd date.")]
    public void A_malformed_definition_is_a_format_error_naming_the_path(string find, string replace, string expected)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        var e = Assert.Throws<FormatException>(() => ScorecardDefinitionJson.Parse(Valid.Replace(find, replace, StringComparison.Ordinal), "scorecard.json"));
        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_json_is_a_format_error_naming_the_source()
    {
        var e = Assert.Throws<FormatException>(() => ScorecardDefinitionJson.Parse("{ \"format\": ", "scorecard.json"));
        Assert.StartsWith("scorecard.json: not valid JSON", e.Message, StringComparison.Ordinal);
    }
}
