using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests;

/// <summary>Comparison of our forecasts with R's, with relative tolerances.</summary>
public static class Golden
{
    public static void Close(double expected, double actual, double relTol, string what)
    {
        var scale = Math.Max(1.0, Math.Abs(expected));
        Assert.True(Math.Abs(expected - actual) <= relTol * scale, $"{what}: expected {expected:R}, got {actual:R} (rel tol {relTol})");
    }

    public static void Matches(ReferenceForecast r, Forecast f, double relTol, string what, bool intervals = true)
    {
        Assert.Equal(r.Mean.Length, f.Horizon);
        for (var h = 0; h < f.Horizon; h++)
        {
            Close(r.Mean[h], f.Mean[h], relTol, $"{what} mean[{h + 1}]");
            if (intervals && !double.IsNaN(r.Lo80[h]))
            {
                Close(r.Lo80[h], f.IntervalAt(0.8)!.Lower[h], relTol, $"{what} lo80[{h + 1}]");
                Close(r.Hi80[h], f.IntervalAt(0.8)!.Upper[h], relTol, $"{what} hi80[{h + 1}]");
                Close(r.Lo95[h], f.IntervalAt(0.95)!.Lower[h], relTol, $"{what} lo95[{h + 1}]");
                Close(r.Hi95[h], f.IntervalAt(0.95)!.Upper[h], relTol, $"{what} hi95[{h + 1}]");
            }
        }
    }
}
