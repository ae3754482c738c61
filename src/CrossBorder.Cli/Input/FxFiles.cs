using System.Globalization;
using CrossBorder.Fx;

namespace CrossBorder.Cli.Input;

/// <summary>A rates file as loaded: its format, the kind given to its rates, and the rates in a store.</summary>
/// <param name="Path">The path given.</param>
/// <param name="Format">A short description of the format detected.</param>
/// <param name="Kind">The kind every rate of the file has (so the resolver asks for it).</param>
/// <param name="Store">The rates.</param>
internal sealed record RateFile(string Path, string Format, RateKind Kind, InMemoryRateStore Store);

/// <summary>
/// Reads the files of the <c>fx</c> commands through the shared text reader (<see cref="JsonInput.ReadText"/>) and the
/// Fx library's loaders, turning every file or format problem into a <see cref="UserErrorException"/>. The paths are
/// registered on the run's <see cref="RunFiles"/> first, which refuses missing files, folders and outputs equal to them.
/// </summary>
internal static class FxFiles
{
    /// <summary>
    /// Loads rates from an ECB daily (or 90-day, historical) XML file, the ECB historical CSV (<c>Date,USD,JPY,…</c>),
    /// a plain CSV <c>date,base,quote,rate</c>, or a two-way history <c>date|timestamp,base,quote,bid,mid,ask</c>;
    /// the format is told by the extension (<c>.xml</c>) and the first line.
    /// </summary>
    /// <param name="path">The file, registered as an input of the run.</param>
    /// <param name="option">The option that named it, for read errors: "--rates".</param>
    /// <param name="what">What the file is, for format errors: "rates file", "rate history".</param>
    public static RateFile ReadRates(string path, string option, string what)
    {
        var text = JsonInput.ReadText(path, option);
        var header = FirstLine(text);
        var normalized = header.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        try
        {
            if (path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || text.TrimStart().StartsWith('<'))
            {
                return Load(path, what, "ECB reference rates (XML)", RateKind.Official, EcbReferenceRates.ParseXml(new StringReader(text), RateKind.Official, null));
            }

            if (normalized == CsvRates.Header)
            {
                return Load(path, what, "CSV date,base,quote,rate", RateKind.Spot, CsvRates.Parse(new StringReader(text), System.IO.Path.GetFileName(path), RateKind.Spot, null));
            }

            if (normalized is RateHistoryCsv.DateHeader or RateHistoryCsv.TimestampHeader)
            {
                return Load(path, what, "CSV " + normalized, RateKind.Spot, RateHistoryCsv.Parse(new StringReader(text), System.IO.Path.GetFileName(path), RateKind.Spot, null));
            }

            if (normalized.StartsWith("date,", StringComparison.Ordinal) && !normalized.StartsWith("date,base,", StringComparison.Ordinal))
            {
                return Load(path, what, "ECB reference rates (historical CSV)", RateKind.Official, EcbReferenceRates.ParseHistoricalCsv(new StringReader(text), RateKind.Official, null));
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
    /// <param name="path">The file, registered as an input of the run.</param>
    /// <param name="option">The option that named it, for read errors: "--exposures".</param>
    /// <param name="what">What the file is, for format errors: "exposure file".</param>
    /// <param name="parse">The reader, given the text and the name to use in messages.</param>
    public static T Parse<T>(string path, string option, string what, Func<TextReader, string, T> parse)
    {
        var text = JsonInput.ReadText(path, option);
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

    private static RateFile Load(string path, string what, string format, RateKind kind, IReadOnlyList<FxRate> rates)
    {
        if (rates.Count == 0)
        {
            throw new UserErrorException($"{what} '{path}' ({format}) holds no rates.");
        }

        try
        {
            return new RateFile(path, format, kind, new InMemoryRateStore(rates, System.IO.Path.GetFileName(path)));
        }
        catch (ArgumentException e)
        {
            throw new UserErrorException($"{what} '{path}': {e.Message}", e);
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim().TrimStart('\uFEFF');
    }
}
