namespace CrossBorder.Scorecards.Tests.Experiments;

public class FixedHorizonReadoutTests
{
    [Fact]
    public void Before_the_planned_size_the_readout_says_not_yet_and_shows_no_p_value()
    {
        // 250/10,000 vs 200/10,000 has p = 0.017 (TwoProportionTestTests), but the plan was 12,000 per arm.
        var result = FixedHorizonReadout.Read(new(200, 10_000), new(250, 10_000), plannedPerArm: 12_000);

        Assert.Equal(ExperimentVerdict.NotYet, result.Verdict);
        Assert.Null(result.Test);
        Assert.Contains("10000 of the planned 12000", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void At_the_planned_size_the_test_is_read()
    {
        var result = FixedHorizonReadout.Read(new(200, 10_000), new(250, 10_000), plannedPerArm: 10_000);

        Assert.Equal(ExperimentVerdict.Significant, result.Verdict);
        Assert.NotNull(result.Test);
        Assert.Equal(0.05, result.NominalAlpha);
        Assert.Equal(ExperimentVerdict.NotSignificant, FixedHorizonReadout.Read(new(200, 10_000), new(250, 10_000), 10_000, alpha: 0.01).Verdict);
    }

    [Fact]
    public void A_sample_ratio_mismatch_withholds_the_verdict()
    {
        // 10,000 vs 11,000 planned 50/50: χ² = 2 × 500² / 10,500 = 47.6, p far below 0.001.
        var result = FixedHorizonReadout.Read(new(200, 10_000), new(250, 11_000), plannedPerArm: 10_000);

        Assert.Equal(ExperimentVerdict.SampleRatioMismatch, result.Verdict);
        Assert.Null(result.Test);
        Assert.Equal(2d * 500d * 500d / 10_500d, result.SampleRatio.ChiSquare, 9);
    }

    [Fact]
    public void Reasons_do_not_depend_on_the_culture()
    {
        // B − A = 0.005 and z = 2.384 (TwoProportionTestTests), written with invariant digits whatever the culture.
        Cultures.Each(() =>
        {
            var reason = FixedHorizonReadout.Read(new(200, 10_000), new(250, 10_000), 10_000).Reason;
            Assert.StartsWith("significant: B − A = 0.005 (", reason, StringComparison.Ordinal);
            Assert.Contains("z = 2.384, p = ", reason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("plannedPerArm", Assert.Throws<ArgumentOutOfRangeException>(() => FixedHorizonReadout.Read(new(1, 10), new(1, 10), 0)).ParamName);
        Assert.Equal("b", Assert.Throws<ArgumentException>(() => FixedHorizonReadout.Read(new(1, 10), default, 10)).ParamName);
        Assert.Equal("plannedShareOfB", Assert.Throws<ArgumentOutOfRangeException>(() => FixedHorizonReadout.Read(new(1, 10), new(1, 10), 10, plannedShareOfB: 1d)).ParamName);
    }
}
