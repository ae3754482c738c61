namespace CrossBorder.Internal;

/// <summary>Reads the small, machine-written CSV tables embedded in this assembly.</summary>
internal static class EmbeddedCsv
{
    /// <summary>Rows of the named resource, header excluded, fields unquoted.</summary>
    public static IEnumerable<string[]> Read(string fileName)
    {
        var name = "CrossBorder.Data." + fileName;
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {typeof(EmbeddedCsv).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        _ = reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return Text.Csv.SplitLine(line);
            }
        }
    }
}
