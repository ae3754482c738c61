using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrossBorder.Tests;

public class CoreServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_the_registries_as_singletons()
    {
        using var provider = new ServiceCollection().AddCrossBorderCore().BuildServiceProvider(validateScopes: true);

        Assert.Same(CurrencyRegistry.Iso4217, provider.GetRequiredService<CurrencyRegistry>());
        Assert.Same(CountryRegistry.Iso3166, provider.GetRequiredService<CountryRegistry>());
    }

    [Fact]
    public void Calling_it_twice_registers_nothing_twice()
    {
        var once = new ServiceCollection().AddCrossBorderCore();
        var twice = new ServiceCollection().AddCrossBorderCore().AddCrossBorderCore();

        Assert.Equal(once.Count, twice.Count);
        Assert.Single(twice, d => d.ServiceType == typeof(CurrencyRegistry));
        Assert.Single(twice, d => d.ServiceType == typeof(IValidateOptions<CrossBorderCoreOptions>));
    }

    [Fact]
    public void Every_overload_registers_the_same_services_once()
    {
        var configuration = Configuration(("CustomCurrencies:0:Code", "USDT"), ("CustomCurrencies:0:MinorUnit", "6"), ("CustomCurrencies:0:Name", "Tether USD"));
        var once = new ServiceCollection().AddCrossBorderCore();
        var all = new ServiceCollection()
            .AddCrossBorderCore(configuration)
            .AddCrossBorderCore(o => o.CustomCurrencies.Add(new CustomCurrencyOptions { Code = "CNH", MinorUnit = 2, Name = "Offshore yuan" }))
            .AddCrossBorderCore();

        // Only the configuration each call brings is added: a binding (an IConfigureOptions and a change token source)
        // and an action (an IConfigureOptions).
        var registrations = all.Where(d => d.ServiceType != typeof(IConfigureOptions<CrossBorderCoreOptions>) && d.ServiceType != typeof(IOptionsChangeTokenSource<CrossBorderCoreOptions>));
        Assert.Equal(once.Count, registrations.Count());
        foreach (var type in new[] { typeof(CurrencyRegistry), typeof(CountryRegistry), typeof(IValidateOptions<CrossBorderCoreOptions>) })
        {
            Assert.Single(all, d => d.ServiceType == type);
        }

        using var provider = all.BuildServiceProvider();
        provider.GetRequiredService<IStartupValidator>().Validate();
        var registry = provider.GetRequiredService<CurrencyRegistry>();
        Assert.Equal(6, registry.FromCode("USDT").MinorUnit);
        Assert.Equal(2, registry.FromCode("CNH").MinorUnit);
    }

    [Fact]
    public void Custom_currencies_bind_from_configuration()
    {
        var configuration = Configuration(
            ("CustomCurrencies:0:Code", "USDC"),
            ("CustomCurrencies:0:MinorUnit", "6"),
            ("CustomCurrencies:0:Name", "USD Coin"),
            ("CustomCurrencies:1:Code", "CREDIT"),
            ("CustomCurrencies:1:Name", "Platform credit"));
        using var provider = new ServiceCollection().AddCrossBorderCore(configuration).BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        var registry = provider.GetRequiredService<CurrencyRegistry>();

        Assert.Equal(6, registry.FromCode("USDC").MinorUnit);
        Assert.Null(registry.FromCode("CREDIT").MinorUnit);
        Assert.Equal(2, provider.GetRequiredService<IOptions<CrossBorderCoreOptions>>().Value.CustomCurrencies.Count);
    }

    [Theory]
    [InlineData("usdt", "upper-case")]
    [InlineData("EUR", "shadow")]
    public void Invalid_configuration_fails_at_start_up(string code, string reason)
    {
        using var provider = new ServiceCollection()
            .AddCrossBorderCore(Configuration(("CustomCurrencies:0:Code", code), ("CustomCurrencies:0:MinorUnit", "2"), ("CustomCurrencies:0:Name", "X")))
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_currencies_from_options_join_the_registry()
    {
        using var provider = new ServiceCollection()
            .AddCrossBorderCore(o => o.CustomCurrencies.Add(new CustomCurrencyOptions { Code = "USDT", MinorUnit = 6, Name = "Tether USD" }))
            .BuildServiceProvider();

        var registry = provider.GetRequiredService<CurrencyRegistry>();

        Assert.Equal(6, registry.FromCode("USDT").MinorUnit);
        Assert.Equal("USD", registry.FromCode("USD").Code);
        Assert.False(CurrencyRegistry.Iso4217.TryFromCode("USDT", out _));
    }

    [Theory]
    [InlineData("usdt", 6, "Tether", "upper-case")]
    [InlineData("USDT", 40, "Tether", "MinorUnit")]
    [InlineData("USDT", 6, "", "Name")]
    [InlineData("EUR", 2, "Shadow euro", "shadow")]
    public void Invalid_options_fail_at_start_up(string code, int minorUnit, string name, string reason)
    {
        using var provider = new ServiceCollection()
            .AddCrossBorderCore(o => o.CustomCurrencies.Add(new CustomCurrencyOptions { Code = code, MinorUnit = minorUnit, Name = name }))
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_custom_codes_fail_at_start_up()
    {
        using var provider = new ServiceCollection()
            .AddCrossBorderCore(o =>
            {
                o.CustomCurrencies.Add(new CustomCurrencyOptions { Code = "CNH", MinorUnit = 2, Name = "Offshore yuan" });
                o.CustomCurrencies.Add(new CustomCurrencyOptions { Code = "CNH", MinorUnit = 2, Name = "Again" });
            })
            .BuildServiceProvider();

        Assert.Contains("twice", Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<CrossBorderCoreOptions>>().Value).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => CoreServiceCollectionExtensions.AddCrossBorderCore(null!)).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => CoreServiceCollectionExtensions.AddCrossBorderCore(null!, _ => { })).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => CoreServiceCollectionExtensions.AddCrossBorderCore(null!, Configuration())).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCrossBorderCore((Action<CrossBorderCoreOptions>)null!)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCrossBorderCore((IConfiguration)null!)).ParamName);
    }

    [Fact]
    public void A_null_custom_currency_fails_at_start_up()
    {
        using var provider = new ServiceCollection().AddCrossBorderCore(o => o.CustomCurrencies.Add(null!)).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
