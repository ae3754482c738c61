using System.Globalization;
using NodaTime;

namespace CrossBorder.Replenishment.Files;

/// <summary>
/// One SKU's plan as the plan files hold it (<see cref="PlanCsvWriter"/>, <see cref="PlanJsonWriter"/> and the Parquet
/// writer of CrossBorder.Forecasting.Parquet): every figure rounded to 4 decimals (half away from zero), a missing
/// date or figure null, the alerts and warnings joined into one text each. The column of each property is named in
/// its documentation; the names are a public contract (<see cref="PlanCsvWriter.Columns"/>).
/// </summary>
/// <param name="Sku">The SKU (<c>sku</c>).</param>
/// <param name="InventoryPosition">On hand + on order − backorders, in units (<c>inventory_position</c>).</param>
/// <param name="SafetyStock">The safety stock SS, never below 0 (<c>safety_stock</c>; <see cref="SkuPlan.SafetyStock"/>).</param>
/// <param name="ReorderPoint">The reorder point d̄·L + SS (<c>reorder_point</c>; <see cref="SkuPlan.ReorderPoint"/>).</param>
/// <param name="OrderUpTo">The order-up-to level d̄·(R + L) + SS (<c>order_up_to</c>; <see cref="SkuPlan.OrderUpTo"/>).</param>
/// <param name="StockoutDate">The projected stock-out day, or null for none within the horizon (<c>stockout_date</c>).</param>
/// <param name="WeeksOfSupply">Weeks until the stock-out, or null for none within the horizon (<c>weeks_of_supply</c>).</param>
/// <param name="OrderDate">The day to place the recommended order, or null for none (<c>order_date</c>).</param>
/// <param name="Arrival">The day the recommended order arrives, or null for none (<c>arrival</c>).</param>
/// <param name="OrderQuantity">The MOQ and case-pack rounded order, 0 for none (<c>order_qty</c>).</param>
/// <param name="Urgent">Whether the order should be placed now (<c>urgent</c>).</param>
/// <param name="FillRate">The expected fill rate, 0 to 1 (<c>fill_rate</c>).</param>
/// <param name="Turnover">The expected inventory turnover per year (<c>turnover</c>).</param>
/// <param name="DaysOfInventory">Days of inventory, or null when there is no demand to cover (<c>days_of_inventory</c>).</param>
/// <param name="LeadTimeWeeks">The mean lead time in weeks (<c>lead_time_weeks</c>).</param>
/// <param name="LeadTimeSdWeeks">The lead time's standard deviation in weeks (<c>lead_time_sd_weeks</c>).</param>
/// <param name="Alerts">The alert kinds (<see cref="AlertName"/>) separated by <c>|</c>, empty for none (<c>alerts</c>).</param>
/// <param name="Warnings">The warnings separated by <c> | </c>, empty for none (<c>warnings</c>).</param>
public sealed record PlanRow(
    string Sku,
    double InventoryPosition,
    double SafetyStock,
    double ReorderPoint,
    double OrderUpTo,
    LocalDate? StockoutDate,
    double? WeeksOfSupply,
    LocalDate? OrderDate,
    LocalDate? Arrival,
    int OrderQuantity,
    bool Urgent,
    double FillRate,
    double Turnover,
    double? DaysOfInventory,
    double LeadTimeWeeks,
    double LeadTimeSdWeeks,
    string Alerts,
    string Warnings)
{
    /// <summary>The row of <paramref name="plan"/>: its figures rounded to 4 decimals, an infinite days of inventory null.</summary>
    public static PlanRow Of(SkuPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var p = plan.Plan;
        var weeks = plan.LeadTime.In(PeriodUnit.Week);
        return new PlanRow(
            p.Sku,
            Round(p.InventoryPosition),
            Round(plan.SafetyStock),
            Round(plan.ReorderPoint),
            Round(plan.OrderUpTo),
            p.StockoutDate,
            p.WeeksOfSupply is { } w ? Round(w) : null,
            p.RecommendedOrderDate,
            p.ExpectedArrival,
            p.RecommendedOrder.Quantity,
            p.IsUrgent,
            Round(p.ExpectedFillRate),
            Round(p.ExpectedTurnover),
            double.IsFinite(p.DaysOfInventory) ? Round(p.DaysOfInventory) : null,
            Round(weeks.Mean),
            Round(weeks.StandardDeviation),
            string.Join('|', p.Alerts.Select(a => AlertName(a.Kind))),
            string.Join(" | ", p.Warnings));
    }

    /// <summary>The kebab-case name the plan files give an alert kind: <c>slow-mover</c>, <c>obsolete</c>, <c>excess-cover</c>, <c>stockout-before-lead-time</c>.</summary>
    public static string AlertName(InventoryAlertKind kind) => kind switch
    {
        InventoryAlertKind.NoRecentSales => "slow-mover",
        InventoryAlertKind.Obsolete => "obsolete",
        InventoryAlertKind.ExcessCover => "excess-cover",
        InventoryAlertKind.StockoutBeforeLeadTime => "stockout-before-lead-time",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>A figure as the files hold it: 4 decimals, half away from zero.</summary>
    internal static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    /// <summary>A date as the files write it: <c>yyyy-MM-dd</c>, invariant.</summary>
    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
