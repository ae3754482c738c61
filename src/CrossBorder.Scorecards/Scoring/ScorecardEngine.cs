using System.Globalization;
using NodaTime;

namespace CrossBorder.Scorecards;

/// <summary>
/// Scores a definition over observations as of a date: one <see cref="ScorecardResult"/> per entity, each metric's
/// value over its window (ratios from summed numerators and denominators), score, status and reasons; the composite over
/// the metrics that have scores with their weights renormalised and the coverage reported; red whenever a hard limit
/// is breached; and the movement since the card <see cref="ScorecardDefinition.ComparisonDays"/> earlier explained.
/// Alerts are left empty here (the Alerts API detects them over the daily series).
/// </summary>
public static class ScorecardEngine
{
    /// <summary>Scores every entity in <paramref name="observations"/>, in ordinal order of the entity.</summary>
    /// <exception cref="ArgumentException">An observation names a metric not in the definition, repeats a date, entity and metric, or does not fit its metric (a ratio without numerator and denominator, a negative count, a numerator over a zero denominator).</exception>
    public static IReadOnlyList<ScorecardResult> Score(ScorecardDefinition definition, IReadOnlyList<MetricObservation> observations, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(observations);
        var series = Index(definition, observations);
        var entities = series.Keys.Select(k => k.Entity).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var previousDate = asOf.PlusDays(-definition.ComparisonDays);
        var current = Cards(definition, series, entities, asOf);
        var previous = Cards(definition, series, entities, previousDate);
        var results = new ScorecardResult[entities.Length];
        for (var e = 0; e < entities.Length; e++)
        {
            var card = current[e];
            results[e] = new ScorecardResult(card.Entity, card.AsOf, card.Score, card.Coverage, card.Status, card.Metrics, card.Alerts)
            {
                Explanation = Explain(previous[e], card, definition),
            };
        }

        return results;
    }

    /// <summary>
    /// Sentences explaining the movement from <paramref name="previous"/> to <paramref name="current"/>: how far the score
    /// moved, each metric whose status changed, and each whose value moved by 10% or more
    /// (<c>score fell 8 points: late shipment rate amber, conversion rate −12% week on week</c>).
    /// </summary>
    public static IReadOnlyList<string> Explain(ScorecardResult previous, ScorecardResult current, ScorecardDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(definition);
        var days = definition.ComparisonDays;
        var label = days switch
        {
            1 => "day on day",
            7 => "week on week",
            _ => string.Create(CultureInfo.InvariantCulture, $"over {days} days"),
        };
        var lines = new List<string>();
        if (current.Score is not { } now)
        {
            lines.Add($"no score: coverage {Text.Value(current.Coverage, MetricUnit.Percent)} is below the minimum of {Text.Value(definition.MinimumCoverage, MetricUnit.Percent)}");
        }

        var changes = new List<string>();
        foreach (var m in current.Metrics)
        {
            var before = previous.Metrics.FirstOrDefault(p => string.Equals(p.Id, m.Id, StringComparison.Ordinal));
            if (before is null)
            {
                continue;
            }

            if (m.Status is { } status && before.Status is { } was && was != status)
            {
                changes.Add($"{m.Name} {Text.Status(status)}");
            }

            // A period-to-date value against a target grows through the period; its movement is its status, not its value.
            var toDate = definition.Metrics.FirstOrDefault(d => string.Equals(d.Id, m.Id, StringComparison.Ordinal)) is { Targets.Count: > 0 };
            if (!toDate && m.Value is { } v && before.Value is { } b && b != 0m && Math.Abs((v - b) / b) >= 0.1m)
            {
                changes.Add($"{m.Name} {Text.Change((v - b) / Math.Abs(b))} {label}");
            }
        }

        var detail = changes.Count == 0 ? string.Empty : ": " + string.Join(", ", changes);
        if (current.Score is { } score && previous.Score is { } then)
        {
            var points = Math.Round(score - then, 1, MidpointRounding.AwayFromZero);
            var verb = points > 0m ? "rose" : points < 0m ? "fell" : "held";
            lines.Insert(0, points == 0m
                ? $"score held {label}{detail}"
                : $"score {verb} {Text.Number(Math.Abs(points))} point{(Math.Abs(points) == 1m ? string.Empty : "s")}{detail}");
        }
        else if (changes.Count > 0)
        {
            lines.Add($"{(current.Score is null ? "metrics" : "score not comparable " + label)}{detail}");
        }

        return lines;
    }

    private static Dictionary<(string Entity, string Metric), MetricObservation[]> Index(ScorecardDefinition definition, IReadOnlyList<MetricObservation> observations)
    {
        var metrics = definition.Metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var groups = new Dictionary<(string, string), List<MetricObservation>>();
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i] ?? throw new ArgumentException($"observations[{i}] is null.", nameof(observations));
            string Where() => $"observations[{i}] ({Text.Date(o.Date)}, {o.Entity}, {o.Metric})";
            if (string.IsNullOrWhiteSpace(o.Entity))
            {
                throw new ArgumentException($"{Where()}: the entity is blank.", nameof(observations));
            }

            if (o.Metric is null || !metrics.TryGetValue(o.Metric, out var metric))
            {
                throw new ArgumentException($"{Where()}: the metric '{o.Metric}' is not in the definition '{definition.Name}'; expected {string.Join(", ", metrics.Keys)}.", nameof(observations));
            }

            if (metric.IsRatio)
            {
                if (o.Numerator is not { } n || o.Denominator is not { } d)
                {
                    throw new ArgumentException($"{Where()}: {metric.Id} is {metric.Numerator} over {metric.Denominator}; the row needs a numerator and a denominator.", nameof(observations));
                }

                if (n < 0m || d < 0m)
                {
                    throw new ArgumentException($"{Where()}: a numerator or denominator is negative ({Text.Number(n)} over {Text.Number(d)}).", nameof(observations));
                }

                if (d == 0m && n > 0m)
                {
                    throw new ArgumentException($"{Where()}: a numerator of {Text.Number(n)} over a denominator of 0.", nameof(observations));
                }
            }

            var key = (o.Entity, o.Metric);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(o);
        }

        var index = new Dictionary<(string Entity, string Metric), MetricObservation[]>(groups.Count);
        foreach (var (key, list) in groups)
        {
            var rows = list.OrderBy(o => o.Date).ToArray();
            for (var i = 1; i < rows.Length; i++)
            {
                if (rows[i].Date == rows[i - 1].Date)
                {
                    throw new ArgumentException($"observations repeat {Text.Date(rows[i].Date)}, {key.Item1}, {key.Item2}.", nameof(observations));
                }
            }

            index[key] = rows;
        }

        return index;
    }

    private static ScorecardResult[] Cards(ScorecardDefinition definition, Dictionary<(string Entity, string Metric), MetricObservation[]> series, string[] entities, LocalDate date)
    {
        var metricCount = definition.Metrics.Count;
        var values = new WindowValue[entities.Length, metricCount];
        for (var e = 0; e < entities.Length; e++)
        {
            for (var m = 0; m < metricCount; m++)
            {
                var metric = definition.Metrics[m];
                values[e, m] = series.TryGetValue((entities[e], metric.Id), out var rows)
                    ? MetricWindow.Evaluate(metric, rows, date)
                    : new WindowValue(null, null, null, null, "no values");
            }
        }

        var peers = new decimal[metricCount][];
        for (var m = 0; m < metricCount; m++)
        {
            if (definition.Metrics[m].Normalisation == Normalisation.MinMax)
            {
                var list = new List<decimal>();
                for (var e = 0; e < entities.Length; e++)
                {
                    if (values[e, m].Value is { } v)
                    {
                        list.Add(v);
                    }
                }

                peers[m] = [.. list];
            }
        }

        var cards = new ScorecardResult[entities.Length];
        for (var e = 0; e < entities.Length; e++)
        {
            var scores = new MetricScore[metricCount];
            for (var m = 0; m < metricCount; m++)
            {
                var metric = definition.Metrics[m];
                scores[m] = ScoreMetric(metric, entities[e], values[e, m], date, peers[m], () => series.TryGetValue((entities[e], metric.Id), out var rows) ? MetricWindow.History(metric, rows, date, metric.HistoryWindows) : []);
            }

            cards[e] = Compose(definition, entities[e], date, scores);
        }

        return cards;
    }

    private static MetricScore ScoreMetric(MetricDefinition metric, string entity, WindowValue window, LocalDate date, decimal[]? peers, Func<List<decimal>> history)
    {
        if (window.Value is not { } value)
        {
            return new MetricScore(metric.Id, metric.Name, metric.Role, null, null, null, 0m, [$"missing: {window.Missing}"]);
        }

        var reasons = new List<string>();
        var compared = value;
        var shown = Text.Value(value, metric.Unit);
        if (window.Target is { } target)
        {
            compared = value / target;
            shown = $"{shown} is {Text.Value(compared, MetricUnit.Percent)} of the {Text.Value(target, metric.Unit)} target";
        }

        var status = Normalise.Status(compared, metric.Direction, metric.Thresholds, metric.UpperThresholds);
        string Band(decimal v) => window.Target is null ? Text.Value(v, metric.Unit) : Text.Value(v, MetricUnit.Percent);
        var bands = metric.UpperThresholds is { } up
            ? $"green {Band(metric.Thresholds.Green)} to {Band(up.Green)}, amber from {Band(metric.Thresholds.Amber)} and to {Band(up.Amber)}"
            : $"green at {Band(metric.Thresholds.Green)}, amber at {Band(metric.Thresholds.Amber)}, red at {Band(metric.Thresholds.Red)}";
        reasons.Add($"{metric.Name} {shown}: {Text.Status(status)} ({bands})");

        decimal? score;
        switch (metric.Normalisation)
        {
            case Normalisation.MinMax:
                score = Normalise.MinMax(value, peers, metric.Direction);
                reasons.Add(score is null
                    ? $"min-max: no score, the {peers!.Length} entities with a value do not differ"
                    : $"min-max against {peers!.Length} entities");
                break;
            case Normalisation.ZScore:
                var past = history();
                score = Normalise.ZScore(value, [.. past], metric.Direction, out var z);
                reasons.Add(score is null
                    ? $"z-score: no score, {past.Count} previous windows with a value (3 with a spread needed)"
                    : string.Create(CultureInfo.InvariantCulture, $"z-score {z:0.00} against {past.Count} previous windows"));
                break;
            default:
                score = Normalise.TargetBased(compared, metric.Direction, metric.Thresholds, metric.UpperThresholds);
                break;
        }

        var limit = metric.HardLimit;
        if (metric.HealthRuleFor(entity) is { } rule)
        {
            limit = MarketplaceThresholds.Find(rule, date)?.Limit;
            if (limit is null)
            {
                reasons.Add($"no {rule} limit in effect on {Text.Date(date)}");
            }
        }

        var breached = limit is not null && limit.IsBreachedBy(value, window.Numerator, metric.Direction);
        if (breached)
        {
            status = RagStatus.Red;
            var side = metric.Direction == Direction.HigherIsBetter ? (limit!.ValueAllowed ? "below the minimum of" : "at or below the minimum of") : (limit!.ValueAllowed ? "above the limit of" : "at or above the limit of");
            var count = limit.MaxCount is { } max ? $" with {Text.Number(window.Numerator ?? 0m)} {metric.Numerator}, more than {Text.Number(max)}" : string.Empty;
            reasons.Add($"hard limit breached: {Text.Value(value, metric.Unit)} {side} {Text.Value(limit.Value, metric.Unit)}{count}{(limit.Source is { } s ? $" ({s})" : string.Empty)}: red");
        }

        return new MetricScore(metric.Id, metric.Name, metric.Role, value, score, status, 0m, reasons) { HardLimitBreached = breached };
    }

    private static ScorecardResult Compose(ScorecardDefinition definition, string entity, LocalDate date, MetricScore[] scores)
    {
        var total = definition.Metrics.Sum(m => m.Weight);
        var covered = 0m;
        for (var m = 0; m < scores.Length; m++)
        {
            if (scores[m].Score is not null)
            {
                covered += definition.Metrics[m].Weight;
            }
        }

        var coverage = covered / total;
        decimal? composite = null;
        if (covered > 0m)
        {
            var arithmetic = 0m;
            var logSum = 0.0;
            var zero = false;
            for (var m = 0; m < scores.Length; m++)
            {
                if (scores[m].Score is not { } s)
                {
                    continue;
                }

                var weight = definition.Metrics[m].Weight / covered;
                scores[m] = scores[m] with { Weight = weight };
                arithmetic += weight * s;
                zero |= s == 0m && weight > 0m;
                if (weight > 0m && s > 0m)
                {
                    logSum += (double)weight * Math.Log((double)s);
                }
            }

            composite = definition.Aggregation == ScoreAggregation.Geometric
                ? (zero ? 0m : Math.Clamp(decimal.Round((decimal)Math.Exp(logSum), 10), 0m, 100m))
                : Math.Clamp(arithmetic, 0m, 100m);
        }

        if (coverage < definition.MinimumCoverage)
        {
            composite = null;
        }

        var status = scores.Any(s => s.HardLimitBreached) ? RagStatus.Red
            : composite is not { } c ? RagStatus.Amber
            : c >= definition.GreenScore ? RagStatus.Green
            : c >= definition.AmberScore ? RagStatus.Amber
            : RagStatus.Red;
        return new ScorecardResult(entity, date, composite, coverage, status, scores, []);
    }
}
