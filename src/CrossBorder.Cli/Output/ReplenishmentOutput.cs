using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrossBorder.Replenishment;
using CrossBorder.Replenishment.Files;
using NodaTime;

namespace CrossBorder.Cli.Output;

/// <summary>The figures of one SKU's plan as the three formats print them, so that they agree by construction.</summary>
internal sealed record PlanFigures(
    string Sku,
    double InventoryPosition,
    double SafetyStock,
    string Formula,
    double ReorderPoint,
    double OrderUpTo,
    string? StockoutDate,
    double? WeeksOfSupply,
    string? OrderDate,
    string? Arrival,
    int OrderQuantity,
    bool Urgent,
    double FillRate,
    double Turnover,
    double DaysOfInventory,
    double LeadTimeWeeks,
    double LeadTimeSigmaWeeks,
    IReadOnlyList<InventoryAlert> Alerts,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// Reads the figures off a plan. The planner's safety stock covers the protection interval P = R + L, so its
    /// <see cref="SafetyStockResult.ReorderPoint"/> is the order-up-to level S = d̄·(R + L) + SS; the reorder point is
    /// s = d̄·L + SS with d̄ = lead-time demand ÷ P.
    /// </summary>
    public static PlanFigures Of(SkuPlan p)
    {
        var plan = p.Plan;
        var ss = plan.SafetyStock;
        var safety = Math.Max(ss.Units, 0);
        var dbar = ss.ProtectionPeriods > 0 ? ss.LeadTimeDemandMean / ss.ProtectionPeriods : 0;
        return new PlanFigures(
            plan.Sku,
            plan.InventoryPosition,
            safety,
            ss.Formula,
            (dbar * p.LeadTime.Mean) + safety,
            ss.LeadTimeDemandMean + safety,
            plan.StockoutDate is { } so ? Iso(so) : null,
            plan.WeeksOfSupply,
            plan.RecommendedOrderDate is { } od ? Iso(od) : null,
            plan.ExpectedArrival is { } a ? Iso(a) : null,
            plan.RecommendedOrder.Quantity,
            plan.IsUrgent,
            plan.ExpectedFillRate,
            plan.ExpectedTurnover,
            plan.DaysOfInventory,
            p.LeadTime.In(PeriodUnit.Week).Mean,
            p.LeadTime.In(PeriodUnit.Week).StandardDeviation,
            plan.Alerts,
            plan.Warnings);
    }

    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Writes <c>crossborder replenish</c> plans as a table, JSON or CSV (invariant culture throughout).</summary>
internal static class ReplenishmentOutput
{
    /// <summary>The CSV header, one row per SKU.</summary>
    public const string CsvHeader =
        "sku,inventory_position,safety_stock,reorder_point,order_up_to,stockout_date,weeks_of_supply,order_date,arrival,order_qty,urgent," +
        "fill_rate,turnover,days_of_inventory,lead_time_weeks,lead_time_sd_weeks,alerts,warnings";

    /// <summary>One line per SKU, then the safety stock formulas and the alerts.</summary>
    public static void WriteTable(TextWriter writer, LocalDate start, ServiceTarget target, IReadOnlyList<SkuPlan> plans)
    {
        writer.WriteLine(F($"Replenishment plan as of {PlanFigures.Iso(start)}, target {Describe(target)}, weekly review"));
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
        var figures = plans.Select(PlanFigures.Of).ToList();
        foreach (var f in figures)
        {
            table.AddRow(
                f.Sku,
                F($"{f.InventoryPosition:0}"),
                F($"{f.SafetyStock:0.0}"),
                F($"{f.ReorderPoint:0.0}"),
                F($"{f.OrderUpTo:0.0}"),
                F($"{f.LeadTimeWeeks:0.0}"),
                f.StockoutDate ?? "-",
                f.WeeksOfSupply is { } w ? F($"{w:0.0}") : ">horizon",
                f.OrderDate is null ? "-" : f.OrderDate + (f.Urgent ? " !" : string.Empty),
                F($"{f.OrderQuantity}"),
                F($"{f.FillRate * 100:0.0}%"),
                F($"{f.Turnover:0.0}"),
                !double.IsFinite(f.DaysOfInventory) ? "-" : f.DaysOfInventory > 3650 ? ">3650" : F($"{f.DaysOfInventory:0}"));
        }

        table.Write(writer);
        writer.WriteLine();
        writer.WriteLine("IP inventory position, SS safety stock, ROP reorder point d̄·L + SS, OUT order-up-to d̄·(R + L) + SS, L lead time,");
        writer.WriteLine("WoS weeks of supply, qty MOQ/case-pack rounded order (! = order now), fill expected fill rate, DOI days of inventory.");
        writer.WriteLine();
        writer.WriteLine("Safety stock:");
        foreach (var f in figures)
        {
            writer.WriteLine(F($"  {f.Sku}: {f.Formula}"));
        }

        writer.WriteLine();
        var alerts = figures.SelectMany(f => f.Alerts.Select(a => (f.Sku, a))).ToList();
        writer.WriteLine(F($"Alerts ({alerts.Count}):"));
        if (alerts.Count == 0)
        {
            writer.WriteLine("  none");
        }

        foreach (var (sku, alert) in alerts)
        {
            writer.WriteLine(F($"  {sku}  {Name(alert.Kind)}: {alert.Message}"));
        }

        var warnings = figures.SelectMany(f => f.Warnings.Select(w => (f.Sku, w))).ToList();
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

    /// <summary>One CSV row per SKU, alerts as kind names separated by '|'.</summary>
    public static void WriteCsv(TextWriter writer, IReadOnlyList<SkuPlan> plans)
    {
        writer.WriteLine(CsvHeader);
        foreach (var f in plans.Select(PlanFigures.Of))
        {
            writer.WriteLine(string.Join(
                ',',
                Quote(f.Sku),
                R(f.InventoryPosition),
                R(f.SafetyStock),
                R(f.ReorderPoint),
                R(f.OrderUpTo),
                f.StockoutDate ?? string.Empty,
                f.WeeksOfSupply is { } w ? R(w) : string.Empty,
                f.OrderDate ?? string.Empty,
                f.Arrival ?? string.Empty,
                F($"{f.OrderQuantity}"),
                f.Urgent ? "true" : "false",
                R(f.FillRate),
                R(f.Turnover),
                double.IsFinite(f.DaysOfInventory) ? R(f.DaysOfInventory) : string.Empty,
                R(f.LeadTimeWeeks),
                R(f.LeadTimeSigmaWeeks),
                string.Join('|', f.Alerts.Select(a => Name(a.Kind))),
                Quote(string.Join(" | ", f.Warnings))));
        }
    }

    /// <summary>Indented JSON: the settings and one object per SKU with its alerts.</summary>
    public static void WriteJson(TextWriter writer, LocalDate start, ServiceTarget target, IReadOnlyList<SkuPlan> plans)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("asOf", PlanFigures.Iso(start));
            json.WriteString("measure", target.Measure == ServiceMeasure.FillRate ? "fill-rate" : "csl");
            json.WriteNumber("serviceLevel", target.Level);
            json.WriteNumber("reviewWeeks", 1);
            json.WriteStartArray("skus");
            foreach (var f in plans.Select(PlanFigures.Of))
            {
                json.WriteStartObject();
                json.WriteString("sku", f.Sku);
                json.WriteNumber("inventoryPosition", Round(f.InventoryPosition));
                json.WriteNumber("safetyStock", Round(f.SafetyStock));
                json.WriteString("safetyStockFormula", f.Formula);
                json.WriteNumber("reorderPoint", Round(f.ReorderPoint));
                json.WriteNumber("orderUpTo", Round(f.OrderUpTo));
                json.WriteNumber("leadTimeWeeks", Round(f.LeadTimeWeeks));
                json.WriteNumber("leadTimeSdWeeks", Round(f.LeadTimeSigmaWeeks));
                WriteStringOrNull(json, "stockoutDate", f.StockoutDate);
                if (f.WeeksOfSupply is { } w)
                {
                    json.WriteNumber("weeksOfSupply", Round(w));
                }
                else
                {
                    json.WriteNull("weeksOfSupply");
                }

                WriteStringOrNull(json, "orderDate", f.OrderDate);
                WriteStringOrNull(json, "arrival", f.Arrival);
                json.WriteNumber("orderQuantity", f.OrderQuantity);
                json.WriteBoolean("urgent", f.Urgent);
                json.WriteNumber("fillRate", Round(f.FillRate));
                json.WriteNumber("turnover", Round(f.Turnover));
                if (double.IsFinite(f.DaysOfInventory))
                {
                    json.WriteNumber("daysOfInventory", Round(f.DaysOfInventory));
                }
                else
                {
                    json.WriteNull("daysOfInventory");
                }

                json.WriteStartArray("alerts");
                foreach (var a in f.Alerts)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", Name(a.Kind));
                    json.WriteString("message", a.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("warnings");
                foreach (var warning in f.Warnings)
                {
                    json.WriteStringValue(warning);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    /// <summary>The kebab-case name of an alert kind, as all three formats print it.</summary>
    public static string Name(InventoryAlertKind kind) => kind switch
    {
        InventoryAlertKind.NoRecentSales => "slow-mover",
        InventoryAlertKind.Obsolete => "obsolete",
        InventoryAlertKind.ExcessCover => "excess-cover",
        InventoryAlertKind.StockoutBeforeLeadTime => "stockout-before-lead-time",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>The value JSON and CSV print: 4 decimals, invariant.</summary>
    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static string R(double value) => Round(value).ToString("R", CultureInfo.InvariantCulture);

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static string Describe(ServiceTarget target) =>
        F($"{(target.Measure == ServiceMeasure.FillRate ? "fill rate" : "CSL")} {target.Level * 100:0.##}%");

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string F(FormattableString s) => FormattableString.Invariant(s);
}
