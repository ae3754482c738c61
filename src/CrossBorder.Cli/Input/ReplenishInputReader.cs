using System.Globalization;
using CrossBorder.Replenishment;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Cli.Input;

/// <summary>One row of the stock file: what is on hand, owed and on its way, and the supplier's MOQ and case pack.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Inventory">On hand, backorders and the in-transit receipt.</param>
/// <param name="Constraints">MOQ and case pack, or null when the file has neither column.</param>
internal sealed record StockRow(string Sku, InventorySnapshot Inventory, OrderConstraints? Constraints);

/// <summary>
/// Reads the stock and lead-time files of <c>crossborder replenish</c>. Errors are <see cref="UserErrorException"/>s
/// naming the file and the line.
/// </summary>
/// <remarks>
/// <para>Stock: <c>sku,on_hand,backorders</c>, optionally <c>in_transit_qty,in_transit_eta</c> (one receipt per row;
/// a SKU may have several rows, whose receipts add up, the other columns taken from its first row) and <c>moq,case_pack</c>.</para>
/// <para>Lead times, either purchase-order history <c>sku,mode,ordered,received</c> (optionally <c>shipped,arrived</c>;
/// <c>sku</c> may be <c>*</c> for every SKU without orders of its own) or per-SKU statistics <c>sku,mean_days,sd_days</c>.</para>
/// </remarks>
internal static class ReplenishInputReader
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>Parses an ISO date (yyyy-MM-dd) or throws a user error naming <paramref name="what"/>.</summary>
    public static LocalDate ParseDate(string text, string what)
    {
        var result = IsoDate.Parse(text.Trim());
        return result.Success ? result.Value : throw new UserErrorException($"{what}: '{text}' is not a date in the form yyyy-MM-dd.");
    }

    /// <summary>Reads the stock file.</summary>
    public static Dictionary<string, StockRow> ReadStock(string path)
    {
        var lines = ReadLines(path, "--stock");
        var columns = Header(lines[0]);
        var sku = Require(columns, "sku", path);
        var onHand = Require(columns, "on_hand", path);
        var backorders = Optional(columns, "backorders");
        var qty = Optional(columns, "in_transit_qty");
        var eta = Optional(columns, "in_transit_eta");
        var moq = Optional(columns, "moq");
        var casePack = Optional(columns, "case_pack");
        if ((qty is null) != (eta is null))
        {
            throw new UserErrorException($"'{path}': in_transit_qty and in_transit_eta go together.");
        }

        var rows = new Dictionary<string, (double OnHand, double Backorders, List<ScheduledReceipt> Receipts, OrderConstraints? Constraints)>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = Where(path, i);
            var cells = Cells(lines[i], columns.Length, where);
            var id = cells[sku].Trim();
            if (id.Length == 0)
            {
                throw new UserErrorException($"{where}: empty sku.");
            }

            if (!rows.TryGetValue(id, out var row))
            {
                OrderConstraints? constraints = null;
                if (moq is not null || casePack is not null)
                {
                    var m = moq is { } mi ? Whole(cells[mi], "moq", where, 0) : 0;
                    var c = casePack is { } ci ? Whole(cells[ci], "case_pack", where, 1) : 1;
                    constraints = new OrderConstraints(m, c);
                }

                row = (Quantity(cells[onHand], "on_hand", where), backorders is { } b ? Quantity(cells[b], "backorders", where) : 0, [], constraints);
                rows.Add(id, row);
            }

            if (qty is { } q && eta is { } e && !string.IsNullOrWhiteSpace(cells[q]))
            {
                var quantity = Quantity(cells[q], "in_transit_qty", where);
                if (quantity > 0)
                {
                    row.Receipts.Add(new ScheduledReceipt(ParseDate(cells[e], $"{where}: in_transit_eta"), quantity));
                }
            }
        }

        return rows.ToDictionary(
            r => r.Key,
            r => new StockRow(r.Key, new InventorySnapshot(r.Value.OnHand, r.Value.Backorders, r.Value.Receipts), r.Value.Constraints),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads the lead-time file and returns a function from SKU to its lead time in weeks (with a description of where it came from).
    /// </summary>
    public static Func<string, (LeadTime LeadTime, string Source)> ReadLeadTimes(string path, FreightMode mode)
    {
        var lines = ReadLines(path, "--lead-times");
        var columns = Header(lines[0]);
        var sku = Array.IndexOf(columns, "sku") is var s and >= 0 ? s : Require(columns, "sku_or_supplier", path);
        if (Array.IndexOf(columns, "mean_days") >= 0)
        {
            return ReadStatistics(path, lines, columns, sku);
        }

        var modeColumn = Require(columns, "mode", path);
        var ordered = Require(columns, "ordered", path);
        var received = Require(columns, "received", path);
        var shipped = Optional(columns, "shipped");
        var arrived = Optional(columns, "arrived");
        var orders = new Dictionary<string, List<PurchaseOrderReceipt>>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = Where(path, i);
            var cells = Cells(lines[i], columns.Length, where);
            var m = cells[modeColumn].Trim().ToLowerInvariant() switch
            {
                "sea" => FreightMode.Sea,
                "air" => FreightMode.Air,
                "rail" => FreightMode.Rail,
                "road" => FreightMode.Road,
                var other => throw new UserErrorException($"{where}: mode '{other}' is not sea, air, rail or road."),
            };
            var o = ParseDate(cells[ordered], $"{where}: ordered");
            var r = ParseDate(cells[received], $"{where}: received");
            var sh = shipped is { } si && !string.IsNullOrWhiteSpace(cells[si]) ? ParseDate(cells[si], $"{where}: shipped") : o;
            var ar = arrived is { } ai && !string.IsNullOrWhiteSpace(cells[ai]) ? ParseDate(cells[ai], $"{where}: arrived") : r;
            if (r < o || sh < o || ar < sh || r < ar)
            {
                throw new UserErrorException($"{where}: negative lead time: the dates must run ordered ≤ shipped ≤ arrived ≤ received.");
            }

            var key = cells[sku].Trim();
            if (!orders.TryGetValue(key, out var list))
            {
                orders[key] = list = [];
            }

            list.Add(new PurchaseOrderReceipt(o, sh, ar, r, m));
        }

        var cache = new Dictionary<string, (LeadTime, string)>(StringComparer.Ordinal);
        return id =>
        {
            var key = orders.TryGetValue(id, out var own) && own.Count(o => o.Mode == mode) >= 2 ? id : "*";
            if (cache.TryGetValue(key, out var known))
            {
                return known;
            }

            if (!orders.TryGetValue(key, out var list) || list.Count(o => o.Mode == mode) < 2)
            {
                throw new UserErrorException($"'{path}': SKU '{id}' has fewer than two {mode.ToString().ToLowerInvariant()} purchase orders (and there are not two for '*'); a lead time and its σ need two.");
            }

            var estimate = PurchaseOrderHistory.Estimate(list, PeriodUnit.Week, mode);
            var result = (estimate.LeadTime, string.Create(CultureInfo.InvariantCulture, $"{estimate.Count} {mode.ToString().ToLowerInvariant()} POs{(key == "*" ? " (all SKUs)" : string.Empty)}"));
            cache[key] = result;
            return result;
        };
    }

    private static Func<string, (LeadTime LeadTime, string Source)> ReadStatistics(string path, string[] lines, string[] columns, int sku)
    {
        var mean = Require(columns, "mean_days", path);
        var sd = Require(columns, "sd_days", path);
        var map = new Dictionary<string, LeadTime>(StringComparer.Ordinal);
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var where = Where(path, i);
            var cells = Cells(lines[i], columns.Length, where);
            var m = Number(cells[mean], "mean_days", where);
            var d = Number(cells[sd], "sd_days", where);
            if (m < 0 || d < 0)
            {
                throw new UserErrorException($"{where}: negative lead time: mean_days and sd_days must be ≥ 0.");
            }

            map[cells[sku].Trim()] = LeadTime.Of(m, d, PeriodUnit.Day).In(PeriodUnit.Week);
        }

        return id => map.TryGetValue(id, out var own) ? (own, "per-SKU mean/σ")
            : map.TryGetValue("*", out var all) ? (all, "mean/σ (all SKUs)")
            : throw new UserErrorException($"'{path}': no lead time for SKU '{id}' (and no '*' row).");
    }

    private static string[] ReadLines(string path, string option)
    {
        if (!File.Exists(path))
        {
            throw new UserErrorException($"{option} file '{path}' does not exist.");
        }

        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserErrorException($"{option} file '{path}' cannot be read: {e.Message}", e);
        }

        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            throw new UserErrorException($"'{path}' is empty: expected a header line.");
        }

        return lines;
    }

    private static string[] Header(string line) => [.. Csv.SplitLine(line).Select(c => c.Trim().ToLowerInvariant())];

    private static int Require(string[] columns, string name, string path) =>
        Array.IndexOf(columns, name) is var i and >= 0 ? i : throw new UserErrorException($"'{path}' has no '{name}' column (header: {string.Join(',', columns)}).");

    private static int? Optional(string[] columns, string name) => Array.IndexOf(columns, name) is var i and >= 0 ? i : null;

    private static string Where(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"'{path}' line {index + 1}");

    private static string[] Cells(string line, int count, string where)
    {
        var cells = Csv.SplitLine(line);
        return cells.Length >= count ? cells : throw new UserErrorException($"{where}: expected {count} columns, found {cells.Length}.");
    }

    private static double Number(string text, string column, string where) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new UserErrorException($"{where}: {column} '{text}' is not a number.");

    private static double Quantity(string text, string column, string where)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        var v = Number(text, column, where);
        return v >= 0 ? v : throw new UserErrorException($"{where}: {column} {text} is negative.");
    }

    private static int Whole(string text, string column, string where, int empty)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return empty;
        }

        return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= (empty == 1 ? 1 : 0)
            ? v
            : throw new UserErrorException($"{where}: {column} '{text}' is not a whole number ≥ {empty}.");
    }
}
