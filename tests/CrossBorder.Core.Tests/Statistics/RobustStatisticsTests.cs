using CrossBorder.Statistics;

namespace CrossBorder.Tests.Statistics;

/// <summary>
/// The robust and control-chart statistics the anomaly and alert detectors share (median, MAD, EWMA, tabular CUSUM).
/// Every expected value is a hand calculation from the textbook definitions (Montgomery, Introduction to Statistical
/// Quality Control, ch. 9 for EWMA and CUSUM; d2 = 1.128 for moving ranges of 2; 1.4826 × MAD), worked in the comments.
/// </summary>
public class RobustStatisticsTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Mean_is_the_sum_over_the_count() =>
        Assert.Equal(2.5, RobustStatistics.Mean([1d, 2d, 3d, 4d]));

    [Fact]
    public void Median_takes_the_middle_or_the_mean_of_the_two_middles_without_touching_the_input()
    {
        double[] odd = [3d, 1d, 2d];
        double[] even = [4d, 1d, 3d, 2d];
        var scratch = new double[5];

        Assert.Equal(2d, RobustStatistics.Median(odd, scratch));
        Assert.Equal(2.5, RobustStatistics.Median(even, scratch));
        Assert.Equal(7d, RobustStatistics.Median([7d], scratch));
        Assert.Equal([3d, 1d, 2d], odd);
        Assert.Equal([4d, 1d, 3d, 2d], even);
    }

    [Theory]
    // Median of 1, 2, 3, 4, 100 is 3; deviations 2, 1, 0, 1, 97 have median 1; scale 1.4826; z = (10 − 3) / 1.4826.
    [InlineData(new[] { 1d, 2d, 3d, 4d, 100d }, 10d, 3d, 1.4826, 4.721435316336167)]
    // Median of 1..4 is 2.5; deviations 1.5, 0.5, 0.5, 1.5 have median 1; z = (4 − 2.5) / 1.4826.
    [InlineData(new[] { 1d, 2d, 3d, 4d }, 4d, 2.5, 1.4826, 1.011736139214893)]
    // 5, 5, 5, 5, 9: median 5, deviations 0, 0, 0, 0, 4 (MAD 0, mean 0.8), so the fallback scale
    // 1.253314 × 0.8 = 1.0026512; z = (7 − 5) / 1.0026512.
    [InlineData(new[] { 5d, 5d, 5d, 5d, 9d }, 7d, 5d, 1.0026512, 1.9947116205515936)]
    // 0, 2, 4, 6, 100: median 4, deviations 4, 2, 0, 2, 96 have median 2; scale 2 × 1.4826 = 2.9652; z = (10 − 4) / 2.9652.
    [InlineData(new[] { 0d, 2d, 4d, 6d, 100d }, 10d, 4d, 2.9652, 2.023472278429786)]
    public void Robust_scores_against_the_median_in_units_of_1_4826_MAD_or_the_mean_deviation_fallback(double[] baseline, double x, double median, double scale, double z)
    {
        var score = RobustStatistics.Robust(baseline, x, new double[baseline.Length]);

        Assert.Equal(median, score.Median);
        Assert.Equal(scale, score.Scale, Tolerance);
        Assert.Equal(z, score.Z, Tolerance);
    }

    [Fact]
    public void Robust_on_a_flat_baseline_has_no_scale_and_a_NaN_score()
    {
        var score = RobustStatistics.Robust([5d, 5d, 5d], 6d, new double[3]);

        Assert.Equal(5d, score.Median);
        Assert.Equal(0d, score.Scale);
        Assert.True(double.IsNaN(score.Z));
    }

    [Fact]
    public void Moving_range_sigma_is_the_mean_absolute_step_over_1_128()
    {
        // 1, 3, 2, 6: steps 2, 1, 4; mean 7 / 3; σ = 7 / 3 / 1.128.
        Assert.Equal(2.0685579196217496, RobustStatistics.MovingRangeSigma([1d, 3d, 2d, 6d]), Tolerance);

        // Falling steps count by their size: 6, 2, 3, 1 has the same steps.
        Assert.Equal(2.0685579196217496, RobustStatistics.MovingRangeSigma([6d, 2d, 3d, 1d]), Tolerance);
        Assert.Equal(0d, RobustStatistics.MovingRangeSigma([4d]));

        // Two points are one step: |3 − 1| / 1.128.
        Assert.Equal(2d / 1.128, RobustStatistics.MovingRangeSigma([1d, 3d]), Tolerance);
        Assert.Equal(0d, RobustStatistics.MovingRangeSigma([]));
    }

    [Theory]
    [InlineData(20d, 13.30432, 1)]
    [InlineData(5d, 10.30432, 0)]
    [InlineData(0d, 9.30432, -1)]
    public void Ewma_runs_from_the_baseline_mean_through_the_point(double x, double statistic, int side)
    {
        // Baseline 10, 12, 11, 13: mean 11.5; λ = 0.2: z = 11.2, 11.36, 11.288, 11.6304, then 0.2·x + 0.8·11.6304
        // (x = 20: 13.30432). σ = (2 + 1 + 2) / 3 / 1.128; limit 3·σ·√(0.2 / 1.8) = σ. |13.30432 − 11.5| > σ ≈ 1.4775
        // (above), |10.30432 − 11.5| < σ (inside), |9.30432 − 11.5| > σ (below).
        var score = RobustStatistics.Ewma([10d, 12d, 11d, 13d], x, 0.2, 3d);
        var sigma = 5d / 3d / 1.128;

        Assert.Equal(11.5, score.Target, Tolerance);
        Assert.Equal(sigma, score.Sigma, Tolerance);
        Assert.Equal(statistic, score.Statistic, Tolerance);
        Assert.Equal(sigma, score.Limit, Tolerance);
        Assert.Equal(side, score.Side);
    }

    [Fact]
    public void Ewma_on_a_flat_baseline_has_no_limits_and_never_signals()
    {
        var score = RobustStatistics.Ewma([5d, 5d, 5d], 100d, 0.2, 3d);

        Assert.Equal(0d, score.Sigma);
        Assert.Equal(0, score.Side);
    }

    [Theory]
    [InlineData(12d, 0)] // exactly on the limit is inside
    [InlineData(12.0001, 1)]
    [InlineData(7.9999, -1)]
    [InlineData(8d, 0)]
    public void Ewma_side_is_strictly_beyond_the_limit(double statistic, int side) =>
        Assert.Equal(side, new EwmaScore(Target: 10d, Sigma: 1d, Statistic: statistic, Limit: 2d).Side);

    [Fact]
    public void Cusum_accumulates_standardised_excesses_over_k()
    {
        // Baseline 10, 12, 11, 13: mean 11.5, σ = 5 / (3 · 1.128), so u = (v − 11.5) · 0.6768: −1.0152, 0.3384, −0.3384,
        // 1.0152. k = 0.5: S⁺ = 0, 0, 0, 0.5152; S⁻ = 0.5152, 0, 0, 0. Then x = 20: u = 5.7528,
        // S⁺ = 0.5152 + 5.7528 − 0.5 = 5.768, S⁻ = max(0, 0 − 5.7528 − 0.5) = 0.
        var up = RobustStatistics.Cusum([10d, 12d, 11d, 13d], 20d, 0.5);

        Assert.Equal(11.5, up.Target, Tolerance);
        Assert.Equal(5d / 3d / 1.128, up.Sigma, Tolerance);
        Assert.Equal(5.768, up.Upper, Tolerance);
        Assert.Equal(0d, up.Lower, Tolerance);
        Assert.Equal(0.5152, up.UpperBefore, Tolerance);
        Assert.Equal(0d, up.LowerBefore, Tolerance);

        // x = 0: u = −7.7832, S⁺ = max(0, 0.5152 − 7.7832 − 0.5) = 0, S⁻ = 0 + 7.7832 − 0.5 = 7.2832.
        var down = RobustStatistics.Cusum([10d, 12d, 11d, 13d], 0d, 0.5);

        Assert.Equal(0d, down.Upper, Tolerance);
        Assert.Equal(7.2832, down.Lower, Tolerance);
    }

    [Fact]
    public void Cusum_lower_sum_carries_over_the_baseline()
    {
        // Baseline 13, 11, 12, 10 (the same values reversed): u = 1.0152, −0.3384, 0.3384, −1.0152;
        // S⁻ = 0, 0, 0, 0.5152 and S⁺ = 0.5152, 0, 0, 0. x = 11.5 (u = 0): S⁻ = 0.0152, S⁺ = 0.
        var score = RobustStatistics.Cusum([13d, 11d, 12d, 10d], 11.5, 0.5);

        Assert.Equal(0.5152, score.LowerBefore, Tolerance);
        Assert.Equal(0d, score.UpperBefore, Tolerance);
        Assert.Equal(0.0152, score.Lower, Tolerance);
        Assert.Equal(0d, score.Upper, Tolerance);
    }

    [Fact]
    public void Cusum_on_a_flat_baseline_is_NaN()
    {
        var score = RobustStatistics.Cusum([5d, 5d, 5d], 9d, 0.5);

        Assert.Equal(5d, score.Target);
        Assert.Equal(0d, score.Sigma);
        Assert.True(double.IsNaN(score.Upper) && double.IsNaN(score.Lower) && double.IsNaN(score.UpperBefore) && double.IsNaN(score.LowerBefore));
    }

    [Theory]
    [InlineData(5d, 4d, 4d, true)]
    [InlineData(5d, 5d, 4d, false)] // did not rise
    [InlineData(4d, 3d, 4d, false)] // not above h
    [InlineData(5d, 6d, 4d, false)] // falling
    public void Crossing_needs_the_sum_above_h_and_rising(double now, double before, double h, bool crosses)
    {
        Assert.Equal(crosses, new CusumScore(0d, 1d, Upper: now, Lower: 0d, UpperBefore: before, LowerBefore: 0d).CrossesUp(h));
        Assert.Equal(crosses, new CusumScore(0d, 1d, Upper: 0d, Lower: now, UpperBefore: 0d, LowerBefore: before).CrossesDown(h));
        Assert.False(new CusumScore(0d, 1d, Upper: 0d, Lower: now, UpperBefore: 0d, LowerBefore: before).CrossesUp(h));
        Assert.False(new CusumScore(0d, 1d, Upper: now, Lower: 0d, UpperBefore: before, LowerBefore: 0d).CrossesDown(h));
    }
}
