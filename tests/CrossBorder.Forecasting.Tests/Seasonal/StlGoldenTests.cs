namespace CrossBorder.Forecasting.Tests.Seasonal;

/// <summary>
/// <see cref="Stl.Decompose"/> against R's <c>stats::stl</c> (Data/r-seasonal/stl_components.csv, written by
/// make-golden.R with R 4.2.2 and printed with 17 significant digits) on the 11 classic monthly series and 3
/// generated weekly series, for s.window "periodic", 7 and 13, robust or not.
/// </summary>
public class StlGoldenTests
{
    /// <summary>
    /// Same algorithm, same operation order as R's Fortran: only floating-point rounding can differ (the loess sums
    /// and the moving averages accumulate in the same order), so 1e-9 relative to the series' scale is generous;
    /// the robust runs go through 15 reweightings and a sort instead of R's partial sort (same order statistics).
    /// </summary>
    private const double Tolerance = 1e-9;

    public static TheoryData<string, int> Series() => StlReference.StlSeries();

    [Theory]
    [MemberData(nameof(Series))]
    public void Components_match_R(string id, int period)
    {
        var y = StlReference.Inputs[id];
        var scale = y.Max(Math.Abs);
        foreach (var (name, window) in new (string, int?)[] { ("periodic", null), ("s7", 7), ("s13", 13) })
        {
            foreach (var robust in new[] { false, true })
            {
                var fit = Stl.Decompose(y, period, new StlOptions { SeasonalWindow = window, Robust = robust });
                var r = StlReference.Stl(id, name, robust);
                var what = $"{id} {name} robust={robust}";
                AssertClose(r.Seasonal, fit.Seasonal, scale, what + " seasonal");
                AssertClose(r.Trend, fit.Trend, scale, what + " trend");
                AssertClose(r.Remainder, fit.Remainder, scale, what + " remainder");
                AssertClose(r.Weights, fit.Weights, 1.0, what + " weights");
            }
        }
    }

    internal static void AssertClose(double[] expected, IReadOnlyList<double> actual, double scale, string what)
    {
        Assert.Equal(expected.Length, actual.Count);
        var worst = 0.0;
        var at = -1;
        for (var i = 0; i < expected.Length; i++)
        {
            var d = Math.Abs(expected[i] - actual[i]);
            if (d > worst)
            {
                worst = d;
                at = i;
            }
        }

        Assert.True(worst <= Tolerance * scale, $"{what}: largest difference {worst:G3} at t = {at + 1} (R {(at >= 0 ? expected[at] : 0):R}, ours {(at >= 0 ? actual[at] : 0):R}), allowed {Tolerance * scale:G3}");
    }
}
