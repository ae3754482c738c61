using NodaTime;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Providers;

public class FxRateResolverTests
{
    private static readonly StalenessPolicy FourDays = StalenessPolicy.MaxAgeOf(Duration.FromDays(4));

    private static InMemoryRateStore Store(params FxRate[] rates) => new(rates, "store");

    [Fact]
    public void The_newest_rate_at_or_before_the_instant_is_returned()
    {
        var store = Store(Rate("EUR/USD", 1.01m, Day(2026, 11, 18)), Rate("EUR/USD", 1.02m, Day(2026, 11, 19)), Rate("EUR/USD", 1.03m, Day(2026, 11, 20)));
        var resolver = new FxRateResolver(store, FourDays);
        Assert.Equal(1.02m, resolver.GetRate(Pair("EUR/USD"), Day(2026, 11, 19) + Duration.FromHours(23), RateKind.Spot).Mid);
        Assert.Equal(1.02m, resolver.GetRate(Pair("EUR/USD"), new LocalDate(2026, 11, 19), RateKind.Spot).Mid);
        Assert.Equal(1.03m, resolver.GetRate(Pair("EUR/USD"), new LocalDate(2026, 11, 23), RateKind.Spot).Mid);
    }

    [Fact]
    public void A_missing_pair_throws_naming_the_pair_the_instant_and_the_newest_available()
    {
        var store = Store(Rate("EUR/USD", 1.05m, Day(2026, 11, 20)));
        var resolver = new FxRateResolver(store, FourDays);
        var before = Assert.Throws<RateNotFoundException>(() => resolver.GetRate(Pair("EUR/USD"), new LocalDate(2026, 11, 19), RateKind.Spot));
        Assert.Equal(Pair("EUR/USD"), before.Pair);
        Assert.Contains("EUR/USD", before.Message, StringComparison.Ordinal);
        Assert.Contains("2026-11-19", before.Message, StringComparison.Ordinal);
        Assert.Contains("newest available is EUR/USD as of 2026-11-20", before.Message, StringComparison.Ordinal);
        Assert.NotNull(before.NewestAvailable);

        var none = Assert.Throws<RateNotFoundException>(() => resolver.GetRate(Pair("GBP/JPY"), new LocalDate(2026, 11, 20), RateKind.Spot));
        Assert.Null(none.NewestAvailable);
        Assert.Contains("GBP/JPY", none.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_kind_is_not_a_substitute()
    {
        var store = Store(Rate("EUR/USD", 1.05m, Day(2026, 11, 20), RateKind.Budget));
        var resolver = new FxRateResolver(store, FourDays);
        var ex = Assert.Throws<RateNotFoundException>(() => resolver.GetRate(Pair("EUR/USD"), Day(2026, 11, 20), RateKind.Spot));
        Assert.Equal(RateKind.Spot, ex.Kind);
        Assert.Equal(1.05m, resolver.GetRate(Pair("EUR/USD"), Day(2026, 11, 20), RateKind.Budget).Mid);
    }

    [Fact]
    public void A_stale_rate_throws_naming_its_age_and_is_never_used_silently()
    {
        var store = Store(Rate("EUR/USD", 1.05m, Day(2026, 11, 10)));
        var resolver = new FxRateResolver(store, FourDays);
        var ex = Assert.Throws<StaleRateException>(() => resolver.GetRate(Pair("EUR/USD"), new LocalDate(2026, 11, 20), RateKind.Spot));
        Assert.Equal(Day(2026, 11, 10), ex.NewestAvailable.AsOf);
        Assert.Contains("EUR/USD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2026-11-10", ex.Message, StringComparison.Ordinal);
        Assert.Contains("stale", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Age > ex.MaxAge);
    }

    [Fact]
    public void A_stale_direct_rate_is_not_replaced_by_a_fresh_cross_rate()
    {
        var store = Store(Rate("USD/CNY", 7.0m, Day(2026, 11, 1)), Rate("EUR/USD", 1.05m, Day(2026, 11, 20)), Rate("EUR/CNY", 7.4m, Day(2026, 11, 20)));
        var resolver = new FxRateResolver(store, FourDays);
        Assert.Throws<StaleRateException>(() => resolver.GetRate(Pair("USD/CNY"), Day(2026, 11, 20), RateKind.Spot));
    }

    [Fact]
    public void An_expired_quote_is_stale_even_when_young()
    {
        var t = Day(2026, 11, 20);
        var locked = FxRate.TwoWay(Pair("EUR/USD"), 1.05m, 1.05m, 1.05m, t, "psp", RateKind.PaymentProvider, t + Duration.FromMinutes(15));
        var resolver = new FxRateResolver(Store(locked), FourDays);
        Assert.Same(locked, resolver.GetRate(Pair("EUR/USD"), t + Duration.FromMinutes(10), RateKind.PaymentProvider));
        var ex = Assert.Throws<StaleRateException>(() => resolver.GetRate(Pair("EUR/USD"), t + Duration.FromMinutes(20), RateKind.PaymentProvider));
        Assert.Contains("expired", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_inverse_is_derived_when_only_the_other_direction_is_quoted()
    {
        var eurUsd = Rate("EUR/USD", 1.25m, Day(2026, 11, 20));
        var rate = new FxRateResolver(Store(eurUsd), FourDays).GetRate(Pair("USD/EUR"), Day(2026, 11, 20), RateKind.Spot);
        Assert.Equal(0.8m, rate.Mid);
        Assert.Equal(RateOrigin.Inverted, rate.Origin);
        Assert.Same(eurUsd, rate.Legs[0]);
    }

    [Fact]
    public void A_missing_pair_is_triangulated_through_the_euro_and_the_chain_is_recorded()
    {
        var eurUsd = Rate("EUR/USD", 1.05m, Day(2026, 11, 20));
        var eurCny = Rate("EUR/CNY", 7.455m, Day(2026, 11, 19));
        var rate = new FxRateResolver(Store(eurUsd, eurCny), FourDays).GetRate(Pair("USD/CNY"), Day(2026, 11, 20), RateKind.Spot);
        Assert.Equal(Pair("USD/CNY"), rate.Pair);
        Assert.Equal(RateOrigin.Crossed, rate.Origin);
        Assert.Equal(7.455m / 1.05m, rate.Mid, 20);
        Assert.Equal(Day(2026, 11, 19), rate.AsOf);
        Assert.Equal(Pair("USD/EUR"), rate.Legs[0].Pair);
        Assert.Same(eurUsd, rate.Legs[0].Legs[0]);
        Assert.Same(eurCny, rate.Legs[1]);
        Assert.Contains("via EUR", rate.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Pivots_are_tried_in_order()
    {
        var store = Store(
            Rate("EUR/GBP", 0.84m, Day(2026, 11, 20)), Rate("EUR/JPY", 160m, Day(2026, 11, 20)),
            Rate("GBP/USD", 1.25m, Day(2026, 11, 20)), Rate("USD/JPY", 150m, Day(2026, 11, 20)));
        var viaEur = new FxRateResolver(store, FourDays).GetRate(Pair("GBP/JPY"), Day(2026, 11, 20), RateKind.Spot);
        var viaUsd = new FxRateResolver(store, FourDays, [Usd, Eur]).GetRate(Pair("GBP/JPY"), Day(2026, 11, 20), RateKind.Spot);
        Assert.Equal(160m / 0.84m, viaEur.Mid, 20);
        Assert.Equal(187.5m, viaUsd.Mid);
    }

    [Fact]
    public void Convert_finds_the_rate_and_returns_it_with_the_money()
    {
        var resolver = new FxRateResolver(Store(Rate("USD/CNY", 7.1m, Day(2026, 11, 20))), FourDays);
        var conversion = resolver.Convert(Money.Of(100m, Cny), Usd, Day(2026, 11, 21), PriceSide.Mid, MidpointRounding.ToEven, RateKind.Spot);
        Assert.Equal(Money.Of(14.08m, Usd), conversion.To);
        Assert.Equal(RateOrigin.Inverted, conversion.Rate.Origin);
        Assert.Throws<ArgumentException>(() => resolver.Convert(Money.Of(1m, Usd), Usd, Day(2026, 11, 21), PriceSide.Mid, MidpointRounding.ToEven, RateKind.Spot));
    }

    [Theory]
    [InlineData(2026, 11, 23, 4, true)]   // Friday's rate on Monday: just under 4 days old at the end of Monday
    [InlineData(2026, 11, 24, 4, false)]  // ... on Tuesday (Monday a holiday): too old for 4 days
    [InlineData(2026, 11, 24, 5, true)]   // ... but fine for 5 days (the DI default)
    public void Daily_rates_asked_for_by_date_age_as_documented(int year, int month, int day, int maxDays, bool fresh)
    {
        var friday = Rate("EUR/USD", 1.05m, Day(2026, 11, 20));
        var resolver = new FxRateResolver(Store(friday), StalenessPolicy.MaxAgeOf(Duration.FromDays(maxDays)));
        var date = new LocalDate(year, month, day);
        if (fresh)
        {
            Assert.Same(friday, resolver.GetRate(Pair("EUR/USD"), date, RateKind.Spot));
        }
        else
        {
            Assert.Throws<StaleRateException>(() => resolver.GetRate(Pair("EUR/USD"), date, RateKind.Spot));
        }
    }

    [Fact]
    public void A_negative_max_age_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => StalenessPolicy.MaxAgeOf(Duration.FromHours(-1)));
        Assert.Equal("maxAge", ex.ParamName);
    }
}

public class InMemoryRateStoreTests
{
    [Fact]
    public void Duplicate_rates_are_rejected_naming_them()
    {
        var ex = Assert.Throws<ArgumentException>(() => new InMemoryRateStore([Rate("EUR/USD", 1m, Day(2026, 1, 2)), Rate("EUR/USD", 1.1m, Day(2026, 1, 2))]));
        Assert.Equal("rates", ex.ParamName);
        Assert.Contains("EUR/USD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_returns_a_new_store_and_leaves_the_old_unchanged()
    {
        var store = new InMemoryRateStore([Rate("EUR/USD", 1m, Day(2026, 1, 2))]);
        var bigger = store.With([Rate("EUR/USD", 1.1m, Day(2026, 1, 3))]);
        Assert.Equal(1, store.Count);
        Assert.Equal(2, bigger.Count);
        Assert.Equal(1.1m, bigger.Newest(Pair("EUR/USD"), RateKind.Spot)!.Mid);
        Assert.Equal([1m, 1.1m], bigger.History(Pair("EUR/USD"), RateKind.Spot).Select(r => r.Mid));
    }

    [Fact]
    public void A_date_lookup_sees_every_rate_stamped_on_that_date_but_none_after()
    {
        var store = new InMemoryRateStore([Rate("EUR/USD", 1m, Day(2026, 1, 2) + Duration.FromHours(16)), Rate("EUR/USD", 2m, Day(2026, 1, 3))]);
        Assert.True(store.TryGetRate(Pair("EUR/USD"), new LocalDate(2026, 1, 2), RateKind.Spot, out var rate));
        Assert.Equal(1m, rate.Mid);
        Assert.False(store.TryGetRate(Pair("EUR/USD"), new LocalDate(2026, 1, 1), RateKind.Spot, out _));
    }

    [Fact]
    public void Nothing_before_the_first_rate()
    {
        var store = new InMemoryRateStore([Rate("EUR/USD", 1m, Day(2026, 1, 2))]);
        Assert.False(store.TryGetRate(Pair("EUR/USD"), Day(2026, 1, 1), RateKind.Spot, out _));
        Assert.True(store.TryGetRate(Pair("EUR/USD"), Day(2026, 1, 2), RateKind.Spot, out _));
    }
}

public class ChainedAndCachingRateProviderTests
{
    private sealed class CountingProvider(IExchangeRateProvider inner) : IExchangeRateProvider
    {
        public int Calls { get; private set; }

        public string Name => "counting";

        public bool TryGetRate(CurrencyPair pair, Instant asOf, RateKind kind, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FxRate? rate)
        {
            Calls++;
            return inner.TryGetRate(pair, asOf, kind, out rate);
        }

        public FxRate? Newest(CurrencyPair pair, RateKind kind) => inner.Newest(pair, kind);
    }

    [Fact]
    public void The_first_provider_that_has_the_rate_answers()
    {
        var first = new InMemoryRateStore([Rate("EUR/USD", 1.1m, Day(2026, 1, 2))], "first");
        var second = new InMemoryRateStore([Rate("EUR/USD", 1.2m, Day(2026, 1, 2)), Rate("EUR/GBP", 0.8m, Day(2026, 1, 2))], "second");
        var chain = new ChainedRateProvider(first, second);
        Assert.True(chain.TryGetRate(Pair("EUR/USD"), Day(2026, 1, 2), RateKind.Spot, out var usd));
        Assert.Equal(1.1m, usd.Mid);
        Assert.True(chain.TryGetRate(Pair("EUR/GBP"), Day(2026, 1, 2), RateKind.Spot, out var gbp));
        Assert.Equal(0.8m, gbp.Mid);
        Assert.False(chain.TryGetRate(Pair("EUR/JPY"), Day(2026, 1, 2), RateKind.Spot, out _));
        Assert.Equal("first → second", chain.Name);
    }

    [Fact]
    public void An_empty_chain_is_rejected()
    {
        Assert.Equal("providers", Assert.Throws<ArgumentException>(() => new ChainedRateProvider()).ParamName);
    }

    [Fact]
    public void The_cache_asks_the_inner_provider_once_per_question_including_misses()
    {
        var counting = new CountingProvider(new InMemoryRateStore([Rate("EUR/USD", 1.1m, Day(2026, 1, 2))]));
        var cache = new CachingRateProvider(counting);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(cache.TryGetRate(Pair("EUR/USD"), Day(2026, 1, 2), RateKind.Spot, out _));
            Assert.False(cache.TryGetRate(Pair("EUR/JPY"), Day(2026, 1, 2), RateKind.Spot, out _));
        }

        Assert.Equal(2, counting.Calls);
        Assert.Equal(2, cache.CachedCount);
    }

    [Fact]
    public void The_cache_keys_by_pair_instant_and_kind()
    {
        var counting = new CountingProvider(new InMemoryRateStore([Rate("EUR/USD", 1.1m, Day(2026, 1, 2)), Rate("USD/EUR", 0.9m, Day(2026, 1, 2))]));
        var cache = new CachingRateProvider(counting);

        Assert.True(cache.TryGetRate(Pair("EUR/USD"), Day(2026, 1, 2), RateKind.Spot, out var a));
        Assert.True(cache.TryGetRate(Pair("USD/EUR"), Day(2026, 1, 2), RateKind.Spot, out var b));
        Assert.True(cache.TryGetRate(Pair("EUR/USD"), Day(2026, 1, 3), RateKind.Spot, out _));
        Assert.False(cache.TryGetRate(Pair("EUR/USD"), Day(2026, 1, 2), RateKind.Official, out _));
        Assert.True(cache.TryGetRate(new CurrencyPair(Currency.FromCode("EUR"), Currency.FromCode("USD")), Day(2026, 1, 2), RateKind.Spot, out var again));

        Assert.Equal(1.1m, a.Mid);
        Assert.Equal(0.9m, b.Mid);
        Assert.Same(a, again);
        Assert.Equal(4, counting.Calls);
        Assert.False(cache.TryGetRate(default, Day(2026, 1, 2), RateKind.Spot, out _));
    }
}

public class WithdrawnCurrencyAndLimitTests
{
    private static readonly Currency Hrk = Currency.FromCode("HRK");

    [Fact]
    public void A_withdrawn_currency_is_no_conversion_target_after_its_last_day()
    {
        // HRK's last valid day is 2022-12-31 (ISO 4217 amendment 174; the euro in Croatia from 2023-01-01).
        var store = new InMemoryRateStore([Rate("EUR/HRK", 7.5345m, Day(2022, 12, 30)), Rate("EUR/HRK", 7.5345m, Day(2023, 1, 2))]);
        var resolver = new FxRateResolver(store, StalenessPolicy.MaxAgeOf(Duration.FromDays(5)));
        Assert.Equal(7.5345m, resolver.GetRate(new CurrencyPair(Eur, Hrk), new LocalDate(2022, 12, 31), RateKind.Spot).Mid);
        var ex = Assert.Throws<CurrencyWithdrawnException>(() => resolver.GetRate(new CurrencyPair(Eur, Hrk), new LocalDate(2023, 1, 2), RateKind.Spot));
        Assert.Equal((Hrk, new LocalDate(2023, 1, 2), "pair"), (ex.Currency, ex.Date, ex.ParamName));
        Assert.StartsWith("HRK (Kuna) was withdrawn after 2022-12-31; it cannot be used on 2023-01-02.", ex.Message, StringComparison.Ordinal);
        Assert.Throws<CurrencyWithdrawnException>(() => resolver.Convert(Money.Of(1m, Eur), Hrk, Day(2023, 1, 2), PriceSide.Mid, MidpointRounding.ToEven, RateKind.Spot));

        // Converting kuna into euro after the changeover is still possible (the target is current).
        Assert.Equal(Money.Of(1m, Eur), resolver.Convert(Money.Of(7.5345m, Hrk), Eur, Day(2023, 1, 2), PriceSide.Mid, MidpointRounding.ToEven, RateKind.Spot).To);
    }

    [Fact]
    public void A_withdrawn_currency_has_no_fees_after_its_last_day()
    {
        var schedule = FeeSchedule.ParseCsv(new StringReader(
            "provider,account_currency,card_region,card_tier,percent,fixed_amount,effective_from,effective_to,source\np,HRK,Domestic,Standard,1.5,2,,,s\n")).Single();
        Assert.True(schedule.TryGetFee(new LocalDate(2022, 12, 31), Hrk, CardRegion.Domestic, CardTier.Standard, out _));
        Assert.Equal("currency", Assert.Throws<CurrencyWithdrawnException>(() => schedule.FeeOn(new LocalDate(2023, 1, 1), Hrk, CardRegion.Domestic, CardTier.Standard)).ParamName);
    }

    [Fact]
    public void Conversions_beyond_decimals_range_are_refused_naming_the_amount()
    {
        // 79,228,162,514,264,337,593,543,950,335 is decimal.MaxValue; times 7.1 it cannot be represented.
        var rate = Rate("USD/CNY", 7.1m, Day(2026, 11, 20));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => rate.Convert(Money.Of(decimal.MaxValue, Usd), MidpointRounding.ToEven));
        Assert.Equal("money", ex.ParamName);
        Assert.Contains("beyond the range of decimal", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate("USD/CNY", 0.0000001m, Day(2026, 11, 20)).Convert(Money.Of(decimal.MaxValue / 2m, Cny), MidpointRounding.ToEven));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rate("USD/CNY", decimal.MaxValue, Day(2026, 11, 20)).ConvertAmount(Money.Of(100m, Usd), PriceSide.Mid, MidpointRounding.ToEven));
    }

    [Fact]
    public void A_home_currency_without_a_minor_unit_is_refused()
    {
        var ledger = new ExposureLedger([ExposureItem.Receivable(Money.Of(1000m, Usd), new LocalDate(2026, 12, 1), "x")]);
        var xau = Currency.FromCode("XAU");
        var ex = Assert.Throws<ArgumentException>(() => ledger.InHomeCurrency(xau, [FxRate.Of(new CurrencyPair(Usd, xau), 0.0005m, Day(2026, 11, 20), "t", RateKind.Spot)], MidpointRounding.ToEven));
        Assert.Equal("home", ex.ParamName);
        Assert.Contains("XAU (Gold) has no minor unit", ex.Message, StringComparison.Ordinal);
    }
}

public class CalendarAndSumLimitTests
{
    [Fact]
    public void The_last_date_of_the_calendar_can_be_asked_for()
    {
        // 9999-12-31 is NodaTime's last date; its end used to be computed from the next day, which does not exist.
        var resolver = new FxRateResolver(new InMemoryRateStore([Rate("USD/CNY", 7.1m, Day(2026, 11, 20))]), StalenessPolicy.MaxAgeOf(Duration.FromDays(5)));
        var stale = Assert.Throws<StaleRateException>(() => resolver.GetRate(Pair("USD/CNY"), new LocalDate(9999, 12, 31), RateKind.Spot));
        Assert.Equal(Instant.FromUtc(9999, 12, 31, 0, 0) + (Duration.FromDays(1) - Duration.Epsilon), stale.AsOf);
    }

    [Fact]
    public void Exposure_that_adds_up_beyond_decimals_range_names_the_bucket()
    {
        var ledger = new ExposureLedger([
            ExposureItem.Receivable(Money.Of(decimal.MaxValue, Usd), new LocalDate(2026, 12, 15), "a"),
            ExposureItem.Receivable(Money.Of(decimal.MaxValue, Usd), new LocalDate(2026, 12, 16), "b"),
        ]);
        var ex = Assert.Throws<OverflowException>(() => ledger.Buckets());
        Assert.StartsWith("The USD exposure of 2026-12 adds up beyond the range of decimal", ex.Message, StringComparison.Ordinal);
    }
}
