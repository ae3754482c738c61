using MathNet.Numerics.Distributions;

namespace CrossBorder.Scorecards;

/// <summary>Planning an A/B test's sample size before it starts.</summary>
public static class SampleSize
{
    /// <summary>
    /// The visitors needed in each arm to detect a rise from <paramref name="baseline"/> to baseline +
    /// <paramref name="minimumDetectableEffect"/> (an absolute difference: 0.01 is one percentage point) with a
    /// two-sided test at <paramref name="alpha"/> and the given <paramref name="power"/>, by the normal approximation
    /// n = (z₁₋α/₂·√(2·p̄(1 − p̄)) + z₁₋β·√(p₁(1 − p₁) + p₂(1 − p₂)))² ÷ δ², p̄ = (p₁ + p₂)/2, rounded up; no continuity
    /// correction.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A baseline, alpha or power outside (0, 1), or an effect that is not positive, takes the rate above 1, or is so small that the size overflows.</exception>
    public static long ForTwoProportions(double baseline, double minimumDetectableEffect, double alpha = 0.05, double power = 0.8)
    {
        Probability.Require(baseline, nameof(baseline));
        Probability.Require(alpha, nameof(alpha));
        Probability.Require(power, nameof(power));
        if (!(minimumDetectableEffect > 0d && baseline + minimumDetectableEffect <= 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(minimumDetectableEffect), minimumDetectableEffect, "The minimum detectable effect is an absolute rise above 0 that keeps baseline + effect at most 1.");
        }

        var p1 = baseline;
        var p2 = baseline + minimumDetectableEffect;
        var mean = (p1 + p2) / 2d;
        var za = Normal.InvCDF(0d, 1d, 1d - (alpha / 2d));
        var zb = Normal.InvCDF(0d, 1d, power);
        var root = (za * Math.Sqrt(2d * mean * (1d - mean))) + (zb * Math.Sqrt((p1 * (1d - p1)) + (p2 * (1d - p2))));
        var n = Math.Ceiling(root * root / (minimumDetectableEffect * minimumDetectableEffect));
        return n < long.MaxValue
            ? (long)n
            : throw new ArgumentOutOfRangeException(nameof(minimumDetectableEffect), minimumDetectableEffect, "The effect is too small to detect with any sample that can be counted.");
    }
}
