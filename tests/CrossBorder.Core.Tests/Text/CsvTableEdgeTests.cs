using CrossBorder.Text;

namespace CrossBorder.Tests.Text;

/// <summary>
/// Edges of the shared CSV reader that the format tests leave open: the ECB's trailing empty column, a header whose
/// first name is empty, column 0, echo limits and argument checks. Expected messages follow the house format
/// "source, line n: …" (CsvTable's contract), written by hand.
/// </summary>
public class CsvTableEdgeTests
{
    private static CsvTable Open(string text, bool allowTrailingEmptyColumn = false) =>
        CsvTable.Open(new StringReader(text), "rates.csv", allowTrailingEmptyColumn);

    [Fact]
    public void A_trailing_empty_column_is_allowed_only_when_asked_and_only_last()
    {
        // eurofxref-hist.csv ends every line with a comma: "Date,USD,JPY,".
        Assert.Equal(["Date", "USD", "JPY", ""], Open("Date,USD,JPY,\n", allowTrailingEmptyColumn: true).Columns);

        Assert.Equal(
            "rates.csv, line 1: column 4 of the header has no name.",
            Assert.Throws<FormatException>(() => Open("Date,USD,JPY,\n")).Message);
        Assert.Equal(
            "rates.csv, line 1: column 2 of the header has no name.",
            Assert.Throws<FormatException>(() => Open("Date,,JPY,\n", allowTrailingEmptyColumn: true)).Message);

        // A header that is one empty name has no column at all, trailing or not.
        Assert.Equal(
            "rates.csv, line 1: column 1 of the header has no name.",
            Assert.Throws<FormatException>(() => Open("\n", allowTrailingEmptyColumn: true)).Message);
    }

    [Fact]
    public void A_header_starting_with_an_empty_name_is_a_format_error_not_a_crash() =>
        Assert.Equal(
            "rates.csv, line 1: column 1 of the header has no name.",
            Assert.Throws<FormatException>(() => Open(",b\n")).Message);

    [Fact]
    public void Require_finds_the_first_column()
    {
        var table = Open("sku,qty\n");

        Assert.Equal(0, table.Require("SKU", "sku,qty"));
        Assert.Equal(
            "rates.csv, line 1: the header has no 'price' column; expected sku,qty,price.",
            Assert.Throws<FormatException>(() => table.Require("price", "sku,qty,price")).Message);
    }

    [Fact]
    public void Rows_can_be_read_once()
    {
        var table = Open("sku\nA\n");
        _ = table.Rows();

        Assert.Equal("The rows of a CSV table can be read once.", Assert.Throws<InvalidOperationException>(() => table.Rows()).Message);
    }

    [Fact]
    public void Get_trims_column_0_and_gives_empty_for_an_absent_column()
    {
        var row = Open("sku,qty\n  A-1 , 2\n").Rows().Single();

        Assert.Equal("A-1", row.Get(0));
        Assert.Equal("2", row.Get(1));
        Assert.Equal(string.Empty, row.Get(-1));
        Assert.Equal("  A-1 ", row[0]);
    }

    [Fact]
    public void Echo_keeps_40_characters_and_cuts_from_41()
    {
        var forty = new string('é', 40);

        Assert.Equal(forty, CsvTable.Echo(forty));
        Assert.Equal(forty + "…", CsvTable.Echo(forty + "é"));
        Assert.Equal(string.Empty, CsvTable.Echo(string.Empty));
        Assert.Throws<ArgumentNullException>(() => CsvTable.Echo(null!));
    }

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => CsvTable.Open(null!, "rates.csv"));
        Assert.Throws<ArgumentException>(() => CsvTable.Open(new StringReader("a\n"), " "));
    }
}
