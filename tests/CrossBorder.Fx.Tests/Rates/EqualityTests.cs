using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Rates;

public class EqualityTests
{
    private static void Laws<T>(T a, T sameAsA, T different)
        where T : class
    {
        Assert.True(a.Equals(sameAsA));
        Assert.Equal(a.GetHashCode(), sameAsA.GetHashCode());
        Assert.False(a.Equals(different));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals(new object()));
    }

    [Fact]
    public void Rates_are_equal_by_value_including_provenance()
    {
        var t = Day(2026, 11, 20);
        Laws<object>(Rate("EUR/USD", 1.05m, t), Rate("EUR/USD", 1.05m, t), Rate("EUR/USD", 1.05m, t, RateKind.Budget));
        Assert.NotEqual(Rate("EUR/USD", 1.05m, t), FxRate.Of(Pair("EUR/USD"), 1.05m, t, "other source", RateKind.Spot));
        Assert.Equal(Rate("EUR/USD", 1.05m, t).Inverse(), Rate("EUR/USD", 1.05m, t).Inverse());
        Assert.NotEqual(Rate("EUR/USD", 1.05m, t).Inverse(), FxRate.Of(Pair("USD/EUR"), 1m / 1.05m, t, "test", RateKind.Spot));
    }

    [Fact]
    public void Fees_and_bases_are_equal_by_value()
    {
        Laws<object>(
            CardFee.Of(Percentage.FromPercent(1.5m), Money.Of(0.25m, Eur), "a"),
            CardFee.Of(Percentage.FromPercent(1.5m), Money.Of(0.25m, Eur), "b"),
            CardFee.Of(Percentage.FromPercent(1.4m), Money.Of(0.25m, Eur), "a"));
        Assert.True(DayCountBasis.Of(360) == DayCountBasis.Act360);
        Assert.True(DayCountBasis.Act360 != DayCountBasis.Act365);
        Assert.NotEqual(default, DayCountBasis.Act360);
    }
}
