using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrossBorder.Scorecards.Tests.DependencyInjection;

public class ScorecardsServiceCollectionExtensionsTests
{
    private static Dictionary<string, string?> Settings(string direction) => new()
    {
        ["Definitions:seller:Metrics:0:Id"] = "lsr",
        ["Definitions:seller:Metrics:0:Role"] = "guardrail",
        ["Definitions:seller:Metrics:0:Direction"] = direction,
        ["Definitions:seller:Metrics:0:Unit"] = "percent",
        ["Definitions:seller:Metrics:0:Numerator"] = "late shipments",
        ["Definitions:seller:Metrics:0:Denominator"] = "shipments",
        ["Definitions:seller:Metrics:0:WindowDays"] = "30",
        ["Definitions:seller:Metrics:0:Thresholds:Red"] = "0.06",
        ["Definitions:seller:Metrics:0:Thresholds:Amber"] = "0.04",
        ["Definitions:seller:Metrics:0:Thresholds:Green"] = "0.02",
        ["Definitions:seller:Metrics:0:HealthRules:*"] = "amazon.late-shipment-rate",
    };

    [Fact]
    public void Definitions_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings("lower")).Build();
        using var provider = new ServiceCollection().AddCrossBorderScorecards(configuration).BuildServiceProvider();
        var definition = provider.GetRequiredService<ScorecardDefinitions>()["seller"];
        Assert.Equal("seller", definition.Name);
        var lsr = Assert.Single(definition.Metrics);
        Assert.Equal((Direction.LowerIsBetter, 30, 0.04m, "amazon.late-shipment-rate"), (lsr.Direction, lsr.WindowDays, lsr.Thresholds.Amber, lsr.HealthRuleFor("amazon-us")));
    }

    [Fact]
    public void A_malformed_definition_fails_at_start_up_naming_the_definition_and_metric()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings("down")).Build();
        using var provider = new ServiceCollection().AddCrossBorderScorecards(configuration).BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ScorecardsOptions>>().Value);
        Assert.Contains("Scorecards:Definitions:seller: metrics[0] (lsr): direction 'down' is not higher, lower, in-range.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Calling_it_twice_adds_nothing_twice()
    {
        var services = new ServiceCollection().AddCrossBorderScorecards().AddCrossBorderScorecards(o => { });
        Assert.Single(services, d => d.ServiceType == typeof(ScorecardDefinitions));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<ScorecardsOptions>));
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddCrossBorderScorecards());
    }
}
