using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests.Baselines;

public class BaselineProperties
{
    [ScaledProperty(Cases = 200)]
    public bool Constant_series_forecast_the_constant(int seed, byte length)
    {
        var c = (seed % 100_000) / 8.0;
        var y = Enumerable.Repeat(c, 3 + (length % 60)).ToArray();
        Forecast[] all =
        [
            Baseline.Naive(y, 4), Baseline.SeasonalNaive(y, 3, 4), Baseline.Mean(y, 4), Baseline.Drift(y, 4), Baseline.MovingAverage(y, 3, 4),
            CrossBorder.Forecasting.Theta.Standard(y, 1, 4),
        ];
        var demand = Math.Abs(c);
        var yd = Enumerable.Repeat(demand, y.Length).ToArray();
        Forecast[] intermittent = [IntermittentDemand.Croston(yd, 4), IntermittentDemand.Sba(yd, 4, 1e-9), IntermittentDemand.Tsb(yd, 4)];
        return all.All(f => f.Mean.All(m => Math.Abs(m - c) <= 1e-9 * Math.Max(1, Math.Abs(c))))
            && intermittent.All(f => f.Mean.All(m => Math.Abs(m - demand) <= 1e-6 * Math.Max(1, demand)));
    }

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 200)]
    public bool Scaling_input_scales_point_forecasts(RealSeries s)
    {
        var y = s.Values;
        var k = -2.5;
        var scaled = y.Select(v => v * k).ToArray();
        static bool Same(Forecast a, Forecast b, double k) =>
            a.Mean.Zip(b.Mean).All(p => Math.Abs((k * p.First) - p.Second) <= 1e-8 * Math.Max(1, Math.Abs(p.Second)));
        return Same(Baseline.Naive(y, 3), Baseline.Naive(scaled, 3), k)
            && Same(Baseline.SeasonalNaive(y, 2, 3), Baseline.SeasonalNaive(scaled, 2, 3), k)
            && Same(Baseline.Mean(y, 3), Baseline.Mean(scaled, 3), k)
            && Same(Baseline.Drift(y, 3), Baseline.Drift(scaled, 3), k)
            && Same(Baseline.MovingAverage(y, 2, 3), Baseline.MovingAverage(scaled, 2, 3), k);
    }

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 100)]
    public bool Intervals_are_nested_and_contain_the_mean(RealSeries s)
    {
        var f = Baseline.Drift(s.Values, 5);
        var i80 = f.IntervalAt(0.8)!;
        var i95 = f.IntervalAt(0.95)!;
        return Enumerable.Range(0, 5).All(h =>
            i95.Lower[h] <= i80.Lower[h] && i80.Lower[h] <= f.Mean[h] && f.Mean[h] <= i80.Upper[h] && i80.Upper[h] <= i95.Upper[h]);
    }
}
