using CrossBorder.Tests.Helpers;
using FsCheck;
using NodaTime;

namespace CrossBorder.Tests;

public class ExchangeRateTests
{
    private static readonly LocalDate Day = new(2026, 11, 24);
    private static readonly Currency Usd = Currency.FromCode("USD");
    private static readonly Currency Cny = Currency.FromCode("CNY");
    private static readonly Currency Eur = Currency.FromCode("EUR");
    private static readonly Currency Jpy = Currency.FromCode("JPY");

    [Fact]
    public void Pairs_parse_and_print_in_market_convention()
    {
        var pair = CurrencyPair.Parse("USD/CNY");

        Assert.Equal(Usd, pair.Base);
        Assert.Equal(Cny, pair.Quote);
        Assert.Equal(pair, CurrencyPair.Parse("USDCNY"));
        Assert.Equal(pair, CurrencyPair.Parse(" USD / CNY "));
        Assert.Equal("CNY/USD", pair.Inverse().ToString());
        Assert.True(pair.Contains(Cny));
        Assert.False(pair.Contains(Eur));
        Assert.Throws<FormatException>(() => CurrencyPair.Parse("USD/USD"));
        Assert.Throws<FormatException>(() => CurrencyPair.Parse("USD-CN"));
        Assert.Throws<ArgumentException>(() => new CurrencyPair(Usd, Usd));
        Assert.Throws<InvalidOperationException>(() => default(CurrencyPair).Base);
        Assert.False(CurrencyPair.TryParse((string?)null, out _));
        var registry = CurrencyRegistry.CreateBuilder().Add("CNH", 2, "Offshore yuan").Build();
        Assert.True(CurrencyPair.TryParse("USD/CNH", registry, out var offshore));
        Assert.Equal("CNH", offshore.Quote.Code);
        Assert.False(CurrencyPair.TryParse("USD/CNH", out _));
        Assert.True(pair == CurrencyPair.Parse("USDCNY") && pair != pair.Inverse());
    }

    [Fact]
    public void Convert_multiplies_from_the_base_and_divides_from_the_quote()
    {
        var rate = new ExchangeRate(Usd, Cny, 7.1025m, Day);

        Assert.Equal(Money.Of(710.25m, Cny), rate.Convert(Money.Of(100m, Usd), MidpointRounding.ToEven));
        Assert.Equal(Money.Of(100m, Usd), rate.Convert(Money.Of(710.25m, Cny), MidpointRounding.ToEven));
        Assert.Equal(Money.Of(14.08m, Usd), rate.Convert(Money.Of(100m, Cny), MidpointRounding.ToEven));
        Assert.Equal(100m / 7.1025m, rate.ConvertExact(Money.Of(100m, Cny)).Amount);
        Assert.Equal("USD/CNY 7.1025 on 2026-11-24", rate.ToString());
    }

    [Fact]
    public void Convert_rejects_money_in_another_currency_and_bad_rates()
    {
        var rate = new ExchangeRate(Usd, Cny, 7.1m, Day);

        Assert.Equal("money", Assert.Throws<ArgumentException>(() => rate.Convert(Money.Of(1m, Eur), MidpointRounding.ToEven)).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Usd, Cny, 0m, Day)).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Usd, Cny, -7m, Day)).ParamName);
        Assert.Equal("pair", Assert.Throws<ArgumentException>(() => new ExchangeRate(default(CurrencyPair), 1m, Day)).ParamName);
    }

    [Fact]
    public void Cross_goes_through_the_shared_currency_in_any_orientation()
    {
        var eurUsd = new ExchangeRate(Eur, Usd, 1.08m, Day);
        var usdCny = new ExchangeRate(Usd, Cny, 7.10m, Day.PlusDays(-1));

        var eurCny = eurUsd.Cross(usdCny);

        Assert.Equal(new CurrencyPair(Eur, Cny), eurCny.Pair);
        Assert.Equal(7.668m, eurCny.Rate);
        Assert.Equal(Day.PlusDays(-1), eurCny.Date);
        Assert.Equal(eurCny.Rate, eurUsd.Inverse().Cross(usdCny.Inverse()).Rate, 20);
        Assert.Equal(new CurrencyPair(Cny, Eur), usdCny.Cross(eurUsd).Pair);
        Assert.Throws<ArgumentException>(() => eurUsd.Cross(new ExchangeRate(Cny, Jpy, 21m, Day)));
        Assert.Throws<ArgumentException>(() => eurUsd.Cross(eurUsd.Inverse()));
    }

    [Fact]
    public void Rates_are_equal_by_pair_value_and_date()
    {
        var rate = new ExchangeRate(Usd, Cny, 7.1m, Day);

        Assert.Equal(rate, new ExchangeRate(Usd, Cny, 7.10m, Day));
        Assert.NotEqual(rate, new ExchangeRate(Usd, Cny, 7.1m, Day.PlusDays(1)));
        Assert.Equal(rate.GetHashCode(), new ExchangeRate(Usd, Cny, 7.10m, Day).GetHashCode());
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public bool Converting_there_and_back_is_within_one_rounding_step(ConvertibleMoney convertible, PositiveInt rateMilli)
    {
        var money = convertible.Value;
        var target = money.Currency.Equals(Usd) ? Eur : Usd;
        var rate = new ExchangeRate(money.Currency, target, (rateMilli.Get % 10_000_000 + 1) / 1000m, Day);
        var there = rate.Convert(money, MidpointRounding.ToEven);
        var back = rate.Convert(there, MidpointRounding.ToEven);

        // Rounding in the target moves by at most half its unit, which is worth half a unit / rate here.
        var tolerance = (target.MinorUnitValue / 2m / rate.Rate) + (money.Currency.MinorUnitValue / 2m);
        return Math.Abs(back.Amount - money.Amount) <= tolerance;
    }

    [ScaledProperty]
    public bool A_cross_rate_equals_the_product_of_its_legs(PositiveInt a, PositiveInt b)
    {
        var eurUsd = new ExchangeRate(Eur, Usd, (a.Get % 100_000 + 1) / 10_000m, Day);
        var usdJpy = new ExchangeRate(Usd, Jpy, (b.Get % 100_000 + 1) / 100m, Day);
        var cross = eurUsd.Cross(usdJpy);
        var amount = Money.Of(1000m, Eur);
        return cross.Rate == eurUsd.Rate * usdJpy.Rate &&
            cross.ConvertExact(amount) == usdJpy.ConvertExact(eurUsd.ConvertExact(amount));
    }
}
