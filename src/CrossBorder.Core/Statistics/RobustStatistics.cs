namespace CrossBorder.Statistics;

/// <summary>A robust z-score: where <c>x</c> sits against the baseline's median, in units of the robust scale.</summary>
/// <param name="Median">The baseline's median.</param>
/// <param name="Scale">1.4826 × MAD, or 1.253314 × the mean absolute deviation from the median when MAD is 0; 0 when both are.</param>
/// <param name="Z">(x − median) ÷ scale; NaN when the scale is 0.</param>
internal readonly record struct RobustScore(double Median, double Scale, double Z);

/// <summary>An EWMA chart's last point: the statistic, its centre and its half-width.</summary>
internal readonly record struct EwmaScore(double Target, double Sigma, double Statistic, double Limit)
{
    /// <summary>+1 above the upper limit, −1 below the lower, 0 inside or when σ is 0 (a flat baseline has no limits).</summary>
    internal int Side => Sigma > 0d && Math.Abs(Statistic - Target) > Limit ? Math.Sign(Statistic - Target) : 0;
}

/// <summary>A tabular CUSUM's last point and the one before it, in σ units.</summary>
internal readonly record struct CusumScore(double Target, double Sigma, double Upper, double Lower, double UpperBefore, double LowerBefore)
{
    /// <summary>Whether the point pushes S⁺ above <paramref name="h"/> and raises it (a shift that ended inside the baseline does not flag a normal point).</summary>
    internal bool CrossesUp(double h) => Upper > h && Upper > UpperBefore;

    /// <summary>Whether the point pushes S⁻ above <paramref name="h"/> and raises it.</summary>
    internal bool CrossesDown(double h) => Lower > h && Lower > LowerBefore;
}

/// <summary>
/// Robust and control-chart statistics shared by the packages' anomaly and alert detectors (median, MAD, EWMA, tabular
/// CUSUM), on a baseline that the caller keeps free of the point under test. Compiled into each package as internal
/// shared source (ADR 0006).
/// </summary>
internal static class RobustStatistics
{
    /// <summary>The consistency constant that makes 1.4826 × MAD estimate σ for normal data.</summary>
    internal const double MadToSigma = 1.4826;

    /// <summary>The constant that makes 1.253314 × the mean absolute deviation estimate σ (√(π/2)), used when MAD is 0.</summary>
    internal const double MeanAbsoluteDeviationToSigma = 1.253314;

    /// <summary>d2 for moving ranges of 2: σ ≈ mean moving range ÷ 1.128.</summary>
    internal const double MovingRangeToSigma = 1.128;

    internal static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0d;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    /// <summary>The median; <paramref name="scratch"/> (at least as long) is overwritten.</summary>
    internal static double Median(ReadOnlySpan<double> values, Span<double> scratch)
    {
        var copy = scratch[..values.Length];
        values.CopyTo(copy);
        copy.Sort();
        var mid = copy.Length / 2;
        return copy.Length % 2 == 1 ? copy[mid] : (copy[mid - 1] + copy[mid]) / 2d;
    }

    internal static RobustScore Robust(ReadOnlySpan<double> baseline, double x, Span<double> scratch)
    {
        var median = Median(baseline, scratch);
        var deviations = scratch[..baseline.Length];
        var meanAbsolute = 0d;
        for (var i = 0; i < baseline.Length; i++)
        {
            deviations[i] = Math.Abs(baseline[i] - median);
            meanAbsolute += deviations[i];
        }

        meanAbsolute /= baseline.Length;
        var mad = Median(deviations, scratch);
        var scale = mad > 0d ? MadToSigma * mad : MeanAbsoluteDeviationToSigma * meanAbsolute;
        return new(median, scale, scale > 0d ? (x - median) / scale : double.NaN);
    }

    /// <summary>σ from the mean moving range of consecutive baseline points.</summary>
    internal static double MovingRangeSigma(ReadOnlySpan<double> baseline)
    {
        var sum = 0d;
        for (var i = 1; i < baseline.Length; i++)
        {
            sum += Math.Abs(baseline[i] - baseline[i - 1]);
        }

        return baseline.Length < 2 ? 0d : sum / (baseline.Length - 1) / MovingRangeToSigma;
    }

    /// <summary>
    /// The EWMA z = λ·v + (1 − λ)·z from z₀ = the baseline mean, run over the baseline and then <paramref name="x"/>;
    /// the steady-state limit L·σ·√(λ / (2 − λ)) with σ from the baseline's moving ranges.
    /// </summary>
    internal static EwmaScore Ewma(ReadOnlySpan<double> baseline, double x, double lambda, double width)
    {
        var target = Mean(baseline);
        var z = target;
        foreach (var v in baseline)
        {
            z = (lambda * v) + ((1d - lambda) * z);
        }

        z = (lambda * x) + ((1d - lambda) * z);
        var sigma = MovingRangeSigma(baseline);
        return new(target, sigma, z, width * sigma * Math.Sqrt(lambda / (2d - lambda)));
    }

    /// <summary>
    /// The tabular CUSUM on u = (v − mean) ÷ σ (both from the baseline): S⁺ = max(0, S⁺ + u − k), S⁻ = max(0, S⁻ − u − k),
    /// run over the baseline and then <paramref name="x"/>. NaN sums when σ is 0.
    /// </summary>
    internal static CusumScore Cusum(ReadOnlySpan<double> baseline, double x, double k)
    {
        var target = Mean(baseline);
        var sigma = MovingRangeSigma(baseline);
        if (!(sigma > 0d))
        {
            return new(target, sigma, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double upper = 0d, lower = 0d;
        foreach (var v in baseline)
        {
            var u = (v - target) / sigma;
            upper = Math.Max(0d, upper + u - k);
            lower = Math.Max(0d, lower - u - k);
        }

        var ux = (x - target) / sigma;
        return new(target, sigma, Math.Max(0d, upper + ux - k), Math.Max(0d, lower - ux - k), upper, lower);
    }
}
