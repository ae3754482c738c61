namespace CrossBorder.Cli.Output;

/// <summary>How a column's cells line up.</summary>
internal enum Align
{
    /// <summary>Text: padded on the right.</summary>
    Left,

    /// <summary>Numbers and amounts: padded on the left, so that the decimal points line up.</summary>
    Right,
}

/// <summary>A column of a <see cref="TableWriter"/>.</summary>
/// <param name="Header">The column's title.</param>
/// <param name="Align">How the cells line up.</param>
internal sealed record Column(string Header, Align Align = Align.Left);

/// <summary>
/// Aligned plain-text tables: a header, a rule, rows, and optional rules between them (before a total line).
/// Columns are two spaces apart and lines carry no trailing spaces. Cells are written as given (callers format them
/// with an explicit culture), except that line breaks and other control characters are shown escaped (<c>\n</c>,
/// <c>\u0007</c>) so that a cell never breaks a line. Widths are display columns: East Asian wide characters (CJK,
/// Hangul, fullwidth forms) count two, combining marks none, so that columns line up in a terminal.
/// </summary>
internal sealed class TableWriter
{
    private const string Gap = "  ";

    private readonly Column[] _columns;
    private readonly List<string[]?> _rows = [];

    /// <summary>A table with these columns.</summary>
    public TableWriter(params Column[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfZero(columns.Length);
        _columns = columns;
    }

    /// <summary>Adds a row with one cell per column.</summary>
    /// <exception cref="ArgumentException">The row has the wrong number of cells.</exception>
    public void AddRow(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _columns.Length)
        {
            throw new ArgumentException($"A row needs {_columns.Length} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add([.. cells.Select(c => Escape(c ?? string.Empty))]);
    }

    /// <summary>Adds a rule, a line of dashes under each column.</summary>
    public void AddRule() => _rows.Add(null);

    /// <summary>Writes the table.</summary>
    public void Write(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var widths = new int[_columns.Length];
        for (var c = 0; c < _columns.Length; c++)
        {
            widths[c] = Width(_columns[c].Header);
            foreach (var row in _rows)
            {
                if (row is not null)
                {
                    widths[c] = Math.Max(widths[c], Width(row[c]));
                }
            }
        }

        WriteLine(writer, [.. _columns.Select(c => c.Header)], widths);
        WriteRule(writer, widths);
        foreach (var row in _rows)
        {
            if (row is null)
            {
                WriteRule(writer, widths);
            }
            else
            {
                WriteLine(writer, row, widths);
            }
        }
    }

    private void WriteLine(TextWriter writer, string[] cells, int[] widths)
    {
        var padded = new string[cells.Length];
        for (var c = 0; c < cells.Length; c++)
        {
            var padding = new string(' ', widths[c] - Width(cells[c]));
            padded[c] = _columns[c].Align == Align.Right ? padding + cells[c] : cells[c] + padding;
        }

        writer.WriteLine(string.Join(Gap, padded).TrimEnd());
    }

    private static void WriteRule(TextWriter writer, int[] widths) =>
        writer.WriteLine(string.Join(Gap, widths.Select(w => new string('-', w))));

    /// <summary>The text with line breaks shown as <c>\r</c>, <c>\n</c>, <c>\t</c> and other control characters as <c>\uXXXX</c>.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var escaped = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>
    /// The columns <paramref name="text"/> takes in a terminal: two for East Asian wide and fullwidth characters
    /// (Unicode East_Asian_Width W or F), none for combining marks and format characters, one otherwise.
    /// </summary>
    public static int Width(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Width(rune);
        }

        return width;
    }

    private static int Width(System.Text.Rune rune)
    {
        var category = System.Text.Rune.GetUnicodeCategory(rune);
        if (category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark or System.Globalization.UnicodeCategory.Format)
        {
            return 0;
        }

        var v = rune.Value;
        var wide =
            (v >= 0x1100 && v <= 0x115F)        // Hangul Jamo initial consonants
            || (v >= 0x2E80 && v <= 0x303E)     // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
            || (v >= 0x3041 && v <= 0x33FF)     // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK compatibility
            || (v >= 0x3400 && v <= 0x4DBF)     // CJK unified ideographs extension A
            || (v >= 0x4E00 && v <= 0x9FFF)     // CJK unified ideographs
            || (v >= 0xA000 && v <= 0xA4CF)     // Yi
            || (v >= 0xA960 && v <= 0xA97F)     // Hangul Jamo extended A
            || (v >= 0xAC00 && v <= 0xD7A3)     // Hangul syllables
            || (v >= 0xF900 && v <= 0xFAFF)     // CJK compatibility ideographs
            || (v >= 0xFE10 && v <= 0xFE19)     // vertical forms
            || (v >= 0xFE30 && v <= 0xFE6F)     // CJK compatibility forms, small form variants
            || (v >= 0xFF00 && v <= 0xFF60)     // fullwidth forms
            || (v >= 0xFFE0 && v <= 0xFFE6)     // fullwidth signs
            || (v >= 0x1F300 && v <= 0x1F64F)   // pictographs and emoticons
            || (v >= 0x1F900 && v <= 0x1F9FF)   // supplemental symbols and pictographs
            || (v >= 0x20000 && v <= 0x3FFFD);  // CJK extensions B and beyond
        return wide ? 2 : 1;
    }
}
