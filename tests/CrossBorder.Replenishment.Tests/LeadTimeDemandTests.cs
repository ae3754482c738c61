
namespace CrossBorder.Replenishment.Tests;

public class LeadTimeDemandTests
{
    [Fact]
    public void Negative_binomial_by_moments_keeps_mean_and_variance()
    {
        var d = LeadTimeDemand.NegativeBinomial(6, 18);
        Assert.Equal(6, d.Mean, 6);
        Assert.Equal(18, d.Variance, 4);
        Assert.Contains("negative binomial", d.Source, StringComparison.Ordinal);

        // r = 36/12 = 3, p = 1/3: P(0) = (1/3)³ = 0.037037.
        Assert.Equal(1.0 / 27, d.Probability(0), 9);
    }

    [Fact]
    public void Poisson_when_not_overdispersed()
    {
        var d = LeadTimeDemand.NegativeBinomial(2, 1.5);
        Assert.Equal(Math.Exp(-2), d.Probability(0), 12);
        Assert.Equal(2, d.Mean, 9);

        // Poisson(2): P(D ≤ 4) = e⁻²(1 + 2 + 2 + 4/3 + 2/3) = 7e⁻² = 0.9473, P(D ≤ 3) = 0.8571 → the 90% quantile is 4.
        Assert.Equal(4, d.Quantile(0.90));
        Assert.Equal(7 * Math.Exp(-2), d.Cdf(4), 9);
    }

    [Fact]
    public void Large_means_do_not_underflow()
    {
        // e^−2000 underflows; the log-space probabilities keep the mean, the variance and the normal-like quantile.
        var poisson = LeadTimeDemand.NegativeBinomial(2000, 2000);
        Assert.Equal(2000, poisson.Mean, 6);
        Assert.Equal(2000, poisson.Variance, 3);
        Assert.InRange(poisson.Quantile(0.95), 2070, 2076); // 2000 + 1.645·√2000 = 2073.6
        var nb = LeadTimeDemand.NegativeBinomial(1500, 9000);
        Assert.Equal(1500, nb.Mean, 4);
        Assert.Equal(9000, nb.Variance, 0);
        Assert.Equal("variance", Assert.Throws<ArgumentOutOfRangeException>(() => LeadTimeDemand.NegativeBinomial(1000, 1e9)).ParamName);
    }

    [Fact]
    public void Compound_Bernoulli_by_convolution()
    {
        // p = 0.5, sizes {1, 3} equally likely, 2 periods: per period P(0) = .5, P(1) = P(3) = .25.
        // Two periods: P(0) = .25, P(1) = .25, P(2) = .0625, P(3) = .25, P(4) = .125, P(6) = .0625.
        var d = LeadTimeDemand.CompoundBernoulli(0.5, [1.0, 3.0], 2);
        double[] expected = [0.25, 0.25, 0.0625, 0.25, 0.125, 0, 0.0625];
        for (var k = 0; k < expected.Length; k++)
        {
            Assert.Equal(expected[k], d.Probability(k), 12);
        }

        Assert.Equal(2, d.Mean, 12);

        // E[(D − 3)⁺] = 1·.125 + 3·.0625 = 0.3125; fill rate with s = 3, Q = 4: E[(D−7)⁺] = 0 → 1 − 0.3125/4.
        Assert.Equal(0.3125, d.ExpectedShortage(3), 12);
        Assert.Equal(1 - (0.3125 / 4), d.FillRate(3, 4), 12);
        Assert.Equal(3, d.Quantile(0.8));
        Assert.Equal(4, d.Quantile(0.9));
    }

    [Fact]
    public void Periodic_review_fill_rate_counts_the_shortage_of_one_cycle()
    {
        // Poisson demand 0.3 per period, R = 1, L = 8, S = 5: D_{R+L} ~ Poisson(2.7), D_L ~ Poisson(2.4).
        // Summing the Poisson pmfs independently (Python, k = 0..99): E(D_9 − 5)⁺ = 0.0864904, E(D_8 − 5)⁺ = 0.0517221,
        // so β = 1 − (0.0864904 − 0.0517221)/0.3 = 0.884105. (The Q = d̄R form, 1 − [E(D_9−5)⁺ − E(D_9−5.3)⁺]/0.3, gives 0.9433.)
        var protection = LeadTimeDemand.NegativeBinomial(2.7, 2.7);
        var lead = LeadTimeDemand.NegativeBinomial(2.4, 2.4);
        Assert.Equal(0.884105, protection.PeriodicReviewFillRate(5, lead), 6);

        // Same sums for S = 4 and 6: 0.746694 and 0.954303, so the smallest S reaching 88% is 5 and reaching 95% is 6.
        Assert.Equal(0.746694, protection.PeriodicReviewFillRate(4, lead), 5);
        Assert.Equal(5, protection.OrderUpToLevelForFillRate(0.88, lead));
        Assert.Equal(6, protection.OrderUpToLevelForFillRate(0.95, lead));
        var ss = SafetyStock.FromPeriodicReview(protection, lead, ServiceTarget.FillRate(0.95), 9);
        Assert.Equal(6, ss.ReorderPoint, 9);
        Assert.Equal(6 - 2.7, ss.Units, 6);
    }

    [Fact]
    public void Periodic_review_fill_rate_needs_demand_per_cycle()
    {
        var d = LeadTimeDemand.NegativeBinomial(2.4, 2.4);
        Assert.Equal("leadTimeDemand", Assert.Throws<ArgumentException>(() => d.PeriodicReviewFillRate(5, d)).ParamName);
        Assert.Equal("leadTimeDemand", Assert.Throws<ArgumentNullException>(() => d.PeriodicReviewFillRate(5, null!)).ParamName);
        Assert.Equal("fillRate", Assert.Throws<ArgumentOutOfRangeException>(() => d.OrderUpToLevelForFillRate(1, LeadTimeDemand.FromProbabilities([1.0]))).ParamName);
    }

    [Fact]
    public void Variable_lead_time_mixes_the_convolutions()
    {
        // Protection of 1 or 2 periods with probability ½ each: P(D = 0) = ½·0.5 + ½·0.25 = 0.375; mean = ½·1 + ½·2 = 1.5.
        // Variance by total variance: E[L]·Var(d) + Var(L)·E[d]² = 1.5·(0.5·(1 + 9)/2 − 1) + 0.25·1 = 1.5·1.5 + 0.25 = 2.5.
        var d = LeadTimeDemand.CompoundBernoulli(0.5, [1.0, 3.0], [0.0, 0.5, 0.5]);
        Assert.Equal(0.375, d.Probability(0), 12);
        Assert.Equal(1.5, d.Mean, 12);
        Assert.Equal(2.5, d.Variance, 12);
        Assert.Equal("periodProbabilities", Assert.Throws<ArgumentException>(() => LeadTimeDemand.CompoundBernoulli(0.5, [1.0], [0.0, 0.0])).ParamName);
    }

    [Fact]
    public void Compound_Bernoulli_from_history_and_empirical_windows()
    {
        double[] history = [0, 0, 4, 0, 0, 0, 2, 0, 0, 4, 0, 0];
        var d = LeadTimeDemand.CompoundBernoulli(history, 3);
        Assert.Equal(3 * (10.0 / 12), d.Mean, 9);

        // Ten 3-period windows: sums 4, 4, 4, 0, 2, 2, 2, 4, 4, 4 → P(0) = .1, P(2) = .3, P(4) = .6.
        var e = LeadTimeDemand.Empirical(history, 3);
        Assert.Equal(4, e.MaximumDemand);
        Assert.Equal(0.1, e.Probability(0), 12);
        Assert.Equal(0.3, e.Probability(2), 12);
        Assert.Equal(0.6, e.Probability(4), 12);
    }

    [Fact]
    public void Distribution_safety_stock_reports_the_quantile()
    {
        var d = LeadTimeDemand.NegativeBinomial(3, 9);
        var ss = SafetyStock.FromDistribution(d, ServiceTarget.CycleServiceLevel(0.95));
        Assert.Equal(d.Quantile(0.95), ss.ReorderPoint, 9);
        Assert.True(d.Cdf(ss.ReorderPoint) >= 0.95);
        Assert.True(d.Cdf(ss.ReorderPoint - 1) < 0.95);
        Assert.Equal(SafetyStockMethod.DiscreteDistribution, ss.Method);

        var fr = SafetyStock.FromDistribution(d, ServiceTarget.FillRate(0.95), orderQuantity: 10);
        Assert.True(d.FillRate(fr.ReorderPoint, 10) >= 0.95);
        Assert.True(d.FillRate(fr.ReorderPoint - 1, 10) < 0.95);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.4)]
    [InlineData(3.0)]
    [InlineData(7.25)]
    [InlineData(30.0)]
    [InlineData(1e6)]
    public void Expected_shortage_equals_the_direct_sum(double stock)
    {
        var d = LeadTimeDemand.NegativeBinomial(5, 20);
        var direct = 0.0;
        for (var k = 0; k <= d.MaximumDemand; k++)
        {
            direct += Math.Max(k - stock, 0) * d.Probability(k);
        }

        Assert.Equal(direct, d.ExpectedShortage(stock), 9);
        Assert.Equal(5 + 2, d.ExpectedShortage(-2), 6);
    }

    [Fact]
    public void Bad_inputs_name_the_parameter()
    {
        Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => LeadTimeDemand.NegativeBinomial(0, 1)).ParamName);
        Assert.Equal("variance", Assert.Throws<ArgumentOutOfRangeException>(() => LeadTimeDemand.NegativeBinomial(1, -1)).ParamName);
        Assert.Equal("occurrence", Assert.Throws<ArgumentOutOfRangeException>(() => LeadTimeDemand.CompoundBernoulli(1.5, [1.0], 2)).ParamName);
        Assert.Equal("sizes", Assert.Throws<ArgumentException>(() => LeadTimeDemand.CompoundBernoulli(0.5, [-1.0], 2)).ParamName);
        Assert.Equal("history", Assert.Throws<ArgumentException>(() => LeadTimeDemand.CompoundBernoulli([0.0, 0.0], 2)).ParamName);
        Assert.Equal("probability", Assert.Throws<ArgumentOutOfRangeException>(() => LeadTimeDemand.NegativeBinomial(1, 2).Quantile(1)).ParamName);
    }
}
