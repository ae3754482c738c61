using System.Globalization;
using NodaTime;

namespace CrossBorder.Scorecards;

/// <summary>
/// Scores a definition over observations as of a date: one <see cref="ScorecardResult"/> per entity, each metric's
/// value over its window (ratios from summed numerators and denominators), score, status and reasons; the composite over
/// the metrics that have scores with their weights renormalised and the coverage reported; red whenever a hard limit
/// is breached; and the movement since the card <see cref="ScorecardDefinition.ComparisonDays"/> earlier explained.
/// With an <see cref="AlertPolicy"/>, each metric's daily series (up to the card's date) also goes through
/// <see cref="AlertDetector"/> in the metric's own good direction, and the alerts raised over the comparison period are
/// on the card.
/// </summary>
public static class ScorecardEngine
{
    /// <summary>Scores every entity in <paramref name="observations"/>, in ordinal order of the entity.</summary>
    /// <exception cref="ArgumentException">An observation names a metric not in the definition, repeats a date, entity and metric, or does not fit its metric (a ratio without numerator and denominator, a negative count, a numerator over a zero denominator).</exception>
    public static IReadOnlyList<ScorecardResult> Score(ScorecardDefinition definition, IReadOnlyList<MetricObservation> observations, LocalDate asOf) =>
        Score(definition, observations, asOf, alerts: null);

    /// <summary>As <see cref="Score(ScorecardDefinition, IReadOnlyList{MetricObservation}, LocalDate)"/>, with the alerts of <paramref name="alerts"/> on each card (its direction is each metric's own).</summary>
    /// <exception cref="ArgumentException">As the other overload.</exception>
    public static IReadOnlyList<ScorecardResult> Score(ScorecardDefinition definition, IReadOnlyList<MetricObservation> observations, LocalDate asOf, AlertPolicy? alerts)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(observations);
        var (entities, series) = Index(definition, observations);
        var previousDate = asOf.PlusDays(-definition.ComparisonDays);
        var now = new Run(definition, series, entities, asOf, withReasons: true);
        var then = new Run(definition, series, entities, previousDate, withReasons: false);
        var results = new ScorecardResult[entities.Length];
        var scratch = new Scored[definition.Metrics.Count];

        // One policy per metric, in its own good direction, shared by every entity.
        var policies = alerts is null ? null : definition.Metrics.Select(m => alerts with { Direction = m.Direction }).ToArray();
        for (var e = 0; e < entities.Length; e++)
        {
            // The earlier card is only compared with, then dropped: a large run keeps one card per entity.
            var previous = then.Card(e, scratch);
            var card = now.Card(e, scratch);
            var raised = policies is null ? card.Alerts : Alerts(definition, series[e], card.Entity, asOf, policies);
            results[e] = new ScorecardResult(card.Entity, card.AsOf, card.Score, card.Coverage, card.Status, card.Metrics, raised)
            {
                Explanation = Explain(previous, card, definition),
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
        for (var i = 0; i < current.Metrics.Count; i++)
        {
            var m = current.Metrics[i];
            var before = Same(previous.Metrics, i, m.Id);
            if (before is null)
            {
                continue;
            }

            if (m.Status is { } status && before.Status is { } was && was != status)
            {
                changes.Add($"{m.Name} {Text.Status(status)}");
            }

            // A period-to-date value against a target grows through the period; its movement is its status, not its value.
            var defined = i < definition.Metrics.Count && string.Equals(definition.Metrics[i].Id, m.Id, StringComparison.Ordinal) ? definition.Metrics[i]
                : definition.Metrics.FirstOrDefault(d => string.Equals(d.Id, m.Id, StringComparison.Ordinal));
            var toDate = defined is { Targets.Count: > 0 };
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

    /// <summary>
    /// The alerts of one entity's metrics over the comparison period ending on <paramref name="asOf"/>, each metric in its
    /// own direction: the latest of each metric, with the run of days it has lasted. <paramref name="rows"/> are sorted by
    /// date (the index sorts them).
    /// </summary>
    private static List<ScorecardAlert> Alerts(ScorecardDefinition definition, MetricObservation[][] rows, string entity, LocalDate asOf, AlertPolicy[] policies)
    {
        var from = asOf.PlusDays(-definition.ComparisonDays);
        var raised = new List<ScorecardAlert>();
        for (var m = 0; m < definition.Metrics.Count; m++)
        {
            var metric = definition.Metrics[m];
            var points = new List<MetricPoint>(rows[m].Length);
            foreach (var row in rows[m])
            {
                var value = row.Value ?? (row.Denominator is { } d && d != 0m && row.Numerator is { } n ? n / d : null);
                if (row.Date <= asOf && value is { } v)
                {
                    points.Add(new MetricPoint(row.Date, (double)v));
                }
            }

            if (points.Count == 0)
            {
                continue;
            }

            // A shift alerts on every day it lasts: the card keeps the latest alert of each metric and says since when.
            var found = AlertDetector.Detect(new MetricSeries(metric.Id, entity, points), policies[m]).Where(a => a.Date > from).ToArray();
            if (found.Length == 0)
            {
                continue;
            }

            var last = found[^1];
            var start = found.Length - 1;
            while (start > 0 && found[start - 1].Date == found[start].Date.PlusDays(-1))
            {
                start--;
            }

            var days = found.Length - start;
            raised.Add(days == 1 ? last : last with
            {
                Severity = found[start..].Max(a => a.Severity),
                Detail = string.Create(CultureInfo.InvariantCulture, $"{last.Detail}; alerting every day since {NodaTime.Text.LocalDatePattern.Iso.Format(found[start].Date)} ({days} days)"),
            });
        }

        return raised;
    }

    private static (string[] Entities, MetricObservation[][][] Rows) Index(ScorecardDefinition definition, IReadOnlyList<MetricObservation> observations)
    {
        var metrics = definition.Metrics.Select((m, i) => (m, i)).ToDictionary(x => x.m.Id, StringComparer.Ordinal);
        var count = definition.Metrics.Count;
        var entityIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int[]>();
        var rowEntity = new int[observations.Count];
        var rowMetric = new int[observations.Count];
        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i] ?? throw new ArgumentException($"observations[{i}] is null.", nameof(observations));
            string Where() => $"observations[{i}] ({Text.Date(o.Date)}, {o.Entity}, {o.Metric})";
            if (string.IsNullOrWhiteSpace(o.Entity))
            {
                throw new ArgumentException($"{Where()}: the entity is blank.", nameof(observations));
            }

            if (o.Metric is null || !metrics.TryGetValue(o.Metric, out var found))
            {
                throw new ArgumentException($"{Where()}: the metric '{o.Metric}' is not in the definition '{definition.Name}'; expected {string.Join(", ", metrics.Keys)}.", nameof(observations));
            }

            var metric = found.m;
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

            if (!entityIndex.TryGetValue(o.Entity, out var e))
            {
                entityIndex[o.Entity] = e = counts.Count;
                counts.Add(new int[count]);
            }

            rowEntity[i] = e;
            rowMetric[i] = found.i;
            counts[e][found.i]++;
        }

        // Rows placed straight into exact-size arrays per entity and metric: one allocation each, however many rows.
        var byFirstSeen = new MetricObservation[counts.Count][][];
        for (var e = 0; e < counts.Count; e++)
        {
            byFirstSeen[e] = new MetricObservation[count][];
            for (var m = 0; m < count; m++)
            {
                byFirstSeen[e][m] = counts[e][m] == 0 ? [] : new MetricObservation[counts[e][m]];
                counts[e][m] = 0;
            }
        }

        for (var i = 0; i < observations.Count; i++)
        {
            var (e, m) = (rowEntity[i], rowMetric[i]);
            byFirstSeen[e][m][counts[e][m]++] = observations[i];
        }

        var entities = entityIndex.Keys.Order(StringComparer.Ordinal).ToArray();
        var index = new MetricObservation[entities.Length][][];
        for (var e = 0; e < entities.Length; e++)
        {
            index[e] = byFirstSeen[entityIndex[entities[e]]];
            for (var m = 0; m < count; m++)
            {
                var rows = index[e][m];
                if (!IsSorted(rows))
                {
                    Array.Sort(rows, (x, y) => x.Date.CompareTo(y.Date));
                }

                for (var i = 1; i < rows.Length; i++)
                {
                    if (rows[i].Date == rows[i - 1].Date)
                    {
                        throw new ArgumentException($"observations repeat {Text.Date(rows[i].Date)}, {entities[e]}, {definition.Metrics[m].Id}.", nameof(observations));
                    }
                }
            }
        }

        return (entities, index);
    }

    /// <summary>The metric <paramref name="id"/> of <paramref name="metrics"/>: at <paramref name="index"/> when the cards share a definition, else found.</summary>
    private static MetricScore? Same(IReadOnlyList<MetricScore> metrics, int index, string id) =>
        index < metrics.Count && string.Equals(metrics[index].Id, id, StringComparison.Ordinal) ? metrics[index]
            : metrics.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));

    private static bool IsSorted(MetricObservation[] rows)
    {
        for (var i = 1; i < rows.Length; i++)
        {
            if (rows[i].Date < rows[i - 1].Date)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A metric's numbers before the weights are known.</summary>
    private readonly record struct Scored(decimal? Value, decimal? Score, RagStatus? Status, bool Breached, IReadOnlyList<string> Reasons);

    /// <summary>The cards of one date: the min-max peers and the quoted bands computed once, then one card per entity.</summary>
    private sealed class Run
    {
        private readonly ScorecardDefinition _definition;
        private readonly MetricObservation[][][] _series;
        private readonly string[] _entities;
        private readonly LocalDate _date;
        private readonly string[]? _bands;
        private readonly decimal[]?[] _peers;
        private readonly decimal _total;
        private readonly decimal[] _fullWeights;

        public Run(ScorecardDefinition definition, MetricObservation[][][] series, string[] entities, LocalDate date, bool withReasons)
        {
            _definition = definition;
            _series = series;
            _entities = entities;
            _date = date;
            _bands = withReasons ? definition.Metrics.Select(BandsText).ToArray() : null;
            _total = definition.Metrics.Sum(m => m.Weight);
            _fullWeights = definition.Metrics.Select(m => m.Weight / _total).ToArray();
            _peers = new decimal[]?[definition.Metrics.Count];
            for (var m = 0; m < definition.Metrics.Count; m++)
            {
                var metric = definition.Metrics[m];
                if (metric.Normalisation == Normalisation.MinMax)
                {
                    var list = new List<decimal>();
                    for (var e = 0; e < entities.Length; e++)
                    {
                        if (MetricWindow.Evaluate(metric, series[e][m], date).Value is { } v)
                        {
                            list.Add(v);
                        }
                    }

                    _peers[m] = [.. list];
                }
            }
        }

        public ScorecardResult Card(int e, Scored[] scratch)
        {
            for (var m = 0; m < scratch.Length; m++)
            {
                var metric = _definition.Metrics[m];
                var rows = _series[e][m];
                scratch[m] = ScoreMetric(metric, _entities[e], MetricWindow.Evaluate(metric, rows, _date), _date, _bands?[m], _peers[m], metric.Normalisation != Normalisation.ZScore ? null
                    : () => MetricWindow.History(metric, rows, _date, metric.HistoryWindows));
            }

            return Compose(_definition, _total, _fullWeights, _entities[e], _date, scratch);
        }
    }

    /// <summary>The bands of a metric as its reasons quote them (percent of target for a targeted metric), written once per run.</summary>
    private static string BandsText(MetricDefinition metric)
    {
        string Band(decimal v) => metric.Targets.Count == 0 ? Text.Value(v, metric.Unit) : Text.Value(v, MetricUnit.Percent);
        return metric.UpperThresholds is { } up
            ? $"green {Band(metric.Thresholds.Green)} to {Band(up.Green)}, amber from {Band(metric.Thresholds.Amber)} and to {Band(up.Amber)}"
            : $"green at {Band(metric.Thresholds.Green)}, amber at {Band(metric.Thresholds.Amber)}, red at {Band(metric.Thresholds.Red)}";
    }

    /// <summary>Scores one metric; without <paramref name="bands"/> (a card only compared with), no reasons are written.</summary>
    private static Scored ScoreMetric(MetricDefinition metric, string entity, WindowValue window, LocalDate date, string? bands, decimal[]? peers, Func<List<decimal>>? history)
    {
        if (window.Value is not { } value)
        {
            return new Scored(null, null, null, false, bands is null ? [] : [$"missing: {window.Missing}"]);
        }

        var compared = window.Target is { } target ? value / target : value;
        var banded = Normalise.TargetBased(compared, metric.Direction, metric.Thresholds, metric.UpperThresholds);
        var bandStatus = Normalise.StatusOf(banded);
        decimal? score;
        var z = double.NaN;
        var past = 0;
        switch (metric.Normalisation)
        {
            case Normalisation.MinMax:
                score = Normalise.MinMax(value, peers, metric.Direction);
                break;
            case Normalisation.ZScore:
                var history2 = history!();
                past = history2.Count;
                score = Normalise.ZScore(value, [.. history2], metric.Direction, out z);
                break;
            default:
                score = banded;
                break;
        }

        var limit = metric.HardLimit;
        var rule = metric.HealthRuleFor(entity);
        if (rule is not null)
        {
            limit = MarketplaceThresholds.Find(rule, date)?.Limit;
        }

        var breached = limit is not null && limit.IsBreachedBy(value, window.Numerator, metric.Direction);

        // The sentences are written when first read: a large run that only needs the numbers does not pay for them.
        var status = breached ? RagStatus.Red : bandStatus;
        return new Scored(value, score, status, breached, bands is null ? [] : new MetricReasons(metric, window, value, compared, bandStatus, bands, score, z, past, peers?.Length ?? 0, rule, limit, breached, date));
    }

    private static ScorecardResult Compose(ScorecardDefinition definition, decimal total, decimal[] fullWeights, string entity, LocalDate date, Scored[] scored)
    {
        var covered = 0m;
        var breached = false;
        for (var m = 0; m < scored.Length; m++)
        {
            breached |= scored[m].Breached;
            if (scored[m].Score is not null)
            {
                covered += definition.Metrics[m].Weight;
            }
        }

        var coverage = covered / total;
        var arithmetic = 0m;
        var logSum = 0.0;
        var zero = false;
        var metrics = new MetricScore[scored.Length];
        for (var m = 0; m < scored.Length; m++)
        {
            var metric = definition.Metrics[m];
            var x = scored[m];
            // Full coverage, the common case, uses the run's weights divided once.
            var weight = x.Score is null || covered == 0m ? 0m : covered == total ? fullWeights[m] : metric.Weight / covered;
            if (x.Score is { } s)
            {
                arithmetic += weight * s;
                zero |= s == 0m && weight > 0m;
                if (definition.Aggregation == ScoreAggregation.Geometric && weight > 0m && s > 0m)
                {
                    logSum += (double)weight * Math.Log((double)s);
                }
            }

            metrics[m] = new MetricScore(metric.Id, metric.Name, metric.Role, x.Value, x.Score, x.Status, weight, x.Reasons) { HardLimitBreached = x.Breached };
        }

        decimal? composite = covered == 0m || coverage < definition.MinimumCoverage ? null
            : definition.Aggregation == ScoreAggregation.Geometric
                ? (zero ? 0m : Math.Clamp(decimal.Round((decimal)Math.Exp(logSum), 10), 0m, 100m))
                : Math.Clamp(arithmetic, 0m, 100m);
        var status = breached ? RagStatus.Red
            : composite is not { } c ? RagStatus.Amber
            : c >= definition.GreenScore ? RagStatus.Green
            : c >= definition.AmberScore ? RagStatus.Amber
            : RagStatus.Red;
        return new ScorecardResult(entity, date, composite, coverage, status, metrics, []);
    }
}
