using CrossBorder.Tax.Tests.Helpers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrossBorder.Tax.Tests.DependencyInjection;

public class TaxServiceCollectionExtensionsTests
{
    [Fact]
    public void Defaults_register_the_embedded_pack_and_per_line_half_up()
    {
        using var provider = new ServiceCollection().AddCrossBorderTax().BuildServiceProvider(validateScopes: true);

        Assert.Same(TaxRulePack.Default, provider.GetRequiredService<TaxRulePack>());
        Assert.Equal(TaxRoundingPolicy.PerLineHalfUp, provider.GetRequiredService<TaxRoundingPolicy>());
        var calculator = provider.GetRequiredService<TaxCalculator>();
        Assert.Same(provider.GetRequiredService<TaxRulePack>(), calculator.Pack);
        Assert.Null(calculator.Taxonomy);
    }

    [Fact]
    public void The_calculator_uses_the_hosts_taxonomy()
    {
        var taxonomy = new NoTaxonomy();
        using var provider = new ServiceCollection().AddSingleton<ICommodityTaxonomy>(taxonomy).AddCrossBorderTax().BuildServiceProvider();

        Assert.Same(taxonomy, provider.GetRequiredService<TaxCalculator>().Taxonomy);
    }

    private sealed class NoTaxonomy : ICommodityTaxonomy
    {
        public TaxCategory? CategoryOf(string hsCode, TaxJurisdiction jurisdiction, NodaTime.LocalDate date) => null;
    }

    [Fact]
    public void Calling_it_twice_registers_each_service_once()
    {
        var services = new ServiceCollection().AddCrossBorderTax().AddCrossBorderTax(o => o.RoundingMode = MidpointRounding.ToEven);

        Assert.Single(services, d => d.ServiceType == typeof(TaxRulePack));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<TaxOptions>));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(MidpointRounding.ToEven, provider.GetRequiredService<TaxRoundingPolicy>().Mode);
    }

    [Fact]
    public void Rule_pack_files_extend_the_default_and_bind_from_configuration()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tax-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, TestPacks.Estonia);
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Tax:RulePackFiles:0"] = path,
                ["Tax:RoundingLevel"] = "PerInvoice",
                ["Tax:RoundingMode"] = "ToEven",
            }).Build();
            using var provider = new ServiceCollection().AddCrossBorderTax(configuration.GetSection("Tax")).BuildServiceProvider();

            var pack = provider.GetRequiredService<TaxRulePack>();
            Assert.Equal(TaxRulePack.Default.Version + "+test-1", pack.Version);
            Assert.True(pack.TryGet(TaxJurisdiction.Parse("US-CA"), out _));
            Assert.Equal(new TaxRoundingPolicy(TaxRoundingLevel.PerInvoice, MidpointRounding.ToEven), provider.GetRequiredService<TaxRoundingPolicy>());
            Assert.Equal([path], provider.GetRequiredService<IOptions<TaxOptions>>().Value.RulePackFiles);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_malformed_pack_or_rounding_fails_validation_at_start_up_naming_the_rule()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tax-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, TestPacks.With("\"rate\": \"9%\"", "\"rate\": \"nine\""));
        try
        {
            using var provider = new ServiceCollection().AddCrossBorderTax(o =>
            {
                o.RulePackFiles.Add(path);
                o.RoundingMode = MidpointRounding.ToZero;
            }).BuildServiceProvider();

            var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TaxOptions>>().Value);
            Assert.Contains(e.Failures, f => f.Contains("rates[3].rate: 'nine' is not a percentage", StringComparison.Ordinal));
            Assert.Contains(e.Failures, f => f.Contains("RoundingMode ToZero", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Without_the_default_a_file_is_required()
    {
        using var provider = new ServiceCollection().AddCrossBorderTax(o => o.IncludeDefaultRules = false).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TaxOptions>>().Value);
        Assert.Contains("RulePackFiles must name at least one rule pack", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Guards_name_their_parameters()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => TaxServiceCollectionExtensions.AddCrossBorderTax(null!)).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCrossBorderTax((Action<TaxOptions>)null!)).ParamName);
        Assert.Equal("configuration", Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCrossBorderTax((IConfiguration)null!)).ParamName);
    }
}
