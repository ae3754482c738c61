using System.Globalization;
using System.Text;
using CrossBorder.Statistics;
using NodaTime;

namespace CrossBorder.Advertising;

/// <summary>
/// Finds anomalous days in a report's daily series per key (campaign, ad group…): the sellers' fixed-ratio rules, a
/// robust z-score on median and MAD, an EWMA chart and a tabular CUSUM, each judging a day against a baseline of the
/// days before it (the day itself is never in its own baseline): the same weekday of previous weeks when there are
/// enough of them, else the previous days. Days and baselines below the volume floors are not judged. One anomaly per
/// key, day and metric, listing every detector that fired with its numbers.
/// </summary>
public static class AnomalyDetector
{
    /// <summary>How many standard errors a weekday's factor must stand from 1 before the weekdays are adjusted for.</summary>
    private const double SeasonalEvidence = 3d;

    /// <summary>The metric's name in anomalies and JSON: <c>cpc</c>, <c>ctr</c>, <c>cvr</c>, <c>acos</c>, <c>spend</c>.</summary>
    public static string NameOf(AnomalyMetric metric) => metric switch
    {
        AnomalyMetric.Cpc => "cpc",
        AnomalyMetric.Ctr => "ctr",
        AnomalyMetric.Cvr => "cvr",
        AnomalyMetric.Acos => "acos",
        AnomalyMetric.Spend => "spend",
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a metric."),
    };

    /// <summary>The anomalies in <paramref name="report"/>'s daily series at <paramref name="level"/>, by key (first appearance), day and metric.</summary>
    /// <param name="report">The report; use a mature one (<see cref="AdReport.Mature"/>) or the last days' ACoS and CVR look like drops.</param>
    /// <param name="level">The level whose keys form the series (campaign or ad group usually).</param>
    /// <param name="policy">The detectors' settings; <see cref="AnomalyPolicy.Default"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is unknown.</exception>
    public static IReadOnlyList<Anomaly> Detect(AdReport report, AdLevel level, AnomalyPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not a level.");
        }

        policy ??= AnomalyPolicy.Default;
        // Keys are independent series: judge them in parallel, then list them in key order.
        var series = DailySeries(report, level);
        var found = new List<Anomaly>[series.Count];
        Parallel.For(0, series.Count, i =>
        {
            found[i] = [];
            Detect(series[i].Key, series[i].Days, policy, found[i]);
        });

        var anomalies = new List<Anomaly>();
        foreach (var list in found)
        {
            anomalies.AddRange(list);
        }

        return anomalies;
    }

    /// <summary>The report's rows summed per key and day, keys in order of first appearance, days in order.</summary>
    internal static List<(string Key, DayTotals[] Days)> DailySeries(AdReport report, AdLevel level)
    {
        var byKey = new Dictionary<string, Dictionary<LocalDate, DayTotals>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var record in report.Records)
        {
            var key = AdReport.KeyOf(record.Key, level);
            if (!byKey.TryGetValue(key, out var days))
            {
                days = [];
                byKey.Add(key, days);
                order.Add(key);
            }

            days.TryGetValue(record.Date, out var day);
            var m = record.Metrics;
            days[record.Date] = new DayTotals(record.Date, day.Impressions + m.Impressions, day.Clicks + m.Clicks, day.Orders + m.Orders, day.Spend + m.Spend.Amount, day.Sales + m.Sales.Amount);
        }

        var series = new List<(string, DayTotals[])>(order.Count);
        foreach (var key in order)
        {
            var days = byKey[key].Values.ToArray();
            Array.Sort(days, static (a, b) => a.Date.CompareTo(b.Date));
            series.Add((key, days));
        }

        return series;
    }

    /// <summary>Judges every day of one key's series (days in date order) on every metric of the policy.</summary>
    internal static void Detect(string key, DayTotals[] days, AnomalyPolicy policy, List<Anomaly> into)
    {
        var n = days.Length;
        var values = new decimal?[n];
        var baseline = new double[2 * n];
        var scratch = new double[n];
        var detail = new StringBuilder();
        foreach (var metric in policy.Metrics)
        {
            for (var i = 0; i < n; i++)
            {
                values[i] = days[i].Judged(metric, policy) ? days[i].Value(metric) : null;
            }

            for (var t = 1; t < n; t++)
            {
                if (values[t] is not { } x)
                {
                    continue;
                }

                var count = Baseline(days, values, t, policy, baseline, scratch, out var factor);
                if (count < policy.MinimumBaselineDays || !BaselineHasVolume(days, values, t, metric, policy))
                {
                    continue;
                }

                Judge(key, days[t].Date, metric, x, baseline.AsSpan(0, count), factor, policy, scratch, detail, into);
            }
        }
    }

    /// <summary>
    /// Fills <paramref name="baseline"/> with the judged values of the <see cref="AnomalyPolicy.BaselineDays"/> days
    /// before day <paramref name="t"/> (in date order), never day <paramref name="t"/> itself. With weekday seasonality
    /// and enough weeks, each value is divided by its weekday's factor (the median of that weekday over the previous
    /// <see cref="AnomalyPolicy.SeasonalWeeks"/> weeks ÷ the median of all their days) and <paramref name="factor"/> is
    /// the factor of day <paramref name="t"/>'s weekday, by which the day is divided too; otherwise 1.
    /// </summary>
    private static int Baseline(DayTotals[] days, decimal?[] values, int t, AnomalyPolicy policy, double[] baseline, double[] scratch, out double? factor)
    {
        Span<double> factors = stackalloc double[7];
        var adjusted = policy.WeekdaySeasonality && WeekdayFactors(days, values, t, policy, baseline, scratch, factors);
        factor = adjusted ? factors[Weekday(days[t].Date)] : null;
        var count = 0;
        for (var j = First(days, t, days[t].Date.PlusDays(-policy.BaselineDays)); j < t; j++)
        {
            if (values[j] is { } v)
            {
                baseline[count++] = adjusted ? (double)v / factors[Weekday(days[j].Date)] : (double)v;
            }
        }

        return count;
    }

    /// <summary>
    /// The seven weekday factors from the judged days of the previous <see cref="AnomalyPolicy.SeasonalWeeks"/> weeks; false
    /// (factors left 0) when a weekday has fewer than <see cref="AnomalyPolicy.MinimumSeasonalDays"/> days, a median is 0,
    /// or no weekday stands more than 3 standard errors from the rest (adjusting for noise would only add noise).
    /// </summary>
    private static bool WeekdayFactors(DayTotals[] days, decimal?[] values, int t, AnomalyPolicy policy, double[] buffer, double[] scratch, Span<double> factors)
    {
        factors.Clear();

        // One pass: all judged values of the window into buffer, then each weekday's values after them in date order.
        var first = First(days, t, days[t].Date.PlusWeeks(-policy.SeasonalWeeks));
        Span<int> counts = stackalloc int[7];
        var all = 0;
        for (var j = first; j < t; j++)
        {
            if (values[j] is not null)
            {
                counts[Weekday(days[j].Date)]++;
                all++;
            }
        }

        foreach (var count in counts)
        {
            if (count < policy.MinimumSeasonalDays)
            {
                return false;
            }
        }

        Span<int> next = stackalloc int[7];
        next[0] = all;
        for (var w = 1; w < 7; w++)
        {
            next[w] = next[w - 1] + counts[w - 1];
        }

        var k = 0;
        for (var j = first; j < t; j++)
        {
            if (values[j] is { } v)
            {
                buffer[k++] = (double)v;
                buffer[next[Weekday(days[j].Date)]++] = (double)v;
            }
        }

        var overall = RobustStatistics.Median(buffer.AsSpan(0, all), scratch);
        if (!(overall > 0d))
        {
            return false;
        }

        // The spread of all days, relative to their median, gives each weekday median's standard error (√(π/2)·s/√n).
        var spread = RobustStatistics.Robust(buffer.AsSpan(0, all), overall, scratch).Scale / overall;
        var evident = false;
        var start = all;
        for (var w = 0; w < 7; w++)
        {
            var median = RobustStatistics.Median(buffer.AsSpan(start, counts[w]), scratch);
            start += counts[w];
            if (!(median > 0d))
            {
                factors.Clear();
                return false;
            }

            factors[w] = median / overall;
            evident |= Math.Abs(factors[w] - 1d) > SeasonalEvidence * RobustStatistics.MeanAbsoluteDeviationToSigma * spread / Math.Sqrt(counts[w]);
        }

        if (!evident)
        {
            factors.Clear();
        }

        return evident;
    }

    private static int Weekday(LocalDate date) => (int)date.DayOfWeek - 1;

    /// <summary>The first index before <paramref name="t"/> on or after <paramref name="start"/>.</summary>
    private static int First(DayTotals[] days, int t, LocalDate start)
    {
        var j = t;
        while (j > 0 && days[j - 1].Date >= start)
        {
            j--;
        }

        return j;
    }

    private static bool BaselineHasVolume(DayTotals[] days, decimal?[] values, int t, AnomalyMetric metric, AnomalyPolicy policy)
    {
        long volume = 0;
        for (var j = First(days, t, days[t].Date.PlusDays(-policy.BaselineDays)); j < t; j++)
        {
            if (values[j] is not null)
            {
                volume += metric == AnomalyMetric.Ctr ? days[j].Impressions : days[j].Clicks;
            }
        }

        return volume >= (metric == AnomalyMetric.Ctr ? policy.MinimumBaselineImpressions : policy.MinimumBaselineClicks);
    }

    private static void Judge(string key, LocalDate date, AnomalyMetric metric, decimal x, ReadOnlySpan<double> baseline, double? weekdayFactor, AnomalyPolicy policy, double[] scratch, StringBuilder detail, List<Anomaly> into)
    {
        detail.Clear();
        var methods = new List<string>(4);
        double? expected = null;

        // With weekday seasonality the baseline is in weekday-adjusted units: the day is divided by its weekday's factor,
        // and what is expected is multiplied back, so Value and Expected stay in the metric's own units.
        var f = weekdayFactor ?? 1d;
        var value = (double)x / f;
        var c = CultureInfo.InvariantCulture;
        if (policy.Detectors.HasFlag(AnomalyDetectors.FixedRatio))
        {
            var mean = (decimal)(RobustStatistics.Mean(baseline) * f);
            foreach (var rule in policy.RatioRules)
            {
                if (rule.Metric == metric && rule.IsBrokenBy(x, mean))
                {
                    Fired(methods, detail, "ratio", ref expected, (double)mean);
                    detail.Append(c, $"{rule.Name}: {x:0.######} > (1 + {rule.Threshold.Percent:0.####}%) × mean {mean:0.######}");
                }
            }
        }

        if (policy.Detectors.HasFlag(AnomalyDetectors.RobustZ))
        {
            var robust = RobustStatistics.Robust(baseline, value, scratch);
            if (Math.Abs(robust.Z) > policy.RobustZThreshold)
            {
                Fired(methods, detail, "mad", ref expected, robust.Median * f);
                detail.Append(c, $"robust z {robust.Z:0.##} beyond ±{policy.RobustZThreshold:0.##} (median {robust.Median:0.######}, scale {robust.Scale:0.######})");
            }
        }

        if (policy.Detectors.HasFlag(AnomalyDetectors.Ewma))
        {
            var ewma = RobustStatistics.Ewma(baseline, value, policy.EwmaLambda, policy.EwmaWidth);
            if (ewma.Side != 0)
            {
                Fired(methods, detail, "ewma", ref expected, ewma.Target * f);
                detail.Append(c, $"EWMA {ewma.Statistic:0.######} outside {ewma.Target:0.######} ± {ewma.Limit:0.######} (λ {policy.EwmaLambda:0.##}, L {policy.EwmaWidth:0.##}, σ {ewma.Sigma:0.######})");
            }
        }

        if (policy.Detectors.HasFlag(AnomalyDetectors.Cusum))
        {
            // The day must push a sum over h: a shift that ended inside the baseline does not flag a normal day.
            var cusum = RobustStatistics.Cusum(baseline, value, policy.CusumK);
            var up = cusum.CrossesUp(policy.CusumH);
            var down = cusum.CrossesDown(policy.CusumH);
            if (up || down)
            {
                Fired(methods, detail, "cusum", ref expected, cusum.Target * f);
                detail.Append(c, $"CUSUM {(up ? "S+ " + cusum.Upper.ToString("0.##", c) : "S- " + cusum.Lower.ToString("0.##", c))} > h {policy.CusumH:0.##} (k {policy.CusumK:0.##}, target {cusum.Target:0.######}, σ {cusum.Sigma:0.######})");
            }
        }

        if (methods.Count > 0)
        {
            detail.Append(c, $" — against the {baseline.Length} previous days");
            if (weekdayFactor is { } wf)
            {
                detail.Append(c, $", weekday-adjusted ({date.DayOfWeek} factor {wf:0.###}; the statistics are in adjusted units)");
            }

            detail.Append('.');
            into.Add(new Anomaly(key, date, NameOf(metric), x, (decimal)expected!.Value, string.Join(',', methods), detail.ToString()));
        }
    }

    private static void Fired(List<string> methods, StringBuilder detail, string method, ref double? expected, double baseline)
    {
        if (!methods.Contains(method))
        {
            methods.Add(method);
        }

        expected ??= baseline;
        if (detail.Length > 0)
        {
            detail.Append("; ");
        }
    }
}

/// <summary>One key's totals on one day.</summary>
internal readonly record struct DayTotals(LocalDate Date, long Impressions, long Clicks, long Orders, decimal Spend, decimal Sales)
{
    /// <summary>Whether the day has the volume to be judged, or to count in a baseline, on <paramref name="metric"/>.</summary>
    public bool Judged(AnomalyMetric metric, AnomalyPolicy policy) =>
        metric == AnomalyMetric.Ctr ? Impressions >= Math.Max(policy.MinimumDayImpressions, 1) : Clicks >= Math.Max(policy.MinimumDayClicks, 1);

    /// <summary>The metric's value, or null where it has none (ACoS without sales).</summary>
    public decimal? Value(AnomalyMetric metric) => metric switch
    {
        AnomalyMetric.Cpc => Spend / Clicks,
        AnomalyMetric.Ctr => (decimal)Clicks / Impressions,
        AnomalyMetric.Cvr => (decimal)Orders / Clicks,
        AnomalyMetric.Acos => Sales > 0m ? Spend / Sales : null,
        _ => Spend,
    };
}
