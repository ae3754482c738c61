using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CrossBorder.Replenishment.Tests;

public class ReplenishmentServiceCollectionExtensionsTests
{
    [Fact]
    public void Registers_the_planner_with_the_configured_defaults()
    {
        using var provider = new ServiceCollection()
            .AddCrossBorderReplenishment(o =>
            {
                o.ServiceMeasure = ServiceMeasure.FillRate;
                o.ServiceLevel = 0.98;
                o.ReviewPeriodDays = 14;
                o.Rounding = PackRounding.Nearest;
            })
            .BuildServiceProvider(validateScopes: true);
        var planner = provider.GetRequiredService<ReplenishmentPlanner>();
        Assert.Equal(ServiceTarget.FillRate(0.98), planner.Settings.Target);
        Assert.Equal(2, planner.Settings.ReviewPeriods(PeriodUnit.Week));
        Assert.Equal(PackRounding.Nearest, planner.Settings.Rounding);
        Assert.Same(planner, provider.GetRequiredService<ReplenishmentPlanner>());
    }

    [Fact]
    public void Defaults_without_configuration()
    {
        using var provider = new ServiceCollection().AddCrossBorderReplenishment().BuildServiceProvider();
        var settings = provider.GetRequiredService<ReplenishmentSettings>();
        Assert.Equal(ServiceTarget.CycleServiceLevel(0.95), settings.Target);
        Assert.Equal(7, settings.ReviewPeriodDays);
        Assert.Equal(12, settings.NoSaleWeeks);
        Assert.Equal(26, settings.ExcessCoverWeeks);
    }

    [Fact]
    public void Is_idempotent()
    {
        var services = new ServiceCollection();
        services.AddCrossBorderReplenishment().AddCrossBorderReplenishment(o => o.ServiceLevel = 0.9);
        var count = services.Count;
        services.AddCrossBorderReplenishment();
        Assert.Equal(count, services.Count);
        Assert.Single(services, d => d.ServiceType == typeof(ReplenishmentPlanner));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<ReplenishmentOptions>));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(0.9, provider.GetRequiredService<ReplenishmentSettings>().Target.Level);
    }

    [Theory]
    [InlineData(1.0, 7)]
    [InlineData(0.0, 7)]
    [InlineData(0.95, 0)]
    public void Invalid_options_fail_at_start_up(double level, int review)
    {
        using var provider = new ServiceCollection()
            .AddCrossBorderReplenishment(o =>
            {
                o.ServiceLevel = level;
                o.ReviewPeriodDays = review;
            })
            .BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ReplenishmentOptions>>().Value);
        Assert.Contains(level is <= 0 or >= 1 ? "ServiceLevel" : "ReviewPeriodDays", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_enum_values_fail_validation()
    {
        using var provider = new ServiceCollection()
            .AddCrossBorderReplenishment(o => o.ServiceMeasure = (ServiceMeasure)9)
            .BuildServiceProvider();
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ReplenishmentSettings>());
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => ReplenishmentServiceCollectionExtensions.AddCrossBorderReplenishment(null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCrossBorderReplenishment((Action<ReplenishmentOptions>)null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddCrossBorderReplenishment((IConfiguration)null!));
    }

    [Fact]
    public void Binds_the_options_from_a_configuration_section()
    {
        var configuration = Section(("ServiceMeasure", "FillRate"), ("ServiceLevel", "0.98"), ("ReviewPeriodDays", "14"), ("NoSaleWeeks", "8"));
        using var provider = new ServiceCollection().AddCrossBorderReplenishment(configuration).BuildServiceProvider();
        var settings = provider.GetRequiredService<ReplenishmentSettings>();
        Assert.Equal(ServiceTarget.FillRate(0.98), settings.Target);
        Assert.Equal(14, settings.ReviewPeriodDays);
        Assert.Equal(8, settings.NoSaleWeeks);
        Assert.Equal(26, settings.ExcessCoverWeeks);
    }

    [Fact]
    public void Configuration_overload_is_idempotent()
    {
        var configuration = Section(("ServiceLevel", "0.9"));
        var services = new ServiceCollection().AddCrossBorderReplenishment(configuration);
        var count = services.Count(d => d.ServiceType != typeof(IConfigureOptions<ReplenishmentOptions>) && d.ServiceType != typeof(IOptionsChangeTokenSource<ReplenishmentOptions>));
        services.AddCrossBorderReplenishment(configuration).AddCrossBorderReplenishment();
        Assert.Equal(count, services.Count(d => d.ServiceType != typeof(IConfigureOptions<ReplenishmentOptions>) && d.ServiceType != typeof(IOptionsChangeTokenSource<ReplenishmentOptions>)));
        Assert.Single(services, d => d.ServiceType == typeof(ReplenishmentPlanner));
        using var provider = services.BuildServiceProvider();
        Assert.Equal(0.9, provider.GetRequiredService<ReplenishmentSettings>().Target.Level);
    }

    public static TheoryData<string> Overloads => ["action", "configuration"];

    [Theory]
    [MemberData(nameof(Overloads))]
    public void Every_overload_validates_at_start_up(string overload)
    {
        // ServiceLevel 1.5 is outside (0, 1): the start-up validator (what a host runs before it starts) must refuse it.
        var services = new ServiceCollection();
        _ = overload == "action"
            ? services.AddCrossBorderReplenishment(o => o.ServiceLevel = 1.5)
            : services.AddCrossBorderReplenishment(Section(("ServiceLevel", "1.5")));
        using var provider = services.BuildServiceProvider();
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("ServiceLevel", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_planner_forecasts_with_the_forecaster_of_AddCrossBorderForecasting()
    {
        using var provider = new ServiceCollection()
            .AddCrossBorderForecasting(o => o.Levels = [0.9])
            .AddCrossBorderReplenishment()
            .BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<AutoForecaster>(), provider.GetRequiredService<ReplenishmentPlanner>().Forecaster);
    }

    [Fact]
    public void Registers_the_forecaster_when_the_host_has_not()
    {
        using var provider = new ServiceCollection().AddCrossBorderReplenishment().BuildServiceProvider();
        Assert.Same(provider.GetRequiredService<AutoForecaster>(), provider.GetRequiredService<ReplenishmentPlanner>().Forecaster);
    }

    private static IConfiguration Section(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>("Replenishment:" + v.Key, v.Value)))
            .Build()
            .GetSection("Replenishment");
}
