using CrossBorder.Fx.Tests.Helpers;
using FsCheck;
using FsCheck.Fluent;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Rates;

public class FxRateTests
{
    private static readonly NodaTime.Instant T = Day(2026, 11, 20);

    [Fact]
    public void A_two_way_rate_keeps_its_provenance()
    {
        var rate = FxRate.TwoWay(Pair("USD/CNY"), 7.09m, 7.10m, 7.11m, T, "bank", RateKind.Spot, T + NodaTime.Duration.FromMinutes(15));
        Assert.Equal(7.09m, rate.Bid);
        Assert.Equal(7.11m, rate.Ask);
        Assert.Equal(0.02m, rate.Spread);
        Assert.Equal("bank", rate.Source);
        Assert.Equal(RateOrigin.Quoted, rate.Origin);
        Assert.Empty(rate.Legs);
        Assert.True(rate.IsValidAt(T + NodaTime.Duration.FromMinutes(15)));
        Assert.False(rate.IsValidAt(T + NodaTime.Duration.FromMinutes(16)));
    }

    [Theory]
    [InlineData(0, 1, 2, "bid")]
    [InlineData(1.2, 1, 2, "bid")]
    [InlineData(1, 1, 0.9, "ask")]
    [InlineData(1, 0, 2, "mid")]
    [InlineData(-1, -0.5, 2, "mid")]
    public void Prices_out_of_order_or_not_positive_are_rejected_naming_the_price(double bid, double mid, double ask, string param)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            FxRate.TwoWay(Pair("USD/CNY"), (decimal)bid, (decimal)mid, (decimal)ask, T, "x", RateKind.Spot));
        Assert.Equal(param, ex.ParamName);
        Assert.Contains("USD/CNY", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_rate_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FxRate.Of(Pair("EUR/USD"), -1.05m, T, "x", RateKind.Spot));
        Assert.Equal("mid", ex.ParamName);
        Assert.Contains("-1.05", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_source_default_pair_and_validity_before_as_of_are_rejected()
    {
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => FxRate.Of(Pair("EUR/USD"), 1m, T, " ", RateKind.Spot)).ParamName);
        Assert.Equal("pair", Assert.Throws<ArgumentException>(() => FxRate.Of(default, 1m, T, "x", RateKind.Spot)).ParamName);
        Assert.Equal("validUntil", Assert.Throws<ArgumentOutOfRangeException>(() =>
            FxRate.TwoWay(Pair("EUR/USD"), 1m, 1m, 1m, T, "x", RateKind.Spot, T - NodaTime.Duration.FromSeconds(1))).ParamName);
    }

    [Fact]
    public void The_inverse_swaps_and_inverts_bid_and_ask_and_records_its_leg()
    {
        var rate = FxRate.TwoWay(Pair("EUR/USD"), 1.04m, 1.05m, 1.06m, T, "bank", RateKind.Spot);
        var inverse = rate.Inverse();
        Assert.Equal(Pair("USD/EUR"), inverse.Pair);
        Assert.Equal(1m / 1.06m, inverse.Bid);
        Assert.Equal(1m / 1.05m, inverse.Mid);
        Assert.Equal(1m / 1.04m, inverse.Ask);
        Assert.True(inverse.Bid <= inverse.Mid && inverse.Mid <= inverse.Ask);
        Assert.Equal(RateOrigin.Inverted, inverse.Origin);
        Assert.Same(rate, Assert.Single(inverse.Legs));
    }

    [Fact]
    public void A_cross_rate_multiplies_its_legs_records_the_chain_and_takes_the_older_as_of()
    {
        var eurUsd = FxRate.TwoWay(Pair("EUR/USD"), 1.04m, 1.05m, 1.06m, T, "a", RateKind.Spot);
        var usdCny = FxRate.TwoWay(Pair("USD/CNY"), 7.09m, 7.10m, 7.11m, T - NodaTime.Duration.FromHours(1), "b", RateKind.Spot);
        var cross = eurUsd.Cross(usdCny);
        Assert.Equal(Pair("EUR/CNY"), cross.Pair);
        Assert.Equal(1.05m * 7.10m, cross.Mid);
        Assert.Equal(1.04m * 7.09m, cross.Bid);
        Assert.Equal(1.06m * 7.11m, cross.Ask);
        Assert.Equal(T - NodaTime.Duration.FromHours(1), cross.AsOf);
        Assert.Equal(RateOrigin.Crossed, cross.Origin);
        Assert.Equal([eurUsd, usdCny], cross.Legs);
    }

    [Fact]
    public void A_cross_rate_inverts_a_leg_quoted_the_other_way_and_records_the_inverse()
    {
        var eurUsd = Rate("EUR/USD", 1.05m, T);
        var eurCny = Rate("EUR/CNY", 7.455m, T);
        var usdCny = eurUsd.Cross(eurCny);
        Assert.Equal(Pair("USD/CNY"), usdCny.Pair);
        Assert.Equal((1m / 1.05m) * 7.455m, usdCny.Mid);
        Assert.Equal(RateOrigin.Inverted, usdCny.Legs[0].Origin);
        Assert.Same(eurUsd, usdCny.Legs[0].Legs[0]);
    }

    [Fact]
    public void Crossing_rates_without_a_single_common_currency_or_of_different_kinds_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Rate("EUR/USD", 1.05m, T).Cross(Rate("GBP/CNY", 9m, T)));
        Assert.Equal("other", ex.ParamName);
        Assert.Contains("share no single currency", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Rate("EUR/USD", 1.05m, T).Cross(Rate("USD/EUR", 0.95m, T)));
        var kinds = Assert.Throws<ArgumentException>(() => Rate("EUR/USD", 1.05m, T).Cross(Rate("USD/CNY", 7m, T, RateKind.Budget)));
        Assert.Contains("Budget", kinds.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Conversion_returns_the_money_the_rate_and_the_side_used()
    {
        var rate = FxRate.TwoWay(Pair("USD/CNY"), 7.09m, 7.10m, 7.11m, T, "bank", RateKind.Spot);
        var sell = rate.ConvertAsClient(Money.Of(100m, Usd), MidpointRounding.ToEven);
        Assert.Equal(Money.Of(709m, Cny), sell.To);
        Assert.Equal(PriceSide.Bid, sell.Side);
        Assert.Same(rate, sell.Rate);
        var buy = rate.ConvertAsClient(Money.Of(711m, Cny), MidpointRounding.ToEven);
        Assert.Equal(Money.Of(100m, Usd), buy.To);
        Assert.Equal(PriceSide.Ask, buy.Side);
        var mid = rate.Convert(Money.Of(1m, Cny), MidpointRounding.AwayFromZero);
        Assert.Equal(Money.Of(0.14m, Usd), mid.To);
        Assert.Equal(1m / 7.10m, mid.ExactAmount);
        Assert.Contains("bank", mid.Explain().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rounding_is_the_callers_choice()
    {
        var rate = Rate("EUR/USD", 1.005m, T);
        Assert.Equal(Money.Of(10.05m, Usd), rate.Convert(Money.Of(10m, Eur), MidpointRounding.AwayFromZero).To);
        Assert.Equal(Money.Of(1.00m, Usd), rate.Convert(Money.Of(1m, Eur), MidpointRounding.ToEven).To);
        Assert.Equal(Money.Of(1.01m, Usd), rate.Convert(Money.Of(1m, Eur), MidpointRounding.AwayFromZero).To);
    }

    [Fact]
    public void Converting_money_in_neither_currency_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => Rate("EUR/USD", 1.05m, T).Convert(Money.Of(1m, Gbp), MidpointRounding.ToEven));
        Assert.Equal("money", ex.ParamName);
        Assert.Contains("GBP", ex.Message, StringComparison.Ordinal);
    }

    [ScaledProperty(Arbitrary = [typeof(FxArbitraries)])]
    public Property Converting_there_and_back_lands_within_one_rounding_step(ForeignPair pair, PositiveRate price)
    {
        var (money, target) = (pair.Amount, pair.Target);
        var rate = FxRate.Of(new CurrencyPair(money.Currency, target), price.Value, T, "p", RateKind.Spot);
        var there = rate.Convert(money, MidpointRounding.ToEven).To;
        var back = rate.Convert(there, MidpointRounding.ToEven).To;

        // Rounding in the target loses at most half its minor unit, worth (half unit / rate) in the source;
        // rounding back adds at most half the source's minor unit.
        var bound = (target.MinorUnitValue / 2m / price.Value) + (money.Currency.MinorUnitValue / 2m);
        return (Math.Abs(back.Amount - money.Amount) <= bound).Label($"{money} → {there} → {back}, bound {bound}");
    }

    [ScaledProperty(Arbitrary = [typeof(FxArbitraries)])]
    public bool A_cross_rate_equals_the_product_of_its_legs(PositiveRate a, PositiveRate b, bool invertFirst)
    {
        var first = Rate("EUR/USD", a.Value, T);
        var second = Rate("USD/CNY", b.Value, T);
        var cross = (invertFirst ? first.Inverse() : first).Cross(second);
        return cross.Pair == Pair("EUR/CNY")
            && cross.Mid == cross.Legs[0].Mid * cross.Legs[1].Mid
            && Math.Abs(cross.Mid - (a.Value * b.Value)) <= a.Value * b.Value * 1e-20m + 1e-24m;
    }

    [ScaledProperty(Arbitrary = [typeof(FxArbitraries)])]
    public bool The_inverse_of_the_inverse_is_the_rate_to_decimal_precision(PositiveRate a)
    {
        // 1/a is held to decimal's 28 decimal places (error ≤ 0.5e-28), so inverting back errs by about a² × 0.5e-28.
        var back = Rate("EUR/USD", a.Value, T).Inverse().Inverse();
        var bound = (a.Value * a.Value * 1e-28m) + (a.Value * 1e-26m);
        return back.Pair == Pair("EUR/USD") && Math.Abs(back.Mid - a.Value) <= bound && back.Legs[0].Legs[0].Mid == a.Value;
    }

    [ScaledProperty(Arbitrary = [typeof(FxArbitraries)])]
    public bool Bid_mid_ask_stay_ordered_through_inverse_and_cross(PositiveRate a, PositiveRate b)
    {
        var first = FxRate.TwoWay(Pair("EUR/USD"), a.Value, a.Value * 1.001m, a.Value * 1.002m, T, "x", RateKind.Spot);
        var second = FxRate.TwoWay(Pair("CNY/USD"), b.Value, b.Value * 1.01m, b.Value * 1.02m, T, "x", RateKind.Spot);
        var cross = first.Cross(second);
        var inverse = cross.Inverse();
        return cross.Bid <= cross.Mid && cross.Mid <= cross.Ask && inverse.Bid <= inverse.Mid && inverse.Mid <= inverse.Ask;
    }

    [Theory]
    [InlineData("USD 1234.56", PriceSide.Mid)]
    [InlineData("USD 0.01", PriceSide.Bid)]
    [InlineData("CNY 1000.00", PriceSide.Ask)]
    [InlineData("CNY 7.13", PriceSide.Mid)]
    public void ConvertAmount_is_the_amount_of_Convert(string amount, PriceSide side)
    {
        var rate = FxRate.TwoWay(Pair("USD/CNY"), 7.1200m, 7.1234m, 7.1300m, Day(2026, 11, 24), "test", RateKind.Spot);
        var money = Money.Parse(amount, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(rate.Convert(money, side, MidpointRounding.ToEven).To, rate.ConvertAmount(money, side, MidpointRounding.ToEven));
        Assert.Equal(rate.Convert(money, side, MidpointRounding.AwayFromZero).To, rate.ConvertAmount(money, side, MidpointRounding.AwayFromZero));
        Assert.Throws<ArgumentException>(() => rate.ConvertAmount(Money.Of(1m, "EUR"), side, MidpointRounding.ToEven));
    }
}
