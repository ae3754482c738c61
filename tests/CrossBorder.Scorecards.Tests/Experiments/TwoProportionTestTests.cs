using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Scorecards.Tests.Experiments;

public class TwoProportionTestTests
{
    [Fact]
    public void A_two_proportion_test_worked_by_hand()
    {
        // A 200/10,000 = 0.02, B 250/10,000 = 0.025. Pooled p = 450/20,000 = 0.0225;
        // SE = √(0.0225 × 0.9775 × (1/10,000 + 1/10,000)) = √(4.39875e-6) = 0.00209732; z = 0.005 / 0.00209732 = 2.38400;
        // two-sided p = 2 × (1 − Φ(2.38400)) = 0.017126 (Φ from Python's statistics.NormalDist).
        var result = TwoProportionTest.Run(new(200, 10_000), new(250, 10_000));

        Assert.Equal(0.005, result.Difference, 12);
        Assert.Equal(2.38400, result.Z, 4);
        Assert.Equal(0.017126, result.PValue, 5);
        Assert.True(result.IsSignificant(0.05));
        Assert.False(result.IsSignificant(0.01));
    }

    [Theory]
    [InlineData(48, 80, 56, 70, 0.0524, 0.3339)]
    [InlineData(3, 10, 9, 10, 0.1705, 0.8090)]
    public void The_interval_is_Newcombes_method_10(long xa, long na, long xb, long nb, double lower, double upper)
    {
        // Newcombe (1998), "Interval estimation for the difference between independent proportions", method 10 (hybrid
        // score) examples as reproduced in the tests of the R package propint (m-Py/propint): 56/70 − 48/80 gives
        // 0.0524 to 0.3339; 9/10 − 3/10 gives 0.1705 to 0.8090. B is the first proportion there.
        var result = TwoProportionTest.Run(new(xa, na), new(xb, nb));

        Assert.Equal(lower, result.Lower, 4);
        Assert.Equal(upper, result.Upper, 4);
    }

    [Fact]
    public void Arms_with_no_variation_have_z_0_and_p_1_not_NaN()
    {
        var result = TwoProportionTest.Run(new(0, 50), new(0, 80));

        Assert.Equal(0d, result.Z);
        Assert.Equal(1d, result.PValue);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("trials", Assert.Throws<ArgumentOutOfRangeException>(() => new ProportionSample(0, 0)).ParamName);
        Assert.Equal("successes", Assert.Throws<ArgumentOutOfRangeException>(() => new ProportionSample(-1, 10)).ParamName);
        Assert.Equal("successes", Assert.Throws<ArgumentOutOfRangeException>(() => new ProportionSample(11, 10)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentException>(() => TwoProportionTest.Run(default, new(1, 10))).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionTest.Run(new(1, 10), new(1, 10), 1.0)).ParamName);
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => TwoProportionTest.Run(new(1, 10), new(1, 10)).IsSignificant(double.NaN)).ParamName);
    }

    [ScaledProperty(Cases = 300)]
    public Property The_interval_contains_the_point_estimate_and_stays_within_minus_1_to_1() =>
        Prop.ForAll(ExperimentGenerators.Samples(100_000), ExperimentGenerators.Samples(100_000), Gen.Elements(0.8, 0.9, 0.95, 0.99).ToArbitrary(), (a, b, level) =>
        {
            var r = TwoProportionTest.Run(a, b, level);
            return (r.Lower <= r.Difference && r.Difference <= r.Upper && r.Lower >= -1d && r.Upper <= 1d && r.PValue is >= 0d and <= 1d)
                .Label($"{r}");
        });
}
