using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.DependencyInjection;

public class FxServiceCollectionExtensionsTests
{
    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private static void Configure(FxOptions o)
    {
        o.MaxRateAge = TimeSpan.FromDays(2);
        o.Rates.Add(new FxRateOptions { Pair = "EUR/USD", Mid = 1.05m, Date = "2026-11-20", Source = "config" });
        o.Rates.Add(new FxRateOptions { Pair = "EUR/CNY", Mid = 7.455m, Bid = 7.45m, Ask = 7.46m, Date = "2026-11-20", Source = "config" });
        var rule = new ThresholdRuleOptions { Id = "usdcny-7", Pair = "USD/CNY", Direction = ThresholdDirection.FallsBelow, Threshold = 7m, Band = 0.02m, Debounce = 2 };
        rule.Actions.Add(FxAction.PauseNewOrders);
        o.ThresholdRules.Add(rule);
    }

    [Fact]
    public void Services_are_built_from_the_options()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FixedTimeProvider(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero)));
        using var provider = services.AddCrossBorderFx(Configure).BuildServiceProvider(validateScopes: true);

        var resolver = provider.GetRequiredService<FxRateResolver>();
        Assert.Equal(Duration.FromDays(2), resolver.Staleness.MaxAge);
        var usdCny = provider.GetRequiredService<CurrentRates>().Get(Pair("USD/CNY"), RateKind.Spot);
        Assert.Equal(RateOrigin.Crossed, usdCny.Origin);
        Assert.Equal(Instant.FromUtc(2026, 11, 21, 12, 0), provider.GetRequiredService<IClock>().GetCurrentInstant());
        Assert.NotNull(provider.GetRequiredService<FeeScheduleCatalog>().Get("stripe-eea"));
        var rule = Assert.Single(provider.GetRequiredService<ThresholdRuleSet>().Rules);
        Assert.Equal(7.02m, rule.ReArmLevel);
    }

    [Fact]
    public void A_host_clock_wins_and_staleness_is_judged_against_it()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 12, 1, 0, 0)));
        using var provider = services.AddCrossBorderFx(Configure).BuildServiceProvider();
        Assert.IsType<FakeClock>(provider.GetRequiredService<IClock>());
        Assert.Throws<StaleRateException>(() => provider.GetRequiredService<CurrentRates>().Get(Pair("EUR/USD"), RateKind.Spot));
    }

    [Fact]
    public void Calling_twice_adds_nothing_twice()
    {
        var once = new ServiceCollection().AddCrossBorderFx();
        var twice = new ServiceCollection().AddCrossBorderFx().AddCrossBorderFx(o => o.IncludeDefaultFeeSchedules = false);
        Assert.Equal(once.Count, twice.Count - 2); // the second call only adds its Configure action and the record of it
        Assert.Equal(once.Select(d => d.ServiceType), twice.Where(d => d.ServiceType != typeof(IConfigureOptions<FxOptions>) && d.ServiceType.Name != "FxOptionsSource").Select(d => d.ServiceType));
        using var provider = twice.BuildServiceProvider();
        Assert.Empty(provider.GetRequiredService<FeeScheduleCatalog>().Providers);
    }

    [Fact]
    public void Without_options_the_defaults_apply()
    {
        using var provider = new ServiceCollection().AddCrossBorderFx().BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        // The documented defaults: 5 days, EUR then USD, the embedded fee schedules, no rates, no rules.
        Assert.Equal(Duration.FromDays(5), provider.GetRequiredService<FxRateResolver>().Staleness.MaxAge);
        Assert.Contains("stripe-eea", provider.GetRequiredService<FeeScheduleCatalog>().Providers);
        Assert.Empty(provider.GetRequiredService<ThresholdRuleSet>().Rules);
        Assert.Throws<RateNotFoundException>(() => provider.GetRequiredService<FxRateResolver>().GetRate(Pair("EUR/USD"), new LocalDate(2026, 11, 20), RateKind.Spot));
    }

    [Fact]
    public void The_same_delegate_twice_is_applied_once()
    {
        // Configure adds two rates; applied twice, the store would hold each twice and reject them.
        var services = new ServiceCollection().AddCrossBorderFx(Configure).AddCrossBorderFx(Configure);
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 21, 0, 0)));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(2, provider.GetRequiredService<IOptions<FxOptions>>().Value.Rates.Count);
        Assert.Single(provider.GetRequiredService<ThresholdRuleSet>().Rules);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    [Fact]
    public void Options_bind_from_a_configuration_section()
    {
        var configuration = Configuration(
            ("CrossBorder:Fx:MaxRateAge", "2.00:00:00"),
            ("CrossBorder:Fx:PivotCurrencies:0", "USD"),
            ("CrossBorder:Fx:IncludeDefaultFeeSchedules", "false"),
            ("CrossBorder:Fx:Rates:0:Pair", "USD/EUR"),
            ("CrossBorder:Fx:Rates:0:Mid", "0.95"),
            ("CrossBorder:Fx:Rates:0:Date", "2026-11-20"),
            ("CrossBorder:Fx:Rates:0:Source", "config"),
            ("CrossBorder:Fx:Rates:1:Pair", "USD/CNY"),
            ("CrossBorder:Fx:Rates:1:Mid", "7.1"),
            ("CrossBorder:Fx:Rates:1:Date", "2026-11-20"),
            ("CrossBorder:Fx:Rates:1:Source", "config"),
            ("CrossBorder:Fx:ThresholdRules:0:Id", "usdcny-7"),
            ("CrossBorder:Fx:ThresholdRules:0:Pair", "USD/CNY"),
            ("CrossBorder:Fx:ThresholdRules:0:Direction", "FallsBelow"),
            ("CrossBorder:Fx:ThresholdRules:0:Threshold", "7"),
            ("CrossBorder:Fx:ThresholdRules:0:Band", "0.05"),
            ("CrossBorder:Fx:ThresholdRules:0:Actions:0", "Notify"));
        var services = new ServiceCollection()
            .AddCrossBorderFx(configuration.GetSection("CrossBorder:Fx"))
            .AddCrossBorderFx(configuration.GetSection("CrossBorder:Fx")); // bound once, not twice
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 21, 12, 0)));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(Duration.FromDays(2), provider.GetRequiredService<FxRateResolver>().Staleness.MaxAge);
        Assert.Empty(provider.GetRequiredService<FeeScheduleCatalog>().Providers);
        var rule = Assert.Single(provider.GetRequiredService<ThresholdRuleSet>().Rules);
        Assert.Equal(7.05m, rule.ReArmLevel); // 7 + 0.05
        Assert.Equal([FxAction.Notify], rule.Actions);

        // EUR/CNY through the configured pivot USD: (1 / 0.95) × 7.1.
        var eurCny = provider.GetRequiredService<CurrentRates>().Get(Pair("EUR/CNY"), RateKind.Spot);
        Assert.Equal(RateOrigin.Crossed, eurCny.Origin);
        Assert.Equal(Pair("USD/EUR"), eurCny.Legs[0].Legs[0].Pair);
        Assert.Equal(7.1m / 0.95m, eurCny.Mid, 20);
    }

    [Fact]
    public void Bound_values_are_validated_at_start_up()
    {
        var configuration = Configuration(
            ("Fx:Rates:0:Pair", "EUR/USD"),
            ("Fx:Rates:0:Mid", "-1"),
            ("Fx:Rates:0:Date", "2026-11-20"),
            ("Fx:Rates:0:Source", "config"),
            ("Fx:ThresholdRules:0:Id", "r"),
            ("Fx:ThresholdRules:0:Pair", "USD/CNY"),
            ("Fx:ThresholdRules:0:Threshold", "7"),
            ("Fx:ThresholdRules:0:Debounce", "0"));
        using var provider = new ServiceCollection().AddCrossBorderFx(configuration.GetSection("Fx")).BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        var message = string.Join("\n", ex.Failures);
        Assert.Contains("Rates[0] (EUR/USD)", message, StringComparison.Ordinal);
        Assert.Contains("Debounce", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inconsistent_options_fail_at_start_up_naming_the_problem()
    {
        var services = new ServiceCollection().AddCrossBorderFx(o =>
        {
            o.MaxRateAge = TimeSpan.FromHours(-1);
            o.PivotCurrencies = ["EUR", "ZZZ"];
            o.Rates.Add(new FxRateOptions { Pair = "EUR/USD", Mid = -1.05m, Date = "2026-11-20", Source = "config" });
            o.Rates.Add(new FxRateOptions { Pair = "eur-usd", Mid = 1m, Date = "20.11.2026", Source = "config" });
            o.ThresholdRules.Add(new ThresholdRuleOptions { Id = "bad", Pair = "USD/CNY", Threshold = 7m, Band = -0.1m, Debounce = 0 });
        });
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        var message = string.Join("\n", ex.Failures);
        Assert.Contains("MaxRateAge", message, StringComparison.Ordinal);
        Assert.Contains("ZZZ", message, StringComparison.Ordinal);
        Assert.Contains("Rates[0]", message, StringComparison.Ordinal);
        Assert.Contains("-1.05", message, StringComparison.Ordinal);
        Assert.Contains("BASE/QUOTE", message, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", message, StringComparison.Ordinal);
        Assert.Contains("Debounce", message, StringComparison.Ordinal);
        Assert.Contains("ThresholdRules[0] (bad)", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_currencies_registered_in_core_are_accepted_in_configured_pairs()
    {
        var services = new ServiceCollection()
            .AddCrossBorderCore(o => o.CustomCurrencies.Add(new CustomCurrencyOptions { Code = "CNH", MinorUnit = 2, Name = "Offshore renminbi" }))
            .AddCrossBorderFx(o => o.Rates.Add(new FxRateOptions { Pair = "USD/CNH", Mid = 7.12m, Date = "2026-11-20", Source = "config" }));
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2026, 11, 20, 12, 0)));
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        var cnh = provider.GetRequiredService<CurrencyRegistry>().FromCode("CNH");
        var rate = provider.GetRequiredService<CurrentRates>().Get(new CurrencyPair(Usd, cnh), RateKind.Spot);
        Assert.Equal(7.12m, rate.Mid);

        using var withoutCore = new ServiceCollection()
            .AddCrossBorderFx(o => o.Rates.Add(new FxRateOptions { Pair = "USD/CNH", Mid = 7.12m, Date = "2026-11-20", Source = "config" }))
            .BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => withoutCore.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("CNH", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => FxServiceCollectionExtensions.AddCrossBorderFx(null!)).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCrossBorderFx((Action<FxOptions>)null!)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCrossBorderFx((IConfiguration)null!)).ParamName);
    }
}
