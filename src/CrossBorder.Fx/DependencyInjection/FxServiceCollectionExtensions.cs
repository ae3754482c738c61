using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Extensions;

namespace CrossBorder.Fx;

/// <summary>Registers CrossBorder.Fx's services in a host's service collection.</summary>
public static class FxServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons built from <see cref="FxOptions"/> (validated at start-up): the rate provider chain
    /// (<see cref="FxOptions.Providers"/> then an <see cref="InMemoryRateStore"/> of <see cref="FxOptions.Rates"/>) as
    /// <see cref="IExchangeRateProvider"/>, an <see cref="FxRateResolver"/>, <see cref="CurrentRates"/>, a
    /// <see cref="FeeScheduleCatalog"/>, a <see cref="ThresholdRuleSet"/>, and an <see cref="IClock"/> from the
    /// registered <see cref="TimeProvider"/> (or <see cref="TimeProvider.System"/>) unless the host registered one.
    /// Calling it again adds nothing twice.
    /// </summary>
    public static IServiceCollection AddCrossBorderFx(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(FxMarker)))
        {
            return services;
        }

        services.AddSingleton<FxMarker>();
        services.AddOptions<FxOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FxOptions>, FxOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FxOptions>, FxDomainOptionsValidator>());
        services.TryAddSingleton<IClock>(sp => (sp.GetService<TimeProvider>() ?? TimeProvider.System).ToClock());
        services.TryAddSingleton<IExchangeRateProvider>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FxOptions>>().Value;
            var registry = Registry(sp);
            var store = new InMemoryRateStore(options.Rates.Select(r => FxOptionsMapper.ToRate(r, registry)), "configured rates");
            return options.Providers.Count == 0 ? store : new ChainedRateProvider([.. options.Providers, store]);
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FxOptions>>().Value;
            return new FxRateResolver(
                sp.GetRequiredService<IExchangeRateProvider>(),
                StalenessPolicy.MaxAgeOf(Duration.FromTimeSpan(options.MaxRateAge)),
                FxOptionsMapper.Pivots(options, Registry(sp)));
        });
        services.TryAddSingleton(sp => new CurrentRates(sp.GetRequiredService<FxRateResolver>(), sp.GetRequiredService<IClock>()));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FxOptions>>().Value;
            return new FeeScheduleCatalog((options.IncludeDefaultFeeSchedules ? FeeSchedule.Defaults : []).Concat(options.FeeSchedules));
        });
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<FxOptions>>().Value;
            var registry = Registry(sp);
            return new ThresholdRuleSet(options.ThresholdRules.Select(r => FxOptionsMapper.ToRule(r, registry)));
        });
        return services;
    }

    /// <summary>As <see cref="AddCrossBorderFx(IServiceCollection)"/>, configuring the options.</summary>
    public static IServiceCollection AddCrossBorderFx(this IServiceCollection services, Action<FxOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddCrossBorderFx();
    }

    private static CurrencyRegistry Registry(IServiceProvider provider) => provider.GetService<CurrencyRegistry>() ?? CurrencyRegistry.Iso4217;

    /// <summary>Marks the collection as configured, so a second call adds nothing (ValidateOnStart is not idempotent).</summary>
    private sealed class FxMarker;
}
