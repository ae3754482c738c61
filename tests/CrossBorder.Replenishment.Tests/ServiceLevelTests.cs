
namespace CrossBorder.Replenishment.Tests;

public class ServiceLevelTests
{
    [Theory]
    // Standard normal loss function G(k) = φ(k) − k(1 − Φ(k)); the values of every textbook table of G_u(k)
    // (e.g. Silver, Pyke & Thomas 2017, Appendix B). By hand: G(0) = φ(0) = 0.398942; G(1) = 0.241971 − 0.158655 = 0.083316;
    // G(2) = 0.053991 − 2·0.022750 = 0.008491; G(1.25) = 0.182649 − 1.25·0.105650 = 0.050587.
    [InlineData(0.0, 0.398942)]
    [InlineData(1.0, 0.083316)]
    [InlineData(2.0, 0.008491)]
    [InlineData(1.25, 0.050587)]
    [InlineData(-1.0, 1.083316)] // G(−k) = G(k) + k
    public void Normal_loss_matches_the_table(double z, double expected) =>
        Assert.Equal(expected, ServiceLevel.NormalLoss(z), 5);

    [Fact]
    public void Safety_factors_of_common_cycle_service_levels()
    {
        Assert.Equal(1.644854, ServiceLevel.SafetyFactor(0.95), 5);
        Assert.Equal(2.326348, ServiceLevel.SafetyFactor(0.99), 5);
        Assert.Equal(1.281552, ServiceLevel.SafetyFactor(0.90), 5);
        Assert.Equal(0.95, ServiceLevel.CycleServiceLevel(1.644854), 5);
    }

    [Fact]
    public void Fill_rate_factor_worked_by_hand()
    {
        // An illustration (no published source claimed): Q = 500, σ_L = 100, β = 0.99 → G(k) = 0.01·500/100 = 0.05;
        // G(1.25) = φ(1.25) − 1.25·(1 − Φ(1.25)) = 0.18265 − 1.25·0.10565 = 0.0506, just above 0.05, so k is a little
        // above 1.25, whereas a 99% CSL needs k = Φ⁻¹(0.99) = 2.326.
        var k = ServiceLevel.FillRateSafetyFactor(0.99, 500, 100);
        Assert.Equal(0.05, ServiceLevel.NormalLoss(k), 10);
        Assert.InRange(k, 1.25, 1.26); // G(1.25) = 0.0506 is just above 0.05, so k = 1.2556
        Assert.True(k < ServiceLevel.SafetyFactor(0.99));
        Assert.Equal(0.99, ServiceLevel.FillRate(k, 500, 100), 9);
    }

    [Fact]
    public void Fill_rate_of_a_continuous_review_policy_by_hand()
    {
        // An illustration (no published source claimed), every figure by hand:
        // weekly demand 2,500 (σ 500), L = 2 weeks, Q = 10,000, ROP = 6,000 → σ_L = 500·√2 = 707.1, SS = 1,000,
        // CSL = Φ(1.414) = 0.92, ESC = −1000·(1 − 0.9214) + 707.1·φ(1.414) = 25.1, fill rate = 1 − 25.1/10,000 = 0.9975.
        var sigma = SafetyStock.LeadTimeDemandStandardDeviation(2500, 500, 2, 0);
        Assert.Equal(707.107, sigma, 2);
        var z = 1000 / sigma;
        Assert.Equal(0.92, ServiceLevel.CycleServiceLevel(z), 2);
        Assert.Equal(25.12, sigma * ServiceLevel.NormalLoss(z), 1);
        Assert.Equal(0.9975, ServiceLevel.FillRate(z, 10_000, sigma), 4);
    }

    [Fact]
    public void Lost_sales_fill_rate_allows_a_slightly_lower_factor()
    {
        // Lost sales: β = Q/(Q + ESC), so ESC = (1 − β)/β·Q is larger than the backorder (1 − β)·Q: a lower z suffices.
        var backorders = ServiceLevel.FillRateSafetyFactor(0.95, 200, 100);
        var lost = ServiceLevel.FillRateSafetyFactor(0.95, 200, 100, lostSales: true);
        Assert.True(lost < backorders);
        Assert.Equal(0.95, ServiceLevel.FillRate(lost, 200, 100, lostSales: true), 9);
    }

    [Fact]
    public void Inverse_loss_handles_extremes()
    {
        Assert.Equal(0, ServiceLevel.InverseNormalLoss(ServiceLevel.NormalLoss(0)), 9);
        Assert.Equal(-20, ServiceLevel.InverseNormalLoss(20 + ServiceLevel.NormalLoss(20)), 6);
        Assert.Equal(6, ServiceLevel.InverseNormalLoss(ServiceLevel.NormalLoss(6)), 6);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    [InlineData(double.NaN)]
    public void Service_levels_outside_the_open_unit_interval_are_rejected(double level)
    {
        Assert.Equal("cycleServiceLevel", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevel.SafetyFactor(level)).ParamName);
        Assert.Equal("fillRate", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevel.FillRateSafetyFactor(level, 10, 1)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceTarget.CycleServiceLevel(level)).ParamName);
        Assert.Equal("level", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceTarget.FillRate(level)).ParamName);
    }

    [Fact]
    public void Bad_quantities_name_the_parameter()
    {
        Assert.Equal("orderQuantity", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevel.FillRateSafetyFactor(0.9, -1, 1)).ParamName);
        Assert.Equal("leadTimeDemandStandardDeviation", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevel.FillRateSafetyFactor(0.9, 1, double.NaN)).ParamName);
        Assert.Equal("loss", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevel.InverseNormalLoss(0)).ParamName);
        Assert.Equal("z", Assert.Throws<ArgumentOutOfRangeException>(() => ServiceLevel.NormalLoss(double.NaN)).ParamName);
    }

    [Fact]
    public void Targets_print_invariantly_and_compare()
    {
        Assert.Equal("FillRate 98%", ServiceTarget.FillRate(0.98).ToString());
        Assert.Equal(ServiceTarget.FillRate(0.98), ServiceTarget.Of(ServiceMeasure.FillRate, 0.98));
        Assert.NotEqual(ServiceTarget.FillRate(0.98), ServiceTarget.CycleServiceLevel(0.98));
    }
}
