using CrossBorder.Replenishment.Files;
using NodaTime;

namespace CrossBorder.Replenishment.Tests.Files;

public class StockFileTests
{
    private static IReadOnlyDictionary<string, StockRecord> Read(string csv) => StockFile.Read(new StringReader(csv), "stock.csv");

    [Fact]
    public void Reads_stock_receipts_and_constraints()
    {
        var stock = Read("""
            sku,on_hand,backorders,in_transit_qty,in_transit_eta,moq,case_pack
            A,450,10,,,500,24
            B,640,0,320,2026-01-19,200,12
            B,,,100,2026-02-02,,
            """);

        Assert.Equal(440, stock["A"].Inventory.InventoryPosition); // 450 − 10
        Assert.Equal(500, stock["A"].Constraints!.MinimumOrderQuantity);
        Assert.Equal(24, stock["A"].Constraints!.CasePack);
        Assert.Equal(640 + 320 + 100, stock["B"].Inventory.InventoryPosition);
        Assert.Equal([new LocalDate(2026, 1, 19), new LocalDate(2026, 2, 2)], stock["B"].Inventory.InTransit.Select(r => r.Arrival));
        Assert.Equal(3, stock["B"].Line);
    }

    [Theory]
    [InlineData("sku,on_hand\nA,5\nA,6\n", "stock.csv, line 3: SKU 'A' is repeated (first on line 2)")]
    [InlineData("sku,on_hand,in_transit_qty,in_transit_eta\nA,5,1,2026-01-05\nA,6,2,2026-01-12\n", "stock.csv, line 3: on_hand = '6' differs from line 2")]
    [InlineData("sku,on_hand\nA,1,5\n", "stock.csv, line 2: 3 fields where the header has 2")]
    [InlineData("sku,on_hand,on_hand\nA,1,5\n", "stock.csv, line 1: the header names column 'on_hand' twice")]
    [InlineData("sku,on_hand\nA,-5\n", "stock.csv, line 2: on_hand = '-5' is not a finite quantity ≥ 0")]
    [InlineData("sku,on_hand,in_transit_qty,in_transit_eta\nA,1e308,1e308,2026-01-05\n", "stock.csv, line 2: in_transit_qty = '1e308' is not a finite quantity ≥ 0, at most 1E+12")]
    [InlineData("sku,on_hand,moq\nA,5,2147483647\n", "stock.csv, line 2: moq = '2147483647' is not a whole number from 0 to 100000000")]
    [InlineData("sku,on_hand,in_transit_qty\nA,5,3\n", "in_transit_qty and in_transit_eta go together")]
    [InlineData("sku,on_hand,in_transit_qty,in_transit_eta\nA,5,3,soon\n", "stock.csv, line 2: in_transit_eta = 'soon' is not a yyyy-MM-dd date")]
    [InlineData("on_hand\n5\n", "no 'sku' column")]
    public void Malformed_or_repeated_rows_are_errors_naming_the_line(string csv, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => Read(csv)).Message, StringComparison.Ordinal);
}
