namespace CrossBorder.Text;

/// <summary>
/// RFC 4180 CSV fields, as spreadsheets, R's <c>write.csv</c> and the ECB's files write them: comma-separated,
/// optionally double-quoted, with doubled quotes inside quotes. Shared by every package's file loaders.
/// </summary>
public static class Csv
{
    /// <summary>Splits one line into its fields, unquoting them; a trailing carriage return is ignored.</summary>
    /// <remarks>Quoted fields spanning several lines are not supported: none of the formats read here has them.</remarks>
    public static string[] SplitLine(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
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
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    /// <summary>Quotes a field, doubling any quote inside it.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
