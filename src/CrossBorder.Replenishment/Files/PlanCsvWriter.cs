using System.Globalization;

namespace CrossBorder.Replenishment.Files;

/// <summary>
/// Writes plans as CSV, one row per SKU under the header <see cref="Header"/>, invariant culture: figures in
/// round-trip form after rounding to 4 decimals (<see cref="PlanRow"/>), dates <c>yyyy-MM-dd</c>, <c>true</c>/<c>false</c>,
/// an empty field for a null, the SKU and the warnings quoted only when they hold a comma, a quote or a line break.
/// This is the file <c>crossborder replenish --format csv</c> writes.
/// </summary>
public sealed class PlanCsvWriter : IPlanWriter
{
    /// <summary>The header line: the column names, a public contract that does not change.</summary>
    public const string Header =
        "sku,inventory_position,safety_stock,reorder_point,order_up_to,stockout_date,weeks_of_supply,order_date,arrival,order_qty,urgent," +
        "fill_rate,turnover,days_of_inventory,lead_time_weeks,lead_time_sd_weeks,alerts,warnings";

    private readonly TextWriter _writer;

    /// <summary>Writes <see cref="Header"/> to <paramref name="writer"/> (with the writer's line break, as every row).</summary>
    public PlanCsvWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        writer.WriteLine(Header);
    }

    /// <summary>The column names of every plan file, in order: <see cref="Header"/> split at its commas.</summary>
    public static IReadOnlyList<string> Columns { get; } = Header.Split(',');

    /// <inheritdoc />
    public void Write(SkuPlan plan) => Write(PlanRow.Of(plan));

    /// <inheritdoc />
    public void Write(PlanRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        _writer.WriteLine(string.Join(
            ',',
            Quote(row.Sku),
            N(row.InventoryPosition),
            N(row.SafetyStock),
            N(row.ReorderPoint),
            N(row.OrderUpTo),
            row.StockoutDate is { } so ? PlanRow.Iso(so) : string.Empty,
            row.WeeksOfSupply is { } w ? N(w) : string.Empty,
            row.OrderDate is { } od ? PlanRow.Iso(od) : string.Empty,
            row.Arrival is { } a ? PlanRow.Iso(a) : string.Empty,
            row.OrderQuantity.ToString(CultureInfo.InvariantCulture),
            row.Urgent ? "true" : "false",
            N(row.FillRate),
            N(row.Turnover),
            row.DaysOfInventory is { } d ? N(d) : string.Empty,
            N(row.LeadTimeWeeks),
            N(row.LeadTimeSdWeeks),
            row.Alerts,
            Quote(row.Warnings)));
    }

    /// <summary>Writes the header and one row per plan of <paramref name="plans"/>.</summary>
    public static void WriteAll(TextWriter writer, IEnumerable<SkuPlan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var csv = new PlanCsvWriter(writer);
        foreach (var plan in plans)
        {
            csv.Write(plan);
        }
    }

    private static string N(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
