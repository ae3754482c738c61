
namespace CrossBorder.Forecasting.Tests.Seasonal;

/// <summary>Laws of the STL decomposition that hold whatever the data (the generators keep every case valid).</summary>
public class StlProperties
{
    private static double Scale(double[] y) => y.Max(Math.Abs) + 1;

    [ScaledProperty(Arbitrary = [typeof(StlArbitraries)], Cases = 200)]
    public bool Components_add_up_to_the_series(StlCase c)
    {
        var fit = Stl.Decompose(c.Values, c.Period, c.Options);
        var scale = Scale(c.Values);
        return Enumerable.Range(0, c.Values.Length).All(i =>
            Math.Abs(fit.Trend[i] + fit.Seasonal[i] + fit.Remainder[i] - c.Values[i]) <= 1e-9 * scale
            && Math.Abs(fit.SeasonallyAdjusted[i] - (c.Values[i] - fit.Seasonal[i])) <= 1e-9 * scale);
    }

    /// <summary>
    /// With s.window = "periodic" the seasonal part repeats exactly (R replaces it by its cycle means). Its mean over a
    /// cycle is not exactly 0: the subseries loess weights (1 − (r/h)³)³ with h ≈ 5n differ from 1 by up to
    /// 3(k/5n)³ ≈ 1e-3 over a subseries of k ≈ n/period points, and the robustness weights make the subseries fits
    /// weighted means; so the bound is 1% of the series' scale (the low-pass filter removes the level, which is what is checked).
    /// </summary>
    [ScaledProperty(Arbitrary = [typeof(StlArbitraries)], Cases = 200)]
    public bool Periodic_seasonal_repeats_and_has_mean_near_zero(StlCase c)
    {
        var fit = Stl.Decompose(c.Values, c.Period, c.Options with { SeasonalWindow = null });
        var p = c.Period;
        var repeats = Enumerable.Range(0, c.Values.Length - p).All(i => fit.Seasonal[i] == fit.Seasonal[i + p]);
        var cycleMean = Enumerable.Range(0, p).Average(i => fit.Seasonal[i]);
        return repeats && Math.Abs(cycleMean) <= 0.01 * Scale(c.Values);
    }

    [ScaledProperty(Arbitrary = [typeof(StlArbitraries)], Cases = 100)]
    public bool A_constant_series_has_no_seasonal_and_is_its_own_trend(StlCase c)
    {
        var level = c.Values[0];
        var y = Enumerable.Repeat(level, c.Values.Length).ToArray();
        var fit = Stl.Decompose(y, c.Period, c.Options);
        var tol = 1e-9 * (Math.Abs(level) + 1);
        return fit.Seasonal.All(s => Math.Abs(s) <= tol) && fit.Trend.All(t => Math.Abs(t - level) <= tol);
    }

    /// <summary>
    /// Loess weights sum to one, so adding c moves the trend by c and nothing else. Without robustness iterations
    /// only: the robustness weights see residuals only, but they cut off at 0.999·6·median|r| (a jump of 4e-6 in the
    /// weight) and the median is an order statistic, so a rounding-level change in one residual can flip a weight
    /// and, over 15 reweightings, move the fit by far more than rounding (a failing case was found by this property).
    /// </summary>
    [ScaledProperty(Arbitrary = [typeof(StlArbitraries)], Cases = 200)]
    public bool Translating_the_series_translates_the_trend(StlCase c)
    {
        const double shift = 12345.5;
        var options = c.Options with { Robust = false };
        var fit = Stl.Decompose(c.Values, c.Period, options);
        var moved = Stl.Decompose(c.Values.Select(v => v + shift).ToArray(), c.Period, options);
        var tol = 1e-9 * (Scale(c.Values) + shift);
        return Enumerable.Range(0, c.Values.Length).All(i =>
            Math.Abs(moved.Trend[i] - fit.Trend[i] - shift) <= tol
            && Math.Abs(moved.Seasonal[i] - fit.Seasonal[i]) <= tol);
    }
}
