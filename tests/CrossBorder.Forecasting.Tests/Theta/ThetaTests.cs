using System.Globalization;
using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests.Theta;

public class ThetaTests
{
    /// <summary>
    /// Series where R's Nelder–Mead SES fit stops away from the MSE optimum: fdeaths and nottem at an interior local
    /// minimum (α 0.062, 0.028) although the SSE is lower at the bound 1e-4; lynx at α 0.9908 short of the bound 0.9999
    /// where the SSE is still falling. We take the global optimum, so these are compared loosely (3%) and we check
    /// that our SSE is no worse than at R's α.
    /// </summary>
    private static readonly string[] RStopsEarly = ["fdeaths", "nottem", "lynx"];

    public static TheoryData<string> WellIdentified => [.. ReferenceData.Classic.Select(s => s.Id).Where(id => !RStopsEarly.Contains(id))];

    public static TheoryData<string> StopsEarly => [.. RStopsEarly];

    /// <summary>
    /// thetaf depends on an optimiser, so the tolerance is not 1e-6: with the same (interior, well-identified) optimum
    /// R's Nelder–Mead and our golden-section search agree in α to about 1e-4, which moves the forecasts by at most
    /// 7e-5 relative (UKDriverDeaths; 2e-6 typical) and σ by at most 6e-4.
    /// </summary>
    [Theory]
    [MemberData(nameof(WellIdentified))]
    public void Thetaf_matches_R_where_the_SES_optimum_is_well_identified(string id)
    {
        var s = ReferenceData.ClassicSeries(id);
        var f = CrossBorder.Forecasting.Theta.Standard(s.Train, s.Frequency, s.Horizon);
        var r = ReferenceData.RForecast(id, "thetaf");
        Golden.Matches(r, f, 1e-4, id, intervals: false);
        Golden.Matches(r, f, 1e-3, id, intervals: true);
    }

    [Theory]
    [MemberData(nameof(StopsEarly))]
    public void Thetaf_is_close_to_R_and_fits_at_least_as_well_where_R_stops_early(string id)
    {
        var s = ReferenceData.ClassicSeries(id);
        var f = CrossBorder.Forecasting.Theta.Standard(s.Train, s.Frequency, s.Horizon);
        Golden.Matches(ReferenceData.RForecast(id, "thetaf"), f, 0.03, id);
        var rAlpha = ThetaAlphaOfR(id);
        var index = CrossBorder.Forecasting.Theta.IsSeasonal(s.Train, s.Frequency) ? CrossBorder.Forecasting.Theta.MultiplicativeIndices(s.Train, s.Frequency) : null;
        var x = s.Train.Select((v, t) => index is null ? v : v / index[t % s.Frequency]).ToArray();
        var (alpha, _) = CrossBorder.Forecasting.Theta.FitSes(x);
        Assert.True(CrossBorder.Forecasting.Theta.ProfiledSse(x, alpha, out _) <= CrossBorder.Forecasting.Theta.ProfiledSse(x, rAlpha, out _));
    }

    [Fact]
    public void Seasonality_test_as_thetaf()
    {
        var air = ReferenceData.ClassicSeries("AirPassengers").Train;
        Assert.True(CrossBorder.Forecasting.Theta.IsSeasonal(air, 12));
        Assert.False(CrossBorder.Forecasting.Theta.IsSeasonal(air, 1));
        Assert.False(CrossBorder.Forecasting.Theta.IsSeasonal(air.AsSpan(0, 24), 12)); // n must exceed 2m
        Assert.Contains("seasonal", CrossBorder.Forecasting.Theta.Standard(air, 12, 3).Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Constant_series_forecasts_the_constant()
    {
        var f = CrossBorder.Forecasting.Theta.Standard([4, 4, 4, 4, 4, 4], 1, 3);
        Assert.All(f.Mean, m => Assert.Equal(4, m, 9));
    }

    [Fact]
    public void Linear_trend_is_followed_at_half_slope_plus_ses()
    {
        double[] y = [.. Enumerable.Range(0, 30).Select(t => 10 + (2.0 * t))];
        var f = CrossBorder.Forecasting.Theta.Standard(y, 1, 2);
        // α → 0.9999: level ≈ last value 68, drift b/2 = 1 per step, adjustment ≈ 1.
        Assert.Equal(69, f.Mean[0], 2);
        Assert.Equal(70, f.Mean[1], 2);
    }

    [Fact]
    public void Short_or_invalid_input_is_rejected()
    {
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => CrossBorder.Forecasting.Theta.Standard([1, 2], 1, 3)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => CrossBorder.Forecasting.Theta.Standard([1, 2, double.NegativeInfinity], 1, 3)).ParamName);
    }

    private static double ThetaAlphaOfR(string id)
    {
        // classic_models.csv has quoted fields with commas (ETS(M,Ad,M), ARIMA(1,1,0)): split on "," between quotes.
        var header = SplitQuoted(File.ReadLines(ReferenceData.PathOf("classic_models.csv")).First());
        var row = File.ReadLines(ReferenceData.PathOf("classic_models.csv")).Skip(1).Select(SplitQuoted).Single(r => r[0] == id);
        return double.Parse(row[Array.IndexOf(header, "thetaf_alpha")], CultureInfo.InvariantCulture);
    }

    private static string[] SplitQuoted(string line)
    {
        var fields = new List<string>();
        var inQuotes = false;
        var current = new System.Text.StringBuilder();
        foreach (var ch in line)
        {
            if (ch == '"')
            {
                inQuotes = !inQuotes;
            }
            else if (ch == ',' && !inQuotes)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(ch);
            }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }
}
