using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;

namespace CrossBorder.Advertising;

/// <summary>
/// The JSON and CSV contracts of <c>crossborder ads</c> (docs/advertising.md). Ratios (CTR, CVR, ACoS, ROAS) are JSON
/// numbers rounded half away from zero to 6 decimal places, and <c>null</c> when undefined or infinite, never 0; money is
/// Core's form <c>{"amount":"12.50","currency":"USD"}</c> with the minor unit's decimals, except CPC with 4.
/// </summary>
public static class AdAnalysisJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The CSV header of <see cref="WriteCsv"/>.</summary>
    public const string CsvHeader = "key,impressions,clicks,spend,sales,orders,units,ctr,cpc,cvr,acos,roas,currency";

    /// <summary>
    /// Writes an analysis: <c>attribution</c>, <c>currency</c>, <c>from</c>, <c>to</c>, <c>matureThrough</c>,
    /// <c>groupBy</c>, <c>totals</c>, <c>rows[]</c> (each with its <c>key</c>) with <c>impressions</c>, <c>clicks</c>,
    /// <c>spend</c>, <c>sales</c>, <c>orders</c>, <c>units</c>, <c>ctr</c>, <c>cpc</c>, <c>cvr</c>, <c>acos</c>,
    /// <c>roas</c>; <c>recommendations[]</c> with <c>kind</c>, <c>key</c>, <c>currentBid</c>, <c>newBid</c>,
    /// <c>matchType</c>, <c>reasons[]</c> {<c>code</c>, <c>detail</c>} and <c>numbers</c>; <c>anomalies[]</c> with
    /// <c>key</c>, <c>date</c>, <c>metric</c>, <c>value</c>, <c>expected</c>, <c>method</c>, <c>detail</c>; and <c>notes[]</c>.
    /// </summary>
    public static void Write(Stream utf8Json, AdAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(analysis);
        using var writer = new Utf8JsonWriter(utf8Json, Indented);
        writer.WriteStartObject();
        writer.WriteString("attribution", analysis.Attribution.ToString());
        writer.WriteString("currency", analysis.Currency.Code);
        writer.WriteString("from", LocalDatePattern.Iso.Format(analysis.First));
        writer.WriteString("to", LocalDatePattern.Iso.Format(analysis.Last));
        if (analysis.MatureThrough is { } mature)
        {
            writer.WriteString("matureThrough", LocalDatePattern.Iso.Format(mature));
        }
        else
        {
            writer.WriteNull("matureThrough");
        }

        writer.WriteString("groupBy", LevelCode(analysis.Level));
        writer.WriteStartObject("totals");
        WriteMetrics(writer, analysis.Totals);
        writer.WriteEndObject();
        writer.WriteStartArray("rows");
        foreach (var row in analysis.Rows)
        {
            writer.WriteStartObject();
            writer.WriteString("key", row.Key);
            WriteMetrics(writer, row.Metrics);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("recommendations");
        foreach (var r in analysis.Recommendations)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", KindCode(r.Kind));
            writer.WriteString("key", r.Key);
            WriteOptionalMoney(writer, "currentBid", r.CurrentBid, null);
            WriteOptionalMoney(writer, "newBid", r.NewBid, null);
            if (r.MatchType is null)
            {
                writer.WriteNull("matchType");
            }
            else
            {
                writer.WriteString("matchType", r.MatchType);
            }

            writer.WriteStartArray("reasons");
            foreach (var reason in r.Reasons)
            {
                writer.WriteStartObject();
                writer.WriteString("code", reason.Code);
                writer.WriteString("detail", reason.Detail);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartObject("numbers");
            foreach (var (name, value) in r.Numbers)
            {
                writer.WriteNumber(name, value);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("anomalies");
        foreach (var a in analysis.Anomalies)
        {
            writer.WriteStartObject();
            writer.WriteString("key", a.Key);
            writer.WriteString("date", LocalDatePattern.Iso.Format(a.Date));
            writer.WriteString("metric", a.Metric);
            writer.WriteNumber("value", Round(a.Value));
            writer.WriteNumber("expected", Round(a.Expected));
            writer.WriteString("method", a.Method);
            writer.WriteString("detail", a.Detail);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("notes");
        foreach (var note in analysis.Notes)
        {
            writer.WriteStringValue(note);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes the rows (then a <c>total</c> row) as CSV with <see cref="CsvHeader"/>; undefined ratios are empty fields.</summary>
    public static void WriteCsv(TextWriter writer, AdAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(analysis);
        writer.WriteLine(CsvHeader);
        foreach (var row in analysis.Rows.Select(r => (r.Key, r.Metrics)).Append(("total", analysis.Totals)))
        {
            var m = row.Item2;
            var fields = new[]
            {
                Quote(row.Item1), Invariant(m.Impressions), Invariant(m.Clicks), Amount(m.Spend, null), Amount(m.Sales, null), Invariant(m.Orders), Invariant(m.Units),
                Number(m.Ctr), m.Cpc is { } cpc ? Amount(cpc, 4) : string.Empty, Number(m.Cvr), Number(m.Acos), Number(m.Roas), m.Currency.Code,
            };
            writer.WriteLine(string.Join(',', fields));
        }
    }

    /// <summary>The code of a level: <c>campaign</c>, <c>ad-group</c>, <c>targeting</c>, <c>search-term</c>.</summary>
    public static string LevelCode(AdLevel level) => level switch
    {
        AdLevel.Campaign => "campaign",
        AdLevel.AdGroup => "ad-group",
        AdLevel.Targeting => "targeting",
        AdLevel.SearchTerm => "search-term",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a level."),
    };

    /// <summary>The code of a kind: <c>raise-bid</c>, <c>lower-bid</c>, <c>keep-bid</c>, <c>harvest</c>, <c>negate</c>.</summary>
    public static string KindCode(RecommendationKind kind) => kind switch
    {
        RecommendationKind.RaiseBid => "raise-bid",
        RecommendationKind.LowerBid => "lower-bid",
        RecommendationKind.KeepBid => "keep-bid",
        RecommendationKind.Harvest => "harvest",
        RecommendationKind.Negate => "negate",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a recommendation kind."),
    };

    private static void WriteMetrics(Utf8JsonWriter writer, AdMetrics m)
    {
        writer.WriteNumber("impressions", m.Impressions);
        writer.WriteNumber("clicks", m.Clicks);
        WriteOptionalMoney(writer, "spend", m.Spend, null);
        WriteOptionalMoney(writer, "sales", m.Sales, null);
        writer.WriteNumber("orders", m.Orders);
        writer.WriteNumber("units", m.Units);
        WriteRatio(writer, "ctr", m.Ctr);
        WriteOptionalMoney(writer, "cpc", m.Cpc, 4);
        WriteRatio(writer, "cvr", m.Cvr);
        WriteRatio(writer, "acos", m.Acos);
        WriteRatio(writer, "roas", m.Roas);
    }

    private static void WriteRatio(Utf8JsonWriter writer, string name, Ratio ratio)
    {
        if (ratio.IsDefined)
        {
            writer.WriteNumber(name, Round(ratio.Value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteOptionalMoney(Utf8JsonWriter writer, string name, Money? money, int? decimals)
    {
        if (money is not { } m)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("amount", Amount(m, decimals));
        writer.WriteString("currency", m.Currency.Code);
        writer.WriteEndObject();
    }

    private static decimal Round(decimal value) => Math.Round(value, 6, MidpointRounding.AwayFromZero);

    private static string Amount(Money m, int? decimals)
    {
        var places = decimals ?? m.Currency.MinorUnit ?? 0;
        return Math.Round(m.Amount, places, MidpointRounding.AwayFromZero).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static string Number(Ratio ratio) => ratio.IsDefined ? Round(ratio.Value).ToString(CultureInfo.InvariantCulture) : string.Empty;

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
