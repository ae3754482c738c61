using static System.FormattableString;

namespace CrossBorder.Fx.Internal;

/// <summary>Reads the embedded tables and header-first CSV files, line by line with Core's RFC 4180 splitter.</summary>
internal static class Csv
{
    public static IEnumerable<string[]> ReadEmbedded(string fileName)
    {
        var name = "CrossBorder.Fx.Data." + fileName;
        using var stream = typeof(Csv).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(Invariant($"Embedded resource '{name}' is missing from CrossBorder.Fx."));
        using var reader = new StreamReader(stream);
        foreach (var row in Read(reader))
        {
            yield return row;
        }
    }

    /// <summary>Rows after the header.</summary>
    public static IEnumerable<string[]> Read(TextReader reader)
    {
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length > 0)
            {
                yield return CrossBorder.Text.Csv.SplitLine(line);
            }
        }
    }
}
