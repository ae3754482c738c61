using CrossBorder.Forecasting.Tests.Helpers;
using FsCheck.Xunit;

namespace CrossBorder.Forecasting.Tests.Theta;

public class ThetaProperties
{
    [Property(Arbitrary = [typeof(ForecastingArbitraries)], MaxTest = 100)]
    public bool Scaling_input_scales_theta_forecasts(RealSeries s)
    {
        var y = s.Values;
        var f = CrossBorder.Forecasting.Theta.Standard(y, 1, 4);
        var g = CrossBorder.Forecasting.Theta.Standard(y.Select(v => v * 3).ToArray(), 1, 4);
        var scale = y.Max(Math.Abs) + 1;
        return f.Mean.Zip(g.Mean).All(p => Math.Abs((3 * p.First) - p.Second) <= 1e-6 * 3 * scale);
    }

    [Property(Arbitrary = [typeof(ForecastingArbitraries)], MaxTest = 100)]
    public bool Theta_intervals_widen_with_the_horizon(RealSeries s)
    {
        var f = CrossBorder.Forecasting.Theta.Standard(s.Values, 1, 6);
        var i = f.IntervalAt(0.95)!;
        return Enumerable.Range(1, 5).All(h => i.Upper[h] - f.Mean[h] >= i.Upper[h - 1] - f.Mean[h - 1] - 1e-9);
    }
}
