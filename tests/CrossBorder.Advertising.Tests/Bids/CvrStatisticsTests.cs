using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Advertising.Tests.Bids;

public class CvrStatisticsTests
{
    [Fact]
    public void Wilson_interval_of_2_orders_in_38_clicks()
    {
        // amalyze quotes "roughly 1–16%" for 2/38 (ads-kpi.md §1.6). By hand with z = 1.959964 (the 97.5% normal quantile):
        // p̂ = 0.0526316, z²/n = 0.1010910, centre = (0.0526316 + 0.0505455) / 1.1010910 = 0.0937044,
        // half-width = 1.959964 × √(0.00131214 + 0.00066507) / 1.1010910 = 0.0791505, so [0.014554, 0.172855].
        var interval = CvrStatistics.Wilson(new ConversionCount(2, 38), 0.95);

        Assert.Equal(0.014554, interval.Lower, 1e-6);
        Assert.Equal(0.172855, interval.Upper, 1e-6);
        Assert.Equal(0.95, interval.Confidence);
    }

    [Fact]
    public void Wilson_interval_behaves_at_zero_and_all()
    {
        // 0/n: centre = half-width = (z²/2n) / (1 + z²/n), so the lower bound is exactly 0 and the upper is z²/(n + z²):
        // 3.841459 / (30 + 3.841459) = 0.113513.
        var none = CvrStatistics.Wilson(new ConversionCount(0, 30), 0.95);
        var all = CvrStatistics.Wilson(new ConversionCount(30, 30), 0.95);

        Assert.Equal(0d, none.Lower, 12);
        Assert.Equal(0.113513, none.Upper, 5);
        Assert.Equal(1d - 0.113513, all.Lower, 5);
        Assert.Equal(1d, all.Upper, 12);
    }

    [Fact]
    public void Zero_conversion_maths()
    {
        // (1 − p)^n: 0.99^100 = 0.366032 (≈ 1/e, Sellics' "1X clicks" ≈ 63% confidence); 0.99^300 ≈ e^−3 ≈ 5% (rule of three).
        Assert.Equal(0.366032, CvrStatistics.ProbabilityOfNoOrder(0.01, 100), 6);
        Assert.Equal(0.049041, CvrStatistics.ProbabilityOfNoOrder(0.01, 300), 6);
        Assert.Equal(1d, CvrStatistics.ProbabilityOfNoOrder(0.2, 0));
    }

    [Fact]
    public void Beta_cdf_and_interval_match_the_closed_form_of_a_uniform_prior_after_no_order()
    {
        // Beta(1, 1) after 0 orders in 49 clicks is Beta(1, 50), whose CDF is 1 − (1 − x)^50 and whose quantile is
        // 1 − (1 − q)^(1/50): P(CVR < 2%) = 1 − 0.98^50 = 0.635830; the 90% interval is [1 − 0.95^0.02, 1 − 0.05^0.02].
        var posterior = new BetaCvr(1, 1, PriorSource.Fitted).Update(new ConversionCount(0, 49));

        Assert.Equal((1d, 50d, PriorSource.Posterior), (posterior.Alpha, posterior.Beta, posterior.Source));
        Assert.Equal(1d - Math.Pow(0.98, 50), posterior.ProbabilityBelow(0.02), 10);
        Assert.Equal(0.635830, posterior.ProbabilityBelow(0.02), 6);
        var interval = posterior.CredibleInterval(0.90);
        Assert.Equal(1d - Math.Pow(0.95, 0.02), interval.Lower, 8);
        Assert.Equal(1d - Math.Pow(0.05, 0.02), interval.Upper, 8);
        Assert.Equal((0d, 1d), (posterior.ProbabilityBelow(-0.5), posterior.ProbabilityBelow(1.5)));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("orders", Assert.Throws<ArgumentOutOfRangeException>(() => new ConversionCount(3, 2)).ParamName);
        Assert.Equal("clicks", Assert.Throws<ArgumentOutOfRangeException>(() => new ConversionCount(0, -1)).ParamName);
        Assert.Equal("count", Assert.Throws<ArgumentException>(() => CvrStatistics.Wilson(new ConversionCount(0, 0), 0.95)).ParamName);
        Assert.Equal("confidence", Assert.Throws<ArgumentOutOfRangeException>(() => CvrStatistics.Wilson(new ConversionCount(1, 2), 1.0)).ParamName);
        Assert.Equal("cvr", Assert.Throws<ArgumentOutOfRangeException>(() => CvrStatistics.ProbabilityOfNoOrder(double.NaN, 3)).ParamName);
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => new BetaCvr(0, 1, PriorSource.Fitted)).ParamName);
        Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => BetaCvr.FromMean(1.0, 10, PriorSource.Fitted)).ParamName);
        Assert.Equal("x", Assert.Throws<ArgumentOutOfRangeException>(() => new BetaCvr(1, 1, PriorSource.Fitted).ProbabilityBelow(double.NaN)).ParamName);
    }

    private static Gen<(BetaCvr Posterior, double X, double Y)> Beliefs =>
        from alpha in Gen.Choose(1, 500)
        from beta in Gen.Choose(1, 5_000)
        from x in Gen.Choose(0, 1_000)
        from y in Gen.Choose(0, 1_000)
        select (new BetaCvr(alpha / 10d, beta / 10d, PriorSource.Posterior), Math.Min(x, y) / 1_000d, Math.Max(x, y) / 1_000d);

    [ScaledProperty(Cases = 300)]
    public Property Probability_below_is_monotonic_in_x() =>
        Prop.ForAll(Beliefs.ToArbitrary(), b => b.Posterior.ProbabilityBelow(b.X) <= b.Posterior.ProbabilityBelow(b.Y) + 1e-12);

    private static Gen<(ConversionCount Count, double Confidence)> Counts =>
        from clicks in Gen.Choose(1, 10_000)
        from orders in Gen.Choose(0, 10_000)
        from level in Gen.Elements(0.8, 0.9, 0.95, 0.99)
        select (new ConversionCount(Math.Min(orders, clicks), clicks), level);

    [ScaledProperty(Cases = 300)]
    public Property Wilson_interval_holds_the_observed_rate_within_zero_and_one() =>
        Prop.ForAll(Counts.ToArbitrary(), c =>
        {
            var interval = CvrStatistics.Wilson(c.Count, c.Confidence);
            return interval.Lower >= 0d && interval.Upper <= 1d && interval.Lower <= c.Count.Rate + 1e-12 && c.Count.Rate <= interval.Upper + 1e-12;
        });
}

public class BetaQuantileTests
{
    private static Gen<(double Alpha, double Beta, double P)> Cases =>
        from alpha in Gen.Choose(1, 2_000)
        from beta in Gen.Choose(1, 20_000)
        from p in Gen.Choose(1, 999)
        select (alpha / 10d, beta / 10d, p / 1_000d);

    [ScaledProperty(Cases = 300)]
    public Property The_quantile_agrees_with_mathnets_root_search() =>
        // Math.NET's Beta.InvCDF (a general root search on the same CDF) as the reference implementation.
        Prop.ForAll(Cases.ToArbitrary(), c =>
            Math.Abs(new BetaCvr(c.Alpha, c.Beta, PriorSource.Posterior).Quantile(c.P) - MathNet.Numerics.Distributions.Beta.InvCDF(c.Alpha, c.Beta, c.P)) < 1e-7);
}
