using System.Globalization;

namespace CrossBorder.Replenishment;

/// <summary>
/// An inventory policy: when to order and how much, from the inventory position IP = on hand + on order − backorders.
/// Quantities are before supplier rounding (<see cref="OrderConstraints.Round"/>).
/// </summary>
public abstract class InventoryPolicy
{
    private protected InventoryPolicy(string name, double reorderPoint, int reviewPeriod, SafetyStockResult? safetyStock)
    {
        Guard.Finite(reorderPoint, nameof(reorderPoint));
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewPeriod, 1);
        Name = name;
        ReorderPoint = reorderPoint;
        ReviewPeriod = reviewPeriod;
        SafetyStock = safetyStock;
    }

    /// <summary>The policy in the usual notation, such as <c>(s,Q) s = 540, Q = 500</c>.</summary>
    public string Name { get; }

    /// <summary>s: order when IP ≤ s (for (R,S) this is S, the level reviewed against).</summary>
    public double ReorderPoint { get; }

    /// <summary>Periods between reviews: 1 for continuous review approximated every period, R for (R,S).</summary>
    public int ReviewPeriod { get; }

    /// <summary>The safety stock the parameters were built from, with its breakdown; null for hand-set parameters.</summary>
    public SafetyStockResult? SafetyStock { get; }

    /// <summary>True when a review happens only every <see cref="ReviewPeriod"/> periods and orders up to a level.</summary>
    public abstract bool IsPeriodic { get; }

    /// <summary>The quantity to order at a review with inventory position <paramref name="inventoryPosition"/>; never negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The inventory position is not finite.</exception>
    public double OrderQuantity(double inventoryPosition)
    {
        Guard.Finite(inventoryPosition, nameof(inventoryPosition));
        return Math.Max(0, Order(inventoryPosition));
    }

    private protected abstract double Order(double inventoryPosition);

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>(s,Q): when IP ≤ s, order n·Q with the smallest n that lifts IP above s.</summary>
public sealed class ReorderPointPolicy : InventoryPolicy
{
    /// <summary>Creates an (s,Q) policy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">s not finite or Q not finite and positive.</exception>
    public ReorderPointPolicy(double reorderPoint, double orderQuantity, SafetyStockResult? safetyStock = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"(s,Q) s = {reorderPoint:G6}, Q = {orderQuantity:G6}"), reorderPoint, 1, safetyStock)
    {
        Guard.Positive(orderQuantity, nameof(orderQuantity));
        FixedQuantity = orderQuantity;
    }

    /// <summary>Q.</summary>
    public double FixedQuantity { get; }

    /// <inheritdoc />
    public override bool IsPeriodic => false;

    private protected override double Order(double inventoryPosition) =>
        inventoryPosition > ReorderPoint ? 0 : FixedQuantity * Math.Max(1, Math.Ceiling((ReorderPoint - inventoryPosition) / FixedQuantity + 1e-12));
}

/// <summary>(s,S): when IP ≤ s, order up to S.</summary>
public sealed class MinMaxPolicy : InventoryPolicy
{
    /// <summary>Creates an (s,S) policy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">s or S not finite.</exception>
    /// <exception cref="ArgumentException">S ≤ s.</exception>
    public MinMaxPolicy(double reorderPoint, double orderUpToLevel, SafetyStockResult? safetyStock = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"(s,S) s = {reorderPoint:G6}, S = {orderUpToLevel:G6}"), reorderPoint, 1, safetyStock)
    {
        Guard.Finite(orderUpToLevel, nameof(orderUpToLevel));
        if (!(orderUpToLevel > reorderPoint))
        {
            throw new ArgumentException($"The order-up-to level S = {orderUpToLevel} must exceed the reorder point s = {reorderPoint}.", nameof(orderUpToLevel));
        }

        OrderUpToLevel = orderUpToLevel;
    }

    /// <summary>S.</summary>
    public double OrderUpToLevel { get; }

    /// <inheritdoc />
    public override bool IsPeriodic => false;

    private protected override double Order(double inventoryPosition) => inventoryPosition > ReorderPoint ? 0 : OrderUpToLevel - inventoryPosition;
}

/// <summary>(R,S): every R periods order S − IP.</summary>
public sealed class OrderUpToPolicy : InventoryPolicy
{
    /// <summary>Creates an (R,S) policy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">S not finite or R below 1.</exception>
    public OrderUpToPolicy(int reviewPeriod, double orderUpToLevel, SafetyStockResult? safetyStock = null)
        : base(string.Create(CultureInfo.InvariantCulture, $"(R,S) R = {reviewPeriod}, S = {orderUpToLevel:G6}"), orderUpToLevel, reviewPeriod, safetyStock)
    {
    }

    /// <summary>S.</summary>
    public double OrderUpToLevel => ReorderPoint;

    /// <inheritdoc />
    public override bool IsPeriodic => true;

    private protected override double Order(double inventoryPosition) => OrderUpToLevel - inventoryPosition;
}

/// <summary>
/// Builds policies from a demand rate, a lead time and a service target (Silver, Pyke &amp;
/// Thomas 2017, ch. 7): s = d̄·L + SS, S = d̄·(R + L) + SS over the protection interval R + L.
/// </summary>
public static class InventoryPolicies
{
    /// <summary>
    /// Continuous review (s,Q): s = d̄·L + z·√(L·σ_d² + d̄²·σ_L²); for a fill rate, z from G(z) = (1 − β)·Q/σ_L. When the
    /// stock is only checked every <paramref name="reviewPeriods"/> periods (daily or weekly data), pass that R: the
    /// protection interval becomes R + L, which covers the undershoot of s between checks (without it a weekly-checked
    /// (s,Q) misses its CSL badly; see the backtest tests).
    /// </summary>
    /// <param name="target">CSL or fill rate.</param>
    /// <param name="demand">Per-period demand.</param>
    /// <param name="leadTime">Lead time in the demand's unit.</param>
    /// <param name="orderQuantity">Q, positive.</param>
    /// <param name="reviewPeriods">R between stock checks; 0 for truly continuous review.</param>
    /// <exception cref="ArgumentException">Units differ, or a default target/demand/lead time.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Q is not finite and positive, or R is negative.</exception>
    public static ReorderPointPolicy ContinuousReview(ServiceTarget target, DemandRate demand, LeadTime leadTime, double orderQuantity, int reviewPeriods = 0)
    {
        Guard.Positive(orderQuantity, nameof(orderQuantity));
        ArgumentOutOfRangeException.ThrowIfNegative(reviewPeriods);
        var ss = SafetyStock.Calculate(target, demand, leadTime, orderQuantity, reviewPeriods);
        return new ReorderPointPolicy(ss.ReorderPoint, orderQuantity, ss);
    }

    /// <summary>Continuous review (s,S) with the practical choice s = ROP, S = s + Q.</summary>
    /// <param name="target">CSL or fill rate.</param>
    /// <param name="demand">Per-period demand.</param>
    /// <param name="leadTime">Lead time in the demand's unit.</param>
    /// <param name="orderQuantity">Q = S − s, positive.</param>
    /// <param name="reviewPeriods">R between stock checks; 0 for truly continuous review (see <see cref="ContinuousReview"/>).</param>
    /// <exception cref="ArgumentException">Units differ, or a default target/demand/lead time.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Q is not finite and positive, or R is negative.</exception>
    public static MinMaxPolicy MinMax(ServiceTarget target, DemandRate demand, LeadTime leadTime, double orderQuantity, int reviewPeriods = 0)
    {
        Guard.Positive(orderQuantity, nameof(orderQuantity));
        ArgumentOutOfRangeException.ThrowIfNegative(reviewPeriods);
        var ss = SafetyStock.Calculate(target, demand, leadTime, orderQuantity, reviewPeriods);
        return new MinMaxPolicy(ss.ReorderPoint, ss.ReorderPoint + orderQuantity, ss);
    }

    /// <summary>
    /// Periodic review (R,S): S = d̄·(R + L) + z·√((R + L)·σ_d² + d̄²·σ_L²); for a fill rate Q = d̄·R.
    /// </summary>
    /// <param name="target">CSL or fill rate.</param>
    /// <param name="demand">Per-period demand.</param>
    /// <param name="leadTime">Lead time in the demand's unit.</param>
    /// <param name="reviewPeriods">R in periods, at least 1.</param>
    /// <exception cref="ArgumentException">Units differ, a default value, or a fill-rate target with zero demand.</exception>
    public static OrderUpToPolicy PeriodicReview(ServiceTarget target, DemandRate demand, LeadTime leadTime, int reviewPeriods)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewPeriods, 1);
        var ss = SafetyStock.Calculate(target, demand, leadTime, demand.Mean * reviewPeriods, reviewPeriods);
        return new OrderUpToPolicy(reviewPeriods, ss.ReorderPoint, ss);
    }

    /// <summary>
    /// The sellers' "1+3" rule as an (s,S) policy: keep one week of demand as safety stock and order three weeks of
    /// turnover (cycle) stock. Interpretation: the reorder point is lead-time demand plus one week, s = d̄·L + 1·d̄_week,
    /// and each order brings the position to three weeks above it, S = s + 3·d̄_week (so Q ≈ 3 weeks, ordered about
    /// every three weeks). The rule ignores variability; the implied cycle service level Φ(d̄_week/σ_L) is reported in
    /// <see cref="SafetyStockResult.Target"/> so that it can be compared with a service target.
    /// </summary>
    /// <param name="demand">Per-period demand (days or weeks).</param>
    /// <param name="leadTime">Lead time in the demand's unit.</param>
    /// <param name="safetyWeeks">Weeks of safety stock; 1 by the rule.</param>
    /// <param name="cycleWeeks">Weeks of turnover stock; 3 by the rule.</param>
    /// <exception cref="ArgumentException">Units differ, a default value, or zero demand.</exception>
    public static MinMaxPolicy OnePlusThree(DemandRate demand, LeadTime leadTime, double safetyWeeks = 1, double cycleWeeks = 3)
    {
        LeadTime.EnsureSameUnit(demand, leadTime, nameof(leadTime));
        Guard.NonNegative(safetyWeeks, nameof(safetyWeeks));
        Guard.Positive(cycleWeeks, nameof(cycleWeeks));
        if (!(demand.Mean > 0))
        {
            throw new ArgumentException("The 1+3 rule needs positive mean demand.", nameof(demand));
        }

        var periodsPerWeek = 7.0 / (int)demand.Unit;
        var weekly = demand.Mean * periodsPerWeek;
        var ss = safetyWeeks * weekly;
        var sigma = SafetyStock.LeadTimeDemandStandardDeviation(demand.Mean, demand.StandardDeviation, leadTime.Mean, leadTime.StandardDeviation);
        var z = sigma > 0 ? ss / sigma : 8.0;
        var implied = Math.Clamp(ServiceLevel.CycleServiceLevel(z), 1e-9, 1 - 1e-9);
        var formula = string.Create(
            CultureInfo.InvariantCulture,
            $"SS = {safetyWeeks:G4} week × {weekly:G6}/week = {ss:G6}; s = d̄·L + SS = {demand.Mean * leadTime.Mean:G6} + {ss:G6}; S = s + {cycleWeeks:G4} weeks = s + {cycleWeeks * weekly:G6}; implied z = SS/σ_L = {z:G4}, CSL ≈ {implied:P1}");
        var result = new SafetyStockResult(ss, z, demand.Mean * leadTime.Mean, sigma, leadTime.Mean, ServiceTarget.CycleServiceLevel(implied), SafetyStockMethod.CoverRule, formula, "sellers' 1+3 rule: 1 week safety stock + 3 weeks turnover stock (docs/replenishment.md)");
        var s = result.ReorderPoint;
        return new MinMaxPolicy(s, s + (cycleWeeks * weekly), result);
    }

    /// <summary>
    /// Time-varying order-up-to levels for a seasonal SKU: S_t = Σ_{h=t}^{t+R+L−1} f_h + SS_t, the forecast over the
    /// protection interval that starts at period t plus the safety stock. Ahead of a peak (Q4) the level rises L periods
    /// early, so stock is built before the peak arrives rather than after it has started.
    /// </summary>
    /// <param name="forecast">Point forecasts per period, f_0 = the current period; finite and non-negative.</param>
    /// <param name="reviewPeriods">R, at least 1.</param>
    /// <param name="leadTimePeriods">L, at least 0.</param>
    /// <param name="safetyStock">SS per period (one value for all, or one per level); finite and non-negative.</param>
    /// <returns>One level per period for which the whole protection interval is forecast.</returns>
    /// <exception cref="ArgumentException">The forecast is shorter than R + L, or the safety stocks have the wrong length.</exception>
    public static OrderUpToSchedule ForecastOrderUpTo(ReadOnlySpan<double> forecast, int reviewPeriods, int leadTimePeriods, ReadOnlySpan<double> safetyStock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewPeriods, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(leadTimePeriods);
        Guard.NonNegativeSeries(forecast, nameof(forecast));
        Guard.NonNegativeSeries(safetyStock, nameof(safetyStock));
        var p = reviewPeriods + leadTimePeriods;
        if (forecast.Length < p)
        {
            throw new ArgumentException($"The forecast has {forecast.Length} periods; the protection interval R + L needs {p}.", nameof(forecast));
        }

        var count = forecast.Length - p + 1;
        if (safetyStock.Length != 1 && safetyStock.Length < count)
        {
            throw new ArgumentException($"Give one safety stock or at least {count} (one per level).", nameof(safetyStock));
        }

        var levels = new double[count];
        for (var t = 0; t < count; t++)
        {
            var sum = 0.0;
            for (var h = t; h < t + p; h++)
            {
                sum += forecast[h];
            }

            levels[t] = sum + safetyStock[safetyStock.Length == 1 ? 0 : t];
        }

        return new OrderUpToSchedule(levels, p);
    }
}

/// <summary>Order-up-to levels that change over time (seasonal peaks): S_t for each period t.</summary>
public sealed class OrderUpToSchedule
{
    private readonly double[] _levels;

    internal OrderUpToSchedule(double[] levels, int protectionPeriods)
    {
        _levels = levels;
        ProtectionPeriods = protectionPeriods;
    }

    /// <summary>S_t, one per period from the first.</summary>
    public IReadOnlyList<double> Levels => _levels;

    /// <summary>R + L, the periods each level covers.</summary>
    public int ProtectionPeriods { get; }
}
