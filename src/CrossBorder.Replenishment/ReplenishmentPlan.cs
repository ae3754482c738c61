using System.Globalization;
using NodaTime;

namespace CrossBorder.Replenishment;

/// <summary>What a plan asks the planner to look at.</summary>
public enum InventoryAlertKind
{
    /// <summary>No sale for the configured number of weeks (slow mover).</summary>
    NoRecentSales = 1,

    /// <summary>Stock covers more than the configured number of weeks (excess, long-term storage fees).</summary>
    ExcessCover = 2,

    /// <summary>The demand history looks obsolete (<see cref="IntermittentDemand.DetectObsolescence"/>): dead stock, write-off candidate.</summary>
    Obsolete = 3,

    /// <summary>Stock runs out before an order placed today can arrive: expedite (air freight) or accept the stock-out.</summary>
    StockoutBeforeLeadTime = 4,
}

/// <summary>An alert with its reason.</summary>
/// <param name="Kind">What kind of alert.</param>
/// <param name="Message">Why, with the numbers.</param>
public sealed record InventoryAlert(InventoryAlertKind Kind, string Message);

/// <summary>One period of the stock projection.</summary>
/// <param name="Index">0 for the first period.</param>
/// <param name="Start">The period's first day.</param>
/// <param name="Receipts">Scheduled receipts arriving in the period (at its start).</param>
/// <param name="Demand">The forecast demand.</param>
/// <param name="ClosingStock">Net stock at the end of the period (negative: backorders or lost sales).</param>
public sealed record ProjectedPeriod(int Index, LocalDate Start, double Receipts, double Demand, double ClosingStock);

/// <summary>The replenishment plan of one SKU: the projection, the stock-out date, the order to place and when, and the KPIs.</summary>
public sealed class ReplenishmentPlan
{
    private readonly ProjectedPeriod[] _projection;
    private readonly InventoryAlert[] _alerts;
    private readonly string[] _warnings;

    internal ReplenishmentPlan(
        string sku,
        double inventoryPosition,
        SafetyStockResult safetyStock,
        ProjectedPeriod[] projection,
        LocalDate? stockoutDate,
        double? daysOfSupply,
        LocalDate? orderDate,
        LocalDate? arrival,
        RoundedOrder order,
        bool urgent,
        double expectedFillRate,
        double turnover,
        InventoryAlert[] alerts,
        string[] warnings)
    {
        Sku = sku;
        InventoryPosition = inventoryPosition;
        SafetyStock = safetyStock;
        _projection = projection;
        StockoutDate = stockoutDate;
        DaysOfSupply = daysOfSupply;
        RecommendedOrderDate = orderDate;
        ExpectedArrival = arrival;
        RecommendedOrder = order;
        IsUrgent = urgent;
        ExpectedFillRate = expectedFillRate;
        ExpectedTurnover = turnover;
        _alerts = alerts;
        _warnings = warnings;
    }

    /// <summary>The SKU.</summary>
    public string Sku { get; }

    /// <summary>On hand + in transit − backorders.</summary>
    public double InventoryPosition { get; }

    /// <summary>The safety stock with its breakdown.</summary>
    public SafetyStockResult SafetyStock { get; }

    /// <summary>Projected stock per period against the forecast, with the scheduled receipts (not the recommended order).</summary>
    public IReadOnlyList<ProjectedPeriod> Projection => _projection;

    /// <summary>The day the projected stock runs out, or null if it lasts beyond the forecast horizon.</summary>
    public LocalDate? StockoutDate { get; }

    /// <summary>Days until the projected stock runs out (forward-looking, against the forecast); null beyond the horizon.</summary>
    public double? DaysOfSupply { get; }

    /// <summary><see cref="DaysOfSupply"/> in weeks.</summary>
    public double? WeeksOfSupply => DaysOfSupply / 7;

    /// <summary>
    /// The latest day to order so that, after the mean lead time, the goods arrive before the projected stock falls below
    /// the safety stock; the start date when that day has passed (<see cref="IsUrgent"/>); null when no order is needed
    /// within the horizon.
    /// </summary>
    public LocalDate? RecommendedOrderDate { get; }

    /// <summary>When the recommended order is expected to arrive.</summary>
    public LocalDate? ExpectedArrival { get; }

    /// <summary>The quantity to order (rounded to MOQ and cases), 0 when none is needed.</summary>
    public RoundedOrder RecommendedOrder { get; }

    /// <summary>True when the latest order date has already passed: order now.</summary>
    public bool IsUrgent { get; }

    /// <summary>
    /// The fill rate the policy is expected to achieve: 1 − σ·G(z)/Q with the recommended Q (normal), or, for an
    /// intermittent SKU planned by <see cref="ReplenishmentPlanner.PlanFromHistory"/>, the exact (R,S) fill rate
    /// 1 − (E[(D_{R+L} − S)⁺] − E[(D_L − S)⁺])/(d̄·R) of its discrete distributions
    /// (<see cref="LeadTimeDemand.PeriodicReviewFillRate"/>).
    /// </summary>
    public double ExpectedFillRate { get; }

    /// <summary>Expected annual inventory turnover under the policy: annual demand ÷ average stock (SS + Q/2).</summary>
    public double ExpectedTurnover { get; }

    /// <summary>Days of inventory: 365 ÷ turnover.</summary>
    public double DaysOfInventory => ExpectedTurnover > 0 ? 365 / ExpectedTurnover : double.PositiveInfinity;

    /// <summary>Slow-mover, dead-stock, excess and stock-out alerts.</summary>
    public IReadOnlyList<InventoryAlert> Alerts => _alerts;

    /// <summary>
    /// What the plan did not use or had to assume, said rather than passed over: an in-transit receipt due before the
    /// plan's start (counted as arriving at the start), sales that end before the as-of date; empty when none.
    /// </summary>
    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>The same plan with <paramref name="more"/> warnings added.</summary>
    internal ReplenishmentPlan WithWarnings(IReadOnlyCollection<string> more) => more.Count == 0
        ? this
        : new ReplenishmentPlan(Sku, InventoryPosition, SafetyStock, _projection, StockoutDate, DaysOfSupply, RecommendedOrderDate, ExpectedArrival, RecommendedOrder, IsUrgent, ExpectedFillRate, ExpectedTurnover, _alerts, [.. _warnings, .. more]);

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Sku}: IP {InventoryPosition:G6}, stock-out {StockoutDate?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "beyond horizon"}, order {RecommendedOrder.Quantity} by {RecommendedOrderDate?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "-"}{(IsUrgent ? " (urgent)" : string.Empty)}");
}
