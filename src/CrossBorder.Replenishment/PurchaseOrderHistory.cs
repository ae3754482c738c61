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
/// warehouse, and was received (available to sell, e.g. checked in at FBA).
/// </summary>
/// <param name="Ordered">Order placed.</param>
/// <param name="Shipped">Supplier production finished, goods handed to the carrier.</param>
/// <param name="Arrived">Goods arrived at the destination.</param>
/// <param name="Received">Goods available to sell.</param>
/// <param name="Mode">Freight mode.</param>
public sealed record PurchaseOrderReceipt(LocalDate Ordered, LocalDate Shipped, LocalDate Arrived, LocalDate Received, FreightMode Mode)
{
    /// <summary>Supplier production time in days.</summary>
    public int ProductionDays => Period.Between(Ordered, Shipped, PeriodUnits.Days).Days;

    /// <summary>Freight time in days.</summary>
    public int FreightDays => Period.Between(Shipped, Arrived, PeriodUnits.Days).Days;

    /// <summary>Receiving time in days.</summary>
    public int ReceivingDays => Period.Between(Arrived, Received, PeriodUnits.Days).Days;

    /// <summary>The whole lead time in days, order to available.</summary>
    public int TotalDays => Period.Between(Ordered, Received, PeriodUnits.Days).Days;
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

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{LeadTime} from {Count} orders{(Mode is { } m ? $" by {m}" : string.Empty)} (production {MeanProductionDays:G4} + freight {MeanFreightDays:G4} + receiving {MeanReceivingDays:G4} days)");
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
        if (selected.Count < 2)
        {
            throw new ArgumentException($"At least two received orders{(mode is { } m ? $" by {m}" : string.Empty)} are needed to estimate a lead-time σ; found {selected.Count}.", nameof(orders));
        }

        foreach (var o in selected)
        {
            if (o.ProductionDays < 0 || o.FreightDays < 0 || o.ReceivingDays < 0)
            {
                throw new ArgumentException($"Purchase order placed {o.Ordered.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} has dates out of order (ordered ≤ shipped ≤ arrived ≤ received).", nameof(orders));
            }
        }

        var totals = selected.Select(o => (double)o.TotalDays).ToArray();
        var mean = totals.Average();
        var sd = Math.Sqrt(totals.Sum(t => (t - mean) * (t - mean)) / (totals.Length - 1));
        var days = LeadTime.Of(mean, sd, PeriodUnit.Day);
        return new LeadTimeEstimate(
            days.In(unit),
            selected.Count,
            mode,
            selected.Average(o => o.ProductionDays),
            selected.Average(o => o.FreightDays),
            selected.Average(o => o.ReceivingDays));
    }
}
