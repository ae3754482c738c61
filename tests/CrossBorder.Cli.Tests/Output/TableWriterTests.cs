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

    [Fact]
    public void Japanese_and_Chinese_names_take_two_columns_per_character_so_columns_line_up()
    {
        // Each kanji, kana and hanzi is East Asian Wide (two terminal columns); 'ｘ' is fullwidth. The widest label,
        // "保温マグカップ" (7 wide characters), takes 14 columns, so every amount starts at column 14 + 2.
        var table = new TableWriter(new Column("sku"), new Column("qty", Align.Right));
        table.AddRow("保温マグカップ", "12");
        table.AddRow("蓝牙耳机", "3");
        table.AddRow("mug", "100");
        table.AddRow("ｘ2", "1");
        using var writer = new StringWriter();

        table.Write(writer);

        string[] expected =
        [
            "sku             qty",
            "--------------  ---",
            "保温マグカップ   12",
            "蓝牙耳机" + "          3",
            "mug             100",
            "ｘ2" + "               1",
        ];
        Assert.Equal(expected, writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("abc", 3)]
    [InlineData("保温", 4)]
    [InlineData("한국어", 6)]
    [InlineData("ＡＢ", 4)]
    [InlineData("e\u0301", 1)]
    [InlineData("𠀋", 2)]
    public void Display_widths_follow_East_Asian_width(string text, int width)
    {
        Assert.Equal(width, TableWriter.Width(text));
    }

    [Fact]
    public void Cells_escape_line_breaks_and_control_characters_so_a_row_stays_one_line()
    {
        var table = new TableWriter(new Column("label"), new Column("n", Align.Right));
        table.AddRow("two\nlines\r\tand a bell\u0007", "1");
        using var writer = new StringWriter();

        table.Write(writer);

        var lines = writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal("two\\nlines\\r\\tand a bell\\u0007  1", lines[2]);
    }
}
