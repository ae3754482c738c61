using System.Globalization;
using System.Text.RegularExpressions;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Advertising;

/// <summary>Choices for reading a report that the file itself does not settle.</summary>
public sealed record AdReportReadOptions
{
    /// <summary>The campaign type of every row. Default: Sponsored Products.</summary>
    public CampaignType CampaignType { get; init; } = CampaignType.SponsoredProducts;

    /// <summary>
    /// The attribution window to read when an Amazon report has columns for several (<c>7 Day Total Sales</c> and
    /// <c>14 Day Total Sales</c>); null to require a single window. Plain CSV files are read as 7-day click unless
    /// this is set.
    /// </summary>
    public int? WindowDays { get; init; }

    /// <summary>The currency of files without a currency column; null to require the column.</summary>
    public Currency? Currency { get; init; }
}

/// <summary>
/// Reads search-term reports: Amazon's Sponsored Products search-term report as the console exports it (CSV or XLSX,
/// with Amazon's column names: <c>Date</c>, <c>Currency</c>, <c>Campaign Name</c>, <c>Ad Group Name</c>,
/// <c>Targeting</c>, <c>Match Type</c>, <c>Customer Search Term</c>, <c>Impressions</c>, <c>Clicks</c>, <c>Spend</c>,
/// <c>7 Day Total Sales</c>, <c>7 Day Total Orders (#)</c>, <c>7 Day Total Units (#)</c>; the 1-, 14- and 30-day columns
/// are recognised and set the report's attribution), or the plain CSV
/// <c>date,campaign,ad_group,search_term,match_type,impressions,clicks,spend,sales,orders,units,currency</c> (with an
/// optional <c>targeting</c> column). Other columns are ignored; missing ones, malformed values and negative counts
/// are errors naming the file, line and column.
/// </summary>
public static partial class AdReportReader
{
    private const string PlainHeader = "date,campaign,ad_group,search_term,match_type,impressions,clicks,spend,sales,orders,units,currency";

    /// <summary>Reads a report from a file's bytes, XLSX when they start as a ZIP archive, else UTF-8 CSV.</summary>
    /// <param name="stream">The file's content (seekable or not).</param>
    /// <param name="sourceName">What to call the file in messages.</param>
    /// <param name="options">Choices the file does not settle.</param>
    /// <exception cref="FormatException">The file is not a report this reader knows, or a row is malformed; the message names the file, line and column.</exception>
    public static AdReport Read(Stream stream, string sourceName, AdReportReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var source = stream.CanSeek ? stream : Copy(stream);
        var start = source.Position;
        Span<byte> head = stackalloc byte[4];
        var read = 0;
        while (read < 4 && source.Read(head[read..]) is var n and > 0)
        {
            read += n;
        }

        source.Position = start;
        var isZip = read == 4 && head[0] == (byte)'P' && head[1] == (byte)'K' && head[2] == 3 && head[3] == 4;
        return isZip ? ReadXlsx(source, sourceName, options) : ReadCsv(new StreamReader(source, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true), sourceName, options);
    }

    private static MemoryStream Copy(Stream stream)
    {
        var memory = new MemoryStream();
        stream.CopyTo(memory);
        memory.Position = 0;
        return memory;
    }

    /// <summary>Reads a CSV report (Amazon's columns or the plain format).</summary>
    /// <inheritdoc cref="Read(Stream, string, AdReportReadOptions?)" />
    public static AdReport ReadCsv(TextReader reader, string sourceName, AdReportReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var table = CsvTable.Open(reader, sourceName);
        var layout = Layout.Of(table.Columns, sourceName, options ?? new AdReportReadOptions());
        var records = new List<AdRecord>();
        var cache = new Cache();
        foreach (var row in table.Rows())
        {
            var r = row;
            records.Add(layout.Record(i => r.Get(i), r.Line, cache, message => r.Error(message)));
        }

        return Build(records, sourceName);
    }

    /// <summary>Reads an XLSX report (the first sheet; Amazon's columns or the plain format).</summary>
    /// <inheritdoc cref="Read(Stream, string, AdReportReadOptions?)" />
    public static AdReport ReadXlsx(Stream stream, string sourceName, AdReportReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var records = new List<AdRecord>();
        var cache = new Cache();
        Layout? layout = null;
        string[] letters = [];
        var line = 0;
        foreach (var row in WorkbookRows(stream, sourceName))
        {
            line++;
            if (layout is null)
            {
                letters = [.. row.Keys];
                layout = Layout.Of([.. letters.Select(k => Cell(row[k]).Trim())], sourceName, options ?? new AdReportReadOptions());
                continue;
            }

            if (row.Values.All(v => v is null || (v is string s && s.Length == 0)))
            {
                continue;
            }

            var current = row;
            var at = line;
            records.Add(layout.Record(i => i < 0 || i >= letters.Length ? string.Empty : Cell(current.TryGetValue(letters[i], out var v) ? v : null).Trim(), line, cache, message => new FormatException($"{sourceName}: line {at}: {message}")));
        }

        if (layout is null)
        {
            throw new FormatException($"{sourceName}: the workbook is empty: a header row is expected.");
        }

        return Build(records, sourceName);
    }

    /// <summary>
    /// The rows of the first sheet. Only the workbook reader's own faults become "not a readable XLSX workbook": a
    /// damaged zip or XML, a workbook without the sheet it names, a damaged part MiniExcel trips on (found by fuzzing);
    /// the reader's handling of each row stays outside the catch, so a bug of ours is not worded as a bad file.
    /// </summary>
    private static IEnumerable<IDictionary<string, object?>> WorkbookRows(Stream stream, string sourceName)
    {
        IEnumerator<IDictionary<string, object?>>? rows = null;
        try
        {
            while (true)
            {
                IDictionary<string, object?> row;
                try
                {
                    rows ??= MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX).Cast<IDictionary<string, object?>>().GetEnumerator();
                    if (!rows.MoveNext())
                    {
                        yield break;
                    }

                    row = rows.Current;
                }
                catch (Exception e) when (e is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException
                    or NullReferenceException or IndexOutOfRangeException or ArgumentException or FormatException or InvalidCastException or OverflowException)
                {
                    // Only MiniExcel runs in this try: its failures on a damaged part (a NullReferenceException on a
                    // damaged styles part, found by fuzzing) are the file's fault, not ours.
                    throw new FormatException($"{sourceName}: not a readable XLSX workbook ({e.Message}).", e);
                }

                yield return row;
            }
        }
        finally
        {
            rows?.Dispose();
        }
    }

    private static AdReport Build(List<AdRecord> records, string sourceName)
    {
        if (records.Count == 0)
        {
            throw new FormatException($"{sourceName}: the report has a header but no rows.");
        }

        try
        {
            return new AdReport(records);
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"{sourceName}: {ExceptionText.FirstSentence(e.Message)}", e);
        }
    }

    /// <summary>
    /// A spreadsheet cell as invariant text: numbers round-trip, dates as yyyy-MM-dd. A number beyond decimal's range
    /// (1E+300, or NaN) stays as the double prints it, so the column's reader refuses it with the line.
    /// </summary>
    private static string Cell(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d when Math.Abs(d) < 7.9e28 => ((decimal)d).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    [GeneratedRegex(@"^(\d{1,2}) Day Total Sales", RegexOptions.CultureInvariant)]
    private static partial Regex SalesColumn();

    /// <summary>Strings and dates seen before, so that a million rows share their keys' text and parse each date once.</summary>
    private sealed class Cache
    {
        public Dictionary<string, LocalDate> Dates { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string, string, string, string, string), AdKey> Keys { get; } = [];

        public Dictionary<string, Currency> Currencies { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>Where each field is in a file's header, and how to read a row.</summary>
    private sealed class Layout
    {
        private static readonly LocalDatePattern Iso = LocalDatePattern.Iso;
        private static readonly LocalDatePattern Amazon = LocalDatePattern.Create("MMM d, uuuu", CultureInfo.InvariantCulture);

        private int _date, _currency, _campaign, _adGroup, _targeting, _match, _term, _impressions, _clicks, _spend, _sales, _orders, _units;
        private Attribution _attribution;
        private CampaignType _type;
        private Currency? _defaultCurrency;
        private string _source = string.Empty;

        public static Layout Of(IReadOnlyList<string> columns, string source, AdReportReadOptions options)
        {
            int Index(string name) => columns.Select((c, i) => (c, i)).Where(x => string.Equals(x.c, name, StringComparison.OrdinalIgnoreCase)).Select(x => x.i).DefaultIfEmpty(-1).First();
            var layout = new Layout { _type = options.CampaignType, _defaultCurrency = options.Currency, _source = source };
            if (Index("date") >= 0 && Index("campaign") >= 0)
            {
                int Need(string name) => Index(name) is var i and >= 0 ? i : throw new FormatException($"{source}: line 1: the header has no '{name}' column; expected {PlainHeader}.");
                layout._date = Need("date");
                layout._campaign = Need("campaign");
                layout._adGroup = Need("ad_group");
                layout._term = Need("search_term");
                layout._match = Need("match_type");
                layout._impressions = Need("impressions");
                layout._clicks = Need("clicks");
                layout._spend = Need("spend");
                layout._sales = Need("sales");
                layout._orders = Need("orders");
                layout._units = Need("units");
                layout._targeting = Index("targeting");
                layout._currency = Index("currency");
                layout._attribution = new Attribution(options.WindowDays ?? 7);
            }
            else
            {
                const string expected = "Amazon's search-term report columns (Date, Campaign Name, Ad Group Name, Targeting, Match Type, Customer Search Term, Impressions, Clicks, Spend, 7 Day Total Sales, 7 Day Total Orders (#), 7 Day Total Units (#), Currency) or " + PlainHeader;
                int Need(string name) => Index(name) is var i and >= 0 ? i : throw new FormatException($"{source}: line 1: the header has no '{name}' column; expected {expected}.");
                var windows = columns.Select(c => SalesColumn().Match(c)).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).Distinct().ToArray();
                var window = options.WindowDays ?? (windows.Length switch
                {
                    0 => throw new FormatException($"{source}: line 1: the header has no 'N Day Total Sales' column; expected {expected}."),
                    1 => windows[0],
                    _ => throw new FormatException($"{source}: line 1: the report has sales for {string.Join(", ", windows.Order().Select(w => w + "-day"))} attribution; choose one window."),
                });
                if (!windows.Contains(window))
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{source}: line 1: the report has no {window} Day Total Sales column."));
                }

                layout._date = Index("Date") >= 0 ? Index("Date") : Need("Start Date");
                layout._campaign = Need("Campaign Name");
                layout._adGroup = Need("Ad Group Name");
                layout._targeting = Need("Targeting");
                layout._match = Need("Match Type");
                layout._term = Need("Customer Search Term");
                layout._impressions = Need("Impressions");
                layout._clicks = Need("Clicks");
                layout._spend = Index("Spend") >= 0 ? Index("Spend") : Need("Cost");
                layout._sales = Need(string.Create(CultureInfo.InvariantCulture, $"{window} Day Total Sales"));
                layout._orders = Need(string.Create(CultureInfo.InvariantCulture, $"{window} Day Total Orders (#)"));
                layout._units = Need(string.Create(CultureInfo.InvariantCulture, $"{window} Day Total Units (#)"));
                layout._currency = Index("Currency");
                layout._attribution = new Attribution(window);
            }

            if (layout._currency < 0 && options.Currency is null)
            {
                throw new FormatException($"{source}: line 1: the header has no currency column; add one or give the report's currency.");
            }

            return layout;
        }

        public AdRecord Record(Func<int, string> get, int line, Cache cache, Func<string, FormatException> error)
        {
            var dateText = get(_date);
            if (!cache.Dates.TryGetValue(dateText, out var date))
            {
                var parsed = Iso.Parse(dateText);
                if (!parsed.Success)
                {
                    parsed = Amazon.Parse(dateText);
                }

                date = parsed.Success ? parsed.Value : throw error($"date '{CsvTable.Echo(dateText)}' is not a yyyy-MM-dd or 'Dec 1, 2026' date.");
                cache.Dates[dateText] = date;
            }

            var currencyText = _currency < 0 ? null : get(_currency);
            Currency currency;
            if (string.IsNullOrEmpty(currencyText))
            {
                currency = _defaultCurrency ?? throw error("the currency is empty.");
            }
            else if (!cache.Currencies.TryGetValue(currencyText, out currency!))
            {
                currency = Currency.TryFromCode(currencyText, out var c) ? c : throw error($"currency '{CsvTable.Echo(currencyText)}' is not an ISO 4217 code.");
                cache.Currencies[currencyText] = currency;
            }

            var names = (get(_campaign), get(_adGroup), _targeting < 0 ? string.Empty : get(_targeting), get(_match), get(_term));
            if (!cache.Keys.TryGetValue(names, out var key))
            {
                key = new AdKey(names.Item1, names.Item2, names.Item3, names.Item4, names.Item5);
                cache.Keys[names] = key;
            }

            long Count(int index, string name) => long.TryParse(Strip(get(index)), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
                ? n
                : throw error($"{name} '{CsvTable.Echo(get(index))}' is not a whole non-negative number.");
            Money Amount(int index, string name) => decimal.TryParse(Strip(get(index)), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a)
                ? Money.Of(a, currency)
                : throw error($"{name} '{CsvTable.Echo(get(index))}' is not a non-negative amount such as 12.34.");
            try
            {
                var metrics = new AdMetrics(Count(_impressions, "impressions"), Count(_clicks, "clicks"), Amount(_spend, "spend"), Amount(_sales, "sales"), Count(_orders, "orders"), Count(_units, "units"));
                return new AdRecord(date, key, metrics, _attribution, _type);
            }
            catch (ArgumentException e)
            {
                throw error(ExceptionText.FirstSentence(e.Message));
            }
        }

        /// <summary>A number as Amazon writes it: thousands separators and a leading currency symbol removed; empty is 0.</summary>
        private static string Strip(string text)
        {
            if (text.Length == 0)
            {
                return "0";
            }

            if (char.IsAsciiDigit(text[0]) && text.IndexOf(',', StringComparison.Ordinal) < 0)
            {
                return text;
            }

            var start = 0;
            while (start < text.Length && start < 3 && !char.IsAsciiDigit(text[start]) && text[start] is not ('.' or '-'))
            {
                start++;
            }

            var body = start == 0 ? text : text[start..];
            return ThousandsGrouped().IsMatch(body) ? body.Replace(",", string.Empty, StringComparison.Ordinal) : body;
        }
    }

    [GeneratedRegex(@"^\d{1,3}(,\d{3})+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsGrouped();
}
