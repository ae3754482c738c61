using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrossBorder.Scorecards.Tests.Scoring;

/// <summary>Properties of the normalisations and of the composite, over bounded generated cards.</summary>
public class ScoringProperties
{
    private static readonly LocalDate AsOf = new(2026, 12, 10);

    /// <summary>Rising bands red &lt; amber &lt; green from three distinct whole numbers (hundredths).</summary>
    private static readonly Gen<ThresholdBands> RisingBands =
        from red in Gen.Choose(-1_000, 1_000)
        from a in Gen.Choose(1, 500)
        from g in Gen.Choose(1, 500)
        select new ThresholdBands(red / 100m, (red + a) / 100m, (red + a + g) / 100m);

    private static readonly Gen<decimal> Values = Gen.Choose(-3_000, 3_000).Select(v => v / 100m);

    [ScaledProperty(Cases = 300)]
    public Property Target_scores_stay_in_0_to_100_and_never_fall_when_the_value_improves() =>
        Prop.ForAll(
            (from bands in RisingBands
             from direction in Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter)
             from value in Values
             from step in Gen.Choose(0, 1_000)
             select (bands, direction, value, step / 100m)).ToArbitrary(),
            c =>
            {
                var (bands, direction, value, step) = c;
                var oriented = direction == Direction.HigherIsBetter ? bands : new ThresholdBands(-bands.Red, -bands.Amber, -bands.Green);
                var better = direction == Direction.HigherIsBetter ? value + step : value - step;
                var score = Normalise.TargetBased(value, direction, oriented);
                var improved = Normalise.TargetBased(better, direction, oriented);
                return score is >= 0m and <= 100m && improved >= score
                    && Normalise.Status(better, direction, oriented) <= Normalise.Status(value, direction, oriented);
            });

    [ScaledProperty(Cases = 300)]
    public Property In_range_scores_never_fall_when_the_value_moves_towards_the_green_range() =>
        Prop.ForAll(
            (from lower in RisingBands
             from gap in Gen.Choose(0, 300)
             from a in Gen.Choose(1, 300)
             from r in Gen.Choose(1, 300)
             from value in Values
             from step in Gen.Choose(0, 500)
             select (lower, gap, a, r, value, step / 100m)).ToArbitrary(),
            c =>
            {
                var (lower, gap, a, r, value, step) = c;
                var greenUp = lower.Green + (gap / 100m);
                var upper = new ThresholdBands(greenUp + ((a + r) / 100m), greenUp + (a / 100m), greenUp);
                var towards = value < lower.Green ? Math.Min(value + step, lower.Green) : value > greenUp ? Math.Max(value - step, greenUp) : value;
                var score = Normalise.TargetBased(value, Direction.InRange, lower, upper);
                return score is >= 0m and <= 100m && Normalise.TargetBased(towards, Direction.InRange, lower, upper) >= score;
            });

    [ScaledProperty(Cases = 200)]
    public Property Min_max_scores_stay_in_0_to_100_and_the_better_peer_never_scores_lower() =>
        Prop.ForAll(
            (from n in Gen.Choose(2, 8)
             from peers in Gen.ArrayOf(Values, n)
             from i in Gen.Choose(0, 100)
             from j in Gen.Choose(0, 100)
             from direction in Gen.Elements(Direction.HigherIsBetter, Direction.LowerIsBetter)
             select (peers, i % peers.Length, j % peers.Length, direction)).ToArbitrary(),
            c =>
            {
                var (peers, i, j, direction) = c;
                var si = Normalise.MinMax(peers[i], peers, direction);
                var sj = Normalise.MinMax(peers[j], peers, direction);
                var iBetter = direction == Direction.HigherIsBetter ? peers[i] >= peers[j] : peers[i] <= peers[j];
                return peers.Distinct().Count() == 1
                    ? si is null && sj is null
                    : si is >= 0m and <= 100m && sj is >= 0m and <= 100m && (!iBetter || si >= sj);
            });

    /// <summary>A card of 1–6 lower-is-better ratio metrics, each with random bands, weight and hard limit, observed or missing on the day.</summary>
    private static readonly Gen<(ScorecardDefinition Definition, List<MetricObservation> Rows)> Cards =
        from count in Gen.Choose(1, 6)
        from specs in Gen.ArrayOf(
            from green in Gen.Choose(1, 30)
            from amber in Gen.Choose(1, 30)
            from red in Gen.Choose(1, 30)
            from weight in Gen.Choose(0, 5)
            from limit in Gen.Choose(1, 100)
            from observed in Gen.Elements(true, true, false)
            from defects in Gen.Choose(0, 100)
            from orders in Gen.Choose(1, 400)
            select (green, amber, red, weight, limit, observed, defects, orders), count)
        from coverage in Gen.Choose(0, 100)
        from aggregation in Gen.Elements(ScoreAggregation.Arithmetic, ScoreAggregation.Geometric)
        let metrics = specs.Select((s, i) => new MetricDefinition(
            "m" + i, "metric " + i, MetricRole.Guardrail, Direction.LowerIsBetter,
            new ThresholdBands((s.green + s.amber + s.red) / 100m, (s.green + s.amber) / 100m, s.green / 100m),
            MetricUnit.Percent, "defects", "orders", weight: i == 0 ? s.weight + 1 : s.weight,
            hardLimit: new HardLimit(s.limit / 100m, valueAllowed: true))).ToArray()
        let rows = specs.Select((s, i) => (s, i)).Where(x => x.s.observed)
            .Select(x => new MetricObservation(AsOf, "shop", "m" + x.i, null, Math.Min(x.s.defects, x.s.orders), x.s.orders)).ToList()
        select (new ScorecardDefinition("generated", metrics, aggregation, coverage / 100m), rows);

    [ScaledProperty(Cases = 300)]
    public Property The_composite_is_0_to_100_weights_renormalise_to_1_low_coverage_has_no_score_and_a_breach_is_red() =>
        Prop.ForAll(Cards.ToArbitrary(), c =>
        {
            var (definition, rows) = c;
            var card = ScorecardEngine.Score(definition, rows, AsOf).SingleOrDefault();
            if (card is null)
            {
                // No rows at all: no entity to score, which is itself the contract.
                return rows.Count == 0;
            }

            var scored = card.Metrics.Where(m => m.Score is not null).ToArray();
            var weightSum = card.Metrics.Sum(m => m.Weight);
            var expectedCoverage = definition.Metrics.Where((m, i) => card.Metrics[i].Score is not null).Sum(m => m.Weight) / definition.Metrics.Sum(m => m.Weight);
            var weightsOk = scored.Any(m => definition.Metrics.Single(d => d.Id == m.Id).Weight > 0m)
                ? Math.Abs(weightSum - 1m) < 1e-20m
                : weightSum == 0m;
            // No score below the minimum coverage, nor when no weight at all has a value (a minimum of 0 with nothing scored).
            var scoreOk = card.Coverage < definition.MinimumCoverage || card.Coverage == 0m ? card.Score is null : card.Score is >= 0m and <= 100m;
            var breachOk = !card.Metrics.Any(m => m.HardLimitBreached) || card.Status == RagStatus.Red;
            return weightsOk && card.Coverage == expectedCoverage && scoreOk && breachOk
                && card.Metrics.All(m => m.Score is null or (>= 0m and <= 100m));
        });
}
