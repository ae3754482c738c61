using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CrossBorder.Fx;
using NodaTime;
using NodaTime.Text;

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
    /// <summary>The header of a two-way rate history.</summary>
    public const string HistoryHeader = "date,base,quote,bid,mid,ask";

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
            value = JsonSerializer.Deserialize(text, typeInfo);
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

            if (normalized is HistoryHeader or "timestamp,base,quote,bid,mid,ask")
            {
                return Load(path, "CSV " + normalized, RateKind.Spot, ParseHistory(text, System.IO.Path.GetFileName(path)));
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
            $"('Date,USD,JPY,...'), '{CsvRates.Header}' or '{HistoryHeader}' (or 'timestamp,...').");
    }

    /// <summary>The data rows of a header-first CSV, each with its line number, and the header's lower-case column names.</summary>
    public static (string[] Header, List<(int Line, string[] Fields)> Rows) ReadCsv(string path, string what)
    {
        var text = ReadText(path, what);
        using var reader = new StringReader(text);
        var headerLine = reader.ReadLine();
        if (string.IsNullOrWhiteSpace(headerLine))
        {
            throw new UserErrorException($"{what} '{path}' is empty: expected a header line.");
        }

        var header = Split(headerLine, path, what, 1).Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var rows = new List<(int, string[])>();
        var line = 1;
        while (reader.ReadLine() is { } row)
        {
            line++;
            if (row.Trim().Length == 0)
            {
                continue;
            }

            var fields = Split(row, path, what, line);
            if (fields.Length != header.Length)
            {
                throw new UserErrorException(
                    $"{what} '{path}' line {Int(line)}: expected {Int(header.Length)} fields ({string.Join(',', header)}), found {Int(fields.Length)}.");
            }

            rows.Add((line, [.. fields.Select(f => f.Trim())]));
        }

        return (header, rows);
    }

    /// <summary>Parses <c>5d</c>, <c>36h</c>, <c>90m</c>, or combinations such as <c>1d12h</c>.</summary>
    public static bool TryParseDuration(string? text, out Duration duration)
    {
        duration = Duration.Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.Trim().AsSpan();
        var any = false;
        while (!span.IsEmpty)
        {
            var digits = 0;
            while (digits < span.Length && char.IsAsciiDigit(span[digits]))
            {
                digits++;
            }

            if (digits == 0 || digits == span.Length || digits > 6 ||
                !int.TryParse(span[..digits], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            duration += char.ToLowerInvariant(span[digits]) switch
            {
                'd' => Duration.FromDays(value),
                'h' => Duration.FromHours(value),
                'm' => Duration.FromMinutes(value),
                _ => Duration.MinValue,
            };
            if (duration < Duration.Zero)
            {
                return false;
            }

            span = span[(digits + 1)..];
            any = true;
        }

        return any;
    }

    /// <summary>Writes a duration back as <c>4d</c>, <c>1d12h</c>, <c>90m</c>.</summary>
    public static string FormatDuration(Duration duration)
    {
        var parts = new List<string>();
        if (duration.Days > 0)
        {
            parts.Add(Int(duration.Days) + "d");
        }

        if (duration.Hours > 0)
        {
            parts.Add(Int(duration.Hours) + "h");
        }

        if (duration.Minutes > 0)
        {
            parts.Add(Int(duration.Minutes) + "m");
        }

        return parts.Count == 0 ? "0m" : string.Concat(parts);
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

    private static List<FxRate> ParseHistory(string text, string source)
    {
        var rates = new List<FxRate>();
        using var reader = new StringReader(text);
        _ = reader.ReadLine();
        var line = 1;
        while (reader.ReadLine() is { } row)
        {
            line++;
            if (row.Trim().Length == 0)
            {
                continue;
            }

            var fields = CrossBorder.Text.Csv.SplitLine(row);
            if (fields.Length != 6)
            {
                throw new FormatException($"Line {Int(line)}: expected 6 fields ({HistoryHeader}), found {Int(fields.Length)}.");
            }

            var at = TryParseInstantOrDate(fields[0], out var instant)
                ? instant
                : throw new FormatException($"Line {Int(line)}: '{fields[0].Trim()}' is neither a date (yyyy-MM-dd) nor a UTC timestamp (yyyy-MM-ddTHH:mm:ssZ).");
            var pair = new CurrencyPair(Currency(fields[1], line), Currency(fields[2], line));
            var prices = new decimal[3];
            for (var i = 0; i < 3; i++)
            {
                if (!decimal.TryParse(fields[3 + i].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out prices[i]))
                {
                    throw new FormatException($"Line {Int(line)}: '{fields[3 + i].Trim()}' ({HistoryHeader.Split(',')[3 + i]}) is not a positive number.");
                }
            }

            try
            {
                rates.Add(FxRate.TwoWay(pair, prices[0], prices[1], prices[2], at, source, RateKind.Spot));
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"Line {Int(line)}: {FirstSentence(e.Message)}", e);
            }
        }

        return rates;
    }

    /// <summary>A date (the start of that day, UTC) or a UTC timestamp.</summary>
    public static bool TryParseInstantOrDate(string text, out Instant instant)
    {
        var trimmed = text.Trim();
        if (LocalDatePattern.Iso.Parse(trimmed) is { Success: true } date)
        {
            instant = date.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
            return true;
        }

        if (InstantPattern.ExtendedIso.Parse(trimmed) is { Success: true } parsed)
        {
            instant = parsed.Value;
            return true;
        }

        instant = default;
        return false;
    }

    private static Currency Currency(string code, int line) =>
        CrossBorder.Currency.TryFromCode(code.Trim(), out var currency)
            ? currency
            : throw new FormatException($"Line {Int(line)}: unknown currency code '{code.Trim()}'.");

    /// <summary>An exception message without the "(Parameter 'x')" and "Actual value was" tails .NET appends.</summary>
    public static string FirstSentence(string message)
    {
        foreach (var tail in new[] { " (Parameter '", "\nActual value was", "\r\nActual value was", " Actual value was" })
        {
            var at = message.IndexOf(tail, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        return message.Trim();
    }

    private static string[] Split(string line, string path, string what, int lineNumber)
    {
        try
        {
            return CrossBorder.Text.Csv.SplitLine(line);
        }
        catch (FormatException e)
        {
            throw new UserErrorException($"{what} '{path}' line {Int(lineNumber)}: {e.Message}", e);
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return (end < 0 ? text : text[..end]).Trim().TrimStart('\uFEFF');
    }

}
