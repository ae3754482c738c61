using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrossBorder.Advertising.Tests.DependencyInjection;

public class AdvertisingServiceCollectionExtensionsTests
{
    [Fact]
    public void Defaults_give_metrics_only_settings()
    {
        using var provider = new ServiceCollection().AddCrossBorderAdvertising().BuildServiceProvider(validateScopes: true);

        var settings = provider.GetRequiredService<AdAnalysisSettings>();
        Assert.Null(settings.TargetAcos);
        Assert.Equal((3, AdLevel.Campaign), (settings.MaturityDays, settings.GroupBy));
    }

    [Fact]
    public void Options_bind_from_configuration_and_calling_twice_registers_once()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ads:TargetAcosPercent"] = "25",
            ["Ads:MaturityDays"] = "7",
            ["Ads:GroupBy"] = "SearchTerm",
        }).Build();
        var services = new ServiceCollection().AddCrossBorderAdvertising(configuration.GetSection("Ads")).AddCrossBorderAdvertising();

        Assert.Single(services, d => d.ServiceType == typeof(AdAnalysisSettings));
        using var provider = services.BuildServiceProvider();
        var settings = provider.GetRequiredService<AdAnalysisSettings>();
        Assert.Equal((Percentage.FromPercent(25m), 7, AdLevel.SearchTerm), (settings.TargetAcos, settings.MaturityDays, settings.GroupBy));
    }

    [Fact]
    public void Out_of_range_options_stop_the_host_at_start_up()
    {
        using var provider = new ServiceCollection().AddCrossBorderAdvertising(o => { o.TargetAcosPercent = 150m; o.MaturityDays = 40; }).BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AdvertisingOptions>>().Value);

        Assert.Contains("TargetAcosPercent 150", e.Message, StringComparison.Ordinal);
        Assert.Contains("MaturityDays 40", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_thresholds_bind_from_configuration_and_others_keep_their_defaults()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ads:BidMinClicks"] = "40",
            ["Ads:BidMaxStepUpPercent"] = "20",
            ["Ads:HarvestMinOrders"] = "3",
        }).Build();
        using var provider = new ServiceCollection().AddCrossBorderAdvertising(configuration.GetSection("Ads")).BuildServiceProvider();

        var settings = provider.GetRequiredService<AdAnalysisSettings>();
        Assert.Equal((40L, Percentage.FromPercent(20m), BidSettings.Default.MaxStepDown), (settings.Bids!.MinClicks, settings.Bids.MaxStepUp, settings.Bids.MaxStepDown));
        Assert.Equal((3L, SearchTermRuleSettings.Default.LookbackDays), (settings.SearchTerms!.HarvestMinOrders, settings.SearchTerms.LookbackDays));
    }

    [Fact]
    public void A_threshold_the_rules_refuse_stops_the_host_at_start_up()
    {
        using var provider = new ServiceCollection().AddCrossBorderAdvertising(o => o.BidCutProbability = 1.5).BuildServiceProvider();

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AdvertisingOptions>>().Value);
    }
}
