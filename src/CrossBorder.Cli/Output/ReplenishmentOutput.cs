using CrossBorder.Replenishment;
using CrossBorder.Replenishment.Files;
using NodaTime;

namespace CrossBorder.Cli.Output;

/// <summary>
/// Writes <c>crossborder replenish</c> plans as a console table (invariant culture); the machine formats are the
/// library's <see cref="PlanCsvWriter"/>, <see cref="PlanJsonWriter"/> and <c>PlanParquetWriter</c>.
/// </summary>
internal static class ReplenishmentOutput
{
    /// <summary>One line per SKU, then the safety stock formulas and the alerts.</summary>
    public static void WriteTable(TextWriter writer, LocalDate start, ServiceTarget target, IReadOnlyList<SkuPlan> plans)
    {
        writer.WriteLine(F($"Replenishment plan as of {Iso(start)}, target {Describe(target)}, weekly review"));
        writer.WriteLine();
        var table = new TableWriter(
            new Column("SKU"),
            new Column("IP", Align.Right),
            new Column("SS", Align.Right),
            new Column("ROP", Align.Right),
            new Column("OUT", Align.Right),
            new Column("L wk", Align.Right),
            new Column("stock-out"),
            new Column("WoS", Align.Right),
            new Column("order by"),
            new Column("qty", Align.Right),
            new Column("fill", Align.Right),
            new Column("turns", Align.Right),
            new Column("DOI", Align.Right));
        foreach (var p in plans)
        {
            var plan = p.Plan;
            table.AddRow(
                plan.Sku,
                F($"{plan.InventoryPosition:0}"),
                F($"{p.SafetyStock:0.0}"),
                F($"{p.ReorderPoint:0.0}"),
                F($"{p.OrderUpTo:0.0}"),
                F($"{p.LeadTime.In(PeriodUnit.Week).Mean:0.0}"),
                plan.StockoutDate is { } so ? Iso(so) : "-",
                plan.WeeksOfSupply is { } w ? F($"{w:0.0}") : ">horizon",
                plan.RecommendedOrderDate is { } od ? Iso(od) + (plan.IsUrgent ? " !" : string.Empty) : "-",
                F($"{plan.RecommendedOrder.Quantity}"),
                F($"{plan.ExpectedFillRate * 100:0.0}%"),
                F($"{plan.ExpectedTurnover:0.0}"),
                !double.IsFinite(plan.DaysOfInventory) ? "-" : plan.DaysOfInventory > 3650 ? ">3650" : F($"{plan.DaysOfInventory:0}"));
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine("IP inventory position, SS safety stock, ROP reorder point d̄·L + SS, OUT order-up-to d̄·(R + L) + SS, L lead time,");
        writer.WriteLine("WoS weeks of supply, qty MOQ/case-pack rounded order (! = order now), fill expected fill rate, DOI days of inventory.");
        writer.WriteLine();
        writer.WriteLine("Safety stock:");
        foreach (var p in plans)
        {
            writer.WriteLine(F($"  {p.Plan.Sku}: {p.Plan.SafetyStock.Formula}"));
        }

        writer.WriteLine();
        var alerts = plans.SelectMany(p => p.Plan.Alerts.Select(a => (p.Plan.Sku, a))).ToList();
        writer.WriteLine(F($"Alerts ({alerts.Count}):"));
        if (alerts.Count == 0)
        {
            writer.WriteLine("  none");
        }

        foreach (var (sku, alert) in alerts)
        {
            writer.WriteLine(F($"  {sku}  {PlanRow.AlertName(alert.Kind)}: {alert.Message}"));
        }

        var warnings = plans.SelectMany(p => p.Plan.Warnings.Select(w => (p.Plan.Sku, w))).ToList();
        if (warnings.Count > 0)
        {
            writer.WriteLine();
            writer.WriteLine(F($"Warnings, inputs not used or assumed ({warnings.Count}):"));
            foreach (var (sku, warning) in warnings)
            {
                writer.WriteLine(F($"  {sku}  {warning}"));
            }
        }
    }

    private static string Describe(ServiceTarget target) =>
        F($"{(target.Measure == ServiceMeasure.FillRate ? "fill rate" : "CSL")} {target.Level * 100:0.##}%");

    private static string Iso(LocalDate date) => Commands.CommonOptions.FormatDate(date);

    private static string F(FormattableString s) => FormattableString.Invariant(s);
}
