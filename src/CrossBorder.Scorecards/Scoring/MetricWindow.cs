using NodaTime;

namespace CrossBorder.Scorecards;

/// <summary>A metric's value over its window, or why it has none.</summary>
internal readonly record struct WindowValue(decimal? Value, decimal? Numerator, decimal? Denominator, decimal? Target, string? Missing);

/// <summary>Sums and summarises one entity's observations of one metric over a window (ratios as the ratio of sums).</summary>
internal static class MetricWindow
{
    /// <summary>The value of <paramref name="metric"/> for the card of <paramref name="date"/>; <paramref name="rows"/> are one entity's, sorted by date.</summary>
    public static WindowValue Evaluate(MetricDefinition metric, MetricObservation[] rows, LocalDate date)
    {
        var end = date.PlusDays(-metric.MaturityLagDays);
        if (metric.Targets.Count == 0)
        {
            return Over(metric, rows, end.PlusDays(1 - metric.WindowDays), end, null);
        }

        var period = metric.Targets.FirstOrDefault(t => t.From <= end && end <= t.To);
        return period is null
            ? new WindowValue(null, null, null, null, $"no target covers {Text.Date(end)}")
            : Over(metric, rows, period.From, end, period.TargetThrough(end));
    }

    /// <summary>The values of the <paramref name="count"/> windows before the card's, newest first, skipping windows without one.</summary>
    public static List<decimal> History(MetricDefinition metric, MetricObservation[] rows, LocalDate date, int count)
    {
        var values = new List<decimal>(count);
        for (var k = 1; k <= count; k++)
        {
            var end = date.PlusDays(-metric.MaturityLagDays - (k * metric.WindowDays));
            if (Over(metric, rows, end.PlusDays(1 - metric.WindowDays), end, null).Value is { } v)
            {
                values.Add(v);
            }
        }

        return values;
    }

    private static WindowValue Over(MetricDefinition metric, MetricObservation[] rows, LocalDate start, LocalDate end, decimal? target)
    {
        var first = LowerBound(rows, start);
        decimal numerator = 0m, denominator = 0m, sum = 0m, last = 0m;
        var days = 0;
        for (var i = first; i < rows.Length && rows[i].Date <= end; i++)
        {
            var row = rows[i];
            if (metric.IsRatio)
            {
                numerator += row.Numerator!.Value;
                denominator += row.Denominator!.Value;
                days++;
            }
            else if (row.Value is { } v)
            {
                sum += v;
                last = v;
                days++;
            }
        }

        string Span() => $"{Text.Date(start)} to {Text.Date(end)}";
        if (days == 0)
        {
            return new WindowValue(null, null, null, target, $"no values from {Span()}");
        }

        if (!metric.IsRatio)
        {
            var value = metric.ValueAggregation switch
            {
                ValueAggregation.Mean => sum / days,
                ValueAggregation.Last => last,
                _ => sum,
            };
            return new WindowValue(value, null, null, target, null);
        }

        if (denominator == 0m)
        {
            return new WindowValue(null, numerator, denominator, target, $"no {metric.Denominator} from {Span()} (denominator 0)");
        }

        if (denominator < metric.MinimumDenominator)
        {
            return new WindowValue(null, numerator, denominator, target,
                $"insufficient data: {Text.Number(denominator)} {metric.Denominator} from {Span()}, below the minimum of {Text.Number(metric.MinimumDenominator)}");
        }

        return new WindowValue(numerator / denominator, numerator, denominator, target, null);
    }

    private static int LowerBound(MetricObservation[] rows, LocalDate start)
    {
        int lo = 0, hi = rows.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (rows[mid].Date < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
