using CrossBorder.Text;

namespace CrossBorder.Fx.Internal;

/// <summary>Reads the embedded tables and header-first CSV files through the suite's one reader, <see cref="CsvTable"/>.</summary>
internal static class FxCsv
{
    /// <summary>The rows of an embedded table whose header must be exactly <paramref name="header"/>.</summary>
    public static List<CsvRow> ReadEmbedded(string fileName, string header)
    {
        var name = "CrossBorder.Fx.Data." + fileName;
        using var stream = typeof(FxCsv).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from CrossBorder.Fx.");
        using var reader = new StreamReader(stream);
        return Read(reader, name, header);
    }

    /// <summary>The rows of a CSV whose header must be exactly <paramref name="header"/> (case-insensitive, spaces ignored).</summary>
    /// <exception cref="FormatException">The header differs, or a row does not match it; the message names the source and line.</exception>
    public static List<CsvRow> Read(TextReader reader, string source, string header)
    {
        var table = CsvTable.Open(reader, source);
        RequireHeader(table, header);
        return [.. table.Rows()];
    }

    /// <summary>An error unless the table's header is exactly <paramref name="header"/> (case-insensitive).</summary>
    public static void RequireHeader(CsvTable table, string header)
    {
        var actual = string.Join(',', table.Columns);
        if (!string.Equals(actual, header, StringComparison.OrdinalIgnoreCase))
        {
            throw table.Error(1, $"expected the header '{header}', not '{CsvTable.Echo(actual)}'.");
        }
    }

    /// <summary>
    /// Opens a CSV whose header must hold every <paramref name="required"/> column and may hold the
    /// <paramref name="optional"/> ones, in any order; any other column is an error. The index of each name is -1 when
    /// the column is absent.
    /// </summary>
    public static (CsvTable Table, Dictionary<string, int> Column) Open(TextReader reader, string source, string[] required, string[] optional, string expected)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        var table = CsvTable.Open(reader, source);
        return (table, Columns(table, required, optional, expected));
    }

    private static Dictionary<string, int> Columns(CsvTable table, string[] required, string[] optional, string expected)
    {
        foreach (var column in table.Columns)
        {
            if (!required.Contains(column, StringComparer.OrdinalIgnoreCase) && !optional.Contains(column, StringComparer.OrdinalIgnoreCase))
            {
                throw table.Error(1, $"the header has an unknown column '{CsvTable.Echo(column)}'; expected {expected}.");
            }
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in required)
        {
            columns[name] = table.Require(name, expected);
        }

        foreach (var name in optional)
        {
            columns[name] = table.IndexOf(name);
        }

        return columns;
    }
}
