using CrossBorder.Tests.Helpers;

namespace CrossBorder.Tests;


public class MoneyTests
{
    private static readonly Currency Usd = Currency.FromCode("USD");
    private static readonly Currency Eur = Currency.FromCode("EUR");
    private static readonly Currency Jpy = Currency.FromCode("JPY");

    [Fact]
    public void Construction_keeps_the_exact_amount()
    {
        var money = Money.Of(765.425m, Usd);

        Assert.Equal(765.425m, money.Amount);
        Assert.Equal(Usd, money.Currency);
        Assert.False(money.IsRounded);
        Assert.Equal(money, new Money(765.425m, Usd));
        Assert.Equal(money, Money.Of(765.425m, "USD"));
    }

    [Fact]
    public void Default_money_is_detectable_and_refuses_to_be_used()
    {
        Money money = default;

        Assert.True(money.IsDefault);
        Assert.Equal(0m, money.Amount);
        var error = Assert.Throws<InvalidOperationException>(() => money.Currency);
        Assert.Contains("default(Money)", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => money + Money.Of(1m, Usd));
        Assert.Throws<InvalidOperationException>(() => Money.Of(1m, Usd) + money);
        Assert.Equal("default(Money)", money.ToString());
        Assert.NotEqual(Money.Zero(Usd), money);
    }

    [Fact]
    public void Null_currency_is_rejected() =>
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => new Money(1m, null!)).ParamName);

    [Fact]
    public void Arithmetic_is_exact_and_never_rounds()
    {
        var price = Money.Of(19.99m, Usd);

        Assert.Equal(Money.Of(39.98m, Usd), price + price);
        Assert.Equal(Money.Zero(Usd), price - price);
        Assert.Equal(Money.Of(-19.99m, Usd), -price);
        Assert.Equal(price, +price);
        Assert.Equal(Money.Of(19.99m / 3m, Usd), price / 3m);
        Assert.Equal(28, (price / 3m).Amount.Scale);
        Assert.Equal(Money.Of(3.7981m, Usd), price * 0.19m);
        Assert.Equal(Money.Of(3.7981m, Usd), 0.19m * price);
        Assert.Equal(Money.Of(3.7981m, Usd), price * Percentage.FromPercent(19m));
        Assert.Equal(Money.Of(3.7981m, Usd), Percentage.FromPercent(19m) * price);
        Assert.Equal(2m, (price + price) / price);
        Assert.Equal(Money.Of(19.99m, Usd), Money.Of(-19.99m, Usd).Abs());
    }

    [Fact]
    public void Mixing_currencies_throws_naming_both()
    {
        var usd = Money.Of(1m, Usd);
        var eur = Money.Of(1m, Eur);

        var error = Assert.Throws<CurrencyMismatchException>(() => usd + eur);
        Assert.Contains("USD", error.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
        Assert.Equal(Usd, error.Expected);
        Assert.Equal(Eur, error.Actual);
        Assert.Throws<CurrencyMismatchException>(() => usd - eur);
        Assert.Throws<CurrencyMismatchException>(() => usd / eur);
        Assert.Throws<CurrencyMismatchException>(() => usd < eur);
        Assert.Throws<CurrencyMismatchException>(() => Money.Max(usd, eur));
    }

    [Fact]
    public void Zero_is_not_special_across_currencies() =>
        Assert.Throws<CurrencyMismatchException>(() => Money.Zero(Usd) - Money.Of(5m, Eur));

    [Fact]
    public void Overflow_throws_OverflowException()
    {
        var huge = Money.Of(decimal.MaxValue, Usd);

        Assert.Throws<OverflowException>(() => huge + huge);
        Assert.Throws<OverflowException>(() => huge * 2m);
        Assert.Throws<DivideByZeroException>(() => huge / 0m);
    }

    [Fact]
    public void Equality_ignores_scale_and_compares_currency()
    {
        Laws.Equality(Money.Of(1.0m, Usd), Money.Of(1.00m, Usd), Money.Of(1.00m, Eur));
        Laws.Ordering(Money.Of(1m, Usd), Money.Of(1.000m, Usd), Money.Of(2m, Usd));
        Assert.True(Money.Of(1m, Usd) == Money.Of(1.00m, Usd));
        Assert.True(Money.Of(1m, Usd) != Money.Of(1m, Eur));
        Assert.True(Money.Of(1m, Usd) <= Money.Of(1m, Usd) && Money.Of(2m, Usd) >= Money.Of(1m, Usd) && Money.Of(2m, Usd) > Money.Of(1m, Usd));
        Assert.Equal(Money.Of(1m, Usd), Money.Min(Money.Of(1m, Usd), Money.Of(2m, Usd)));
        Assert.Equal(Money.Of(2m, Usd), Money.Max(Money.Of(1m, Usd), Money.Of(2m, Usd)));
    }

    [Fact]
    public void Sum_adds_a_sequence_in_one_currency()
    {
        Assert.Equal(Money.Of(6m, Usd), Money.Sum([Money.Of(1m, Usd), Money.Of(2m, Usd), Money.Of(3m, Usd)], Usd));
        Assert.Equal(Money.Zero(Eur), Money.Sum([], Eur));
        Assert.Throws<CurrencyMismatchException>(() => Money.Sum([Money.Of(1m, Eur)], Usd));
    }

    [Fact]
    public void Minor_units_convert_both_ways()
    {
        Assert.Equal(Money.Of(19.99m, Usd), Money.FromMinorUnits(1999, Usd));
        Assert.Equal(Money.Of(1999m, Jpy), Money.FromMinorUnits(1999, Jpy));
        Assert.Equal(1999, Money.Of(19.990m, Usd).ToMinorUnits());
        Assert.Equal(-5, Money.Of(-0.05m, Usd).ToMinorUnits());
        var error = Assert.Throws<InvalidOperationException>(() => Money.Of(19.995m, Usd).ToMinorUnits());
        Assert.Contains("round it first", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Money.FromMinorUnits(1, Currency.FromCode("XAU")));
    }

    [Fact]
    public void Deconstruct_gives_amount_and_currency()
    {
        var (amount, currency) = Money.Of(12.5m, Eur);

        Assert.Equal(12.5m, amount);
        Assert.Equal(Eur, currency);
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public void Adding_then_subtracting_returns_the_original_or_throws_when_decimal_cannot_hold_the_sum(Money a, Money b)
    {
        // b's minor units re-read in a's currency, so both are whole minor units of it (up to 2^95 each). Whether the
        // exact sum is a decimal at all is decided in exact integers (Exact.IsDecimal); when it is not, a minor unit
        // would be lost and Add must throw (the defect this found: it used to round the sum silently).
        var other = Money.Of(CoreArbitraries.WithScale(b.Amount, a.Currency.MinorUnit!.Value), a.Currency);
        if (Exact.IsDecimal(Exact.Of(a.Amount) + Exact.Of(other.Amount)))
        {
            Assert.Equal(a, a + other - other);
            Assert.Equal(a + other, other + a);
        }
        else
        {
            Assert.Throws<OverflowException>(() => a + other);
            Assert.Throws<OverflowException>(() => a - (-other));
        }

        Assert.Equal(a, a + Money.Zero(a.Currency));
    }

    [Fact]
    public void A_sum_beyond_decimals_digits_throws_instead_of_dropping_cents()
    {
        // By hand: 792,281,625,142,643,375,935,439,503.35 USD is 2^96 − 1 cents, decimal's largest mantissa at scale 2;
        // adding 0.01 needs the mantissa 2^96, which decimal cannot hold, so the old Add rounded to whole dollars.
        var largest = Money.Of(792_281_625_142_643_375_935_439_503.35m, "USD");
        var cent = Money.Of(0.01m, "USD");

        Assert.Throws<OverflowException>(() => largest + cent);
        Assert.Throws<OverflowException>(() => largest - (-cent));
        Assert.Equal(Money.Of(792_281_625_142_643_375_935_439_503.34m, "USD"), largest - cent);

        // Sub-minor-unit digits beyond decimal's 28 places still round as before: that is Divide's documented precision.
        var third = Money.Of(1m, "USD").Divide(3m);
        Assert.Equal(Money.Of(1000.3333333333333333333333333m, "USD"), third + Money.Of(1000m, "USD"));
    }

    [Fact]
    public void The_overflow_message_writes_the_amounts_in_the_invariant_culture()
    {
        // In de-DE the old message read "792281625142643375935439503,35 + 0,01": a machine-facing number in a user's culture.
        var largest = Money.Of(792_281_625_142_643_375_935_439_503.35m, "USD");

        Cultures.With("de-DE", () =>
        {
            var e = Assert.Throws<OverflowException>(() => largest + Money.Of(0.01m, "USD"));

            Assert.StartsWith("792281625142643375935439503.35 + 0.01 needs", e.Message, StringComparison.Ordinal);
        });
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public void Minor_units_round_trip_or_overflow_beyond_a_long(Money money)
    {
        // Amounts reach 2^95 minor units; a count beyond long's range throws the documented OverflowException.
        var units = money.Amount / money.Currency.MinorUnitValue;
        if (units is >= long.MinValue and <= long.MaxValue)
        {
            Assert.Equal(money, Money.FromMinorUnits(money.ToMinorUnits(), money.Currency));
        }
        else
        {
            Assert.Throws<OverflowException>(() => money.ToMinorUnits());
        }
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public bool Comparison_agrees_with_the_amounts(Money a, Money b)
    {
        var other = Money.Of(b.Amount, a.Currency);
        return Math.Sign(a.CompareTo(other)) == Math.Sign(a.Amount.CompareTo(other.Amount));
    }
}
