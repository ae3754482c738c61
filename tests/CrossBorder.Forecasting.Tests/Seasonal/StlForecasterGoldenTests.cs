using CrossBorder.Forecasting.Tests.Helpers;
using Xunit.Abstractions;

namespace CrossBorder.Forecasting.Tests.Seasonal;

/// <summary>
/// <see cref="StlForecaster"/> against R's <c>forecast::stlf</c> (Data/r-seasonal/stlf_*.csv, forecast 8.20) on the
/// 11 monthly, 3 weekly and 1 daily (periods 7 and 365.25) series.
/// </summary>
public sealed class StlForecasterGoldenTests(ITestOutputHelper output)
{
    /// <summary>
    /// Naive on the adjusted series is arithmetic only (last value, σ of the differences, seasonal repeated), so the
    /// whole pipeline must agree with R to rounding: 1e-9 of the series' scale, STL's tolerance.
    /// </summary>
    private const double NaiveTolerance = 1e-9;

    /// <summary>
    /// ETS: the tolerance of the ETS golden tests (Ets/EtsGoldenTests.cs), 0.5% relative per value: the
    /// decomposition agrees to 1e-12, the rest is the Nelder–Mead optimum, which those tests accept to 0.5%.
    /// </summary>
    private const double EtsTolerance = 0.005;

    public static TheoryData<string> Series()
    {
        var data = new TheoryData<string>();
        foreach (var id in StlReference.StlSeries().Select(r => (string)r[0]).Append("daily_a"))
        {
            data.Add(id);
        }

        return data;
    }

    private static double[] PeriodsOf(string id) =>
        id.StartsWith("daily", StringComparison.Ordinal) ? [7, 365.25] : id.StartsWith("weekly", StringComparison.Ordinal) ? [52] : [12];

    [Theory]
    [MemberData(nameof(Series))]
    public void Naive_matches_R(string id)
    {
        var y = StlReference.Inputs[id];
        var r = StlReference.Stlf(id, "naive");
        var f = StlForecaster.Forecast(y, PeriodsOf(id), r.Mean.Length, StlMethod.Naive);
        var scale = y.Max(Math.Abs);
        Assert.StartsWith(id.StartsWith("daily", StringComparison.Ordinal) ? "MSTL(7,365.25)-Naive" : "STL-Naive", f.Method, StringComparison.Ordinal);
        Golden.Matches(Scaled(r, 1 / scale), Scaled(f, 1 / scale), NaiveTolerance, id + " naive");
        var fitted = StlReference.StlfFitted(id, "naive");
        for (var t = 0; t < y.Length; t++)
        {
            if (double.IsNaN(fitted[t]))
            {
                Assert.True(double.IsNaN(f.Fitted![t]), $"{id} fitted[{t}] is NA in R");
            }
            else
            {
                Golden.Close(fitted[t] / scale, f.Fitted![t] / scale, NaiveTolerance, $"{id} fitted[{t}]");
            }
        }
    }

    /// <summary>The ETS form is R's on every series (same decomposition, same AICc selection), and the forecasts, bounds and fitted values agree to <see cref="EtsTolerance"/>.</summary>
    [Theory]
    [MemberData(nameof(Series))]
    public void Ets_matches_R(string id)
    {
        var y = StlReference.Inputs[id];
        var r = StlReference.Stlf(id, "ets");
        var f = StlForecaster.Forecast(y, PeriodsOf(id), r.Mean.Length);
        var rForm = StlReference.StlfModel(id, "ets").Replace("STL +  ", string.Empty, StringComparison.Ordinal);
        output.WriteLine($"{id}: ours {f.Method}, R {rForm}");
        Assert.EndsWith("-" + rForm, f.Method, StringComparison.Ordinal);
        Golden.Matches(r, f, EtsTolerance, id + " ets");
        var fitted = StlReference.StlfFitted(id, "ets");
        for (var t = 0; t < y.Length; t++)
        {
            Golden.Close(fitted[t], f.Fitted![t], EtsTolerance, $"{id} fitted[{t}]");
        }
    }

    private static ReferenceForecast Scaled(ReferenceForecast r, double k) =>
        new([.. r.Mean.Select(v => v * k)], [.. r.Lo80.Select(v => v * k)], [.. r.Hi80.Select(v => v * k)], [.. r.Lo95.Select(v => v * k)], [.. r.Hi95.Select(v => v * k)]);

    private static Forecast Scaled(Forecast f, double k) =>
        new(f.Method, [.. f.Mean.Select(v => v * k)], f.Intervals.Select(i => new PredictionInterval(i.Level, [.. i.Lower.Select(v => v * k)], [.. i.Upper.Select(v => v * k)])));
}
