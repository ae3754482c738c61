using MathNet.Numerics.Distributions;

namespace CrossBorder.Advertising;

/// <summary>
/// Small-sample statistics of conversion rates: the Wilson score interval, and the chance of no order in a number of
/// clicks. Pure functions; the Beta credible interval and P(CVR &lt; x) are on <see cref="BetaCvr"/>.
/// </summary>
public static class CvrStatistics
{
    /// <summary>
    /// The Wilson score interval for <paramref name="count"/> at <paramref name="confidence"/>: centre
    /// (p̂ + z²/2n) ÷ (1 + z²/n), half-width z·√(p̂(1 − p̂)/n + z²/4n²) ÷ (1 + z²/n), z the two-sided normal quantile.
    /// Stays within [0, 1] and behaves at p̂ = 0 or 1.
    /// </summary>
    /// <exception cref="ArgumentException">No clicks, or the confidence is not strictly between 0 and 1.</exception>
    public static ProportionInterval Wilson(ConversionCount count, double confidence)
    {
        RequireProbability(confidence, nameof(confidence));
        if (count.Clicks == 0)
        {
            throw new ArgumentException("A rate of no clicks has no interval.", nameof(count));
        }

        double n = count.Clicks;
        var p = count.Orders / n;
        var z = Normal.InvCDF(0d, 1d, 1d - ((1d - confidence) / 2d));
        var z2 = z * z;
        var denominator = 1d + (z2 / n);
        var centre = (p + (z2 / (2d * n))) / denominator;
        var half = z * Math.Sqrt((p * (1d - p) / n) + (z2 / (4d * n * n))) / denominator;
        return new(Math.Max(0d, centre - half), Math.Min(1d, centre + half), confidence);
    }

    /// <summary>
    /// P(no order in <paramref name="clicks"/> clicks | CVR = <paramref name="cvr"/>) = (1 − cvr)^clicks: at clicks = 1/cvr
    /// about 37%, at 3/cvr about 5% (the rule of three).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is outside [0, 1] or the clicks are negative.</exception>
    public static double ProbabilityOfNoOrder(double cvr, long clicks)
    {
        if (!(cvr >= 0d && cvr <= 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(cvr), cvr, "A conversion rate lies in [0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(clicks);
        return Math.Pow(1d - cvr, clicks);
    }

    internal static double RequireProbability(double value, string name) =>
        value > 0d && value < 1d ? value : throw new ArgumentOutOfRangeException(name, value, "A probability lies strictly between 0 and 1.");

    internal static void RequirePositiveFinite(double value, string name)
    {
        if (!(value > 0d && double.IsFinite(value)))
        {
            throw new ArgumentOutOfRangeException(name, value, "A positive finite number is required.");
        }
    }
}
