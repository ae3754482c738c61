using System.Globalization;

namespace CrossBorder.Forecasting.Tests.Seasonal;

/// <summary>
/// <see cref="Mstl.Decompose"/> against R's <c>forecast::mstl</c> (Data/r-seasonal/mstl_components.csv, forecast
/// 8.20): the generated daily series with periods 7 and 365.25 (iterate 2, s.window 11 and 15) and the 11 classic
/// monthly series with period 12. The tolerance is STL's, 1e-9 of the series' scale: the same Fortran steps, run
/// four times for the daily series, so rounding is the only difference.
/// </summary>
public class MstlGoldenTests
{
    public static TheoryData<string> Series()
    {
        var data = new TheoryData<string>();
        foreach (var id in StlReference.MstlIds())
        {
            data.Add(id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Series))]
    public void Components_match_R(string id)
    {
        var y = StlReference.Inputs[id];
        double[] periods = id.StartsWith("daily", StringComparison.Ordinal) ? [365.25, 7] : [12];
        var fit = Mstl.Decompose(y, periods);
        var scale = y.Max(Math.Abs);
        Assert.Equal([.. periods.Order()], fit.Periods);
        Assert.Empty(fit.DroppedPeriods);
        StlGoldenTests.AssertClose(StlReference.Mstl(id, "Trend"), fit.Trend, scale, id + " trend");
        StlGoldenTests.AssertClose(StlReference.Mstl(id, "Remainder"), fit.Remainder, scale, id + " remainder");
        for (var i = 0; i < fit.Periods.Count; i++)
        {
            var column = "Seasonal" + fit.Periods[i].ToString(CultureInfo.InvariantCulture);
            StlGoldenTests.AssertClose(StlReference.Mstl(id, column), fit.Seasonals[i], scale, id + " " + column);
        }

        Assert.Equal(2 + fit.Periods.Count, StlReference.MstlComponents(id).Count);
    }
}
