using CrossBorder.Cli.Output;
using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Cli.Tests.Output;

/// <summary>A cell built from characters of known terminal width, with that width computed independently.</summary>
public sealed record WidthCell(string Text, int Width)
{
    public override string ToString() => $"'{Text}' ({Width})";
}

/// <summary>
/// Cells of 0–12 characters drawn from a fixed alphabet whose East Asian widths are known from the Unicode tables
/// (EastAsianWidth.txt): ASCII letters (Na, 1 column), kanji, kana, hanzi and Hangul syllables (W, 2), fullwidth
/// Latin (F, 2), and a combining acute accent (Mn, 0) that only follows a letter.
/// </summary>
public static class WidthArbitraries
{
    private static readonly (string Text, int Width)[] Alphabet =
    [
        ("a", 1), ("Z", 1), ("7", 1), ("-", 1),
        ("保", 2), ("温", 2), ("マ", 2), ("グ", 2), ("ぁ", 2), ("蓝", 2), ("牙", 2), ("한", 2), ("국", 2),
        ("Ａ", 2), ("ｘ", 2), ("２", 2),
        ("e\u0301", 1),
    ];

    public static Arbitrary<WidthCell[]> Rows() =>
        (from count in Gen.Choose(1, 8)
         from cells in Gen.ArrayOf(
             from length in Gen.Choose(0, 12)
             from pieces in Gen.ArrayOf(Gen.Elements(Alphabet), length)
             select new WidthCell(string.Concat(pieces.Select(p => p.Text)), pieces.Sum(p => p.Width)),
             count)
         select cells).ToArbitrary();
}

public class TableWriterProperties
{
    [ScaledProperty(Arbitrary = [typeof(WidthArbitraries)], Cases = 200)]
    public void Every_line_puts_the_second_column_at_the_same_display_column(WidthCell[] labels)
    {
        // A left-aligned label and a right-aligned "|" end marker: if the labels are padded to one display width,
        // every line, header and rules included, is exactly (widest label, at least 5 for "label") + 2 + 1 columns.
        var table = new TableWriter(new Column("label"), new Column("|", Align.Right));
        foreach (var label in labels)
        {
            table.AddRow(label.Text, "|");
        }

        using var writer = new StringWriter();
        table.Write(writer);

        var expected = Math.Max(5, labels.Max(l => l.Width)) + 2 + 1;
        var lines = writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(labels.Length + 2, lines.Length);
        for (var i = 2; i < lines.Length; i++)
        {
            var label = labels[i - 2];
            Assert.StartsWith(label.Text, lines[i], StringComparison.Ordinal);
            Assert.EndsWith("|", lines[i], StringComparison.Ordinal);
            Assert.Equal(expected - label.Width - 1, lines[i].Length - label.Text.Length - 1);
        }
    }
}
