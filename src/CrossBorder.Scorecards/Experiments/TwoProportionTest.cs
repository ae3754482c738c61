using MathNet.Numerics.Distributions;

namespace CrossBorder.Scorecards;

/// <summary>Conversions out of trials in one arm of an experiment.</summary>
public readonly record struct ProportionSample
{
    /// <summary>Creates a sample.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Trials not positive, or successes negative or above the trials.</exception>
    public ProportionSample(long successes, long trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        Successes = successes;
        Trials = trials;
    }

    /// <summary>The successes (conversions).</summary>
    public long Successes { get; }

    /// <summary>The trials (visitors, sessions).</summary>
    public long Trials { get; }

    /// <summary>Successes ÷ trials.</summary>
    public double Rate => (double)Successes / Trials;

    internal void EnsureValid(string parameter)
    {
        if (Trials <= 0)
        {
            throw new ArgumentException("A sample needs at least one trial (a default sample has none).", parameter);
        }
    }
}

/// <summary>A two-proportion test's readout: both rates, the difference B − A, the pooled z and its p-value, and the interval.</summary>
/// <param name="RateA">A's rate.</param>
/// <param name="RateB">B's rate.</param>
/// <param name="Difference">B − A.</param>
/// <param name="Z">The pooled z statistic; 0 when both arms are all successes or all failures (no variation to test).</param>
/// <param name="PValue">The two-sided p-value 2·(1 − Φ(|z|)).</param>
/// <param name="Confidence">The interval's confidence level.</param>
/// <param name="Lower">The Newcombe (hybrid Wilson score) interval's lower end for B − A.</param>
/// <param name="Upper">Its upper end.</param>
public sealed record TwoProportionResult(double RateA, double RateB, double Difference, double Z, double PValue, double Confidence, double Lower, double Upper)
{
    /// <summary>Whether the p-value is below <paramref name="alpha"/>.</summary>
    public bool IsSignificant(double alpha)
    {
        Probability.Require(alpha, nameof(alpha));
        return PValue < alpha;
    }
}

/// <summary>
/// The two-proportion z-test for an A/B test on a conversion rate: z = (p_B − p_A) ÷ √(p(1 − p)(1/n_A + 1/n_B)) with the
/// pooled p = (x_A + x_B) ÷ (n_A + n_B), two-sided p-value from the normal; the interval for the difference is
/// Newcombe's hybrid score interval built from each arm's Wilson score interval (it stays inside [−1, 1] and behaves
/// at small counts, where the unpooled Wald interval does not). The normal approximation is poor for tiny counts.
/// </summary>
public static class TwoProportionTest
{
    /// <summary>Tests B against A.</summary>
    /// <exception cref="ArgumentException">A default sample, or a confidence level outside (0, 1).</exception>
    public static TwoProportionResult Run(ProportionSample a, ProportionSample b, double confidence = 0.95)
    {
        a.EnsureValid(nameof(a));
        b.EnsureValid(nameof(b));
        Probability.Require(confidence, nameof(confidence));
        double pa = a.Rate, pb = b.Rate, difference = pb - pa;
        var pooled = (double)(a.Successes + b.Successes) / (a.Trials + b.Trials);
        var se = Math.Sqrt(pooled * (1d - pooled) * ((1d / a.Trials) + (1d / b.Trials)));
        var z = se > 0d ? difference / se : 0d;
        var p = 2d * Normal.CDF(0d, 1d, -Math.Abs(z));
        var zc = Normal.InvCDF(0d, 1d, 1d - ((1d - confidence) / 2d));
        var (la, ua) = Wilson(a.Successes, a.Trials, zc);
        var (lb, ub) = Wilson(b.Successes, b.Trials, zc);
        var lower = difference - Math.Sqrt(((pb - lb) * (pb - lb)) + ((ua - pa) * (ua - pa)));
        var upper = difference + Math.Sqrt(((ub - pb) * (ub - pb)) + ((pa - la) * (pa - la)));
        return new(pa, pb, difference, z, p, confidence, lower, upper);
    }

    /// <summary>The Wilson score interval (p̂ + z²/2n ± z√(p̂(1 − p̂)/n + z²/4n²)) ÷ (1 + z²/n).</summary>
    internal static (double Lower, double Upper) Wilson(long successes, long trials, double z)
    {
        var n = (double)trials;
        var p = successes / n;
        var z2 = z * z;
        var centre = p + (z2 / (2d * n));
        var half = z * Math.Sqrt((p * (1d - p) / n) + (z2 / (4d * n * n)));
        var denominator = 1d + (z2 / n);
        return (Math.Max(0d, (centre - half) / denominator), Math.Min(1d, (centre + half) / denominator));
    }
}

/// <summary>Checks of probabilities, levels and shares shared by the experiment types.</summary>
internal static class Probability
{
    /// <summary>Throws unless 0 &lt; <paramref name="value"/> &lt; 1.</summary>
    internal static void Require(double value, string parameter)
    {
        if (!(value > 0d && value < 1d))
        {
            throw new ArgumentOutOfRangeException(parameter, value, "Must be strictly between 0 and 1.");
        }
    }
}
