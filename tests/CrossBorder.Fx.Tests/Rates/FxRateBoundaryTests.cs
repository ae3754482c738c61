using NodaTime;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Rates;

/// <summary>
/// Survivors of the Fx mutation run in FxRate: validity that ends the instant it starts, a cross through a leg quoted
/// the other way round, and the cross's validity (the earlier of the legs'). Expected values by hand: 1 / 0.125 = 8
/// exactly, so EUR/USD 1.05 crossed with CNY/USD 0.125 is EUR/CNY 1.05 × 8 = 8.40.
/// </summary>
public class FxRateBoundaryTests
{
    private static readonly Instant T = Day(2026, 11, 20);

    private static FxRate Valid(string pair, decimal mid, Instant? until) =>
        FxRate.TwoWay(Pair(pair), mid, mid, mid, T, "test", RateKind.Spot, until);

    [Fact]
    public void A_rate_may_be_valid_until_the_instant_it_is_as_of_but_not_before()
    {
        Assert.Equal(T, Valid("EUR/USD", 1.05m, T).ValidUntil);
        Assert.Equal(
            "validUntil",
            Assert.Throws<ArgumentOutOfRangeException>(() => Valid("EUR/USD", 1.05m, T - Duration.FromTicks(1))).ParamName);
    }

    [Fact]
    public void A_cross_inverts_the_second_leg_when_it_is_quoted_the_other_way()
    {
        var cross = Rate("EUR/USD", 1.05m, T).Cross(Rate("CNY/USD", 0.125m, T));

        Assert.Equal(Pair("EUR/CNY"), cross.Pair);
        Assert.Equal(8.40m, cross.Mid);
        Assert.Equal(RateOrigin.Inverted, cross.Legs[1].Origin);
    }

    [Fact]
    public void A_cross_is_valid_until_the_earlier_end_of_its_legs()
    {
        var early = T + Duration.FromHours(1);
        var late = T + Duration.FromHours(2);

        Assert.Equal(early, Valid("EUR/USD", 1.05m, early).Cross(Valid("USD/CNY", 7.1m, late)).ValidUntil);
        Assert.Equal(early, Valid("EUR/USD", 1.05m, late).Cross(Valid("USD/CNY", 7.1m, early)).ValidUntil);
        Assert.Equal(late, Valid("EUR/USD", 1.05m, late).Cross(Valid("USD/CNY", 7.1m, null)).ValidUntil);
        Assert.Equal(late, Valid("EUR/USD", 1.05m, null).Cross(Valid("USD/CNY", 7.1m, late)).ValidUntil);
        Assert.Null(Valid("EUR/USD", 1.05m, null).Cross(Valid("USD/CNY", 7.1m, null)).ValidUntil);
    }
}
