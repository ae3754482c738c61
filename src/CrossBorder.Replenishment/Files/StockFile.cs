using System.Globalization;
using CrossBorder.Text;
using NodaTime.Text;

namespace CrossBorder.Replenishment.Files;

/// <summary>One SKU of a stock file: what is on hand, owed and on its way, and the supplier's MOQ and case pack.</summary>
public sealed class StockRecord
{
    internal StockRecord(string sku, InventorySnapshot inventory, OrderConstraints? constraints, int line)
    {
        Sku = sku;
        Inventory = inventory;
        Constraints = constraints;
        Line = line;
    }

    /// <summary>The SKU.</summary>
    public string Sku { get; }

    /// <summary>On hand, backorders and the in-transit receipts.</summary>
    public InventorySnapshot Inventory { get; }

    /// <summary>MOQ and case pack, or null when the file has neither column.</summary>
    public OrderConstraints? Constraints { get; }

    /// <summary>The line of the SKU's first row.</summary>
    public int Line { get; }
}

/// <summary>
/// Reads a stock file: <c>sku,on_hand</c>, optionally <c>backorders</c>, <c>in_transit_qty,in_transit_eta</c> (one
/// receipt per row) and <c>moq,case_pack</c>. A SKU may take several rows only to list several receipts: its
/// repeated rows leave <c>on_hand</c>, <c>backorders</c>, <c>moq</c> and <c>case_pack</c> empty or equal to the first
/// row's; any other repetition is an error (never "the first or the last wins"). Quantities are finite and
/// non-negative; MOQ and case pack whole numbers up to <see cref="OrderConstraints.MaximumQuantity"/>.
/// </summary>
/// <remarks>Read with the suite's one CSV reader; every error is a <see cref="FormatException"/> naming the source and the line.</remarks>
public static class StockFile
{
    private const string Expected = "sku,on_hand[,backorders,in_transit_qty,in_transit_eta,moq,case_pack]";

    /// <summary>Reads a stock file.</summary>
    /// <param name="path">The file; errors start with it.</param>
    /// <exception cref="FormatException">A malformed or repeated row, naming the line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyDictionary<string, StockRecord> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads stock records from <paramref name="reader"/>.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The name errors start with.</param>
    /// <exception cref="FormatException">A malformed or repeated row, naming the line.</exception>
    public static IReadOnlyDictionary<string, StockRecord> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var table = CsvTable.Open(reader, source);
        var sku = table.Require("sku", Expected);
        var onHand = table.Require("on_hand", Expected);
        var backorders = table.IndexOf("backorders");
        var qty = table.IndexOf("in_transit_qty");
        var eta = table.IndexOf("in_transit_eta");
        var moq = table.IndexOf("moq");
        var casePack = table.IndexOf("case_pack");
        if ((qty < 0) != (eta < 0))
        {
            throw table.Error(1, "in_transit_qty and in_transit_eta go together.");
        }

        var rows = new Dictionary<string, Row>(StringComparer.Ordinal);
        foreach (var row in table.Rows())
        {
            var id = row.Get(sku);
            if (id.Length == 0)
            {
                throw row.Error("sku is empty.");
            }

            var receipt = qty >= 0 ? Receipt(row, qty, eta) : null;
            if (rows.TryGetValue(id, out var first))
            {
                if (receipt is null)
                {
                    throw row.Error($"SKU '{CsvTable.Echo(id)}' is repeated (first on line {first.Line.ToString(CultureInfo.InvariantCulture)}) without an in-transit receipt: one row per SKU, more rows only for more receipts.");
                }

                Same(row, onHand, first, "on_hand");
                Same(row, backorders, first, "backorders");
                Same(row, moq, first, "moq");
                Same(row, casePack, first, "case_pack");
                first.Receipts.Add(receipt);
                continue;
            }

            OrderConstraints? constraints = null;
            if (moq >= 0 || casePack >= 0)
            {
                constraints = new OrderConstraints(Whole(row, moq, 0), Whole(row, casePack, 1));
            }

            var added = new Row(row.Line, row, Quantity(row, onHand), backorders >= 0 ? Quantity(row, backorders) : 0, constraints);
            if (receipt is not null)
            {
                added.Receipts.Add(receipt);
            }

            rows.Add(id, added);
        }

        return rows.ToDictionary(
            r => r.Key,
            r => new StockRecord(r.Key, new InventorySnapshot(r.Value.OnHand, r.Value.Backorders, r.Value.Receipts), r.Value.Constraints, r.Value.Line),
            StringComparer.Ordinal);
    }

    private static ScheduledReceipt? Receipt(CsvRow row, int qty, int eta)
    {
        if (row.Get(qty).Length == 0 && row.Get(eta).Length == 0)
        {
            return null;
        }

        var quantity = Quantity(row, qty);
        var parsed = LocalDatePattern.Iso.Parse(row.Get(eta));
        if (!parsed.Success)
        {
            throw row.Invalid(eta, "a yyyy-MM-dd date");
        }

        return quantity > 0 ? new ScheduledReceipt(parsed.Value, quantity) : throw row.Error("in_transit_qty is 0: leave both in-transit cells empty when nothing is on its way.");
    }

    private static void Same(CsvRow row, int column, Row first, string name)
    {
        if (column >= 0 && row.Get(column).Length > 0 && !string.Equals(row.Get(column), first.Cells.Get(column), StringComparison.Ordinal))
        {
            throw row.Error($"{name} = '{CsvTable.Echo(row.Get(column))}' differs from line {first.Line.ToString(CultureInfo.InvariantCulture)} of the same SKU ('{CsvTable.Echo(first.Cells.Get(column))}'): a repeated row only adds an in-transit receipt.");
        }
    }

    private static double Quantity(CsvRow row, int column)
    {
        var text = row.Get(column);
        if (text.Length == 0)
        {
            return 0;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v >= 0 && v <= InventorySnapshot.MaximumQuantity
            ? v
            : throw row.Invalid(column, "a finite quantity ≥ 0, at most 1E+12");
    }

    private static int Whole(CsvRow row, int column, int empty)
    {
        var text = row.Get(column);
        if (column < 0 || text.Length == 0)
        {
            return empty;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) && v >= empty && v <= OrderConstraints.MaximumQuantity
            ? v
            : throw row.Invalid(column, string.Create(CultureInfo.InvariantCulture, $"a whole number from {empty} to {OrderConstraints.MaximumQuantity}"));
    }

    private sealed record Row(int Line, CsvRow Cells, double OnHand, double Backorders, OrderConstraints? Constraints)
    {
        public List<ScheduledReceipt> Receipts { get; } = [];
    }
}
