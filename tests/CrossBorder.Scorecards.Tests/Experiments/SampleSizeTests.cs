using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Scorecards.Tests.Experiments;

public class SampleSizeTests
{
    [Fact]
    public void A_sample_size_worked_by_hand()
    {
        // Baseline 10%, MDE 2 points (to 12%), alpha 0.05 two-sided, power 0.8: z 1.959964 and 0.841621; p̄ = 0.11;
        // √(2 × 0.11 × 0.89) = 0.442493; √(0.10 × 0.90 + 0.12 × 0.88) = 0.442267;
        // (1.959964 × 0.442493 + 0.841621 × 0.442267)² = 1.239492² = 1.536340; ÷ 0.02² = 3,840.85 → 3,841 per arm.
        Assert.Equal(3841, SampleSize.ForTwoProportions(0.10, 0.02, 0.05, 0.8));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("baseline", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForTwoProportions(0d, 0.01)).ParamName);
        Assert.Equal("minimumDetectableEffect", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForTwoProportions(0.1, 0d)).ParamName);
        Assert.Equal("minimumDetectableEffect", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForTwoProportions(0.9, 0.2)).ParamName);
        Assert.Equal("minimumDetectableEffect", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForTwoProportions(0.1, 1e-300)).ParamName);
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForTwoProportions(0.1, 0.01, 1.5)).ParamName);
        Assert.Equal("power", Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.ForTwoProportions(0.1, 0.01, 0.05, double.NaN)).ParamName);
    }

    private static readonly Gen<(double Baseline, double Small, double Large)> Plans =
        from baseline in Gen.Choose(1, 900)
        from small in Gen.Choose(1, 999 - baseline)
        from large in Gen.Choose(small + 1, 1000 - baseline)
        select (baseline / 1000d, small / 1000d, large / 1000d);

    [ScaledProperty(Cases = 300)]
    public Property The_sample_size_never_grows_as_the_effect_grows() =>
        Prop.ForAll(Plans.ToArbitrary(), p =>
        {
            var small = SampleSize.ForTwoProportions(p.Baseline, p.Small);
            var large = SampleSize.ForTwoProportions(p.Baseline, p.Large);
            return (large <= small && large >= 1).Label($"{p}: {small} → {large}");
        });
}
