using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Forecasting.Tests.Intermittent;

public class IntermittentDemandTests
{
    private static readonly double[] Sparse = [0, 0, 3, 0, 0, 0, 5, 0, 2, 0, 0, 4, 0, 0, 0];

    public static TheoryData<string> ClassicIds => [.. ReferenceData.Classic.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(ClassicIds))]
    public void Croston_and_SBA_match_R_to_1e_6(string id)
    {
        var s = ReferenceData.ClassicSeries(id);
        Golden.Matches(ReferenceData.RForecast(id, "croston"), IntermittentDemand.Croston(s.Train, s.Horizon), 1e-6, id, intervals: false);
        Golden.Matches(ReferenceData.RForecast(id, "sba"), IntermittentDemand.Sba(s.Train, s.Horizon), 1e-6, id, intervals: false);
    }

    [Theory]
    [MemberData(nameof(ClassicIds))]
    public void Tsb_matches_Rs_plain_TSB_on_positive_series(string id)
    {
        var s = ReferenceData.ClassicSeries(id);
        Golden.Matches(ReferenceData.RForecast(id, "tsb"), IntermittentDemand.Tsb(s.Train, s.Horizon), 1e-6, id, intervals: false);
    }

    [Fact]
    public void Croston_by_hand()
    {
        // sizes 3,5,2,4; intervals 3,4,2,3; SES(0.1) from the first value.
        double z = 3, p = 3;
        foreach (var (size, interval) in new[] { (5.0, 4.0), (2.0, 2.0), (4.0, 3.0) })
        {
            z += 0.1 * (size - z);
            p += 0.1 * (interval - p);
        }

        var f = IntermittentDemand.Croston(Sparse, 4);
        Assert.All(f.Mean, m => Assert.Equal(z / p, m, 12));
        Assert.All(IntermittentDemand.Sba(Sparse, 4).Mean, m => Assert.Equal(0.95 * z / p, m, 12));
        Assert.Equal("Croston", f.Method);
        Assert.Empty(f.Intervals);
    }

    [Fact]
    public void Croston_fitted_values_equal_Rs_refit_on_every_prefix()
    {
        var f = IntermittentDemand.Croston(Sparse, 1);
        Assert.True(double.IsNaN(f.Fitted![0]));
        for (var t = 1; t < Sparse.Length; t++)
        {
            Assert.Equal(IntermittentDemand.Croston(Sparse.AsSpan(0, t), 1).Mean[0], f.Fitted[t], 12);
        }
    }

    [Fact]
    public void Span_overloads_agree_and_accept_an_empty_destination()
    {
        var fitted = new double[Sparse.Length];
        var point = IntermittentDemand.CrostonInto(Sparse, fitted, 0.2, sba: true);
        var f = IntermittentDemand.Sba(Sparse, 1, 0.2);
        Assert.Equal(f.Mean[0], point, 15);
        Assert.Equal(f.Fitted!.Skip(1), fitted.Skip(1));
        var tsbFitted = new double[Sparse.Length];
        IntermittentDemand.TsbInto(Sparse, tsbFitted, 0.2, 0.3);
        Assert.Equal(IntermittentDemand.Tsb(Sparse, 1, 0.2, 0.3).Fitted, tsbFitted);
        Assert.Equal(point, IntermittentDemand.CrostonInto(Sparse, [], 0.2, sba: true));
        Assert.Equal(IntermittentDemand.Tsb(Sparse, 1, 0.2, 0.3).Mean[0], IntermittentDemand.TsbInto(Sparse, [], 0.2, 0.3), 15);
        Assert.Equal("fitted", Assert.Throws<ArgumentException>(() => IntermittentDemand.CrostonInto(Sparse, new double[3])).ParamName);
    }

    [Fact]
    public void Tsb_by_hand_and_decays_through_zeros()
    {
        double[] y = [0, 4, 0, 2];
        // Initial state from the sample: p0 = 2/4 periods with demand, z0 = 4 (the first demand); every period updates.
        double p = 0.5, z = 4.0;
        var expectedFitted = new List<double>();
        foreach (var v in y)
        {
            expectedFitted.Add(p * z);
            p += 0.1 * ((v > 0 ? 1 : 0) - p);
            if (v > 0)
            {
                z += 0.1 * (v - z);
            }
        }

        var f = IntermittentDemand.Tsb(y, 2);
        Assert.Equal(p * z, f.Mean[0], 12);
        Assert.Equal(2.0, f.Fitted![0], 12);
        for (var t = 0; t < y.Length; t++)
        {
            Assert.Equal(expectedFitted[t], f.Fitted[t], 12);
        }

        double[] dying = [5, 5, 5, 5, 0, 0, 0, 0, 0, 0];
        Assert.True(IntermittentDemand.Tsb(dying, 1).Mean[0] < IntermittentDemand.Croston(dying, 1).Mean[0] / 1.5);
    }

    [Fact]
    public void All_zero_series_forecast_zero()
    {
        double[] zeros = [0, 0, 0, 0];
        Assert.All(IntermittentDemand.Croston(zeros, 3).Mean, m => Assert.Equal(0, m));
        Assert.All(IntermittentDemand.Tsb(zeros, 3).Mean, m => Assert.Equal(0, m));
        Assert.All(IntermittentDemand.Adida(zeros, 3).Mean, m => Assert.Equal(0, m));
        Assert.All(IntermittentDemand.Imapa(zeros, 3).Mean, m => Assert.Equal(0, m));
        Assert.Equal(DemandClass.NoDemand, IntermittentDemand.Classify(zeros).Class);
    }

    [Fact]
    public void Adida_aggregates_from_the_end_and_spreads_evenly()
    {
        // Mean interval: 15 periods' last demand at 12 (1-based), 4 demands → 3.
        var f = IntermittentDemand.Adida(Sparse, 2);
        Assert.Equal("ADIDA(3)", f.Method);
        double[] sums = [3, 0, 7, 4, 0];
        var alpha = SesKernels.OptimalSimpleAlpha(sums);
        var level = 3.0;
        foreach (var s in sums.Skip(1))
        {
            level += alpha * (s - level);
        }

        Assert.Equal(level / 3, f.Mean[0], 12);
        Assert.True(double.IsNaN(f.Fitted![2]));
        Assert.Equal(1.0, f.Fitted[3], 12);
        Assert.Equal(f.Fitted[3], f.Fitted[5]);
    }

    [Fact]
    public void Adida_and_imapa_accept_a_fixed_alpha()
    {
        // Level 1 with α = 0.1 is SES from the first value on the raw series.
        var ses = Sparse[0];
        foreach (var v in Sparse.Skip(1))
        {
            ses += 0.1 * (v - ses);
        }

        Assert.Equal(ses, IntermittentDemand.Adida(Sparse, 1, 1, 0.1).Mean[0], 12);
        var expected = Enumerable.Range(1, 3).Average(k => IntermittentDemand.Adida(Sparse, 1, k, 0.2).Mean[0]);
        Assert.Equal(expected, IntermittentDemand.Imapa(Sparse, 1, 0.2).Mean[0], 12);
        Assert.Throws<ArgumentOutOfRangeException>(() => IntermittentDemand.Adida(Sparse, 1, alpha: 1.5));
    }

    [Fact]
    public void Imapa_averages_levels_one_to_mean_interval()
    {
        var f = IntermittentDemand.Imapa(Sparse, 1);
        var expected = Enumerable.Range(1, 3).Average(k => IntermittentDemand.Adida(Sparse, 1, k).Mean[0]);
        Assert.Equal(expected, f.Mean[0], 12);
        Assert.Equal("iMAPA(1..3)", f.Method);
    }

    [Fact]
    public void Optimised_variants_stay_in_their_bounds_and_beat_or_match_defaults_in_sample()
    {
        var series = ReferenceData.Intermittent[0].Train;
        var opt = IntermittentDemand.TsbOptimized(series, 1);
        var def = IntermittentDemand.Tsb(series, 1);
        Assert.True(Mse(series, opt.Fitted!) <= Mse(series, def.Fitted!) + 1e-12);
        var c = IntermittentDemand.CrostonOptimized(series, 1, sba: true);
        Assert.StartsWith("SBA(α_z=", c.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void Optimised_SBA_corrects_with_the_interval_parameter()
    {
        // Demands at t = 1, 5, 7: sizes 1, 2, 3 and intervals 2, 4, 2 (the first counts from the start).
        // Sizes: SES from 1 has one-step errors 1 and 2 − α, SSE = 1 + (2 − α)², falling on [0.1, 0.3] → α_z = 0.3.
        // Intervals: SES from 2 has errors 2 and −2α, SSE = 4 + 4α², rising on [0.1, 0.3] → α_p = 0.1.
        // z: 1 → 1.3 → 1.3 + 0.3·(3 − 1.3) = 1.81; p: 2 → 2.2 → 2.2 + 0.1·(2 − 2.2) = 2.18; Croston = 1.81/2.18.
        // SBA (Syntetos–Boylan) = (1 − α_p/2)·Croston = 0.95 × 1.81/2.18 = 0.788876…; the size parameter would give 0.85×.
        double[] y = [0, 1, 0, 0, 0, 2, 0, 3];

        var croston = IntermittentDemand.CrostonOptimized(y, 2);
        var sba = IntermittentDemand.CrostonOptimized(y, 2, sba: true);

        Assert.Equal("SBA(α_z=0.3, α_p=0.1)", sba.Method);
        Assert.All(croston.Mean, m => Assert.Equal(1.81 / 2.18, m, 12));
        Assert.All(sba.Mean, m => Assert.Equal(0.95 * 1.81 / 2.18, m, 12));
        Assert.Equal(0.95 * croston.Fitted![^1], sba.Fitted![^1], 12);
    }

    [Theory]
    [InlineData(new double[] { 5, 6, 5, 6, 5, 6 }, DemandClass.Smooth)]
    [InlineData(new double[] { 1, 30, 2, 50, 1, 40 }, DemandClass.Erratic)]
    [InlineData(new double[] { 0, 5, 0, 0, 6, 0, 5, 0 }, DemandClass.Intermittent)]
    [InlineData(new double[] { 0, 1, 0, 0, 40, 0, 2, 0 }, DemandClass.Lumpy)]
    public void Classification_uses_Syntetos_Boylan_cutoffs(double[] y, DemandClass expected)
    {
        Assert.Equal(expected, IntermittentDemand.Classify(y).Class);
    }

    [Fact]
    public void Classification_reports_adi_and_cv2()
    {
        var c = IntermittentDemand.Classify([0, 5, 0, 0, 6, 0, 5, 0]);
        Assert.Equal(7.0 / 3, c.Adi, 12);
        var mean = 16.0 / 3;
        var variance = (Math.Pow(5 - mean, 2) * 2 + Math.Pow(6 - mean, 2)) / 2;
        Assert.Equal(variance / (mean * mean), c.Cv2, 12);
        Assert.Equal(3, c.DemandCount);
    }

    [Fact]
    public void Obsolescence_needs_a_long_run_relative_to_the_mean_interval()
    {
        double[] alive = [0, 3, 0, 2, 0, 4, 0, 0, 0, 0, 0];      // ADI 2, run 5 < max(8, 8)
        double[] dead = [0, 3, 0, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0]; // run 8 ≥ 8
        Assert.False(IntermittentDemand.DetectObsolescence(alive).IsObsolete);
        var check = IntermittentDemand.DetectObsolescence(dead);
        Assert.True(check.IsObsolete);
        Assert.Equal(8, check.TrailingZeros);
        Assert.Equal(2, check.MeanInterval, 12);
        Assert.Equal(8, check.Threshold, 12);
        Assert.False(IntermittentDemand.DetectObsolescence([0, 0, 7, 0, 0, 0, 0, 0, 0, 0, 0, 0]).IsObsolete); // a single demand proves nothing
    }

    [Fact]
    public void Obsolescence_decay_fades_to_zero()
    {
        double[] dead = [0, 3, 0, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0];
        var f = IntermittentDemand.ObsolescenceDecay(dead, 52);
        Assert.Equal(FallbackReason.Obsolete, f.Reason);
        for (var h = 1; h < 52; h++)
        {
            Assert.True(f.Mean[h] < f.Mean[h - 1]);
        }

        Assert.True(f.Mean[51] < 0.01 * f.Mean[0]);
    }

    [Fact]
    public void Negative_or_non_finite_demand_is_rejected()
    {
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => IntermittentDemand.Croston([1, -1, 2], 1)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => IntermittentDemand.Tsb([1, double.NaN], 1)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => IntermittentDemand.Classify([double.PositiveInfinity])).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => IntermittentDemand.Croston([1, 2], 1, 0));
    }

    private static double Mse(double[] y, IReadOnlyList<double> fitted)
    {
        double s = 0;
        var n = 0;
        for (var t = 0; t < y.Length; t++)
        {
            if (!double.IsNaN(fitted[t]))
            {
                s += (y[t] - fitted[t]) * (y[t] - fitted[t]);
                n++;
            }
        }

        return s / n;
    }
}
