using Microsoft.Extensions.Configuration;
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

    /// <summary>
    /// As <see cref="AddCrossBorderFx(IServiceCollection)"/>, configuring the options. The same delegate given twice
    /// is applied once, so lists such as <see cref="FxOptions.Rates"/> are not filled twice.
    /// </summary>
    public static IServiceCollection AddCrossBorderFx(this IServiceCollection services, Action<FxOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        if (FirstTime(services, configure))
        {
            services.Configure(configure);
        }

        return services.AddCrossBorderFx();
    }

    /// <summary>
    /// As <see cref="AddCrossBorderFx(IServiceCollection)"/>, binding the options from a configuration section such as
    /// <c>configuration.GetSection("CrossBorder:Fx")</c>: <c>MaxRateAge</c> ("5.00:00:00"), <c>PivotCurrencies</c>,
    /// <c>IncludeDefaultFeeSchedules</c>, <c>Rates</c> and <c>ThresholdRules</c> (lists, added to what code
    /// configured). Providers and fee schedules are code only. The bound values are validated at start-up like any
    /// other. The same configuration given twice is bound once, so its lists are not added twice.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section holding the <see cref="FxOptions"/> properties.</param>
    public static IServiceCollection AddCrossBorderFx(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        if (FirstTime(services, Signature(configuration)))
        {
            // Source-generated binding (trim- and AOT-safe); it skips the code-only Providers and FeeSchedules (see the csproj).
            services.AddOptions<FxOptions>().Bind(configuration);
        }

        return services.AddCrossBorderFx();
    }

    /// <summary>A configuration's path and values: two sections with the same ones bind the same options.</summary>
    private static string Signature(IConfiguration configuration) =>
        string.Join(
            "\n",
            [(configuration as IConfigurationSection)?.Path ?? string.Empty,
             .. configuration.AsEnumerable(makePathsRelative: true).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + p.Value)]);

    /// <summary>Records <paramref name="source"/> (a delegate or a configuration's signature) and says whether it is new to the collection.</summary>
    private static bool FirstTime(IServiceCollection services, object source)
    {
        if (services.Any(d => d.ServiceType == typeof(FxOptionsSource) && d.ImplementationInstance is FxOptionsSource s && s.Source.Equals(source)))
        {
            return false;
        }

        services.AddSingleton(new FxOptionsSource(source));
        return true;
    }

    private static CurrencyRegistry Registry(IServiceProvider provider) => provider.GetService<CurrencyRegistry>() ?? CurrencyRegistry.Iso4217;

    /// <summary>Marks the collection as configured, so a second call adds nothing (ValidateOnStart is not idempotent).</summary>
    private sealed class FxMarker;

    /// <summary>One delegate or configuration already applied to <see cref="FxOptions"/>.</summary>
    private sealed class FxOptionsSource(object source)
    {
        public object Source { get; } = source;
    }
}
