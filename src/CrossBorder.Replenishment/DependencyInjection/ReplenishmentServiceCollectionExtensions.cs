using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorder.Replenishment;

/// <summary>Policy defaults for <see cref="ReplenishmentServiceCollectionExtensions.AddCrossBorderReplenishment(IServiceCollection, Action{ReplenishmentOptions})"/>, validated at start-up.</summary>
public sealed class ReplenishmentOptions
{
    /// <summary>The service measure the target is stated in. Default: <see cref="ServiceMeasure.CycleServiceLevel"/>.</summary>
    [EnumDataType(typeof(ServiceMeasure))]
    public ServiceMeasure ServiceMeasure { get; set; } = ServiceMeasure.CycleServiceLevel;

    /// <summary>The target level, strictly between 0 and 1. Default: 0.95.</summary>
    [Range(0d, 1d, MinimumIsExclusive = true, MaximumIsExclusive = true)]
    public double ServiceLevel { get; set; } = 0.95;

    /// <summary>Days between reviews, 1 to 366. Default: 7 (a weekly shipping cycle).</summary>
    [Range(1, 366)]
    public int ReviewPeriodDays { get; set; } = 7;

    /// <summary>How orders are rounded to case packs (the MOQ is never undercut). Default: <see cref="PackRounding.Up"/>.</summary>
    [EnumDataType(typeof(PackRounding))]
    public PackRounding Rounding { get; set; } = PackRounding.Up;

    /// <summary>Weeks without a sale before a slow-mover alert, 1 to 520. Default: 12.</summary>
    [Range(1, 520)]
    public int NoSaleWeeks { get; set; } = 12;

    /// <summary>Weeks of cover beyond which stock is flagged as excess, 1 to 520. Default: 26.</summary>
    [Range(1, 520)]
    public int ExcessCoverWeeks { get; set; } = 26;

    /// <summary>Maps the options to the immutable domain settings.</summary>
    internal ReplenishmentSettings ToSettings() =>
        new(ServiceTarget.Of(ServiceMeasure, ServiceLevel), ReviewPeriodDays, Rounding, NoSaleWeeks, ExcessCoverWeeks);
}

/// <summary>Validates <see cref="ReplenishmentOptions"/> from their data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class ReplenishmentOptionsValidator : IValidateOptions<ReplenishmentOptions>
{
}

/// <summary>Registers the replenishment planner in a host's service collection.</summary>
public static class ReplenishmentServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ReplenishmentSettings"/> (mapped from <see cref="ReplenishmentOptions"/>, validated at start-up)
    /// and <see cref="ReplenishmentPlanner"/> as singletons; the planner forecasts with the <see cref="AutoForecaster"/>
    /// of <c>AddCrossBorderForecasting</c> (registered here with its defaults when the host has not called it). Calling
    /// it again adds nothing twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    public static IServiceCollection AddCrossBorderReplenishment(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddCrossBorderForecasting();
        if (services.Any(d => d.ServiceType == typeof(ReplenishmentMarker)))
        {
            return services;
        }

        services.TryAddSingleton<ReplenishmentMarker>();
        services.AddOptions<ReplenishmentOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReplenishmentOptions>, ReplenishmentOptionsValidator>());
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<ReplenishmentOptions>>().Value.ToSettings());
        services.TryAddSingleton(provider => new ReplenishmentPlanner(provider.GetRequiredService<ReplenishmentSettings>(), provider.GetRequiredService<AutoForecaster>()));
        return services;
    }

    /// <summary>As <see cref="AddCrossBorderReplenishment(IServiceCollection)"/>, configuring the options.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; validated at start-up.</param>
    public static IServiceCollection AddCrossBorderReplenishment(this IServiceCollection services, Action<ReplenishmentOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddCrossBorderReplenishment();
    }

    /// <summary>
    /// As <see cref="AddCrossBorderReplenishment(IServiceCollection)"/>, binding the options from a configuration
    /// section such as <c>configuration.GetSection("Replenishment")</c> (keys named as the properties of
    /// <see cref="ReplenishmentOptions"/>); validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind.</param>
    public static IServiceCollection AddCrossBorderReplenishment(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ReplenishmentOptions>().Bind(configuration);
        return services.AddCrossBorderReplenishment();
    }

    /// <summary>Marks the collection as configured, so a second call adds nothing (ValidateOnStart is not idempotent).</summary>
    private sealed class ReplenishmentMarker;
}
