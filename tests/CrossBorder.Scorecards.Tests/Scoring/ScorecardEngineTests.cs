using NodaTime;

namespace CrossBorder.Scorecards.Tests.Scoring;

/// <summary>A card worked by hand: every expected number below is computed in the comments from the rows, not read from the engine.</summary>
public class ScorecardEngineTests
{
    private static readonly LocalDate AsOf = new(2026, 12, 10);

    internal static MetricDefinition Conversion(decimal weight = 2m) => new(
        "conversion", "conversion", MetricRole.Input, Direction.HigherIsBetter, new ThresholdBands(0.05m, 0.10m, 0.15m),
        MetricUnit.Percent, numerator: "orders", denominator: "sessions", windowDays: 7, weight: weight);

    internal static MetricDefinition LateShipment(decimal minimumDenominator = 0m, HardLimit? limit = null) => new(
        "lsr", "late shipment rate", MetricRole.Guardrail, Direction.LowerIsBetter, new ThresholdBands(0.06m, 0.04m, 0.02m),
        MetricUnit.Percent, numerator: "late shipments", denominator: "shipments", windowDays: 7, minimumDenominator: minimumDenominator,
        hardLimit: limit ?? new HardLimit(0.04m, valueAllowed: false));

    internal static MetricDefinition Gmv() => new(
        "gmv", "GMV", MetricRole.NorthStar, Direction.HigherIsBetter, new ThresholdBands(0.8m, 0.9m, 1.0m), MetricUnit.Currency,
        targets: [new PeriodTarget(new LocalDate(2026, 12, 1), new LocalDate(2026, 12, 31), 31_000m, proRate: true)]);

    private static ScorecardDefinition Card(ScoreAggregation aggregation = ScoreAggregation.Arithmetic, decimal minimumCoverage = 0.5m, MetricDefinition? lsr = null) =>
        new("seller", [Conversion(), lsr ?? LateShipment(), Gmv()], aggregation, minimumCoverage);

    /// <summary>
    /// Rows from 2026-11-26 to 2026-12-10: conversion 15 orders per 100 sessions until 12-03, then 12; 50 shipments a day
    /// with <paramref name="latePerDay"/> late; GMV 900 a day.
    /// </summary>
    private static List<MetricObservation> Rows(int latePerDay = 1, bool conversion = true)
    {
        var rows = new List<MetricObservation>();
        for (var d = new LocalDate(2026, 11, 26); d <= AsOf; d = d.PlusDays(1))
        {
            if (conversion)
            {
                rows.Add(new MetricObservation(d, "shop", "conversion", null, d <= new LocalDate(2026, 12, 3) ? 15m : 12m, 100m));
            }

            rows.Add(new MetricObservation(d, "shop", "lsr", null, latePerDay, 50m));
            rows.Add(new MetricObservation(d, "shop", "gmv", 900m, null, null));
        }

        return rows;
    }

    [Fact]
    public void A_card_worked_by_hand()
    {
        var card = Assert.Single(ScorecardEngine.Score(Card(), Rows(), AsOf));

        // Conversion over 12-04..12-10: 7 × 12 / (7 × 100) = 0.12, between amber 0.10 and green 0.15: 50 + 50 × 0.02 / 0.05 = 70, amber.
        var conversion = card.Metrics[0];
        Assert.Equal(0.12m, conversion.Value);
        Assert.Equal(70m, conversion.Score);
        Assert.Equal(RagStatus.Amber, conversion.Status);

        // Late shipments: 7 / 350 = 0.02, at green: 100, green; below the 4% limit.
        var lsr = card.Metrics[1];
        Assert.Equal(0.02m, lsr.Value);
        Assert.Equal(100m, lsr.Score);
        Assert.Equal(RagStatus.Green, lsr.Status);
        Assert.False(lsr.HardLimitBreached);

        // GMV month to date 12-01..12-10: 10 × 900 = 9000 against 31000 × 10/31 = 10000 → 0.9 of target, at amber: 50.
        var gmv = card.Metrics[2];
        Assert.Equal(9_000m, gmv.Value);
        Assert.Equal(50m, gmv.Score);
        Assert.Equal(RagStatus.Amber, gmv.Status);
        Assert.Contains("GMV 9000.00 is 90% of the 10000.00 target: amber", gmv.Reasons[0], StringComparison.Ordinal);

        // Weights 2, 1, 1 of 4: (2 × 70 + 100 + 50) / 4 = 72.5, below green 75: amber; full coverage.
        Assert.Equal(72.5m, card.Score);
        Assert.Equal(1m, card.Coverage);
        Assert.Equal(RagStatus.Amber, card.Status);
        Assert.Equal([0.5m, 0.25m, 0.25m], card.Metrics.Select(m => m.Weight));

        // A week earlier (12-03): conversion 0.15 → 100, lsr 100, GMV 2700 of 3000 → 50: (200 + 100 + 50) / 4 = 87.5.
        // 72.5 − 87.5 = −15; conversion turned amber and moved 0.12 / 0.15 − 1 = −20%; GMV, month to date against its
        // target, moved by status only (amber both weeks), so it is not listed.
        Assert.Equal(["score fell 15 points: conversion amber, conversion \u221220% week on week"], card.Explanation);
    }

    [Fact]
    public void Geometric_aggregation_is_the_weighted_geometric_mean()
    {
        var card = Assert.Single(ScorecardEngine.Score(Card(ScoreAggregation.Geometric), Rows(), AsOf));

        // 70^0.5 × 100^0.25 × 50^0.25 = 8.366600 × 5000^0.25 (8.408964) = 70.3545 (by calculator).
        Assert.Equal(70.3545, (double)card.Score!.Value, 3);
    }

    [Fact]
    public void A_hard_limit_breach_makes_the_card_red_whatever_the_composite()
    {
        // Two late a day: 14 / 350 = 0.04, exactly the limit, which is not allowed (< 4%): breach. Its score is 50 (amber),
        // so the composite is (140 + 50 + 50) / 4 = 60 — amber by score, red by the breach.
        var card = Assert.Single(ScorecardEngine.Score(Card(), Rows(latePerDay: 2), AsOf));

        Assert.Equal(60m, card.Score);
        Assert.Equal(RagStatus.Red, card.Status);
        Assert.True(card.Metrics[1].HardLimitBreached);
        Assert.Equal(RagStatus.Red, card.Metrics[1].Status);
        Assert.Contains(card.Metrics[1].Reasons, r => r.StartsWith("hard limit breached: 4% at or above the limit of 4%", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_metrics_are_dropped_and_the_weights_renormalised_with_the_coverage_reported()
    {
        // No conversion rows: weight 2 of 4 missing, coverage 0.5; lsr 100 and GMV 50 at 1/2 each: 75, green.
        var card = Assert.Single(ScorecardEngine.Score(Card(), Rows(conversion: false), AsOf));
        Assert.Equal(0.5m, card.Coverage);
        Assert.Equal(75m, card.Score);
        Assert.Equal(RagStatus.Green, card.Status);
        Assert.Equal([0m, 0.5m, 0.5m], card.Metrics.Select(m => m.Weight));
        Assert.Null(card.Metrics[0].Score);
        Assert.Null(card.Metrics[0].Status);

        // With a minimum coverage of 60% the same card has no score, and says so; amber, as nothing breached.
        var thin = Assert.Single(ScorecardEngine.Score(Card(minimumCoverage: 0.6m), Rows(conversion: false), AsOf));
        Assert.Null(thin.Score);
        Assert.Equal(RagStatus.Amber, thin.Status);
        Assert.Contains("no score: coverage 50% is below the minimum of 60%", thin.Explanation);
    }

    [Fact]
    public void A_denominator_below_the_minimum_is_insufficient_data_not_a_rate()
    {
        // 7 × 50 = 350 shipments in the window, below 400.
        var card = Assert.Single(ScorecardEngine.Score(Card(lsr: LateShipment(minimumDenominator: 400m)), Rows(), AsOf));
        Assert.Null(card.Metrics[1].Value);
        Assert.Equal(["missing: insufficient data: 350 shipments from 2026-12-04 to 2026-12-10, below the minimum of 400"], card.Metrics[1].Reasons);
    }

    [Fact]
    public void A_count_guard_keeps_a_high_rate_on_few_defects_from_breaching()
    {
        // 2 late a day over 7 days: 14 late of 350 = 4%; the guard allows up to 20 late, so no breach; with a guard of 13, a breach.
        var guarded = Assert.Single(ScorecardEngine.Score(Card(lsr: LateShipment(limit: new HardLimit(0.03m, true, maxCount: 20m))), Rows(latePerDay: 2), AsOf));
        Assert.False(guarded.Metrics[1].HardLimitBreached);
        var breached = Assert.Single(ScorecardEngine.Score(Card(lsr: LateShipment(limit: new HardLimit(0.03m, true, maxCount: 13m))), Rows(latePerDay: 2), AsOf));
        Assert.True(breached.Metrics[1].HardLimitBreached);
        Assert.Equal(RagStatus.Red, breached.Status);
    }

    [Fact]
    public void The_maturity_lag_moves_the_window_back()
    {
        // Lag 3: the window ends 12-07 and covers 12-01..12-07: 12-01..12-03 at 15 orders, 12-04..12-07 at 12,
        // so (45 + 48) / 700 = 93 / 700.
        var lagged = new MetricDefinition("conversion", "conversion", MetricRole.Input, Direction.HigherIsBetter, new ThresholdBands(0.05m, 0.10m, 0.15m),
            MetricUnit.Percent, "orders", "sessions", windowDays: 7, maturityLagDays: 3);
        var card = Assert.Single(ScorecardEngine.Score(new ScorecardDefinition("lagged", [lagged]), Rows().Where(r => r.Metric == "conversion").ToList(), AsOf));
        Assert.Equal(93m / 700m, card.Metrics[0].Value);
    }

    [Fact]
    public void Min_max_scores_against_the_other_entities()
    {
        // Conversion 0.10, 0.12, 0.20 across three shops: (0.12 − 0.10) / (0.20 − 0.10) = 20 for the middle one.
        var metric = new MetricDefinition("conversion", "conversion", MetricRole.Input, Direction.HigherIsBetter, new ThresholdBands(0.05m, 0.10m, 0.15m),
            MetricUnit.Percent, "orders", "sessions", normalisation: Normalisation.MinMax);
        var rows = new[] { ("a", 10m), ("b", 12m), ("c", 20m) }.Select(x => new MetricObservation(AsOf, x.Item1, "conversion", null, x.Item2, 100m)).ToList();
        var cards = ScorecardEngine.Score(new ScorecardDefinition("peers", [metric]), rows, AsOf);
        Assert.Equal([0m, 20m, 100m], cards.Select(c => c.Metrics[0].Score!.Value));
    }

    [Fact]
    public void Z_score_scores_against_the_entitys_previous_windows()
    {
        // Daily values 10, 12, 14 before the card's day (mean 12, sample sd 2), 14 on the day: z = 1, Φ(1) = 0.841345 (normal table).
        var metric = new MetricDefinition("orders", "orders", MetricRole.Input, Direction.HigherIsBetter, new ThresholdBands(0m, 5m, 10m),
            MetricUnit.Count, normalisation: Normalisation.ZScore, historyWindows: 3);
        var rows = new[] { 14m, 10m, 12m, 14m }.Select((v, i) => new MetricObservation(AsOf.PlusDays(-3 + i), "shop", "orders", v, null, null)).ToList();
        var card = Assert.Single(ScorecardEngine.Score(new ScorecardDefinition("z", [metric]), rows, AsOf));
        Assert.Equal(84.1345, (double)card.Metrics[0].Score!.Value, 3);
    }

    [Fact]
    public void An_unknown_metric_a_repeated_row_and_a_numerator_over_a_zero_denominator_are_refused()
    {
        var unknown = Assert.Throws<ArgumentException>(() => ScorecardEngine.Score(Card(), [new MetricObservation(AsOf, "shop", "nps", 40m, null, null)], AsOf));
        Assert.Equal("observations", unknown.ParamName);
        Assert.Contains("the metric 'nps' is not in the definition 'seller'; expected conversion, lsr, gmv", unknown.Message, StringComparison.Ordinal);

        var zero = Assert.Throws<ArgumentException>(() => ScorecardEngine.Score(Card(), [new MetricObservation(AsOf, "shop", "lsr", null, 3m, 0m)], AsOf));
        Assert.Contains("a numerator of 3 over a denominator of 0", zero.Message, StringComparison.Ordinal);

        var noCounts = Assert.Throws<ArgumentException>(() => ScorecardEngine.Score(Card(), [new MetricObservation(AsOf, "shop", "lsr", 0.02m, null, null)], AsOf));
        Assert.Contains("needs a numerator and a denominator", noCounts.Message, StringComparison.Ordinal);

        var repeated = Assert.Throws<ArgumentException>(() => ScorecardEngine.Score(Card(), [new MetricObservation(AsOf, "shop", "gmv", 1m, null, null), new MetricObservation(AsOf, "shop", "gmv", 2m, null, null)], AsOf));
        Assert.Contains("repeat 2026-12-10, shop, gmv", repeated.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_with_only_zero_denominators_is_missing_not_zero()
    {
        var card = Assert.Single(ScorecardEngine.Score(Card(), [new MetricObservation(AsOf, "shop", "lsr", null, 0m, 0m)], AsOf));
        Assert.Null(card.Metrics[1].Value);
        Assert.StartsWith("missing: no shipments from", card.Metrics[1].Reasons[0], StringComparison.Ordinal);
    }
}

public class ScorecardEngineHealthRuleTests
{
    private static readonly LocalDate AsOf = new(2026, 12, 10);

    [Fact]
    public void Each_entity_gets_its_marketplaces_limit_and_the_count_guard_from_the_pack()
    {
        // The same 1% defect rate (4 of 400): Amazon's ODR limit is below 1%, so 1% breaches; eBay Top Rated's is 0.5% with
        // a guard of 3 defects, and 4 defects exceed it, so it breaches too; eBay Above Standard allows up to 2%: no breach.
        var metric = new MetricDefinition("defects", "defect rate", MetricRole.Guardrail, Direction.LowerIsBetter, new ThresholdBands(0.02m, 0.01m, 0.005m),
            MetricUnit.Percent, "defective orders", "orders",
            healthRules: new Dictionary<string, string>
            {
                ["amazon-us"] = "amazon.order-defect-rate",
                ["ebay-top"] = "ebay-us.top-rated.transaction-defect-rate",
                ["*"] = "ebay.above-standard.transaction-defect-rate",
            });
        var rows = new[] { "amazon-us", "ebay-top", "ebay-de" }.Select(e => new MetricObservation(AsOf, e, "defects", null, 4m, 400m)).ToList();

        var cards = ScorecardEngine.Score(new ScorecardDefinition("health", [metric]), rows, AsOf);

        Assert.Equal(["amazon-us", "ebay-de", "ebay-top"], cards.Select(c => c.Entity));
        Assert.Equal([true, false, true], cards.Select(c => c.Metrics[0].HardLimitBreached));
        Assert.Equal([RagStatus.Red, RagStatus.Amber, RagStatus.Red], cards.Select(c => c.Status));
        Assert.Contains("with 4 defective orders, more than 3", cards[2].Metrics[0].Reasons[1], StringComparison.Ordinal);
    }
}
