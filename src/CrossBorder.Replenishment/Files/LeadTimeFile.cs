using System.Globalization;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Replenishment.Files;

/// <summary>A SKU's lead time and where it came from, such as <c>5 sea POs</c> or <c>per-SKU mean/σ</c>.</summary>
public sealed class SkuLeadTime
{
    internal SkuLeadTime(LeadTime leadTime, string source)
    {
        LeadTime = leadTime;
        Source = source;
    }

    /// <summary>Mean and σ, in the unit asked for.</summary>
    public LeadTime LeadTime { get; }

    /// <summary>Where it came from.</summary>
    public string Source { get; }
}

/// <summary>
/// The lead times of a lead-time file, per SKU: from purchase-order history (pooled under the SKU <c>*</c> for every
/// SKU without two orders of its own, <see cref="PurchaseOrderHistory.EstimatePooled"/>) or from per-SKU statistics.
/// Immutable; read with <see cref="LeadTimeFile"/>.
/// </summary>
public sealed class LeadTimeTable
{
    /// <summary>The SKU whose orders or statistics stand for every SKU without its own.</summary>
    public const string AllSkus = "*";

    private readonly Dictionary<string, List<PurchaseOrderReceipt>>? _orders;
    private readonly Dictionary<string, LeadTime>? _statistics;
    private readonly string _source;

    internal LeadTimeTable(string source, Dictionary<string, List<PurchaseOrderReceipt>>? orders, Dictionary<string, LeadTime>? statistics)
    {
        _source = source;
        _orders = orders;
        _statistics = statistics;
    }

    /// <summary>True when the table holds purchase orders; false for per-SKU statistics.</summary>
    public bool HasPurchaseOrders => _orders is not null;

    /// <summary>The lead time of <paramref name="sku"/> in <paramref name="unit"/>s.</summary>
    /// <param name="sku">The SKU.</param>
    /// <param name="mode">Which purchase orders count (ignored for statistics).</param>
    /// <param name="unit">The unit of the result.</param>
    /// <exception cref="ArgumentException">No lead time for the SKU, or fewer than two orders of <paramref name="mode"/> (its own and pooled); named <paramref name="sku"/>.</exception>
    public SkuLeadTime For(string sku, FreightMode mode, PeriodUnit unit)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        Guard.Unit(unit, nameof(unit));
        if (_statistics is not null)
        {
            return _statistics.TryGetValue(sku, out var own) ? new SkuLeadTime(own.In(unit), "per-SKU mean/σ")
                : _statistics.TryGetValue(AllSkus, out var all) ? new SkuLeadTime(all.In(unit), "mean/σ (all SKUs)")
                : throw new ArgumentException($"{_source}: no lead time for SKU '{sku}' (and no '{AllSkus}' row).", nameof(sku));
        }

        var orders = _orders!.TryGetValue(sku, out var mine) ? mine : [];
        var pool = _orders.TryGetValue(AllSkus, out var shared) ? shared : [];
        LeadTimeEstimate estimate;
        try
        {
            estimate = PurchaseOrderHistory.EstimatePooled(orders, pool, unit, mode);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{_source}: SKU '{sku}': {ExceptionText.FirstSentence(e.Message)}", nameof(sku), e);
        }

        var name = mode.ToString().ToLowerInvariant();
        return new SkuLeadTime(estimate.LeadTime, string.Create(CultureInfo.InvariantCulture, $"{estimate.Count} {name} POs{(estimate.IsPooled ? " (all SKUs)" : string.Empty)}"));
    }

}

/// <summary>
/// Reads a lead-time file: purchase-order history <c>sku,mode,ordered,received</c> (optionally <c>shipped,arrived</c>;
/// <c>mode</c> sea, air, rail or road; <c>sku</c> <c>*</c> for orders that stand for every SKU), or per-SKU statistics
/// <c>sku,mean_days,sd_days</c>, in which a repeated SKU is an error. Each order is a validated
/// <see cref="PurchaseOrderReceipt"/> (dates in order, at most <see cref="LeadTimeLimits.MaximumDays"/> days); each
/// statistic keeps L + 4σ_L within that limit.
/// </summary>
/// <remarks>Read with the suite's one CSV reader; every error is a <see cref="FormatException"/> naming the source and the line.</remarks>
public static class LeadTimeFile
{
    private const string Expected = "sku,mode,ordered,received[,shipped,arrived] or sku,mean_days,sd_days";

    /// <summary>Reads a lead-time file.</summary>
    /// <param name="path">The file; errors start with it.</param>
    /// <exception cref="FormatException">A malformed, out-of-order or repeated row, naming the line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static LeadTimeTable ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads lead times from <paramref name="reader"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The name errors start with.</param>
    /// <exception cref="FormatException">A malformed, out-of-order or repeated row, naming the line.</exception>
    public static LeadTimeTable Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var table = CsvTable.Open(reader, source);
        var sku = table.Require("sku", Expected);
        return table.IndexOf("mean_days") >= 0 ? Statistics(table, sku, source) : Orders(table, sku, source);
    }

    private static LeadTimeTable Orders(CsvTable table, int sku, string source)
    {
        var modeColumn = table.Require("mode", Expected);
        var ordered = table.Require("ordered", Expected);
        var received = table.Require("received", Expected);
        var shipped = table.IndexOf("shipped");
        var arrived = table.IndexOf("arrived");
        var orders = new Dictionary<string, List<PurchaseOrderReceipt>>(StringComparer.Ordinal);
        foreach (var row in table.Rows())
        {
            var key = Sku(row, sku);
            var mode = row.Get(modeColumn).ToLowerInvariant() switch
            {
                "sea" => FreightMode.Sea,
                "air" => FreightMode.Air,
                "rail" => FreightMode.Rail,
                "road" => FreightMode.Road,
                _ => throw row.Invalid(modeColumn, "sea, air, rail or road"),
            };
            var o = Date(row, ordered);
            var r = Date(row, received);
            var sh = shipped >= 0 && row.Get(shipped).Length > 0 ? Date(row, shipped) : o;
            var ar = arrived >= 0 && row.Get(arrived).Length > 0 ? Date(row, arrived) : r;
            PurchaseOrderReceipt order;
            try
            {
                order = new PurchaseOrderReceipt(o, sh, ar, r, mode);
            }
            catch (ArgumentException e)
            {
                throw row.Error(ExceptionText.FirstSentence(e.Message));
            }

            if (!orders.TryGetValue(key, out var list))
            {
                orders[key] = list = [];
            }

            list.Add(order);
        }

        return new LeadTimeTable(source, orders, null);
    }

    private static LeadTimeTable Statistics(CsvTable table, int sku, string source)
    {
        var mean = table.Require("mean_days", Expected);
        var sd = table.Require("sd_days", Expected);
        var map = new Dictionary<string, LeadTime>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows())
        {
            var key = Sku(row, sku);
            if (lines.TryGetValue(key, out var first))
            {
                throw row.Error($"SKU '{CsvTable.Echo(key)}' already has a lead time on line {first.ToString(CultureInfo.InvariantCulture)}: one row per SKU.");
            }

            var m = Days(row, mean);
            var s = Days(row, sd);
            var leadTime = LeadTime.Of(m, s, PeriodUnit.Day);
            if (m + (4 * s) > LeadTimeLimits.MaximumDays)
            {
                throw row.Error(string.Create(CultureInfo.InvariantCulture, $"mean_days + 4·sd_days = {m + (4 * s):G6} days is beyond the limit of {LeadTimeLimits.MaximumDays} days (two years); check the figures."));
            }

            map[key] = leadTime;
            lines[key] = row.Line;
        }

        return new LeadTimeTable(source, null, map);
    }

    private static string Sku(CsvRow row, int column)
    {
        var key = row.Get(column);
        return key.Length > 0 ? key : throw row.Error("sku is empty.");
    }

    private static LocalDate Date(CsvRow row, int column)
    {
        var parsed = LocalDatePattern.Iso.Parse(row.Get(column));
        return parsed.Success ? parsed.Value : throw row.Invalid(column, "a yyyy-MM-dd date");
    }

    private static double Days(CsvRow row, int column) =>
        double.TryParse(row.Get(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0
            ? v
            : throw row.Invalid(column, "a number of days ≥ 0");
}
