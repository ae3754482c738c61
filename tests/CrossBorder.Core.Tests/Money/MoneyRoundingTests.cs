using CrossBorder.Tests.Helpers;

namespace CrossBorder.Tests;


public class MoneyRoundingTests
{
    private static readonly Currency Usd = Currency.FromCode("USD");

    [Theory]
    [InlineData("765.425", MidpointRounding.ToEven, "765.42")]
    [InlineData("765.425", MidpointRounding.AwayFromZero, "765.43")]
    [InlineData("765.435", MidpointRounding.ToEven, "765.44")]
    [InlineData("-765.425", MidpointRounding.AwayFromZero, "-765.43")]
    [InlineData("765.421", MidpointRounding.ToPositiveInfinity, "765.43")]
    [InlineData("765.429", MidpointRounding.ToZero, "765.42")]
    public void Round_uses_the_minor_unit_and_the_given_mode(string amount, MidpointRounding mode, string expected) =>
        Assert.Equal(
            Money.Of(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Usd),
            Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), Usd).Round(mode));

    [Theory]
    [InlineData("JPY", "1234.5", "1234")]
    [InlineData("KWD", "1.23456", "1.235")]
    [InlineData("CLF", "1.234567", "1.2346")]
    public void Round_follows_each_currencys_minor_unit(string code, string amount, string expected) =>
        Assert.Equal(
            decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            Money.Of(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), code).Round(MidpointRounding.ToEven).Amount);

    [Fact]
    public void Round_to_decimals_and_to_cash_increments()
    {
        Assert.Equal(1.2346m, Money.Of(1.23456m, Usd).Round(4, MidpointRounding.AwayFromZero).Amount);
        Assert.Equal(10.05m, Money.Of(10.03m, "CHF").RoundToIncrement(0.05m, MidpointRounding.AwayFromZero).Amount);
        Assert.Equal(10.00m, Money.Of(10.02m, "CHF").RoundToIncrement(0.05m, MidpointRounding.AwayFromZero).Amount);
        Assert.Equal("increment", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, Usd).RoundToIncrement(0m, MidpointRounding.ToEven)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, Usd).Round(29, MidpointRounding.ToEven)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => Money.Of(1m, Usd).Round(-1, MidpointRounding.ToEven)).ParamName);
    }

    [Fact]
    public void Rounding_a_currency_without_minor_unit_asks_for_decimals()
    {
        var gold = Money.Of(1.23456m, "XAU");

        var error = Assert.Throws<InvalidOperationException>(() => gold.Round(MidpointRounding.ToEven));
        Assert.Contains("XAU", error.Message, StringComparison.Ordinal);
        Assert.Equal(1.235m, gold.Round(3, MidpointRounding.ToEven).Amount);
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public bool Rounding_is_idempotent(Money money, AnyAmount extra)
    {
        var unrounded = Money.Of(money.Amount + (extra.Value % 1m), money.Currency);
        var once = unrounded.Round(MidpointRounding.ToEven);
        return once.IsRounded && once.Round(MidpointRounding.ToEven) == once && once.Round(MidpointRounding.AwayFromZero) == once;
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public bool Rounding_moves_by_at_most_half_a_minor_unit(Money money, AnyAmount extra)
    {
        var unrounded = Money.Of(money.Amount + (extra.Value % 1m), money.Currency);
        var rounded = unrounded.Round(MidpointRounding.AwayFromZero);
        return Math.Abs(rounded.Amount - unrounded.Amount) <= money.Currency.MinorUnitValue / 2m;
    }
}
