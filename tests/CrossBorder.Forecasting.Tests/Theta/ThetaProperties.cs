using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests.Theta;

public class ThetaProperties
{
    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 100)]
    public bool Scaling_input_scales_theta_forecasts(RealSeries s)
    {
        var y = s.Values;
        var f = CrossBorder.Forecasting.Theta.Standard(y, 1, 4);
        var g = CrossBorder.Forecasting.Theta.Standard(y.Select(v => v * 3).ToArray(), 1, 4);
        var scale = y.Max(Math.Abs) + 1;
        return f.Mean.Zip(g.Mean).All(p => Math.Abs((3 * p.First) - p.Second) <= 1e-6 * 3 * scale);
    }

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 100)]
    public bool Theta_intervals_widen_with_the_horizon(RealSeries s)
    {
        var f = CrossBorder.Forecasting.Theta.Standard(s.Values, 1, 6);
        var i = f.IntervalAt(0.95)!;
        return Enumerable.Range(1, 5).All(h => i.Upper[h] - f.Mean[h] >= i.Upper[h - 1] - f.Mean[h - 1] - 1e-9);
    }
}

/// <summary>
/// The vector searches of Theta's SES fit against the scalar recursion they replace: the expected values come from
/// <see cref="CrossBorder.Forecasting.Theta.ProfiledSse"/> and <see cref="SesKernels.GoldenSection{TState}"/>, one α at a
/// time, and must match to the bit (the speed-up promises the same forecasts, not close ones).
/// </summary>
public class ThetaVectorSearchProperties
{
    private static bool SameBits(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 200)]
    public bool Grid_sse_in_lanes_is_the_scalar_sse_to_the_bit(RealSeries s)
    {
        const double lo = 1e-4, hi = 0.9999;
        var sses = CrossBorder.Forecasting.Theta.GridSse(s.Values, lo, hi, 64);
        return sses.Length == 65
            && Enumerable.Range(0, 65).All(i => SameBits(sses[i], CrossBorder.Forecasting.Theta.ProfiledSse(s.Values, lo + ((hi - lo) * i / 64), out _)));
    }

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 200)]
    public bool Golden_section_two_steps_per_pass_is_the_scalar_search_to_the_bit(RealSeries s)
    {
        // A bracket of two grid steps somewhere on [1e-4, 0.9999], as FitSes gives it, varied with the series.
        const double lo = 1e-4, hi = 0.9999;
        var k = s.Values.Length % 63;
        var left = lo + ((hi - lo) * k / 64);
        var right = lo + ((hi - lo) * (k + 2) / 64);
        var scalar = SesKernels.GoldenSection(s.Values, static (x, a) => CrossBorder.Forecasting.Theta.ProfiledSse(x, a, out _), left, right, 1e-9);
        return SameBits(CrossBorder.Forecasting.Theta.GoldenSectionSse(s.Values, left, right, 1e-9), scalar);
    }

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 200)]
    public bool Tsb_grid_in_lanes_is_the_scalar_sse_to_the_bit(DemandSeries s)
    {
        double[] grid = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];
        var sses = new double[grid.Length + System.Numerics.Vector<double>.Count];
        return grid.All(ad =>
        {
            IntermittentDemand.TsbSse(s.Values, ad, grid, sses);
            return Enumerable.Range(0, grid.Length).All(j => SameBits(sses[j], IntermittentDemand.TsbSse(s.Values, ad, grid[j])));
        });
    }
}
