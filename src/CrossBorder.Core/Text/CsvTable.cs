using System.Globalization;
using System.Text;

namespace CrossBorder.Text;

/// <summary>
/// The one header-first CSV reader behind every file loader of the suite (RFC 4180: comma-separated, optionally
/// double-quoted fields with doubled quotes inside, quoted fields may span lines). Rows that do not match the header
/// are errors, never truncated or padded, so a decimal comma such as <c>1,5</c> cannot silently become <c>1</c>.
/// </summary>
/// <remarks>
/// Internal and shared as source: each package compiles its own copy (see <c>src/Directory.Build.props</c>), so
/// quoted fields mean the same in every loader without making a CSV reader part of any package's public API.
/// Every error is a <see cref="FormatException"/> whose message starts with the source name and the line number.
/// </remarks>
internal sealed class CsvTable
{
    /// <summary>Longest value echoed back in an error message; longer ones are cut with an ellipsis.</summary>
    private const int EchoLimit = 40;

    private readonly TextReader _reader;
    private readonly Dictionary<string, int> _index;
    private int _line = 1;
    private bool _read;

    private CsvTable(TextReader reader, string source, string[] columns, int headerLines, bool allowTrailingEmptyColumn)
    {
        _reader = reader;
        _line = headerLines;
        Source = source;
        Columns = columns;
        _index = new Dictionary<string, int>(columns.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < columns.Length; i++)
        {
            if (columns[i].Length == 0 && !(allowTrailingEmptyColumn && i == columns.Length - 1 && i > 0))
            {
                throw Error(1, Invariant($"column {i + 1} of the header has no name."), source);
            }

            if (!_index.TryAdd(columns[i], i))
            {
                throw Error(1, $"the header names column '{Echo(columns[i])}' twice.", source);
            }
        }
    }

    /// <summary>The name used in error messages: a file path, or a description such as "the rates file".</summary>
    public string Source { get; }

    /// <summary>The header's column names, trimmed, in file order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Reads the header of <paramref name="reader"/> (a leading byte-order mark is skipped).</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The name used in error messages.</param>
    /// <param name="allowTrailingEmptyColumn">Whether the last header name may be empty, for formats whose every line ends
    /// with a comma (the ECB's <c>eurofxref-hist.csv</c>); rows still need as many fields as the header.</param>
    /// <exception cref="FormatException">The input is empty, or the header has an empty or repeated column name.</exception>
    public static CsvTable Open(TextReader reader, string source, bool allowTrailingEmptyColumn = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var header = ReadRecord(reader, source, 1, out var lines) ?? throw Error(1, "the file is empty: a header row is expected.", source);
        if (header.Length > 0 && header[0].Length > 0 && header[0][0] == '\uFEFF')
        {
            header[0] = header[0][1..];
        }

        return new CsvTable(reader, source, [.. header.Select(c => c.Trim())], lines, allowTrailingEmptyColumn);
    }

    /// <summary>The index of column <paramref name="name"/> (case-insensitive), or -1 when the header lacks it.</summary>
    public int IndexOf(string name) => _index.TryGetValue(name, out var index) ? index : -1;

    /// <summary>The index of column <paramref name="name"/>; an error naming the expected header when it is missing.</summary>
    /// <param name="name">The column.</param>
    /// <param name="expected">The header the format expects, for the message, such as <c>series_id,t,y</c>.</param>
    public int Require(string name, string expected)
    {
        var index = IndexOf(name);
        return index >= 0 ? index : throw Error(1, $"the header has no '{name}' column; expected {expected}.");
    }

    /// <summary>
    /// The data rows, lazily, in file order; blank lines are skipped. Can be enumerated once.
    /// </summary>
    /// <exception cref="FormatException">A row has more or fewer fields than the header, or a quote is never closed.</exception>
    public IEnumerable<CsvRow> Rows()
    {
        if (_read)
        {
            throw new InvalidOperationException("The rows of a CSV table can be read once.");
        }

        _read = true;
        return ReadRows();
    }

    /// <summary>A <see cref="FormatException"/> for <paramref name="line"/> of this table, in the house format.</summary>
    public FormatException Error(int line, string message) => Error(line, message, Source);

    /// <summary>
    /// A value made safe to quote in a one-line message: control characters shown as <c>\uXXXX</c>, cut after 40
    /// characters, so that a binary or megabyte field never reaches the user's terminal whole.
    /// </summary>
    public static string Echo(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var text = new StringBuilder(Math.Min(value.Length, EchoLimit) + 8);
        foreach (var c in value.Length > EchoLimit ? value.AsSpan(0, EchoLimit) : value.AsSpan())
        {
            text.Append(char.IsControl(c) ? Invariant($"\\u{(int)c:X4}") : c.ToString());
        }

        return value.Length > EchoLimit ? text.Append('…').ToString() : text.ToString();
    }

    private IEnumerable<CsvRow> ReadRows()
    {
        while (true)
        {
            var start = _line + 1;
            var fields = ReadRecord(_reader, Source, start, out var lines);
            if (fields is null)
            {
                yield break;
            }

            _line = start + lines - 1;
            if (fields.Length == 1 && lines == 1 && string.IsNullOrWhiteSpace(fields[0]))
            {
                continue;
            }

            if (fields.Length != Columns.Count)
            {
                throw Error(start, Invariant($"{fields.Length} fields where the header has {Columns.Count}") +
                    (fields.Length > Columns.Count ? " (a decimal comma must be quoted or written with a point)." : "."));
            }

            yield return new CsvRow(this, start, fields);
        }
    }

    /// <summary>
    /// One record, possibly over several physical lines; null at the end of the input. A line without a quote is split
    /// on its commas directly (the common case, and the fast one: the reader's line search is vectorised); a line with
    /// one goes through the quote-aware scan, which reads further lines while a quoted field is open (a line break inside
    /// quotes is kept as <c>\n</c>).
    /// </summary>
    private static string[]? ReadRecord(TextReader reader, string source, int line, out int lines)
    {
        lines = 1;
        var text = reader.ReadLine();
        if (text is null)
        {
            return null;
        }

        return text.Contains('"', StringComparison.Ordinal) ? ReadQuoted(reader, text, source, line, ref lines) : Split(text);
    }

    private static string[] Split(string text)
    {
        var count = 1;
        foreach (var c in text)
        {
            if (c == ',')
            {
                count++;
            }
        }

        var fields = new string[count];
        var start = 0;
        for (var f = 0; f < count - 1; f++)
        {
            var comma = text.IndexOf(',', start);
            fields[f] = text[start..comma];
            start = comma + 1;
        }

        fields[count - 1] = text[start..];
        return fields;
    }

    private static string[] ReadQuoted(TextReader reader, string text, string source, int line, ref int lines)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (true)
        {
            if (i == text.Length)
            {
                if (!quoted)
                {
                    break;
                }

                var next = reader.ReadLine() ?? throw Error(line, "a quoted field is never closed.", source);
                lines++;
                field.Append('\n');
                text = next;
                i = 0;
                continue;
            }

            var ch = text[i++];
            if (quoted)
            {
                if (ch == '"')
                {
                    if (i < text.Length && text[i] == '"')
                    {
                        i++;
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    private static FormatException Error(int line, string message, string source) =>
        new(Invariant($"{source}, line {line}: {message}"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>One data row of a <see cref="CsvTable"/>, with the line it starts on.</summary>
internal readonly struct CsvRow
{
    private readonly CsvTable _table;
    private readonly string[] _fields;

    internal CsvRow(CsvTable table, int line, string[] fields)
    {
        _table = table;
        Line = line;
        _fields = fields;
    }

    /// <summary>The line of the file this row starts on (the header is line 1).</summary>
    public int Line { get; }

    /// <summary>The field in column <paramref name="index"/>, as written (unquoted, not trimmed).</summary>
    public string this[int index] => _fields[index];

    /// <summary>The field in column <paramref name="index"/>, trimmed; empty when the column is absent (index -1).</summary>
    public string Get(int index) => index < 0 ? string.Empty : _fields[index].Trim();

    /// <summary>A <see cref="FormatException"/> naming this row's source and line.</summary>
    public FormatException Error(string message) => _table.Error(Line, message);

    /// <summary>An error that a column's value is malformed, echoing the value safely.</summary>
    /// <param name="index">The column.</param>
    /// <param name="expected">What the value should be, such as "a yyyy-MM-dd date".</param>
    public FormatException Invalid(int index, string expected) =>
        _table.Error(Line, $"{_table.Columns[index]} = '{CsvTable.Echo(_fields[index])}' is not {expected}.");
}
