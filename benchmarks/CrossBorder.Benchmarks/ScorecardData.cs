using System.Globalization;
using System.Text;
using CrossBorder.Scorecards;
using NodaTime;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Synthetic scorecard values: <c>stores</c> stores × 15 metrics on one day, from a fixed seed. Metrics <c>m01</c>–<c>m08</c>
/// are ratios (a numerator of 0–5% of a denominator of 50–2,000, like defective orders over orders); <c>m09</c>–<c>m15</c>
/// are plain values (0–1,000 with two decimals, like sales). About 1 in 50 ratio rows is a 0-of-0 day (a missing
/// value), as a store with no orders that day gives.
/// </summary>
internal static class ScorecardData
{
    /// <summary>Metrics per store.</summary>
    public const int MetricCount = 15;

    /// <summary>The first metrics, <c>m01</c>–<c>m08</c>, are ratios.</summary>
    public const int RatioCount = 8;

    /// <summary>The day of every observation, and the card's date.</summary>
    public static readonly LocalDate Day = new(2026, 11, 30);

    /// <summary>The metric ids, <c>m01</c> to <c>m15</c>.</summary>
    public static readonly string[] MetricIds = [.. Enumerable.Range(1, MetricCount).Select(m => m.ToString("'m'00", CultureInfo.InvariantCulture))];

    /// <summary>
    /// The card: the ratios lower-is-better (red from 4%, amber from 2%, green at 1% or below, at least 50 in the
    /// denominator), the plain values higher-is-better (red below 200, amber from 500, green from 800), all weighted 1,
    /// target-based, composite arithmetic. The bands are illustrations chosen so that the synthetic values spread over
    /// all three statuses.
    /// </summary>
    public static ScorecardDefinition Definition() => new(
        "benchmark",
        [.. MetricIds.Select((id, m) => m < RatioCount
            ? new MetricDefinition(id, "Ratio " + id, MetricRole.Guardrail, Direction.LowerIsBetter, new ThresholdBands(0.04m, 0.02m, 0.01m), MetricUnit.Percent, "defects", "orders", minimumDenominator: 50m)
            : new MetricDefinition(id, "Value " + id, MetricRole.Input, Direction.HigherIsBetter, new ThresholdBands(200m, 500m, 800m)))]);

    /// <summary>The observations, store by store, metric by metric.</summary>
    public static List<MetricObservation> Observations(int stores, int seed = 42)
    {
        var random = new Random(seed);
        var list = new List<MetricObservation>(stores * MetricCount);
        for (var s = 0; s < stores; s++)
        {
            var store = string.Create(CultureInfo.InvariantCulture, $"store-{s:D6}");
            for (var m = 0; m < MetricCount; m++)
            {
                if (m < RatioCount)
                {
                    var denominator = random.Next(50) == 0 ? 0 : random.Next(50, 2001);
                    var numerator = denominator == 0 ? 0 : random.Next(0, (denominator / 20) + 1);
                    decimal? value = denominator == 0 ? null : (decimal)numerator / denominator;
                    list.Add(new MetricObservation(Day, store, MetricIds[m], value, numerator, denominator));
                }
                else
                {
                    list.Add(new MetricObservation(Day, store, MetricIds[m], random.Next(0, 100_001) / 100m, null, null));
                }
            }
        }

        return list;
    }

    /// <summary>The observations as the long CSV that <see cref="ScorecardValuesCsv"/> reads (ratios without a written value).</summary>
    public static string Csv(IReadOnlyList<MetricObservation> observations)
    {
        var csv = new StringBuilder(observations.Count * 40);
        csv.Append("date,entity,metric,value,numerator,denominator\n");
        foreach (var o in observations)
        {
            csv.Append(o.Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append(',').Append(o.Entity).Append(',').Append(o.Metric).Append(',');
            if (o.Numerator is { } n && o.Denominator is { } d)
            {
                csv.Append(',').Append(n.ToString(CultureInfo.InvariantCulture)).Append(',').Append(d.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                csv.Append(o.Value!.Value.ToString(CultureInfo.InvariantCulture)).Append(",,");
            }

            csv.Append('\n');
        }

        return csv.ToString();
    }
}
