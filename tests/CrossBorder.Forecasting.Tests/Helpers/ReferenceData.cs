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
    private static readonly Lazy<Dictionary<(string, string), ReferenceForecast>> ForecastsLazy = new(LoadForecasts);

    public static IReadOnlyList<ReferenceSeries> Classic => ClassicLazy.Value;

    public static IReadOnlyList<ReferenceSeries> Intermittent => IntermittentLazy.Value;

    public static ReferenceSeries ClassicSeries(string id) => Classic.Single(s => s.Id == id);

    public static ReferenceForecast RForecast(string id, string method) => ForecastsLazy.Value[(id, method)];

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Data", file);

    public static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(PathOf(file)).Skip(1).Select(line => line.Split(',').Select(c => c.Trim('"')).ToArray());

    public static double Num(string s) => s == "NA" ? double.NaN : double.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>A row of R's scores summary: (group, method) → column.</summary>
    public static double Score(string set, string group, string method, string column)
    {
        var header = File.ReadLines(PathOf(set + "_scores_summary.csv")).First().Split(',').Select(c => c.Trim('"')).ToList();
        var row = Rows(set + "_scores_summary.csv").Single(r => r[0] == group && r[1] == method);
        return Num(row[header.IndexOf(column)]);
    }

    private static List<ReferenceSeries> Load(string set)
    {
        var meta = Rows(set + "_meta.csv").ToDictionary(r => r[0], r => (Group: r[1], Freq: int.Parse(r[2], CultureInfo.InvariantCulture), H: int.Parse(r[4], CultureInfo.InvariantCulture)));
        var train = Rows(set + "_train.csv").GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.OrderBy(r => int.Parse(r[1], CultureInfo.InvariantCulture)).Select(r => Num(r[2])).ToArray());
        var test = Rows(set + "_test.csv").GroupBy(r => r[0]).ToDictionary(g => g.Key, g => g.OrderBy(r => int.Parse(r[1], CultureInfo.InvariantCulture)).ToArray());
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
