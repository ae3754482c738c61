using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CrossBorder.Fx;
using CrossBorder.Fx.Internal;

namespace CrossBorder.Cli.Input;

/// <summary>A rates file as loaded: its format, the kind given to its rates, and the rates in a store.</summary>
/// <param name="Path">The path given.</param>
/// <param name="Format">A short description of the format detected.</param>
/// <param name="Kind">The kind every rate of the file has (so the resolver asks for it).</param>
/// <param name="Store">The rates.</param>
internal sealed record RateFile(string Path, string Format, RateKind Kind, InMemoryRateStore Store);

/// <summary>Reads the files of the <c>fx</c> commands, turning every file or format problem into a <see cref="UserErrorException"/>.</summary>
internal static class FxFiles
{
    /// <summary>Reads a whole text file.</summary>
    /// <exception cref="UserErrorException">It is missing, a directory, or unreadable.</exception>
    public static string ReadText(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new UserErrorException($"{what} '{path}' is a directory, not a file.");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UserErrorException($"{what} '{path}' not found.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserErrorException($"cannot read {what} '{path}': {e.Message}", e);
        }
    }

    /// <summary>Reads a JSON file into <typeparamref name="T"/>.</summary>
    /// <exception cref="UserErrorException">The file is missing or not valid JSON of that shape.</exception>
    public static T ReadJson<T>(string path, JsonTypeInfo<T> typeInfo, string what)
        where T : class
    {
        var text = ReadText(path, what);
        T? value;
        try
        {
            // Refuse a property given twice (System.Text.Json would keep the last: EUR 100.00 became USD 999.00).
            StrictJson.RejectDuplicateProperties(text, $"{what} '{path}'");
            value = JsonSerializer.Deserialize(text, typeInfo);
        }
        catch (FormatException e)
        {
            throw new UserErrorException(e.Message, e);
        }
        catch (JsonException e)
        {
            throw new UserErrorException($"{what} '{path}' is not valid: {JsonErrors.Describe(e)}", e);
        }

        return value ?? throw new UserErrorException($"{what} '{path}' holds JSON null.");
    }

    /// <summary>
    /// Loads rates from an ECB daily (or 90-day, historical) XML file, the ECB historical CSV (<c>Date,USD,JPY,…</c>),
    /// a plain CSV <c>date,base,quote,rate</c>, or a two-way history <c>date|timestamp,base,quote,bid,mid,ask</c>;
    /// the format is told by the extension (<c>.xml</c>) and the first line.
    /// </summary>
    public static RateFile ReadRates(string path, string what = "rates file")
    {
        var text = ReadText(path, what);
        var header = FirstLine(text);
        var normalized = header.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        try
        {
            if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith('<'))
            {
                return Load(path, "ECB reference rates (XML)", RateKind.Official, EcbReferenceRates.ParseXml(new StringReader(text), RateKind.Official, null));
            }

            if (normalized == CsvRates.Header)
            {
                return Load(path, "CSV date,base,quote,rate", RateKind.Spot, CsvRates.Parse(new StringReader(text), System.IO.Path.GetFileName(path), RateKind.Spot, null));
            }

            if (normalized is RateHistoryCsv.DateHeader or RateHistoryCsv.TimestampHeader)
            {
                return Load(path, "CSV " + normalized, RateKind.Spot, RateHistoryCsv.Parse(new StringReader(text), System.IO.Path.GetFileName(path), RateKind.Spot, null));
            }

            if (normalized.StartsWith("date,", StringComparison.Ordinal) && !normalized.StartsWith("date,base,", StringComparison.Ordinal))
            {
                return Load(path, "ECB reference rates (historical CSV)", RateKind.Official, EcbReferenceRates.ParseHistoricalCsv(new StringReader(text), RateKind.Official, null));
            }
        }
        catch (Exception e) when (e is FormatException or System.Xml.XmlException)
        {
            throw new UserErrorException($"{what} '{path}': {e.Message}", e);
        }

        throw new UserErrorException(
            $"{what} '{path}' is not in a rates format: its first line is '{header}'; expected an ECB XML file, the ECB historical CSV " +
            $"('Date,USD,JPY,...'), '{CsvRates.Header}' or '{RateHistoryCsv.DateHeader}' (or 'timestamp,...').");
    }

    /// <summary>Parses a file's text with a library reader, turning its <see cref="FormatException"/> into one error line.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What the file is, for messages: "exposure file".</param>
    /// <param name="parse">The reader, given the text and the name to use in messages.</param>
    public static T Parse<T>(string path, string what, Func<TextReader, string, T> parse)
    {
        var text = ReadText(path, what);
        try
        {
            return parse(new StringReader(text), $"{what} '{path}'");
        }
        catch (FormatException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    /// <summary>An integer in the invariant culture.</summary>
    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static RateFile Load(string path, string format, RateKind kind, IReadOnlyList<FxRate> rates)
    {
        if (rates.Count == 0)
        {
            throw new UserErrorException($"rates file '{path}' ({format}) holds no rates.");
        }

        try
        {
            return new RateFile(path, format, kind, new InMemoryRateStore(rates, System.IO.Path.GetFileName(path)));
        }
        catch (ArgumentException e)
        {
            throw new UserErrorException($"rates file '{path}': {e.Message}", e);
        }
    }

    /// <summary>An exception message without the "(Parameter 'x')" and "Actual value was" tails .NET appends.</summary>
    public static string FirstSentence(string message) => ExceptionText.FirstSentence(message);

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim().TrimStart('\uFEFF');
    }

}
