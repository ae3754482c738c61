using System.Globalization;
using MathNet.Numerics.Distributions;

namespace CrossBorder.Replenishment;

/// <summary>Which service measure a target is stated in.</summary>
public enum ServiceMeasure
{
    /// <summary>Cycle service level (α, type 1): the probability of no stock-out in a replenishment cycle.</summary>
    CycleServiceLevel = 1,

    /// <summary>Fill rate (β, type 2): the share of demand met from stock on hand.</summary>
    FillRate = 2,
}

/// <summary>A service target: a measure and a level strictly between 0 and 1.</summary>
public readonly struct ServiceTarget : IEquatable<ServiceTarget>
{
    private ServiceTarget(ServiceMeasure measure, double level)
    {
        Measure = measure;
        Level = level;
    }

    /// <summary>The measure.</summary>
    public ServiceMeasure Measure { get; }

    /// <summary>The level, such as 0.95.</summary>
    public double Level { get; }

    /// <summary>A cycle-service-level target, P(no stock-out per cycle) = <paramref name="level"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static ServiceTarget CycleServiceLevel(double level)
    {
        Guard.Probability(level, nameof(level));
        return new ServiceTarget(ServiceMeasure.CycleServiceLevel, level);
    }

    /// <summary>A fill-rate target: the share of demand served from stock is <paramref name="level"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    public static ServiceTarget FillRate(double level)
    {
        Guard.Probability(level, nameof(level));
        return new ServiceTarget(ServiceMeasure.FillRate, level);
    }

    /// <summary>A target of the given measure.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The measure is unknown or the level is not strictly between 0 and 1.</exception>
    public static ServiceTarget Of(ServiceMeasure measure, double level) => measure switch
    {
        ServiceMeasure.CycleServiceLevel => CycleServiceLevel(level),
        ServiceMeasure.FillRate => FillRate(level),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown service measure."),
    };

    internal void EnsureValid(string name)
    {
        if (Measure is not (ServiceMeasure.CycleServiceLevel or ServiceMeasure.FillRate))
        {
            throw new ArgumentException("The service target is a default value; create it with ServiceTarget.CycleServiceLevel or ServiceTarget.FillRate.", name);
        }
    }

    /// <inheritdoc />
    public bool Equals(ServiceTarget other) => Measure == other.Measure && Level.Equals(other.Level);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ServiceTarget other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Measure, Level);

    /// <summary>Equality of measure and level.</summary>
    public static bool operator ==(ServiceTarget left, ServiceTarget right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ServiceTarget left, ServiceTarget right) => !left.Equals(right);

    /// <summary><c>CycleServiceLevel 95%</c>, invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Measure} {Level * 100:G6}%");
}

/// <summary>
/// Service measures under normally distributed lead-time demand: the cycle service level ↔ safety factor
/// z = Φ⁻¹(CSL), the standard normal loss function G(z) = φ(z) − z(1 − Φ(z)) = E[(X − z)⁺] and its inverse, and
/// the fill rate β = 1 − σ·G(z)/Q (backorders; Silver, Pyke &amp; Thomas 2017, ch. 6–7).
/// </summary>
public static class ServiceLevel
{
    /// <summary>The safety factor z = Φ⁻¹(CSL) for a cycle service level.</summary>
    /// <param name="cycleServiceLevel">Strictly between 0 and 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The level is not strictly between 0 and 1.</exception>
    public static double SafetyFactor(double cycleServiceLevel)
    {
        Guard.Probability(cycleServiceLevel, nameof(cycleServiceLevel));
        return Normal.InvCDF(0, 1, cycleServiceLevel);
    }

    /// <summary>The cycle service level Φ(z) of a safety factor.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="safetyFactor"/> is NaN.</exception>
    public static double CycleServiceLevel(double safetyFactor)
    {
        if (double.IsNaN(safetyFactor))
        {
            throw new ArgumentOutOfRangeException(nameof(safetyFactor), safetyFactor, "The safety factor must not be NaN.");
        }

        return Normal.CDF(0, 1, safetyFactor);
    }

    /// <summary>
    /// The standard normal loss function G(z) = φ(z) − z·(1 − Φ(z)) = E[(X − z)⁺], X ~ N(0, 1): expected units short
    /// per unit of σ. Always positive and decreasing; G(0) = 1/√(2π) ≈ 0.3989.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="z"/> is not finite.</exception>
    public static double NormalLoss(double z)
    {
        Guard.Finite(z, nameof(z));
        return Loss(z);
    }

    /// <summary>
    /// The z with G(z) = <paramref name="loss"/>, by a safeguarded Newton iteration (Newton on G'(z) = Φ(z) − 1 inside a
    /// bisection bracket [−loss − 1, 40], so it never leaves the bracket), to 1e-12 relative accuracy in G.
    /// </summary>
    /// <param name="loss">A positive expected shortage per unit of σ.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="loss"/> is not finite and positive.</exception>
    public static double InverseNormalLoss(double loss)
    {
        Guard.Positive(loss, nameof(loss));

        // G(z) > −z for every z (E[(X−z)⁺] ≥ E[X−z]), so G(−loss−1) > loss; G(40) underflows to 0 < loss.
        double lo = -loss - 1, hi = 40;
        var z = loss < 0.3989 ? Math.Min(Math.Sqrt(-2 * Math.Log(loss)), 38) - 1 : -loss;
        z = Math.Clamp(z, lo, hi);
        for (var i = 0; i < 200; i++)
        {
            var f = Loss(z) - loss;
            if (Math.Abs(f) <= 1e-12 * loss)
            {
                return z;
            }

            if (f > 0)
            {
                lo = z;
            }
            else
            {
                hi = z;
            }

            var slope = -Normal.CDF(0, 1, -z);
            var next = slope < 0 ? z - (f / slope) : double.NaN;
            z = next > lo && next < hi ? next : 0.5 * (lo + hi);
            if (hi - lo < 1e-15 * Math.Max(1, Math.Abs(z)))
            {
                return z;
            }
        }

        return z;
    }

    /// <summary>
    /// The fill rate of a safety factor: β = 1 − σ_L·G(z)/Q with backorders, or β = 1 − σ_L·G(z)/(Q + σ_L·G(z)) with lost
    /// sales; never below 0.
    /// </summary>
    /// <param name="safetyFactor">z, finite.</param>
    /// <param name="orderQuantity">Q, the mean replenishment per cycle (d̄·R for periodic review), positive.</param>
    /// <param name="leadTimeDemandStandardDeviation">σ over the protection interval, positive.</param>
    /// <param name="lostSales">True for the lost-sales variant.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is NaN, infinite or not positive.</exception>
    public static double FillRate(double safetyFactor, double orderQuantity, double leadTimeDemandStandardDeviation, bool lostSales = false)
    {
        Guard.Finite(safetyFactor, nameof(safetyFactor));
        Guard.Positive(orderQuantity, nameof(orderQuantity));
        Guard.Positive(leadTimeDemandStandardDeviation, nameof(leadTimeDemandStandardDeviation));
        var shortage = leadTimeDemandStandardDeviation * Loss(safetyFactor);
        var beta = lostSales ? orderQuantity / (orderQuantity + shortage) : 1 - (shortage / orderQuantity);
        return Math.Max(beta, 0);
    }

    /// <summary>
    /// The safety factor that meets a fill rate β: z with G(z) = (1 − β)·Q/σ_L (backorders) or (1 − β)/β·Q/σ_L (lost
    /// sales). Example: Q = 500, σ_L = 100, β = 0.99 → G(z) = 0.05 → z ≈ 1.25.
    /// </summary>
    /// <param name="fillRate">β, strictly between 0 and 1.</param>
    /// <param name="orderQuantity">Q, the mean replenishment per cycle, positive.</param>
    /// <param name="leadTimeDemandStandardDeviation">σ over the protection interval, positive.</param>
    /// <param name="lostSales">True for the lost-sales variant.</param>
    /// <exception cref="ArgumentOutOfRangeException">β is not in (0, 1), or Q or σ is not finite and positive.</exception>
    public static double FillRateSafetyFactor(double fillRate, double orderQuantity, double leadTimeDemandStandardDeviation, bool lostSales = false)
    {
        Guard.Probability(fillRate, nameof(fillRate));
        Guard.Positive(orderQuantity, nameof(orderQuantity));
        Guard.Positive(leadTimeDemandStandardDeviation, nameof(leadTimeDemandStandardDeviation));
        var ratio = orderQuantity / leadTimeDemandStandardDeviation;
        var loss = lostSales ? (1 - fillRate) / fillRate * ratio : (1 - fillRate) * ratio;
        return InverseNormalLoss(loss);
    }

    /// <summary>The safety factor for a target: Φ⁻¹ for a CSL, the inverse loss for a fill rate (which needs Q).</summary>
    /// <exception cref="ArgumentException">A fill-rate target without a positive order quantity, or a default target.</exception>
    public static double SafetyFactor(ServiceTarget target, double orderQuantity, double leadTimeDemandStandardDeviation)
    {
        target.EnsureValid(nameof(target));
        return target.Measure == ServiceMeasure.CycleServiceLevel
            ? SafetyFactor(target.Level)
            : FillRateSafetyFactor(target.Level, orderQuantity, leadTimeDemandStandardDeviation);
    }

    internal static double Loss(double z) => Normal.PDF(0, 1, z) - (z * Normal.CDF(0, 1, -z));
}
