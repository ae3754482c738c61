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
        Assert.Throws<ArgumentNullException>(() => CoreServiceCollectionExtensions.AddCrossBorderCore(null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCrossBorderCore(null!));
    }
}
