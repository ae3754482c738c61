using System.Globalization;

namespace CrossBorder.Forecasting.Tests.Helpers;

/// <summary>One series of the reference sets: training values, holdout, true mean (intermittent set), frequency and horizon.</summary>
public sealed record ReferenceSeries(string Id, string Group, int Frequency, int Horizon, double[] Train, double[] Test, double[] Mu);

/// <summary>R's forecast of one series by one method.</summary>
public sealed record ReferenceForecast(double[] Mean, double[] Lo80, double[] Hi80, double[] Lo95, double[] Hi95);

/// <summary>Loads the golden CSVs copied into Data/ (never the shared folder).</summary>
public static class ReferenceData
{
    private static readonly Lazy<IReadOnlyList<ReferenceSeries>> ClassicLazy = new(() => Load("classic"));
    private static readonly Lazy<IReadOnlyList<ReferenceSeries>> IntermittentLazy = new(() => Load("intermittent"));
    private static readonly Lazy<IReadOnlyList<ReferenceSeries>> DevelopmentLazy = new(() => Load("catalogues/development/"));
    private static readonly Lazy<IReadOnlyList<ReferenceSeries>> ValidationLazy = new(() => Load("catalogues/validation/"));
    private static readonly Lazy<Dictionary<(string, string), ReferenceForecast>> ForecastsLazy = new(LoadForecasts);

    public static IReadOnlyList<ReferenceSeries> Classic => ClassicLazy.Value;

    public static IReadOnlyList<ReferenceSeries> Intermittent => IntermittentLazy.Value;

    /// <summary>A seeded catalogue of <c>Data/catalogues/</c>: <c>development</c> or <c>validation</c> (docs/forecasting.md).</summary>
    public static IReadOnlyList<ReferenceSeries> Catalogue(string name) => name switch
    {
        "development" => DevelopmentLazy.Value,
        "validation" => ValidationLazy.Value,
        _ => throw new ArgumentException($"No catalogue '{name}'.", nameof(name)),
    };

    public static ReferenceSeries ClassicSeries(string id) => Classic.Single(s => s.Id == id);

    public static ReferenceForecast RForecast(string id, string method) => ForecastsLazy.Value[(id, method)];

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Data", file);

    public static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(PathOf(file)).Skip(1).Select(line => line.Split(',').Select(c => c.Trim('"')).ToArray());

    public static double Num(string s) => s == "NA" ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>A row of R's scores summary: (group, method) → column.</summary>
    public static double Score(string set, string group, string method, string column)
    {
        var file = set.EndsWith('/') ? set + "r_scores_summary.csv" : set + "_scores_summary.csv";
        var header = File.ReadLines(PathOf(file)).First().Split(',').Select(c => c.Trim('"')).ToList();
        var row = Rows(file).Single(r => r[0] == group && r[1] == method);
        return Num(row[header.IndexOf(column)]);
    }

    private static List<ReferenceSeries> Load(string set)
    {
        // A reference set's files are prefixed (classic_meta.csv), a catalogue's sit in its folder (catalogues/validation/meta.csv).
        set = set.EndsWith('/') ? set : set + "_";
        var header = File.ReadLines(PathOf(set + "meta.csv")).First().Split(',').Select(c => c.Trim('"')).ToList();
        var (group, freq, h) = (header.IndexOf("group"), header.IndexOf("freq"), header.IndexOf("h"));
        var meta = Rows(set + "meta.csv").ToDictionary(r => r[0], r => (Group: r[group], Freq: int.Parse(r[freq], CultureInfo.InvariantCulture), H: int.Parse(r[h], CultureInfo.InvariantCulture)));
        var train = Rows(set + "train.csv").GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.OrderBy(r => int.Parse(r[1], CultureInfo.InvariantCulture)).Select(r => Num(r[2])).ToArray());
        var test = Rows(set + "test.csv").GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.OrderBy(r => int.Parse(r[1], CultureInfo.InvariantCulture)).ToArray());
        return [.. meta.Select(m => new ReferenceSeries(
            m.Key, m.Value.Group, m.Value.Freq, m.Value.H, train[m.Key],
            [.. test[m.Key].Select(r => Num(r[2]))],
            [.. test[m.Key].Select(r => Num(r[3]))]))];
    }

    private static Dictionary<(string, string), ReferenceForecast> LoadForecasts() =>
        Rows("classic_forecasts.csv")
            .GroupBy(r => (r[0], r[1]))
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var rows = g.OrderBy(r => int.Parse(r[2], CultureInfo.InvariantCulture)).ToArray();
                    double[] Col(int c) => [.. rows.Select(r => Num(r[c]))];
                    return new ReferenceForecast(Col(3), Col(4), Col(5), Col(6), Col(7));
                });
}
