
namespace CrossBorder.Forecasting.Tests.Seasonal;

/// <summary>Laws of MSTL on the STL generator's series, decomposed with their period and with a second, longer one.</summary>
public class MstlProperties
{
    [ScaledProperty(Arbitrary = [typeof(StlArbitraries)], Cases = 100)]
    public bool Components_add_up_and_adjusted_is_data_less_seasonals(StlCase c)
    {
        double[] periods = [c.Period, (2.5 * c.Period) + 0.25];
        var y = c.Values;
        var fit = Mstl.Decompose(y, periods, new MstlOptions { Robust = c.Options.Robust });
        var scale = y.Max(Math.Abs) + 1;
        return fit.Periods.Count + fit.DroppedPeriods.Count == 2
            && fit.Periods.All(p => 2 * p < y.Length)
            && fit.DroppedPeriods.All(p => 2 * p >= y.Length)
            && Enumerable.Range(0, y.Length).All(t =>
            {
                var seasonal = fit.Seasonals.Sum(s => s[t]);
                return Math.Abs(fit.Trend[t] + seasonal + fit.Remainder[t] - y[t]) <= 1e-9 * scale
                    && Math.Abs(fit.SeasonallyAdjusted[t] - (y[t] - seasonal)) <= 1e-9 * scale;
            });
    }
}
