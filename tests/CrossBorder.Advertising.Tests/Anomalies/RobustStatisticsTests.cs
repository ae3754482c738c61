using CrossBorder.Statistics;

namespace CrossBorder.Advertising.Tests.Anomalies;

public class RobustStatisticsTests
{
    [Fact]
    public void Median_and_mad_of_a_small_series_worked_by_hand()
    {
        // [3, 1, 4, 1, 5]: sorted 1 1 3 4 5 → median 3; |deviations| 0 2 1 2 2 → sorted 0 1 2 2 2 → MAD 2;
        // scale 1.4826 × 2 = 2.9652; x = 10 → z = 7 / 2.9652 = 2.36071.
        var score = RobustStatistics.Robust([3d, 1d, 4d, 1d, 5d], 10d, new double[5]);

        Assert.Equal(3d, score.Median);
        Assert.Equal(2.9652d, score.Scale, 1e-12);
        Assert.Equal(2.36071, score.Z, 1e-5);
        Assert.Equal(2.5d, RobustStatistics.Median([4d, 1d, 3d, 2d], new double[4]));
    }

    [Fact]
    public void A_zero_mad_falls_back_to_the_mean_absolute_deviation()
    {
        // [5, 5, 5, 5, 9]: median 5, |deviations| 0 0 0 0 4 → MAD 0; mean absolute deviation 4/5 = 0.8;
        // scale 1.253314 × 0.8 = 1.0026512; x = 9 → z = 4 / 1.0026512 = 3.98942.
        var score = RobustStatistics.Robust([5d, 5d, 5d, 5d, 9d], 9d, new double[5]);

        Assert.Equal(1.0026512d, score.Scale, 1e-12);
        Assert.Equal(3.98942, score.Z, 1e-5);
        Assert.True(double.IsNaN(RobustStatistics.Robust([5d, 5d, 5d], 9d, new double[3]).Z));
    }

    [Fact]
    public void An_ewma_sequence_worked_by_hand()
    {
        // Baseline 9, 11, 9, 11: mean 10; moving ranges 2, 2, 2 → σ = 2 / 1.128 = 1.77305.
        // z: 10 → 0.2·9 + 0.8·10 = 9.8 → 0.2·11 + 0.8·9.8 = 10.04 → 9.832 → 10.0656; then x = 20: 0.2·20 + 0.8·10.0656 = 12.05248.
        // Limit 3 · σ · √(0.2 / 1.8) = 3 · σ / 3 = σ = 1.77305, so 12.05248 is outside 10 ± 1.77305.
        var score = RobustStatistics.Ewma([9d, 11d, 9d, 11d], 20d, 0.2, 3d);

        Assert.Equal(10d, score.Target, 1e-12);
        Assert.Equal(2d / 1.128, score.Sigma, 1e-12);
        Assert.Equal(12.05248, score.Statistic, 1e-9);
        Assert.Equal(2d / 1.128, score.Limit, 1e-12);
    }

    [Fact]
    public void A_cusum_sequence_worked_by_hand()
    {
        // Same baseline: target 10, σ = 1.77305, so each point is u = ±1/σ = ±0.56400 (1.128 / 2). With k = 0.5:
        // S+: 0 → max(0, −0.564 − 0.5) = 0 → 0.564 − 0.5 = 0.064 → max(0, 0.064 − 1.064) = 0 → 0.064.
        // S−: 0.064 → 0 → 0.064 → 0. Then x = 20: u = 10/σ = 5.64, S+ = 0.064 + 5.64 − 0.5 = 5.204 > h = 5; S− = 0.
        var score = RobustStatistics.Cusum([9d, 11d, 9d, 11d], 20d, 0.5);

        Assert.Equal(0.064, score.UpperBefore, 1e-9);
        Assert.Equal(0d, score.LowerBefore, 1e-12);
        Assert.Equal(5.204, score.Upper, 1e-9);
        Assert.Equal(0d, score.Lower, 1e-12);
        Assert.True(double.IsNaN(RobustStatistics.Cusum([2d, 2d, 2d], 9d, 0.5).Upper));
    }
}
