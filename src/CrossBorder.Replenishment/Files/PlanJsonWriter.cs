using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrossBorder.Replenishment.Files;

/// <summary>
/// Writes a catalogue's plans as indented JSON: the settings (<c>asOf</c>, <c>measure</c>, <c>serviceLevel</c>,
/// <c>reviewWeeks</c>) and one object per SKU with the figures of <see cref="PlanRow"/> (camelCase names, null for a
/// missing value), the safety stock's formula, the alerts with their messages and the warnings as an array. This is
/// the file <c>crossborder replenish --format json</c> writes.
/// </summary>
public static class PlanJsonWriter
{
    /// <summary>Writes <paramref name="catalogue"/>, planned with <paramref name="settings"/>, then a line break.</summary>
    /// <exception cref="ArgumentException">A figure is not finite (JSON has no infinity).</exception>
    public static void Write(TextWriter writer, CataloguePlan catalogue, ReplenishmentSettings settings)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(settings);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("asOf", PlanRow.Iso(catalogue.Start));
            json.WriteString("measure", settings.Target.Measure == ServiceMeasure.FillRate ? "fill-rate" : "csl");
            json.WriteNumber("serviceLevel", settings.Target.Level);
            if (settings.ReviewPeriodDays % 7 == 0)
            {
                json.WriteNumber("reviewWeeks", settings.ReviewPeriodDays / 7);
            }
            else
            {
                json.WriteNumber("reviewWeeks", settings.ReviewPeriodDays / 7.0);
            }

            json.WriteStartArray("skus");
            foreach (var plan in catalogue.Plans)
            {
                WriteSku(json, plan);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteSku(Utf8JsonWriter json, SkuPlan plan)
    {
        var f = PlanRow.Of(plan);
        json.WriteStartObject();
        json.WriteString("sku", f.Sku);
        json.WriteNumber("inventoryPosition", f.InventoryPosition);
        json.WriteNumber("safetyStock", f.SafetyStock);
        json.WriteString("safetyStockFormula", plan.Plan.SafetyStock.Formula);
        json.WriteNumber("reorderPoint", f.ReorderPoint);
        json.WriteNumber("orderUpTo", f.OrderUpTo);
        json.WriteNumber("leadTimeWeeks", f.LeadTimeWeeks);
        json.WriteNumber("leadTimeSdWeeks", f.LeadTimeSdWeeks);
        WriteOrNull(json, "stockoutDate", f.StockoutDate is { } so ? PlanRow.Iso(so) : null);
        WriteOrNull(json, "weeksOfSupply", f.WeeksOfSupply);
        WriteOrNull(json, "orderDate", f.OrderDate is { } od ? PlanRow.Iso(od) : null);
        WriteOrNull(json, "arrival", f.Arrival is { } a ? PlanRow.Iso(a) : null);
        json.WriteNumber("orderQuantity", f.OrderQuantity);
        json.WriteBoolean("urgent", f.Urgent);
        json.WriteNumber("fillRate", f.FillRate);
        json.WriteNumber("turnover", f.Turnover);
        WriteOrNull(json, "daysOfInventory", f.DaysOfInventory);
        json.WriteStartArray("alerts");
        foreach (var alert in plan.Plan.Alerts)
        {
            json.WriteStartObject();
            json.WriteString("kind", PlanRow.AlertName(alert.Kind));
            json.WriteString("message", alert.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("warnings");
        foreach (var warning in plan.Plan.Warnings)
        {
            json.WriteStringValue(warning);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteOrNull(Utf8JsonWriter json, string name, string? value)
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

    private static void WriteOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
