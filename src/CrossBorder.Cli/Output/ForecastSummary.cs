using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrossBorder.Forecasting;
using CrossBorder.Forecasting.Batch;

namespace CrossBorder.Cli.Output;

/// <summary>What a <c>crossborder forecast</c> run did: series, methods chosen, fallback reasons and demand classes, with counts.</summary>
internal sealed class ForecastSummary(string method, IReadOnlyList<double> levels, string output)
{
    private readonly Dictionary<string, int> _methods = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _reasons = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _classes = new(StringComparer.Ordinal);

    /// <summary>The method asked for.</summary>
    public string Method { get; } = method;

    /// <summary>The interval levels, as fractions.</summary>
    public IReadOnlyList<double> Levels { get; } = levels;

    /// <summary>The forecast file.</summary>
    public string Output { get; } = output;

    /// <summary>The chart file, if one was written.</summary>
    public string? Chart { get; set; }

    /// <summary>Series forecast.</summary>
    public int SeriesCount { get; private set; }

    /// <summary>Rows written (one per series and step).</summary>
    public long Rows { get; private set; }

    /// <summary>Series that took a fallback (any reason but <see cref="FallbackReason.None"/>).</summary>
    public int Fallbacks { get; private set; }

    /// <summary>Wall-clock time of reading, forecasting and writing.</summary>
    public TimeSpan Elapsed { get; set; }

    /// <summary>Methods chosen, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Methods => Sorted(_methods);

    /// <summary>Fallback reasons (<c>None</c> when the method ran as asked), most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> Reasons => Sorted(_reasons);

    /// <summary>Syntetos–Boylan demand classes of the prepared series, most frequent first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> DemandClasses => Sorted(_classes);

    /// <summary>Counts one series and its forecast.</summary>
    public void Add(SeriesInput series, Forecast forecast)
    {
        SeriesCount++;
        Rows += forecast.Horizon;
        if (forecast.Reason != FallbackReason.None)
        {
            Fallbacks++;
        }

        Increment(_methods, Family(forecast.Method));
        Increment(_reasons, forecast.Reason.ToString());
        Increment(_classes, Classify(series.Values));
    }

    /// <summary>
    /// The method without its fitted parameters, so that counts group: <c>SBA(α_z=0.1, α_p=0.3)</c> → <c>SBA</c>,
    /// <c>ADIDA(3)</c> → <c>ADIDA</c>; ETS forms and combinations keep their components (<c>ETS(M,Ad,M)</c>).
    /// </summary>
    public static string Family(string method)
    {
        var open = method.IndexOf('(', StringComparison.Ordinal);
        if (open < 0 || method.StartsWith("ETS(", StringComparison.Ordinal) || method.StartsWith("Combo(", StringComparison.Ordinal))
        {
            return method;
        }

        return method[..open];
    }

    /// <summary>The demand class of a series as the forecasters see it (missing values filled, leading zeros trimmed).</summary>
    public static string Classify(ReadOnlySpan<double> values)
    {
        try
        {
            var prepared = SeriesPreparation.Prepare(values);
            if (prepared.IsEmpty)
            {
                // Every observed value was zero (and trimmed as leading zeros), or nothing was observed at all.
                foreach (var value in values)
                {
                    if (double.IsFinite(value))
                    {
                        return "NoDemand";
                    }
                }

                return "NoData";
            }

            foreach (var value in prepared.Values)
            {
                if (value != 0)
                {
                    return IntermittentDemand.Classify(prepared.Values).Class.ToString();
                }
            }

            return "NoDemand";
        }
        catch (ArgumentException)
        {
            return "Unclassified";
        }
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;

    private static KeyValuePair<string, int>[] Sorted(Dictionary<string, int> counts) =>
        [.. counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)];
}

/// <summary>Prints a <see cref="ForecastSummary"/>: one line, tables, or JSON.</summary>
internal static class ForecastSummaryWriter
{
    private static readonly ForecastJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>The line printed without <c>--summary</c>.</summary>
    public static void WriteShort(TextWriter writer, ForecastSummary summary)
    {
        writer.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Forecast {summary.SeriesCount:N0} series ({summary.Rows:N0} rows) with '{summary.Method}' to {summary.Output} in {summary.Elapsed.TotalSeconds:0.00} s; {summary.Fallbacks:N0} fallbacks."));
        if (summary.Chart is not null)
        {
            writer.WriteLine("Chart: " + summary.Chart);
        }
    }

    /// <summary>The tables printed with <c>--summary</c>.</summary>
    public static void WriteTable(TextWriter writer, ForecastSummary summary)
    {
        WriteShort(writer, summary);
        Section(writer, "Method chosen", summary.Methods, summary.SeriesCount);
        Section(writer, "Fallback reason", summary.Reasons, summary.SeriesCount);
        Section(writer, "Demand class", summary.DemandClasses, summary.SeriesCount);
    }

    /// <summary>The JSON printed with <c>--format json</c>.</summary>
    public static void WriteJson(TextWriter writer, ForecastSummary summary)
    {
        var json = new ForecastSummaryJson(
            summary.Method,
            [.. summary.Levels],
            summary.Output,
            summary.Chart,
            summary.SeriesCount,
            summary.Rows,
            summary.Fallbacks,
            Math.Round(summary.Elapsed.TotalSeconds, 3),
            Counts(summary.Methods),
            Counts(summary.Reasons),
            Counts(summary.DemandClasses));
        writer.WriteLine(JsonSerializer.Serialize(json, Context.ForecastSummaryJson));
    }

    private static CountJson[] Counts(IReadOnlyList<KeyValuePair<string, int>> counts) =>
        [.. counts.Select(p => new CountJson(p.Key, p.Value))];

    private static void Section(TextWriter writer, string title, IReadOnlyList<KeyValuePair<string, int>> counts, int total)
    {
        writer.WriteLine();
        var table = new TableWriter(new Column(title), new Column("Series", Align.Right), new Column("Share", Align.Right));
        foreach (var (name, count) in counts)
        {
            table.AddRow(
                name,
                count.ToString("N0", CultureInfo.InvariantCulture),
                (total == 0 ? 0 : (double)count / total).ToString("P1", CultureInfo.InvariantCulture));
        }

        table.Write(writer);
    }
}

/// <summary>The JSON summary of <c>crossborder forecast</c>.</summary>
internal sealed record ForecastSummaryJson(
    string Method,
    IReadOnlyList<double> Levels,
    string Output,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Chart,
    int Series,
    long Rows,
    int Fallbacks,
    double ElapsedSeconds,
    IReadOnlyList<CountJson> Methods,
    IReadOnlyList<CountJson> Reasons,
    IReadOnlyList<CountJson> DemandClasses);

/// <summary>A name and how many series it applies to.</summary>
internal sealed record CountJson(string Name, int Count);

[JsonSerializable(typeof(ForecastSummaryJson))]
internal sealed partial class ForecastJsonContext : JsonSerializerContext;
