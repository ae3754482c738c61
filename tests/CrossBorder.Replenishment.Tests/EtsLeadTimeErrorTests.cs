using MathNet.Numerics.Distributions;

namespace CrossBorder.Replenishment.Tests;

public class EtsLeadTimeErrorTests
{
    private static double[] LocalLevel(int seed, int n, double alpha, double sigma)
    {
        // ETS(A,N,N) data: y_t = ℓ_{t−1} + ε_t, ℓ_t = ℓ_{t−1} + α·ε_t.
        var random = new Random(seed);
        var y = new double[n];
        var level = 500.0;
        for (var t = 0; t < n; t++)
        {
            var e = Normal.Sample(random, 0, sigma);
            y[t] = level + e;
            level += alpha * e;
        }

        return y;
    }

    [Fact]
    public void Closed_form_for_simple_exponential_smoothing()
    {
        // By hand: ETS(A,N,N), α = 0.2, L = 13: Σ_{j=0}^{12}(1 + 0.2j)² = 13 + 0.4·78 + 0.04·650 = 70.2,
        // so σ_cum/(σ√L) = √(70.2/13) = 2.32.
        var c = EtsLeadTimeError.Coefficients(0.2, 0, 0, 1, 0, 13);
        var sum = 0.0;
        var partial = 0.0;
        for (var j = 0; j < 13; j++)
        {
            partial += j > 0 ? c[j] : 0;
            sum += (1 + partial) * (1 + partial);
        }

        Assert.Equal(70.2, sum, 9);
    }

    [Fact]
    public void Fitted_local_level_model_shows_that_sigma_root_L_understates()
    {
        var y = LocalLevel(11, 300, 0.3, 20);
        var model = CrossBorder.Forecasting.Ets.Fit(y, 1, new EtsSpec(EtsError.Additive, EtsTrend.None, EtsSeason.None));
        var error = EtsLeadTimeError.Compute(model, 13);
        var a = model.Alpha;
        var expected = 0.0;
        for (var j = 0; j < 13; j++)
        {
            expected += (1 + (j * a)) * (1 + (j * a));
        }

        Assert.True(error.IsExact);
        Assert.Equal(model.Sigma2 * expected, error.CumulativeVariance, 6);
        Assert.Equal(Math.Sqrt(model.Sigma2 * 13), error.NaiveStandardDeviation, 9);
        Assert.True(error.Ratio > 1.8, $"σ_cum/σ√L = {error.Ratio} for α = {a}");

        var ss = SafetyStock.FromEts(model, 13, ServiceTarget.CycleServiceLevel(0.95));
        Assert.Equal(SafetyStockMethod.EtsCumulativeError, ss.Method);
        Assert.Equal(1.644854 * error.CumulativeStandardDeviation, ss.Units, 3);
        Assert.Equal(model.Forecast(13).Mean.Sum(), ss.LeadTimeDemandMean, 6);
    }

    [Fact]
    public void Cumulative_variance_matches_simulated_sums_over_the_lead_time()
    {
        // Simulate ETS(A,Ad,N) futures from its state-space form and compare the variance of Σ errors over L = 8 with the
        // closed form: 40,000 paths give a standard error of the variance of √(2/40,000) ≈ 0.7%, so 4% is > 5 s.e.
        const double alpha = 0.4, beta = 0.1, phi = 0.9, sigma = 10;
        const int l = 8, paths = 40_000;
        var random = new Random(3);
        var sums = new double[paths];
        for (var p = 0; p < paths; p++)
        {
            double level = 0, trend = 0, total = 0;
            for (var h = 0; h < l; h++)
            {
                var e = Normal.Sample(random, 0, sigma);
                // Start from zero states, so the point forecasts are 0 and the error is y itself: y = ℓ + φb + ε.
                var damped = phi * trend;
                total += level + damped + e;
                level = level + damped + (alpha * e);
                trend = damped + (beta * e);
            }

            sums[p] = total;
        }

        var mean = sums.Average();
        var variance = sums.Sum(s => (s - mean) * (s - mean)) / (paths - 1);
        var c = EtsLeadTimeError.Coefficients(alpha, beta, 0, phi, 0, l);
        var expected = 0.0;
        var partial = 0.0;
        for (var j = 0; j < l; j++)
        {
            partial += j > 0 ? c[j] : 0;
            expected += (1 + partial) * (1 + partial);
        }

        expected *= sigma * sigma;
        Assert.InRange(variance / expected, 0.96, 1.04);
        Assert.True(expected > 2 * l * sigma * sigma);
    }

    [Fact]
    public void Coefficients_agree_with_the_model_prediction_intervals()
    {
        // The diagonal of the cumulative covariance is the h-step variance σ²(1 + Σ_{i<h} c_i²) that EtsModel uses for its
        // intervals; recover it from the 95% interval width of a damped seasonal model and compare.
        var random = new Random(5);
        var y = Enumerable.Range(0, 96).Select(t => 200 + (t * 0.5) + (30 * Math.Sin(2 * Math.PI * t / 12)) + Normal.Sample(random, 0, 5)).ToArray();
        var model = CrossBorder.Forecasting.Ets.Fit(y, 12, new EtsSpec(EtsError.Additive, EtsTrend.Additive, EtsSeason.Additive, damped: true));
        var f = model.Forecast(15, 0.95);
        var c = EtsLeadTimeError.Coefficients(model.Alpha, model.Beta!.Value, model.Gamma!.Value, model.Phi!.Value, 12, 15);
        var z = Normal.InvCDF(0, 1, 0.975);
        var cum = 0.0;
        for (var h = 0; h < 15; h++)
        {
            cum += h > 0 ? c[h] * c[h] : 0;
            var half = (f.Intervals[0].Upper[h] - f.Intervals[0].Lower[h]) / 2;
            Assert.Equal(model.Sigma2 * (1 + cum), (half / z) * (half / z), 6);
        }

        var error = EtsLeadTimeError.Compute(model, 1);
        Assert.Equal(model.Sigma2, error.CumulativeVariance, 9);
        Assert.Equal(1, error.Ratio, 9);
    }

    [Fact]
    public void Multiplicative_error_models_are_approximated_and_flagged()
    {
        var random = new Random(8);
        var y = Enumerable.Range(0, 80).Select(_ => 100 * (1 + Normal.Sample(random, 0, 0.1))).ToArray();
        var model = CrossBorder.Forecasting.Ets.Fit(y, 1, new EtsSpec(EtsError.Multiplicative, EtsTrend.None, EtsSeason.None));
        var error = EtsLeadTimeError.Compute(model, 6);
        Assert.False(error.IsExact);
        Assert.True(error.CumulativeStandardDeviation >= error.NaiveStandardDeviation);
        Assert.Contains("approximate", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lead_time_below_one_is_rejected()
    {
        var model = CrossBorder.Forecasting.Ets.Fit(LocalLevel(1, 40, 0.2, 5), 1, new EtsSpec(EtsError.Additive, EtsTrend.None, EtsSeason.None));
        Assert.Equal("leadTimePeriods", Assert.Throws<ArgumentOutOfRangeException>(() => EtsLeadTimeError.Compute(model, 0)).ParamName);
    }
}
