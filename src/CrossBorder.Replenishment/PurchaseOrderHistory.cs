using System.Globalization;
using NodaTime;

namespace CrossBorder.Replenishment;

/// <summary>How a purchase order was shipped.</summary>
public enum FreightMode
{
    /// <summary>Ocean freight.</summary>
    Sea = 1,

    /// <summary>Air freight or express.</summary>
    Air = 2,

    /// <summary>Rail freight.</summary>
    Rail = 3,

    /// <summary>Road freight.</summary>
    Road = 4,
}

/// <summary>
/// One received purchase order: the dates it was placed, shipped by the supplier, arrived at the destination port or
/// warehouse, and was received (available to sell, e.g. checked in at FBA). Validated on construction: the dates run
/// ordered ≤ shipped ≤ arrived ≤ received and span at most <see cref="LeadTimeLimits.MaximumDays"/> days.
/// </summary>
public sealed class PurchaseOrderReceipt
{
    /// <summary>Creates a receipt.</summary>
    /// <param name="ordered">Order placed.</param>
    /// <param name="shipped">Supplier production finished, goods handed to the carrier.</param>
    /// <param name="arrived">Goods arrived at the destination.</param>
    /// <param name="received">Goods available to sell.</param>
    /// <param name="mode">Freight mode.</param>
    /// <exception cref="ArgumentException">A date before the one it follows (named by its parameter).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An unknown freight mode, or more than <see cref="LeadTimeLimits.MaximumDays"/> days from order to receipt.</exception>
    public PurchaseOrderReceipt(LocalDate ordered, LocalDate shipped, LocalDate arrived, LocalDate received, FreightMode mode)
    {
        NotBefore(shipped, ordered, nameof(shipped), "ordered");
        NotBefore(arrived, shipped, nameof(arrived), "shipped");
        NotBefore(received, arrived, nameof(received), "arrived");
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown freight mode: use Sea, Air, Rail or Road.");
        }

        var total = Period.Between(ordered, received, PeriodUnits.Days).Days;
        LeadTimeLimits.EnsureDays(total, nameof(received));
        Ordered = ordered;
        Shipped = shipped;
        Arrived = arrived;
        Received = received;
        Mode = mode;
    }

    /// <summary>Order placed.</summary>
    public LocalDate Ordered { get; }

    /// <summary>Supplier production finished, goods handed to the carrier.</summary>
    public LocalDate Shipped { get; }

    /// <summary>Goods arrived at the destination.</summary>
    public LocalDate Arrived { get; }

    /// <summary>Goods available to sell.</summary>
    public LocalDate Received { get; }

    /// <summary>Freight mode.</summary>
    public FreightMode Mode { get; }

    /// <summary>Supplier production time in days.</summary>
    public int ProductionDays => Period.Between(Ordered, Shipped, PeriodUnits.Days).Days;

    /// <summary>Freight time in days.</summary>
    public int FreightDays => Period.Between(Shipped, Arrived, PeriodUnits.Days).Days;

    /// <summary>Receiving time in days.</summary>
    public int ReceivingDays => Period.Between(Arrived, Received, PeriodUnits.Days).Days;

    /// <summary>The whole lead time in days, order to available.</summary>
    public int TotalDays => Period.Between(Ordered, Received, PeriodUnits.Days).Days;

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Mode} order {Iso(Ordered)} → shipped {Iso(Shipped)} → arrived {Iso(Arrived)} → received {Iso(Received)} ({TotalDays} days)");

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static void NotBefore(LocalDate date, LocalDate earlier, string name, string earlierName)
    {
        if (date < earlier)
        {
            throw new ArgumentException($"{name} {Iso(date)} is before {earlierName} {Iso(earlier)}: the dates run ordered ≤ shipped ≤ arrived ≤ received.", name);
        }
    }
}

/// <summary>The longest lead time the planner accepts: longer is a data error (a wrong year), not a supply chain.</summary>
public static class LeadTimeLimits
{
    /// <summary>730 days (two years) from order to available stock, mean plus four standard deviations included.</summary>
    public const int MaximumDays = 730;

    /// <summary>Throws when a lead time of <paramref name="days"/> exceeds <see cref="MaximumDays"/>.</summary>
    internal static void EnsureDays(double days, string name)
    {
        if (days > MaximumDays)
        {
            throw new ArgumentOutOfRangeException(
                name,
                days,
                string.Create(CultureInfo.InvariantCulture, $"{name}: a lead time of {days:G6} days is beyond the limit of {MaximumDays} days (two years); check the dates."));
        }
    }

    /// <summary>Throws when L + 4σ_L of <paramref name="leadTime"/> exceeds <see cref="MaximumDays"/>.</summary>
    internal static void Ensure(LeadTime leadTime, string name) =>
        EnsureDays((leadTime.Mean + (4 * leadTime.StandardDeviation)) * (int)leadTime.Unit, name);
}

/// <summary>A lead time estimated from purchase-order history, with its components.</summary>
public sealed class LeadTimeEstimate
{
    internal LeadTimeEstimate(LeadTime leadTime, int count, FreightMode? mode, double production, double freight, double receiving)
    {
        LeadTime = leadTime;
        Count = count;
        Mode = mode;
        MeanProductionDays = production;
        MeanFreightDays = freight;
        MeanReceivingDays = receiving;
    }

    /// <summary>Mean and σ of the total lead time, in the unit asked for.</summary>
    public LeadTime LeadTime { get; }

    /// <summary>Orders used.</summary>
    public int Count { get; }

    /// <summary>The freight mode the orders were filtered to, or null for all.</summary>
    public FreightMode? Mode { get; }

    /// <summary>Mean supplier production time, days.</summary>
    public double MeanProductionDays { get; }

    /// <summary>Mean freight time, days.</summary>
    public double MeanFreightDays { get; }

    /// <summary>Mean receiving time, days.</summary>
    public double MeanReceivingDays { get; }

    /// <summary>True when the orders were a pool standing for every SKU without enough of its own (<see cref="PurchaseOrderHistory.EstimatePooled"/>).</summary>
    public bool IsPooled { get; internal init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{LeadTime} from {Count}{(IsPooled ? " pooled" : string.Empty)} orders{(Mode is { } m ? $" by {m}" : string.Empty)} (production {MeanProductionDays:G4} + freight {MeanFreightDays:G4} + receiving {MeanReceivingDays:G4} days)");
}

/// <summary>Lead-time estimation from purchase-order history.</summary>
public static class PurchaseOrderHistory
{
    /// <summary>
    /// The mean and sample standard deviation (n − 1) of the total lead time (production + freight + receiving) of the
    /// orders, optionally only those shipped by <paramref name="mode"/>; the σ of the total, not the sum of component σs
    /// (components are correlated in practice, e.g. a late ship date meets a congested port).
    /// </summary>
    /// <param name="orders">Received orders.</param>
    /// <param name="unit">The unit of the result (days ÷ 7 for weeks).</param>
    /// <param name="mode">Only orders of this freight mode; null for all.</param>
    /// <exception cref="ArgumentException">Fewer than two orders match, or an order's dates run backwards.</exception>
    public static LeadTimeEstimate Estimate(IEnumerable<PurchaseOrderReceipt> orders, PeriodUnit unit, FreightMode? mode = null)
    {
        ArgumentNullException.ThrowIfNull(orders);
        Guard.Unit(unit, nameof(unit));
        var selected = orders.Where(o => mode is null || o.Mode == mode).ToList();
        foreach (var o in selected)
        {
            ArgumentNullException.ThrowIfNull(o, nameof(orders));
        }

        if (selected.Count < 2)
        {
            throw new ArgumentException($"At least two received orders{(mode is { } m ? $" by {m}" : string.Empty)} are needed to estimate a lead-time σ; found {selected.Count}.", nameof(orders));
        }

        return Build(selected, unit, mode, pooled: false);
    }

    /// <summary>
    /// The lead time of one SKU from its own orders when it has at least two of <paramref name="mode"/>, otherwise from
    /// <paramref name="pooled"/>, the orders that stand for every SKU without enough of its own (a supplier's or a
    /// route's history); <see cref="LeadTimeEstimate.IsPooled"/> says which was used.
    /// </summary>
    /// <param name="own">The SKU's own received orders (may be empty).</param>
    /// <param name="pooled">The pooled orders (may be empty).</param>
    /// <param name="unit">The unit of the result.</param>
    /// <param name="mode">The freight mode whose orders count.</param>
    /// <exception cref="ArgumentException">Neither has two orders of <paramref name="mode"/> (named <paramref name="own"/>).</exception>
    public static LeadTimeEstimate EstimatePooled(IEnumerable<PurchaseOrderReceipt> own, IEnumerable<PurchaseOrderReceipt> pooled, PeriodUnit unit, FreightMode mode)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(pooled);
        Guard.Unit(unit, nameof(unit));
        var mine = own.Where(o => o.Mode == mode).ToList();
        if (mine.Count >= 2)
        {
            return Build(mine, unit, mode, pooled: false);
        }

        var shared = pooled.Where(o => o.Mode == mode).ToList();
        return shared.Count >= 2
            ? Build(shared, unit, mode, pooled: true)
            : throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Fewer than two {mode.ToString().ToLowerInvariant()} orders of the SKU ({mine.Count}) and of the pool ({shared.Count}); a lead time and its σ need two."),
                nameof(own));
    }

    private static LeadTimeEstimate Build(List<PurchaseOrderReceipt> selected, PeriodUnit unit, FreightMode? mode, bool pooled)
    {
        var totals = selected.Select(o => (double)o.TotalDays).ToArray();
        var mean = totals.Average();
        var sd = Math.Sqrt(totals.Sum(t => (t - mean) * (t - mean)) / (totals.Length - 1));
        var days = LeadTime.Of(mean, sd, PeriodUnit.Day);
        LeadTimeLimits.Ensure(days, "orders");
        return new LeadTimeEstimate(
            days.In(unit),
            selected.Count,
            mode,
            selected.Average(o => o.ProductionDays),
            selected.Average(o => o.FreightDays),
            selected.Average(o => o.ReceivingDays))
        {
            IsPooled = pooled,
        };
    }
}
