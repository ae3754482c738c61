namespace CrossBorder.Forecasting.Evaluation.Scoring;

/// <summary>A row of a small CSV file, fields by header name.</summary>
internal sealed class CsvLine(string path, int line, Dictionary<string, int> header, string[] fields)
{
    public bool Has(string name) => header.ContainsKey(name);

    public string Get(string name) =>
        header.TryGetValue(name, out var i) ? fields[i] : throw new FormatException($"{path}: there is no '{name}' column.");

    public double? Number(string name)
    {
        var text = Get(name);
        try
        {
            return Invariant.ParseNullable(text);
        }
        catch (FormatException)
        {
            throw Error($"{name} '{text}' is not a number");
        }
    }

    public FormatException Error(string message) => new($"{path}, line {line}: {message}.");
}

/// <summary>
/// Reads the small CSV files of a catalogue and R's outputs by header name, with the suite's
/// <see cref="CrossBorder.Text.Csv.SplitLine"/> (fields quoted as R quotes them, no line breaks inside fields).
/// </summary>
internal static class SimpleCsv
{
    public static IEnumerable<CsvLine> Read(string path)
    {
        using var reader = new StreamReader(path);
        var headerLine = reader.ReadLine() ?? throw new FormatException($"{path} is empty.");
        var names = Split(headerLine, path, 1);
        var header = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            if (!header.TryAdd(names[i], i))
            {
                throw new FormatException($"{path}: the header repeats '{names[i]}'.");
            }
        }

        var number = 1;
        while (reader.ReadLine() is { } text)
        {
            number++;
            if (text.Length == 0)
            {
                continue;
            }

            var fields = Split(text, path, number);
            if (fields.Length != names.Length)
            {
                throw new FormatException($"{path}, line {number}: {fields.Length} fields where the header has {names.Length}.");
            }

            yield return new CsvLine(path, number, header, fields);
        }
    }

    private static string[] Split(string text, string path, int line) =>
        text.Count(c => c == '"') % 2 == 0 ? CrossBorder.Text.Csv.SplitLine(text) : throw new FormatException($"{path}, line {line}: a quote is not closed.");
}
