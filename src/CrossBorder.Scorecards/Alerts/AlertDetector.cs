using System.Globalization;
using CrossBorder.Statistics;
using NodaTime;

namespace CrossBorder.Scorecards;

/// <summary>
/// Raises alerts on metric series: period-over-period (with a floor on the base and confirmation periods), a robust
/// z-score on median/MAD, an EWMA chart, a tabular CUSUM and four Western Electric run rules (1: one point beyond 3σ;
/// 2: two of three beyond 2σ on one side; 3: four of five beyond 1σ on one side; 4: eight in a row on one side of the
/// centre). Each test judges a point against the points before it, never the point itself; the run rules take their
/// centre and σ from the points before the run's window, so no point of the run is in its own baseline. Only moves in
/// the policy's bad direction count. One alert per metric, entity and date lists every test that fired (methods joined
/// by <c>+</c>, details by <c>; </c>); amber when one test fired, red when two or more agree.
/// </summary>
public static class AlertDetector
{
    /// <summary>The widest run-rule window (rule 4's eight points).</summary>
    private const int RunWindow = 8;

    /// <summary>The relative slack in the period-over-period threshold for the rounding of doubles.</summary>
    private const double ThresholdTolerance = 1e-9;

    /// <summary>Alerts on every series, in series order and then date order.</summary>
    /// <exception cref="ArgumentException">A null series, or two series for the same metric and entity (refused rather than merged).</exception>
    public static IReadOnlyList<ScorecardAlert> Detect(IEnumerable<MetricSeries> series, AlertPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        var seen = new HashSet<(string, string)>();
        var alerts = new List<ScorecardAlert>();
        foreach (var s in series)
        {
            if (s is null)
            {
                throw new ArgumentException("A series is null.", nameof(series));
            }

            if (!seen.Add((s.MetricId, s.Entity)))
            {
                throw new ArgumentException($"Two series for metric '{s.MetricId}' and entity '{s.Entity}'.", nameof(series));
            }

            alerts.AddRange(Detect(s, policy));
        }

        return alerts.AsReadOnly();
    }

    /// <summary>Alerts on one series, in date order.</summary>
    public static IReadOnlyList<ScorecardAlert> Detect(MetricSeries series, AlertPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        var points = series.Points;
        var values = points.Select(p => p.Value).ToArray();
        var byDate = new Dictionary<LocalDate, double>(points.Count);
        foreach (var p in points)
        {
            byDate[p.Date] = p.Value;
        }

        var scratch = new double[policy.BaselinePoints];
        var breaches = new int[points.Count];
        var alerts = new List<ScorecardAlert>();
        var methods = new List<string>();
        var details = new List<string>();
        for (var t = 0; t < points.Count; t++)
        {
            methods.Clear();
            details.Clear();
            if (policy.PeriodOverPeriod is { } rule)
            {
                PeriodOverPeriod(rule, policy.Direction, points, byDate, breaches, t, methods, details);
            }

            if (policy.StatisticalTests)
            {
                Statistical(policy, values, t, scratch, methods, details);
            }

            if (policy.RunRules)
            {
                RunRules(policy, values, t, scratch, methods, details);
            }

            if (methods.Count > 0)
            {
                alerts.Add(new(series.MetricId, series.Entity, points[t].Date, string.Join('+', methods), methods.Count > 1 ? RagStatus.Red : RagStatus.Amber, string.Join("; ", details)));
            }
        }

        return alerts.AsReadOnly();
    }

    /// <summary>Whether a move of sign <paramref name="side"/> (+1 up, −1 down) is bad for the direction.</summary>
    private static bool Bad(Direction direction, int side) => side != 0 && direction switch
    {
        Direction.HigherIsBetter => side < 0,
        Direction.LowerIsBetter => side > 0,
        _ => true,
    };

    private static void PeriodOverPeriod(PeriodOverPeriodRule rule, Direction direction, IReadOnlyList<MetricPoint> points, Dictionary<LocalDate, double> byDate, int[] breaches, int t, List<string> methods, List<string> details)
    {
        var date = points[t].Date;
        var value = points[t].Value;
        var side = 0;
        var change = 0d;
        if (byDate.TryGetValue(date.PlusDays(-rule.LagDays), out var b) && b >= rule.BaseFloor && b > 0d)
        {
            // A change of exactly the threshold breaches it: the comparison allows the doubles' rounding (a relative 1e-9),
            // so that 0.7 → 0.595 is −15% whichever way the division rounds.
            change = (value - b) / b;
            var s = Math.Sign(value - b);
            if (Math.Abs(change) * 100d >= (double)rule.ThresholdPercent * (1d - ThresholdTolerance) && Bad(direction, s))
            {
                side = s;
            }
        }

        breaches[t] = side;
        if (side == 0)
        {
            return;
        }

        for (var i = 1; i < rule.ConfirmationPeriods; i++)
        {
            if (t - i < 0 || breaches[t - i] != side)
            {
                return;
            }
        }

        methods.Add("period-over-period");
        details.Add(string.Create(CultureInfo.InvariantCulture, $"{change:+0.#%;-0.#%} vs {date.PlusDays(-rule.LagDays):uuuu-MM-dd} ({value:0.######} against {b:0.######}; threshold {rule.ThresholdPercent}%, base floor {rule.BaseFloor:0.######}{(rule.ConfirmationPeriods > 1 ? $", {rule.ConfirmationPeriods} periods in a row" : "")})"));
    }

    private static void Statistical(AlertPolicy policy, double[] values, int t, double[] scratch, List<string> methods, List<string> details)
    {
        var baseline = Baseline(policy, values, t, scratch);
        if (baseline.IsEmpty)
        {
            return;
        }

        var x = values[t];
        var n = baseline.Length;
        var robust = RobustStatistics.Robust(baseline, x, scratch);
        if (!double.IsNaN(robust.Z) && Math.Abs(robust.Z) >= policy.RobustZ && Bad(policy.Direction, Math.Sign(robust.Z)))
        {
            methods.Add("robust-z");
            details.Add(string.Create(CultureInfo.InvariantCulture, $"robust z {robust.Z:0.##} beyond ±{policy.RobustZ:0.##} (median {robust.Median:0.######}, scale {robust.Scale:0.######}, {n} points before)"));
        }

        var ewma = RobustStatistics.Ewma(baseline, x, policy.EwmaLambda, policy.EwmaWidth);
        if (Bad(policy.Direction, ewma.Side))
        {
            methods.Add("ewma");
            details.Add(string.Create(CultureInfo.InvariantCulture, $"EWMA {ewma.Statistic:0.######} outside {ewma.Target:0.######} ± {ewma.Limit:0.######} (λ {policy.EwmaLambda:0.##}, L {policy.EwmaWidth:0.##}, σ {ewma.Sigma:0.######})"));
        }

        var cusum = RobustStatistics.Cusum(baseline, x, policy.CusumK);
        var side = cusum.CrossesUp(policy.CusumH) ? 1 : cusum.CrossesDown(policy.CusumH) ? -1 : 0;
        if (Bad(policy.Direction, side))
        {
            methods.Add("cusum");
            details.Add(string.Create(CultureInfo.InvariantCulture, $"CUSUM {(side > 0 ? "S+" : "S-")} {(side > 0 ? cusum.Upper : cusum.Lower):0.##} > h {policy.CusumH:0.##} (k {policy.CusumK:0.##}, target {cusum.Target:0.######}, σ {cusum.Sigma:0.######})"));
        }
    }

    private static void RunRules(AlertPolicy policy, double[] values, int t, double[] scratch, List<string> methods, List<string> details)
    {
        var start = t - RunWindow + 1;
        if (start < 0)
        {
            return;
        }

        var baseline = Baseline(policy, values, start, scratch);
        if (baseline.IsEmpty)
        {
            return;
        }

        var centre = RobustStatistics.Mean(baseline);
        var sigma = RobustStatistics.MovingRangeSigma(baseline);
        if (!(sigma > 0d))
        {
            return;
        }

        var window = values.AsSpan(start, RunWindow);
        var side = Math.Sign(values[t] - centre);
        if (!Bad(policy.Direction, side))
        {
            return;
        }

        var fired = new List<string>(4);
        if (Beyond(window[^1..], centre, sigma, side, 3d) == 1)
        {
            fired.Add("rule 1 (a point beyond 3σ)");
        }

        if (Math.Abs(values[t] - centre) > 2d * sigma && Beyond(window[^3..], centre, sigma, side, 2d) >= 2)
        {
            fired.Add("rule 2 (2 of 3 beyond 2σ on one side)");
        }

        if (Math.Abs(values[t] - centre) > sigma && Beyond(window[^5..], centre, sigma, side, 1d) >= 4)
        {
            fired.Add("rule 3 (4 of 5 beyond 1σ on one side)");
        }

        if (Beyond(window, centre, sigma, side, 0d) == RunWindow)
        {
            fired.Add("rule 4 (8 in a row on one side)");
        }

        if (fired.Count > 0)
        {
            methods.Add("run-rule");
            details.Add(string.Create(CultureInfo.InvariantCulture, $"Western Electric {string.Join(", ", fired)} (centre {centre:0.######}, σ {sigma:0.######} from the {baseline.Length} points before the last {RunWindow})"));
        }
    }

    /// <summary>How many of <paramref name="window"/> lie more than <paramref name="k"/>σ from the centre on <paramref name="side"/>.</summary>
    private static int Beyond(ReadOnlySpan<double> window, double centre, double sigma, int side, double k)
    {
        var count = 0;
        foreach (var v in window)
        {
            if (side * (v - centre) > k * sigma)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The up-to-<see cref="AlertPolicy.BaselinePoints"/> points before index <paramref name="end"/>, or empty when too few or below the floor.</summary>
    private static ReadOnlySpan<double> Baseline(AlertPolicy policy, double[] values, int end, double[] scratch)
    {
        var length = Math.Min(policy.BaselinePoints, end);
        if (length < policy.MinimumBaselinePoints)
        {
            return [];
        }

        var baseline = values.AsSpan(end - length, length);
        return RobustStatistics.Median(baseline, scratch) >= policy.Floor ? baseline : [];
    }
}
