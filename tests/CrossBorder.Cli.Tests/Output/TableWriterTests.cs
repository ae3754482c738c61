using CrossBorder.Cli.Output;

namespace CrossBorder.Cli.Tests.Output;

public class TableWriterTests
{
    [Fact]
    public void Columns_are_aligned_left_or_right_with_rules_and_no_trailing_spaces()
    {
        var table = new TableWriter(new Column("name"), new Column("amount", Align.Right), new Column("note"));
        table.AddRow("a", "1.00", string.Empty);
        table.AddRow("longer", "1,000.00", "x");
        table.AddRule();
        table.AddRow("total", "1,001.00", string.Empty);
        using var writer = new StringWriter();

        table.Write(writer);

        string[] expected =
        [
            "name      amount  note",
            "------  --------  ----",
            "a           1.00",
            "longer  1,000.00  x",
            "------  --------  ----",
            "total   1,001.00",
        ];
        Assert.Equal(expected, writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_row_needs_one_cell_per_column()
    {
        var table = new TableWriter(new Column("a"), new Column("b"));

        Assert.Throws<ArgumentException>(() => table.AddRow("only one"));
    }
}
