using System.Globalization;

namespace CrossBorder.Replenishment;

/// <summary>Which sources of uncertainty a safety stock covers.</summary>
public enum SafetyStockMethod
{
    /// <summary>Demand variability only, fixed lead time: z·σ_d·√L.</summary>
    DemandVariability = 1,

    /// <summary>Lead-time variability only, constant demand: z·d̄·σ_L.</summary>
    LeadTimeVariability = 2,

    /// <summary>Both, independent: z·√(L·σ_d² + d̄²·σ_L²) (law of total variance of lead-time demand).</summary>
    Combined = 3,

    /// <summary>The cumulative forecast error of a fitted ETS model over the lead time.</summary>
    EtsCumulativeError = 4,

    /// <summary>A discrete lead-time demand distribution (intermittent demand): the reorder point is a quantile.</summary>
    DiscreteDistribution = 5,

    /// <summary>A cover rule in weeks of demand (such as the 1+3 rule); the service level is implied, not targeted.</summary>
    CoverRule = 6,
}

/// <summary>
/// A safety stock with its breakdown: SS = <see cref="SafetyFactor"/> × <see cref="LeadTimeDemandStandardDeviation"/>,
/// the formula, its source and the target it meets, so that a planner who questions it can redo it by hand.
/// </summary>
public sealed class SafetyStockResult
{
    internal SafetyStockResult(
        double units,
        double safetyFactor,
        double leadTimeDemandMean,
        double leadTimeDemandStandardDeviation,
        double protectionPeriods,
        ServiceTarget target,
        SafetyStockMethod method,
        string formula,
        string source)
    {
        Units = units;
        SafetyFactor = safetyFactor;
        LeadTimeDemandMean = leadTimeDemandMean;
        LeadTimeDemandStandardDeviation = leadTimeDemandStandardDeviation;
        ProtectionPeriods = protectionPeriods;
        Target = target;
        Method = method;
        Formula = formula;
        Source = source;
    }

    /// <summary>The safety stock in units (the factor result; may be negative for a fill-rate target with a large Q, and is then reported as is).</summary>
    public double Units { get; }

    /// <summary>The safety factor z (k): the multiplier of <see cref="LeadTimeDemandStandardDeviation"/>.</summary>
    public double SafetyFactor { get; }

    /// <summary>Expected demand over the protection interval, d̄·(R + L), in units.</summary>
    public double LeadTimeDemandMean { get; }

    /// <summary>The base: σ of demand over the protection interval, in units.</summary>
    public double LeadTimeDemandStandardDeviation { get; }

    /// <summary>The protection interval in demand periods (L, or R + L for periodic review).</summary>
    public double ProtectionPeriods { get; }

    /// <summary>The reorder point (or order-up-to level): <see cref="LeadTimeDemandMean"/> + <see cref="Units"/>.</summary>
    public double ReorderPoint => LeadTimeDemandMean + Units;

    /// <summary>The target the factor was chosen for.</summary>
    public ServiceTarget Target { get; }

    /// <summary>The method.</summary>
    public SafetyStockMethod Method { get; }

    /// <summary>The formula with the numbers substituted, such as <c>SS = 1.645 × √(5·60² + 120²·2²) = 1.645 × 275 = 452.3</c>.</summary>
    public string Formula { get; }

    /// <summary>Where the formula comes from.</summary>
    public string Source { get; }

    /// <summary>The discrete distribution behind a <see cref="SafetyStockMethod.DiscreteDistribution"/> result, for exact fill rates.</summary>
    internal LeadTimeDemand? Distribution { get; init; }

    /// <summary>For an (R,S) result, the distribution of demand over L alone, for the exact periodic-review fill rate.</summary>
    internal LeadTimeDemand? LeadTimeDistribution { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Safety stock ({Method}, {Target}): {Formula} [{Source}]");
}

/// <summary>
/// Safety stock formulas (Silver, Pyke &amp; Thomas 2017, ch. 6–7).
/// The lead time must be in the same period unit as the demand; convert it explicitly with <see cref="LeadTime.In"/>.
/// </summary>
public static class SafetyStock
{
    internal const string CombinedSource = "law of total variance: Var(D_L) = E[L]·Var(d) + Var(L)·E[d]² (Silver, Pyke & Thomas 2017, ch. 6)";

    /// <summary>z·σ_d·√L: demand variability only (iid period demand, fixed lead time).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite (z must be finite).</exception>
    public static double DemandVariability(double safetyFactor, double demandStandardDeviation, double leadTimePeriods)
    {
        Guard.Finite(safetyFactor, nameof(safetyFactor));
        Guard.NonNegative(demandStandardDeviation, nameof(demandStandardDeviation));
        Guard.NonNegative(leadTimePeriods, nameof(leadTimePeriods));
        return safetyFactor * demandStandardDeviation * Math.Sqrt(leadTimePeriods);
    }

    /// <summary>z·d̄·σ_L: lead-time variability only (constant demand).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite.</exception>
    public static double LeadTimeVariability(double safetyFactor, double meanDemand, double leadTimeStandardDeviation)
    {
        Guard.Finite(safetyFactor, nameof(safetyFactor));
        Guard.NonNegative(meanDemand, nameof(meanDemand));
        Guard.NonNegative(leadTimeStandardDeviation, nameof(leadTimeStandardDeviation));
        return safetyFactor * meanDemand * leadTimeStandardDeviation;
    }

    /// <summary>z·√(L·σ_d² + d̄²·σ_L²): both sources, independent (not the additive z·σ_d·√L + z·d̄·σ_L, which overstates).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite.</exception>
    public static double Combined(double safetyFactor, double meanDemand, double demandStandardDeviation, double leadTimePeriods, double leadTimeStandardDeviation)
    {
        Guard.Finite(safetyFactor, nameof(safetyFactor));
        return safetyFactor * LeadTimeDemandStandardDeviation(meanDemand, demandStandardDeviation, leadTimePeriods, leadTimeStandardDeviation);
    }

    /// <summary>σ of demand over a random lead time: √(L·σ_d² + d̄²·σ_L²).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite.</exception>
    public static double LeadTimeDemandStandardDeviation(double meanDemand, double demandStandardDeviation, double leadTimePeriods, double leadTimeStandardDeviation)
    {
        Guard.NonNegative(meanDemand, nameof(meanDemand));
        Guard.NonNegative(demandStandardDeviation, nameof(demandStandardDeviation));
        Guard.NonNegative(leadTimePeriods, nameof(leadTimePeriods));
        Guard.NonNegative(leadTimeStandardDeviation, nameof(leadTimeStandardDeviation));
        return Math.Sqrt((leadTimePeriods * demandStandardDeviation * demandStandardDeviation) + (meanDemand * meanDemand * leadTimeStandardDeviation * leadTimeStandardDeviation));
    }

    /// <summary>
    /// The safety stock for a target over a protection interval of <paramref name="reviewPeriods"/> + L periods (0 review
    /// periods for continuous review), with the chosen uncertainty sources and a full breakdown.
    /// </summary>
    /// <param name="target">CSL or fill rate.</param>
    /// <param name="demand">d̄ and σ_d per period.</param>
    /// <param name="leadTime">L and σ_L in the same period unit as <paramref name="demand"/>.</param>
    /// <param name="orderQuantity">Q for a fill-rate target (for periodic review, d̄·R is used when this is NaN); ignored for a CSL.</param>
    /// <param name="reviewPeriods">R, in periods; 0 for continuous review.</param>
    /// <param name="method">Demand, lead time or both (<see cref="SafetyStockMethod.Combined"/>, the default).</param>
    /// <exception cref="ArgumentException">Units differ, a default target/demand/lead time, a fill-rate target without Q, or an unsupported method.</exception>
    /// <exception cref="ArgumentOutOfRangeException">R is negative or NaN.</exception>
    public static SafetyStockResult Calculate(
        ServiceTarget target,
        DemandRate demand,
        LeadTime leadTime,
        double orderQuantity = double.NaN,
        double reviewPeriods = 0,
        SafetyStockMethod method = SafetyStockMethod.Combined)
    {
        target.EnsureValid(nameof(target));
        LeadTime.EnsureSameUnit(demand, leadTime, nameof(leadTime));
        Guard.NonNegative(reviewPeriods, nameof(reviewPeriods));
        var ic = CultureInfo.InvariantCulture;
        var p = reviewPeriods + leadTime.Mean;
        double sigma;
        string expression;
        switch (method)
        {
            case SafetyStockMethod.DemandVariability:
                sigma = demand.StandardDeviation * Math.Sqrt(p);
                expression = string.Create(ic, $"σ_d·√(R+L) = {demand.StandardDeviation:G6}·√{p:G6}");
                break;
            case SafetyStockMethod.LeadTimeVariability:
                sigma = demand.Mean * leadTime.StandardDeviation;
                expression = string.Create(ic, $"d̄·σ_L = {demand.Mean:G6}·{leadTime.StandardDeviation:G6}");
                break;
            case SafetyStockMethod.Combined:
                sigma = LeadTimeDemandStandardDeviation(demand.Mean, demand.StandardDeviation, p, leadTime.StandardDeviation);
                expression = string.Create(ic, $"√((R+L)·σ_d² + d̄²·σ_L²) = √({p:G6}·{demand.StandardDeviation:G6}² + {demand.Mean:G6}²·{leadTime.StandardDeviation:G6}²)");
                break;
            default:
                throw new ArgumentException($"Method {method} needs its own entry point (FromEts, FromDistribution).", nameof(method));
        }

        var q = orderQuantity;
        if (target.Measure == ServiceMeasure.FillRate && double.IsNaN(q) && reviewPeriods > 0)
        {
            q = demand.Mean * reviewPeriods;
        }

        return Build(target, demand.Mean * p, sigma, p, q, method, expression, method == SafetyStockMethod.Combined ? CombinedSource : "Silver, Pyke & Thomas (2017), ch. 6");
    }

    /// <summary>
    /// The safety stock from a fitted ETS model's own cumulative forecast error over <paramref name="leadTimePeriods"/>
    /// (see <see cref="EtsLeadTimeError"/>): SS = z·σ, σ² = σ_cum² + d̄²·σ_L² (the lead-time term as in the combined
    /// formula, d̄ the mean forecast per period), with the lead-time demand mean the sum of the point forecasts.
    /// </summary>
    /// <param name="model">The fitted model; its periods are the demand periods.</param>
    /// <param name="leadTimePeriods">The protection interval in the model's periods (L, or R + L for periodic review), at least 1.</param>
    /// <param name="target">CSL or fill rate.</param>
    /// <param name="orderQuantity">Q for a fill-rate target.</param>
    /// <param name="leadTimeStandardDeviation">σ_L in the model's periods; 0 (the default) for a fixed lead time.</param>
    /// <exception cref="ArgumentException">A default target, or a fill-rate target without a positive Q.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The lead time is below 1, or σ_L is negative or NaN.</exception>
    public static SafetyStockResult FromEts(EtsModel model, int leadTimePeriods, ServiceTarget target, double orderQuantity = double.NaN, double leadTimeStandardDeviation = 0)
    {
        ArgumentNullException.ThrowIfNull(model);
        target.EnsureValid(nameof(target));
        Guard.NonNegative(leadTimeStandardDeviation, nameof(leadTimeStandardDeviation));
        var error = EtsLeadTimeError.Compute(model, leadTimePeriods);
        var perPeriod = Math.Max(error.Mean / leadTimePeriods, 0);
        var sigma = Math.Sqrt(error.CumulativeVariance + (perPeriod * perPeriod * leadTimeStandardDeviation * leadTimeStandardDeviation));
        var expression = string.Create(
            CultureInfo.InvariantCulture,
            $"√(σ_cum² + d̄²·σ_L²) = √({error.CumulativeStandardDeviation:G6}² + {perPeriod:G6}²·{leadTimeStandardDeviation:G6}²) = {sigma:G6}; σ_cum = √(Σ_h Σ_h' Cov(e_h, e_h')) (σ√L would give {error.NaiveStandardDeviation:G6}, {error.Ratio:G4}× less)");
        return Build(target, error.Mean, sigma, leadTimePeriods, orderQuantity, SafetyStockMethod.EtsCumulativeError, expression, error.Source);
    }

    /// <summary>
    /// The safety stock from a discrete lead-time demand distribution: reorder point = quantile (CSL) or the smallest
    /// whole s meeting the fill rate; SS = s − E[D]. The reported factor is SS/σ, for comparison only.
    /// </summary>
    /// <exception cref="ArgumentException">A default target, or a fill-rate target without a positive Q.</exception>
    public static SafetyStockResult FromDistribution(LeadTimeDemand distribution, ServiceTarget target, double orderQuantity = double.NaN, double protectionPeriods = double.NaN)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        target.EnsureValid(nameof(target));
        var s = distribution.ReorderPoint(target, orderQuantity);
        var rule = target.Measure == ServiceMeasure.CycleServiceLevel ? "min{k : P(D ≤ k) ≥ α}" : "min{k : 1 − (E(D−k)⁺ − E(D−k−Q)⁺)/Q ≥ β}";
        return Discrete(distribution, target, s, protectionPeriods, rule, string.Empty, null);
    }

    /// <summary>
    /// The safety stock of an (R,S) policy from discrete demand distributions over R + L and over L: the order-up-to
    /// level is the quantile of demand over R + L (CSL) or the smallest whole S whose
    /// <see cref="LeadTimeDemand.PeriodicReviewFillRate"/> reaches β; SS = S − E[D_{R+L}].
    /// </summary>
    /// <param name="protectionDemand">Demand over the protection interval R + L.</param>
    /// <param name="leadTimeDemand">Demand over the lead time L alone (used for a fill rate and for the plan's expected fill rate).</param>
    /// <param name="target">CSL or fill rate.</param>
    /// <param name="protectionPeriods">R + L, for the breakdown.</param>
    /// <exception cref="ArgumentException">A default target, or demand over L not smaller in mean than over R + L.</exception>
    public static SafetyStockResult FromPeriodicReview(LeadTimeDemand protectionDemand, LeadTimeDemand leadTimeDemand, ServiceTarget target, double protectionPeriods = double.NaN)
    {
        ArgumentNullException.ThrowIfNull(protectionDemand);
        ArgumentNullException.ThrowIfNull(leadTimeDemand);
        target.EnsureValid(nameof(target));
        var fillRate = target.Measure == ServiceMeasure.FillRate;
        var s = fillRate ? protectionDemand.OrderUpToLevelForFillRate(target.Level, leadTimeDemand) : protectionDemand.Quantile(target.Level);
        var achieved = protectionDemand.PeriodicReviewFillRate(s, leadTimeDemand);
        return Discrete(
            protectionDemand,
            target,
            s,
            protectionPeriods,
            fillRate ? "min{S : 1 − (E(D_{R+L}−S)⁺ − E(D_L−S)⁺)/(E D_{R+L} − E D_L) ≥ β}" : "min{S : P(D_{R+L} ≤ S) ≥ α}",
            string.Create(CultureInfo.InvariantCulture, $"; fill rate {achieved:G4}"),
            leadTimeDemand);
    }

    private static SafetyStockResult Discrete(LeadTimeDemand distribution, ServiceTarget target, int s, double protectionPeriods, string rule, string suffix, LeadTimeDemand? leadTimeDemand)
    {
        var sd = Math.Sqrt(distribution.Variance);
        var ss = s - distribution.Mean;
        var formula = string.Create(
            CultureInfo.InvariantCulture,
            $"s = {rule} = {s}; SS = s − E[D] = {s} − {distribution.Mean:G6} = {ss:G6} (achieved CSL {distribution.Cdf(s):G4}{suffix})");
        return new SafetyStockResult(ss, sd > 0 ? ss / sd : 0, distribution.Mean, sd, protectionPeriods, target, SafetyStockMethod.DiscreteDistribution, formula, distribution.Source)
        {
            Distribution = distribution,
            LeadTimeDistribution = leadTimeDemand,
        };
    }

    private static SafetyStockResult Build(ServiceTarget target, double mean, double sigma, double periods, double orderQuantity, SafetyStockMethod method, string sigmaExpression, string source)
    {
        double z;
        string factor;
        if (target.Measure == ServiceMeasure.CycleServiceLevel)
        {
            z = ServiceLevel.SafetyFactor(target.Level);
            factor = string.Create(CultureInfo.InvariantCulture, $"z = Φ⁻¹({target.Level:G6}) = {z:G6}");
        }
        else
        {
            if (!(orderQuantity > 0) || !double.IsFinite(orderQuantity))
            {
                throw new ArgumentException("A fill-rate target needs the order quantity Q (positive and finite): β = 1 − σ·G(z)/Q.", nameof(orderQuantity));
            }

            if (sigma <= 0)
            {
                z = 0;
                factor = "z = 0 (no uncertainty)";
            }
            else
            {
                z = ServiceLevel.FillRateSafetyFactor(target.Level, orderQuantity, sigma);
                factor = string.Create(CultureInfo.InvariantCulture, $"z = G⁻¹((1 − {target.Level:G6})·{orderQuantity:G6}/{sigma:G6}) = {z:G6}");
            }
        }

        var units = z * sigma;
        var formula = string.Create(CultureInfo.InvariantCulture, $"SS = z·σ = {z:G6} × {sigma:G6} = {units:G6}; {factor}; σ = {sigmaExpression}");
        return new SafetyStockResult(units, z, mean, sigma, periods, target, method, formula, source);
    }
}
