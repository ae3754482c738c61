using System.Globalization;
using MathNet.Numerics;

namespace CrossBorder.Advertising;

/// <summary>How a prior's strength (α + β) was chosen.</summary>
public enum PriorSource
{
    /// <summary>Fitted by the method of moments over sibling rows, binomial noise subtracted.</summary>
    Fitted,

    /// <summary>The fixed pseudo-count: too few siblings with clicks to fit one.</summary>
    TooFewSiblings,

    /// <summary>The fixed pseudo-count: the fit is out of range (the siblings vary no more than binomial noise explains, so α + β is unbounded, or more than a Beta can, so α + β ≤ 0).</summary>
    FitOutOfRange,

    /// <summary>A posterior: a prior updated with a count.</summary>
    Posterior,
}

/// <summary>
/// A Beta(α, β) belief about a conversion rate: a prior from the parent and siblings, or a posterior after a count.
/// Its mean is α ÷ (α + β); updating with <c>o</c> orders in <c>n</c> clicks gives Beta(α + o, β + n − o), whose mean is
/// the shrunk CVR (o + α) ÷ (n + α + β). Statistics in <see cref="double"/>, as Math.NET's Beta distribution computes them.
/// </summary>
public sealed class BetaCvr
{
    /// <summary>Creates a Beta(α, β) belief.</summary>
    /// <exception cref="ArgumentOutOfRangeException">α or β is not a positive finite number, or the source is unknown.</exception>
    public BetaCvr(double alpha, double beta, PriorSource source)
    {
        CvrStatistics.RequirePositiveFinite(alpha, nameof(alpha));
        CvrStatistics.RequirePositiveFinite(beta, nameof(beta));
        if (!Enum.IsDefined(source))
        {
            throw new ArgumentOutOfRangeException(nameof(source), source, "Not a prior source.");
        }

        Alpha = alpha;
        Beta = beta;
        Source = source;
    }

    /// <summary>The Beta with mean <paramref name="mean"/> and strength α + β = <paramref name="strength"/> (a pseudo-count of clicks).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The mean is not strictly between 0 and 1, or the strength is not positive.</exception>
    public static BetaCvr FromMean(double mean, double strength, PriorSource source)
    {
        if (!(mean > 0d && mean < 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "A prior mean lies strictly between 0 and 1.");
        }

        CvrStatistics.RequirePositiveFinite(strength, nameof(strength));
        return new(mean * strength, (1d - mean) * strength, source);
    }

    /// <summary>α: prior orders.</summary>
    public double Alpha { get; }

    /// <summary>β: prior clicks without an order.</summary>
    public double Beta { get; }

    /// <summary>How the strength was chosen.</summary>
    public PriorSource Source { get; }

    /// <summary>α + β: how many clicks the belief is worth.</summary>
    public double Strength => Alpha + Beta;

    /// <summary>The mean α ÷ (α + β).</summary>
    public double Mean => Alpha / (Alpha + Beta);

    /// <summary>The posterior after <paramref name="count"/>: Beta(α + orders, β + clicks − orders).</summary>
    public BetaCvr Update(ConversionCount count) => new(Alpha + count.Orders, Beta + count.Failures, PriorSource.Posterior);

    /// <summary>P(CVR &lt; <paramref name="x"/>): the Beta CDF at <paramref name="x"/> (0 below 0, 1 above 1). Non-decreasing in <paramref name="x"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="x"/> is NaN.</exception>
    public double ProbabilityBelow(double x)
    {
        if (double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "A conversion rate is a number.");
        }

        return x <= 0d ? 0d : x >= 1d ? 1d : Math.Clamp(MathNet.Numerics.Distributions.Beta.CDF(Alpha, Beta, x), 0d, 1d);
    }

    /// <summary>The equal-tailed credible interval holding <paramref name="confidence"/> of the belief.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The confidence is not strictly between 0 and 1.</exception>
    public ProportionInterval CredibleInterval(double confidence)
    {
        CvrStatistics.RequireProbability(confidence, nameof(confidence));
        var tail = (1d - confidence) / 2d;
        return new(Quantile(tail), Quantile(1d - tail), confidence);
    }

    /// <summary>
    /// The x with P(CVR &lt; x) = <paramref name="p"/>: Newton's method on the regularized incomplete beta function, kept
    /// inside a shrinking bracket by bisection, to 10⁻¹² in probability (Math.NET's InvCDF is a general root search, about
    /// twice as slow).
    /// </summary>
    internal double Quantile(double p)
    {
        double lo = 0d, hi = 1d, x = Mean;
        var lnB = SpecialFunctions.BetaLn(Alpha, Beta);
        for (var i = 0; i < 200 && hi - lo > 1e-15; i++)
        {
            var f = SpecialFunctions.BetaRegularized(Alpha, Beta, x) - p;
            if (Math.Abs(f) < 1e-12)
            {
                return x;
            }

            if (f < 0d)
            {
                lo = x;
            }
            else
            {
                hi = x;
            }

            var density = Math.Exp(((Alpha - 1d) * Math.Log(x)) + ((Beta - 1d) * Math.Log(1d - x)) - lnB);
            var next = x - (f / density);
            x = next > lo && next < hi ? next : (lo + hi) / 2d;
        }

        return x;
    }

    /// <summary><c>Beta(2.5, 40.1)</c>, invariant.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Beta({Alpha:G4}, {Beta:G4})");
}

/// <summary>An interval for a proportion (a conversion or click-through rate) at a confidence level.</summary>
/// <param name="Lower">The lower bound, in [0, 1].</param>
/// <param name="Upper">The upper bound, in [0, 1].</param>
/// <param name="Confidence">The level, such as 0.95.</param>
public sealed record ProportionInterval(double Lower, double Upper, double Confidence);
