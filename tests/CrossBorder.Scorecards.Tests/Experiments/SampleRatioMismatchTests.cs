namespace CrossBorder.Scorecards.Tests.Experiments;

public class SampleRatioMismatchTests
{
    [Fact]
    public void A_chi_square_worked_by_hand()
    {
        // 5,100 vs 4,900 planned 50/50: expected 5,000 each; χ² = (100² + 100²) / 5,000 = 4 with 1 degree of freedom;
        // p = P(χ²₁ ≥ 4) = P(|Z| ≥ 2) = 2 × (1 − Φ(2)) = 0.0455003. Not a mismatch at 0.001, one at 0.05.
        var result = SampleRatioMismatch.Check([5100, 4900], [1d, 1d]);

        Assert.Equal(4d, result.ChiSquare, 10);
        Assert.Equal(1, result.DegreesOfFreedom);
        Assert.Equal(0.0455003, result.PValue, 6);
        Assert.False(result.IsMismatch);
        Assert.True(SampleRatioMismatch.Check([5100, 4900], [0.5, 0.5], 0.05).IsMismatch);
    }

    [Fact]
    public void Three_arms_on_an_uneven_plan_worked_by_hand()
    {
        // 1,000 assignments planned 50/25/25: expected 500, 250, 250; observed 500, 300, 200;
        // χ² = 0 + 50²/250 + 50²/250 = 20 with 2 degrees of freedom; p = e^(−20/2) = 4.53999e-5 (χ²₂ is exponential).
        var result = SampleRatioMismatch.Check([500, 300, 200], [2d, 1d, 1d]);

        Assert.Equal(20d, result.ChiSquare, 10);
        Assert.Equal(Math.Exp(-10d), result.PValue, 9);
        Assert.True(result.IsMismatch);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("counts", Assert.Throws<ArgumentException>(() => SampleRatioMismatch.Check([5], [1d])).ParamName);
        Assert.Equal("plannedShares", Assert.Throws<ArgumentException>(() => SampleRatioMismatch.Check([5, 5], [1d])).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentOutOfRangeException>(() => SampleRatioMismatch.Check([5, -1], [1d, 1d])).ParamName);
        Assert.Equal("plannedShares", Assert.Throws<ArgumentOutOfRangeException>(() => SampleRatioMismatch.Check([5, 5], [1d, 0d])).ParamName);
        Assert.Equal("counts", Assert.Throws<ArgumentException>(() => SampleRatioMismatch.Check([0, 0], [1d, 1d])).ParamName);
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => SampleRatioMismatch.Check([5, 5], [1d, 1d], 0d)).ParamName);
    }
}
