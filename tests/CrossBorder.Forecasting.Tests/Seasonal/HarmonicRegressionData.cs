using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests.Seasonal;

/// <summary>
/// The golden files of <c>Data/r-harmonic/</c>, written by <c>generate.R</c> there (R 4.2.2, forecast 8.20, seed
/// 20261203): the series, R's <c>lm</c>/<c>tslm</c> fits with Fourier terms, AICc by K and R's <c>thetaf</c>.
/// </summary>
public static class HarmonicRegressionData
{
    private static readonly Lazy<Dictionary<string, (int Period, double[] Y)>> SeriesLazy = new(() =>
        ReferenceData.Rows("r-harmonic/series.csv")
            .GroupBy(r => r[0])
            .ToDictionary(g => g.Key, g => (int.Parse(g.First()[1], System.Globalization.CultureInfo.InvariantCulture), g.Select(r => ReferenceData.Num(r[3])).ToArray())));

    public static double[] Series(string id) => SeriesLazy.Value[id].Y;

    public static int Period(string id) => SeriesLazy.Value[id].Period;

    public static IEnumerable<string[]> Rows(string file) => ReferenceData.Rows("r-harmonic/" + file);

    /// <summary>One case of harmonic_cases.csv: series, periods, K, trend, R's AICc (forecast::CV) and RSS.</summary>
    public sealed record Case(string Name, string Id, double[] Periods, int[] K, bool Trend, double Aicc, double Rss);

    public static Case CaseOf(string name)
    {
        var r = Rows("harmonic_cases.csv").Single(r => r[0] == name);
        return new Case(
            r[0],
            r[1],
            r[2].Split(';').Select(ReferenceData.Num).ToArray(),
            r[3].Split(';').Select(int.Parse).ToArray(),
            r[4] == "TRUE",
            ReferenceData.Num(r[5]),
            ReferenceData.Num(r[6]));
    }

    public static TheoryData<string> CaseNames => [.. Rows("harmonic_cases.csv").Select(r => r[0])];
}
