using NodaTime;

namespace CrossBorder.Scorecards.Tests.Scoring;

public class ScorecardAlertsTests
{
    private static (ScorecardDefinition Definition, IReadOnlyList<MetricObservation> Values) Sample()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Values", "Data");
        var definition = ScorecardDefinitionJson.Parse(File.ReadAllText(Path.Combine(folder, "scorecard.json")), "scorecard.json");
        using var values = File.OpenText(Path.Combine(folder, "scorecard-values.csv"));
        return (definition, ScorecardValuesCsv.Read(values, "scorecard-values.csv"));
    }

    [Fact]
    public void Without_a_policy_the_cards_carry_no_alerts()
    {
        var (definition, values) = Sample();

        Assert.All(ScorecardEngine.Score(definition, values, new LocalDate(2026, 11, 30)), card => Assert.Empty(card.Alerts));
    }

    [Fact]
    public void With_a_policy_each_metric_keeps_its_latest_alert_and_the_run_it_belongs_to()
    {
        var (definition, values) = Sample();

        var cards = ScorecardEngine.Score(definition, values, new LocalDate(2026, 11, 30), new AlertPolicy());

        var amazon = Assert.Single(cards, c => c.Entity == "amazon-us");
        // The sample's late shipments rise every day of the last week (the generator's drift): the detectors fire every
        // day from 2026-11-24, and the card keeps one alert, dated 2026-11-30, saying so.
        var late = Assert.Single(amazon.Alerts, a => a.MetricId == "late-shipment");
        Assert.Equal((new LocalDate(2026, 11, 30), RagStatus.Red), (late.Date, late.Severity));
        Assert.EndsWith("alerting every day since 2026-11-24 (7 days)", late.Detail, StringComparison.Ordinal);
        Assert.Equal(amazon.Alerts.Count, amazon.Alerts.Select(a => a.MetricId).Distinct().Count());
        Assert.Empty(Assert.Single(cards, c => c.Entity == "ebay-us").Alerts);
    }
}
