using System.Globalization;
using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests.Seasonal;

/// <summary>
/// R's STL, MSTL and stlf outputs in Data/r-seasonal (written by make-golden.R there; see its header and the
/// README for versions), and the input series they were computed on.
/// </summary>
public static class StlReference
{
    private static readonly Lazy<Dictionary<string, double[]>> InputsLazy = new(LoadInputs);
    private static readonly Lazy<ILookup<(string Id, string Window, bool Robust), string[]>> StlLazy = new(() =>
        ReferenceData.Rows("r-seasonal/stl_components.csv").ToLookup(r => (r[0], r[1], r[2] == "TRUE")));

    private static readonly Lazy<ILookup<(string Id, string Component), string[]>> MstlLazy = new(() =>
        ReferenceData.Rows("r-seasonal/mstl_components.csv").ToLookup(r => (r[0], r[1])));

    /// <summary>The monthly classic series and the generated weekly and daily ones.</summary>
    public static IReadOnlyDictionary<string, double[]> Inputs => InputsLazy.Value;

    /// <summary>The monthly and weekly series (those R's stl and stlf ran on), with their periods.</summary>
    public static TheoryData<string, int> StlSeries()
    {
        var data = new TheoryData<string, int>();
        foreach (var id in StlLazy.Value.Select(g => g.Key.Id).Distinct().Order(StringComparer.Ordinal))
        {
            data.Add(id, id.StartsWith("weekly", StringComparison.Ordinal) ? 52 : 12);
        }

        return data;
    }

    /// <summary>R's (seasonal, trend, remainder, weights) for one series and configuration.</summary>
    public static (double[] Seasonal, double[] Trend, double[] Remainder, double[] Weights) Stl(string id, string window, bool robust)
    {
        var rows = StlLazy.Value[(id, window, robust)].OrderBy(r => int.Parse(r[3], CultureInfo.InvariantCulture)).ToArray();
        Assert.NotEmpty(rows);
        double[] Col(int c) => [.. rows.Select(r => ReferenceData.Num(r[c]))];
        return (Col(4), Col(5), Col(6), Col(7));
    }

    /// <summary>One column of R's mstl output (Trend, Seasonal7, Seasonal365.25, Remainder…).</summary>
    public static double[] Mstl(string id, string component)
    {
        var rows = MstlLazy.Value[(id, component)].OrderBy(r => int.Parse(r[2], CultureInfo.InvariantCulture)).ToArray();
        Assert.NotEmpty(rows);
        return [.. rows.Select(r => ReferenceData.Num(r[3]))];
    }

    /// <summary>The series R's mstl ran on.</summary>
    public static IEnumerable<string> MstlIds() => MstlLazy.Value.Select(g => g.Key.Id).Distinct().Order(StringComparer.Ordinal);

    /// <summary>The components R's mstl wrote for one series.</summary>
    public static IReadOnlyList<string> MstlComponents(string id) =>
        [.. MstlLazy.Value.Where(g => g.Key.Id == id).Select(g => g.Key.Component)];

    /// <summary>R's stlf forecast of one series by one method ("ets" or "naive").</summary>
    public static ReferenceForecast Stlf(string id, string method)
    {
        var rows = ReferenceData.Rows("r-seasonal/stlf_forecasts.csv").Where(r => r[0] == id && r[1] == method)
            .OrderBy(r => int.Parse(r[2], CultureInfo.InvariantCulture)).ToArray();
        Assert.NotEmpty(rows);
        double[] Col(int c) => [.. rows.Select(r => ReferenceData.Num(r[c]))];
        return new ReferenceForecast(Col(3), Col(4), Col(5), Col(6), Col(7));
    }

    /// <summary>R's stlf fitted values (NaN where R has NA).</summary>
    public static double[] StlfFitted(string id, string method) =>
        [.. ReferenceData.Rows("r-seasonal/stlf_fitted.csv").Where(r => r[0] == id && r[1] == method)
            .OrderBy(r => int.Parse(r[2], CultureInfo.InvariantCulture)).Select(r => ReferenceData.Num(r[3]))];

    /// <summary>The method string R reported, such as "STL +  ETS(M,A,N)".</summary>
    public static string StlfModel(string id, string method) =>
        string.Join(",", ReferenceData.Rows("r-seasonal/stlf_models.csv").Single(r => r[0] == id && r[1] == method)[2..]); // the form's commas split it

    private static Dictionary<string, double[]> LoadInputs()
    {
        var inputs = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var s in ReferenceData.Classic.Where(s => s.Frequency == 12))
        {
            inputs[s.Id] = s.Train;
        }

        foreach (var file in new[] { "r-seasonal/weekly_series.csv", "r-seasonal/daily_series.csv" })
        {
            foreach (var g in ReferenceData.Rows(file).GroupBy(r => r[0]))
            {
                inputs[g.Key] = [.. g.OrderBy(r => int.Parse(r[1], CultureInfo.InvariantCulture)).Select(r => ReferenceData.Num(r[2]))];
            }
        }

        return inputs;
    }
}
