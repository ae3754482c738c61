using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests.Intermittent;

public class IntermittentProperties
{
    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 300)]
    public bool Intermittent_forecasts_are_never_negative(DemandSeries s)
    {
        var y = s.Values;
        Forecast[] all =
        [
            IntermittentDemand.Croston(y, 4), IntermittentDemand.Sba(y, 4), IntermittentDemand.Tsb(y, 4),
            IntermittentDemand.CrostonOptimized(y, 4), IntermittentDemand.TsbOptimized(y, 4),
            IntermittentDemand.Adida(y, 4), IntermittentDemand.Imapa(y, 4), IntermittentDemand.ObsolescenceDecay(y, 4),
            ForecastFallback.Run(y, 4, (v, h) => CrossBorder.Forecasting.Theta.Standard(v, 1, h)),
        ];
        return all.All(f => f.Mean.All(m => m >= 0 && double.IsFinite(m)));
    }

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 200)]
    public bool Scaling_demand_scales_point_forecasts(DemandSeries s)
    {
        var y = s.Values;
        var scaled = y.Select(v => v * 3.5).ToArray();
        static bool Same(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
            a.Zip(b).All(p => Math.Abs((3.5 * p.First) - p.Second) <= 1e-9 * Math.Max(1, Math.Abs(p.Second)));
        return Same(IntermittentDemand.Croston(y, 3).Mean, IntermittentDemand.Croston(scaled, 3).Mean)
            && Same(IntermittentDemand.Sba(y, 3).Mean, IntermittentDemand.Sba(scaled, 3).Mean)
            && Same(IntermittentDemand.Tsb(y, 3).Mean, IntermittentDemand.Tsb(scaled, 3).Mean)
            && Same(IntermittentDemand.Adida(y, 3).Mean, IntermittentDemand.Adida(scaled, 3).Mean)
            && Same(IntermittentDemand.Imapa(y, 3).Mean, IntermittentDemand.Imapa(scaled, 3).Mean);
    }

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 200)]
    public bool Fallback_chain_always_forecasts(DemandSeries s)
    {
        var f = ForecastFallback.Run(s.Values, 5, (v, h) => IntermittentDemand.Sba(v, h));
        return f.Horizon == 5 && f.Mean.All(m => m >= 0) && f.Fitted!.Count == s.Values.Length;
    }

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 200)]
    public bool Croston_fitted_values_are_prefix_forecasts(DemandSeries s)
    {
        var y = s.Values;
        var f = IntermittentDemand.Croston(y, 1);
        var t = y.Length / 2; // at least 1: the generator gives 2 to 160 periods
        return Math.Abs(f.Fitted![t] - IntermittentDemand.Croston(y.AsSpan(0, t), 1).Mean[0]) <= 1e-9;
    }
}
