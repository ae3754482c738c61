using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests.Metrics;

public class AccuracyProperties
{
    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 500)]
    public bool Mae_is_at_most_rmse(Pair p) =>
        Accuracy.Mae(p.Actual, p.Forecast) <= Accuracy.Rmse(p.Actual, p.Forecast) * (1 + 1e-12) + 1e-12;

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 500)]
    public bool Smape_is_within_0_and_200(Pair p)
    {
        var s = Accuracy.Smape(p.Actual, p.Forecast);
        return s >= 0 && s <= 200 + 1e-9;
    }

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 300)]
    public bool A_perfect_forecast_scores_zero(Pair p) =>
        Accuracy.Mae(p.Actual, p.Actual) == 0 && Accuracy.Smape(p.Actual, p.Actual) == 0 && Accuracy.Bias(p.Actual, p.Actual) == 0;

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 300)]
    public bool Coverage_is_a_share(Pair p)
    {
        var lo = p.Actual.Zip(p.Forecast, Math.Min).ToArray();
        var hi = p.Actual.Zip(p.Forecast, Math.Max).ToArray();
        return Accuracy.Coverage(p.Actual, lo, hi) == 1;
    }
}
