using FsCheck;
using FsCheck.Fluent;
using static CrossBorder.Advertising.Tests.Bids.Rows;

namespace CrossBorder.Advertising.Tests.Bids;

public class CvrShrinkageTests
{
    [Fact]
    public void A_prior_is_fitted_by_moments_with_the_binomial_noise_subtracted()
    {
        // Mean 0.1; siblings 0/50, 10/50, 5/50. By hand: click-weighted S = (50 × 0.01 + 50 × 0.01 + 0) / 150 = 0.0066667;
        // S / μ(1 − μ) = 0.0740741; noise k/N = 3/150 = 0.02; ρ = (0.0740741 − 0.02) / 0.98 = 0.0551776;
        // α + β = 1/ρ − 1 = 17.12329, α = 1.712329, β = 15.41096; the 0/50 sibling shrinks to 1.712329 / 67.12329 = 0.025510.
        var prior = CvrShrinkage.FitPrior([new(0, 50), new(10, 50), new(5, 50)], 0.1);

        Assert.Equal(PriorSource.Fitted, prior.Source);
        Assert.Equal(17.12329, prior.Strength, 4);
        Assert.Equal(1.712329, prior.Alpha, 5);
        Assert.Equal(15.41096, prior.Beta, 4);
        Assert.Equal(0.025510, prior.Update(new(0, 50)).Mean, 6);
    }

    [Fact]
    public void Without_excess_variance_or_siblings_the_pseudo_count_is_used_and_named()
    {
        // Siblings 0/10, 2/10, 1/10 around 0.1: S / μ(1 − μ) = (0.2 / 30) / 0.09 = 0.074 < noise 3/30 = 0.1, so ρ < 0.
        var flat = CvrShrinkage.FitPrior([new(0, 10), new(2, 10), new(1, 10)], 0.1);
        var few = CvrShrinkage.FitPrior([new(0, 10), new(2, 10), new(0, 0)], 0.1, new CvrShrinkageSettings { FallbackStrength = 40 });

        Assert.Equal((PriorSource.FitOutOfRange, 20d), (flat.Source, flat.Strength));
        Assert.Equal(PriorSource.TooFewSiblings, few.Source);
        Assert.Equal(40d, few.Strength, 10);
        Assert.Equal(0.1, few.Mean, 12);
    }

    [Fact]
    public void The_hierarchy_takes_each_parents_shrunk_cvr_as_the_childs_prior_mean()
    {
        // One campaign, one ad group, targets A (3/100) and B (0/10): every level has fewer than 3 siblings, so strength 20.
        // By hand: account (3 + ½)/(110 + 1) = 0.0315315; campaign (3 + 20 × 0.0315315)/130 = 0.0279279;
        // ad group (3 + 20 × 0.0279279)/130 = 0.0273735; A (3 + 20 × 0.0273735)/120 = 0.0295623; B (20 × 0.0273735)/30 = 0.0182490.
        var report = Report(Row("C", "G", "a", 100, 50m, 75m, 3), Row("C", "G", "b", 10, 5m, 0m, 0));

        var estimates = CvrShrinkage.Estimate(report, AdLevel.Targeting);

        Assert.Equal(0.0315315, estimates.AccountCvr, 7);
        Assert.Equal(0.0279279, estimates.Find(AdLevel.Campaign, "C")!.ShrunkCvr, 7);
        Assert.Equal(0.0273735, estimates.Find(AdLevel.AdGroup, "C / G")!.ShrunkCvr, 7);
        var a = estimates.Find(AdLevel.Targeting, "C / G / a")!;
        Assert.Equal(0.0295623, a.ShrunkCvr, 7);
        Assert.Equal(0.0182490, estimates.Find(AdLevel.Targeting, "C / G / b")!.ShrunkCvr, 7);
        Assert.Equal("C / G", estimates.Parent(a)!.Key);
        Assert.Null(estimates.Parent(estimates.Find(AdLevel.Campaign, "C")!));
        Assert.Null(estimates.Find(AdLevel.Targeting, "C / G / z"));
        Assert.Equal(2, estimates.At(AdLevel.Targeting).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => estimates.At(AdLevel.SearchTerm));
    }

    [Fact]
    public void Orders_above_clicks_are_capped_and_flagged()
    {
        var report = Report(Row("C", "G", "a", 2, 1m, 90m, 3));

        var estimate = CvrShrinkage.Estimate(report, AdLevel.Targeting).Find(AdLevel.Targeting, "C / G / a")!;

        Assert.True(estimate.OrdersCapped);
        Assert.Equal(new ConversionCount(2, 2), estimate.Count);
    }

    [Fact]
    public void Bad_settings_are_refused_naming_the_property()
    {
        Assert.Equal("MinSiblings", Assert.Throws<ArgumentOutOfRangeException>(() => new CvrShrinkageSettings { MinSiblings = 1 }).ParamName);
        Assert.Equal("FallbackStrength", Assert.Throws<ArgumentOutOfRangeException>(() => new CvrShrinkageSettings { FallbackStrength = 0 }).ParamName);
        Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => CvrShrinkage.FitPrior([], 0)).ParamName);
    }

    private static Gen<(int Orders, int Clicks, double Mean, double Strength, int Times)> Cases =>
        from clicks in Gen.Choose(1, 2_000)
        from orders in Gen.Choose(0, 2_000)
        from mean in Gen.Choose(1, 999)
        from strength in Gen.Choose(1, 500)
        from times in Gen.Choose(2, 50)
        select (Math.Min(orders, clicks), clicks, mean / 1_000d, (double)strength, times);

    [ScaledProperty(Cases = 300)]
    public Property The_shrunk_cvr_lies_between_the_raw_cvr_and_the_prior_mean() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var raw = (double)c.Orders / c.Clicks;
            var shrunk = BetaCvr.FromMean(c.Mean, c.Strength, PriorSource.Fitted).Update(new(c.Orders, c.Clicks)).Mean;
            return shrunk >= Math.Min(raw, c.Mean) - 1e-12 && shrunk <= Math.Max(raw, c.Mean) + 1e-12;
        });

    [ScaledProperty(Cases = 300)]
    public Property More_clicks_at_the_same_cvr_move_the_shrunk_cvr_toward_the_raw_one() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var raw = (double)c.Orders / c.Clicks;
            var prior = BetaCvr.FromMean(c.Mean, c.Strength, PriorSource.Fitted);
            var few = prior.Update(new(c.Orders, c.Clicks)).Mean;
            var many = prior.Update(new((long)c.Orders * c.Times, (long)c.Clicks * c.Times)).Mean;
            return Math.Abs(many - raw) <= Math.Abs(few - raw) + 1e-12;
        });
}
