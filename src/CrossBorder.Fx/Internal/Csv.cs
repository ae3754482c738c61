using static System.FormattableString;

namespace CrossBorder.Fx.Internal;

/// <summary>Small RFC 4180 reader for the embedded tables.</summary>
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
                yield return Split(line);
            }
        }
    }

    public static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
