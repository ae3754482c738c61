using System.Xml;
using CrossBorder.Fx.Internal;
using CrossBorder.Text;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// Parses the European Central Bank's euro foreign exchange reference rates — the daily XML
/// (<c>eurofxref-daily.xml</c>, also the 90-day and historical XML files of the same shape) and the historical CSV
/// (<c>eurofxref-hist.csv</c>) — into EUR/XXX <see cref="FxRate"/>s. Pure parsing: no network, no clock.
/// </summary>
/// <remarks>
/// Each rate is one-way (bid = mid = ask), of the kind the caller names (usually <see cref="RateKind.Official"/>),
/// stamped at the start of its date in UTC (a convention of this library, not the ECB's publication time), with
/// <see cref="Source"/> as its source. The ECB states that the reference rates are for information purposes only.
/// </remarks>
public static class EcbReferenceRates
{
    /// <summary>The source string given to every rate parsed.</summary>
    public const string Source = "ECB euro foreign exchange reference rates";

    private const string NotAvailable = "N/A";

    /// <summary>Parses the XML format: <c>gesmes:Envelope/Cube/Cube[@time]/Cube[@currency][@rate]</c>.</summary>
    /// <param name="reader">The XML text.</param>
    /// <param name="kind">The kind given to the rates.</param>
    /// <param name="registry">Where currency codes are looked up; null for ISO 4217.</param>
    /// <exception cref="FormatException">A date, rate or currency is malformed, unknown or not positive; the message names it and its line.</exception>
    public static IReadOnlyList<FxRate> ParseXml(TextReader reader, RateKind kind, CurrencyRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(reader);
        registry ??= CurrencyRegistry.Iso4217;
        var euro = registry.FromCode("EUR");
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        var rates = new List<FxRate>();
        using var xml = XmlReader.Create(reader, settings);
        LocalDate? date = null;
        while (Read(xml))
        {
            if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "Cube")
            {
                continue;
            }

            var line = (xml as IXmlLineInfo)?.LineNumber ?? 0;
            if (xml.GetAttribute("time") is { } time)
            {
                date = FxText.TryParseDate(time, out var d) ? d : throw new FormatException(Invariant($"Line {line}: '{time}' is not a date (yyyy-MM-dd)."));
            }
            else if (xml.GetAttribute("currency") is { } code)
            {
                var rateText = xml.GetAttribute("rate") ?? throw new FormatException(Invariant($"Line {line}: the Cube for {code} has no rate attribute."));
                if (date is not { } day)
                {
                    throw new FormatException(Invariant($"Line {line}: the rate for {code} is not inside a Cube with a time attribute."));
                }

                rates.Add(Create(euro, code, rateText, day, kind, registry, line));
            }
        }

        return rates;
    }

    /// <summary>The next node; XML that is not well-formed or is refused (a DTD) is a <see cref="FormatException"/> naming its line, as documented.</summary>
    private static bool Read(XmlReader xml)
    {
        try
        {
            return xml.Read();
        }
        catch (XmlException e)
        {
            // A refusal such as "DTD prohibited" carries no position of its own; the reader's is where it stopped.
            var line = e.LineNumber > 0 ? e.LineNumber : Math.Max(1, (xml as IXmlLineInfo)?.LineNumber ?? 1);
            throw new FormatException(Invariant($"Line {line}: not well-formed XML: {e.Message}"), e);
        }
    }

    /// <summary>Parses the XML format from a stream (UTF-8 unless the XML declaration says otherwise).</summary>
    /// <inheritdoc cref="ParseXml(TextReader, RateKind, CurrencyRegistry?)" />
    public static IReadOnlyList<FxRate> ParseXml(Stream stream, RateKind kind, CurrencyRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, leaveOpen: true);
        return ParseXml(reader, kind, registry);
    }

    /// <summary>
    /// Parses the historical CSV: a header <c>Date,USD,JPY,…</c> (a trailing empty column is allowed), then one row
    /// per date; <c>N/A</c> or an empty field means no rate that day and is skipped.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="kind">The kind given to the rates.</param>
    /// <param name="registry">Where currency codes are looked up; null for ISO 4217.</param>
    /// <exception cref="FormatException">The header, a date, a rate or a currency is malformed, unknown or not positive, a column is EUR or repeated, or a row does not match the header; the message names it and its line.</exception>
    public static IReadOnlyList<FxRate> ParseHistoricalCsv(TextReader reader, RateKind kind, CurrencyRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(reader);
        registry ??= CurrencyRegistry.Iso4217;
        var euro = registry.FromCode("EUR");
        var table = CsvTable.Open(reader, "ECB historical CSV", allowTrailingEmptyColumn: true);
        if (table.Columns.Count < 2 || !string.Equals(table.Columns[0], "Date", StringComparison.Ordinal))
        {
            throw table.Error(1, $"expected a header starting 'Date,', not '{CsvTable.Echo(string.Join(',', table.Columns))}'.");
        }

        var currencies = new Currency?[table.Columns.Count];
        for (var i = 1; i < table.Columns.Count; i++)
        {
            var code = table.Columns[i];
            if (code.Length == 0)
            {
                continue;
            }

            currencies[i] = registry.TryFromCode(code, out var currency)
                ? currency
                : throw table.Error(1, $"unknown currency code '{CsvTable.Echo(code)}' in the header.");
            if (currency.Equals(euro))
            {
                throw table.Error(1, Invariant($"column {i + 1} is EUR, but every ECB reference rate is EUR per unit of another currency (EUR/XXX); remove the EUR column."));
            }
        }

        var rates = new List<FxRate>();
        foreach (var row in table.Rows())
        {
            var date = FxText.TryParseDate(row.Get(0), out var d) ? d : throw row.Invalid(0, "a date (yyyy-MM-dd)");
            for (var i = 1; i < currencies.Length; i++)
            {
                var field = row.Get(i);
                if (currencies[i] is not { } currency || field.Length == 0 || string.Equals(field, NotAvailable, StringComparison.Ordinal))
                {
                    continue;
                }

                var rate = FxText.TryParseDecimal(field, out var r) && r > 0m
                    ? r
                    : throw row.Error(Invariant($"the rate for {currency.Code} on {FxText.Format(date)} must be a positive number, not '{CsvTable.Echo(field)}'."));
                rates.Add(FxRate.Of(new CurrencyPair(euro, currency), rate, FxText.StampOf(date), Source, kind));
            }
        }

        return rates;
    }

    /// <summary>Parses the historical CSV from a stream (UTF-8).</summary>
    /// <inheritdoc cref="ParseHistoricalCsv(TextReader, RateKind, CurrencyRegistry?)" />
    public static IReadOnlyList<FxRate> ParseHistoricalCsv(Stream stream, RateKind kind, CurrencyRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new StreamReader(stream, leaveOpen: true);
        return ParseHistoricalCsv(reader, kind, registry);
    }

    private static FxRate Create(Currency euro, string code, string rateText, LocalDate date, RateKind kind, CurrencyRegistry registry, int line)
    {
        if (!registry.TryFromCode(code.Trim(), out var currency))
        {
            throw new FormatException(Invariant($"Line {line}: unknown currency code '{code}'."));
        }

        if (currency.Equals(euro))
        {
            throw new FormatException(Invariant($"Line {line}: a rate for EUR, but every ECB reference rate is EUR per unit of another currency (EUR/XXX)."));
        }

        if (!FxText.TryParseDecimal(rateText, out var rate) || rate <= 0m)
        {
            throw new FormatException(Invariant($"Line {line}: the rate for {currency.Code} on {FxText.Format(date)} must be a positive number, not '{rateText}'."));
        }

        return FxRate.Of(new CurrencyPair(euro, currency), rate, FxText.StampOf(date), Source, kind);
    }
}
