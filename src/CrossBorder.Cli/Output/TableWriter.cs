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
/// Columns are two spaces apart and lines carry no trailing spaces. Cells are written as given: callers format
/// them with an explicit culture.
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

        _rows.Add(cells);
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
            widths[c] = _columns[c].Header.Length;
            foreach (var row in _rows)
            {
                if (row is not null)
                {
                    widths[c] = Math.Max(widths[c], row[c].Length);
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
            padded[c] = _columns[c].Align == Align.Right ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]);
        }

        writer.WriteLine(string.Join(Gap, padded).TrimEnd());
    }

    private static void WriteRule(TextWriter writer, int[] widths) =>
        writer.WriteLine(string.Join(Gap, widths.Select(w => new string('-', w))));
}
