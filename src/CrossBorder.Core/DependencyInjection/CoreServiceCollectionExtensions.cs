using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorder;

/// <summary>Registers CrossBorder.Core's registries in a host's service collection.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CurrencyRegistry"/> (ISO 4217 plus the configured custom currencies) and
    /// <see cref="CountryRegistry"/> as singletons, with <see cref="CrossBorderCoreOptions"/> validated at start-up.
    /// Calling it again adds nothing twice. Options may also be bound from configuration with
    /// <c>services.Configure&lt;CrossBorderCoreOptions&gt;(section)</c>.
    /// </summary>
    public static IServiceCollection AddCrossBorderCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(CoreMarker)))
        {
            return services;
        }

        services.AddSingleton<CoreMarker>();
        services.AddOptions<CrossBorderCoreOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CrossBorderCoreOptions>, CrossBorderCoreOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CrossBorderCoreOptions>, CustomCurrencyCodesValidator>());
        services.TryAddSingleton(provider => BuildRegistry(provider.GetRequiredService<IOptions<CrossBorderCoreOptions>>().Value));
        services.TryAddSingleton(_ => CountryRegistry.Iso3166);
        return services;
    }

    /// <summary>As <see cref="AddCrossBorderCore(IServiceCollection)"/>, configuring the options.</summary>
    public static IServiceCollection AddCrossBorderCore(this IServiceCollection services, Action<CrossBorderCoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddCrossBorderCore();
    }

    /// <summary>Marks the collection as configured, so a second call adds nothing (ValidateOnStart is not idempotent).</summary>
    private sealed class CoreMarker;

    private static CurrencyRegistry BuildRegistry(CrossBorderCoreOptions options)
    {
        if (options.CustomCurrencies.Count == 0)
        {
            return CurrencyRegistry.Iso4217;
        }

        var builder = CurrencyRegistry.CreateBuilder();
        foreach (var custom in options.CustomCurrencies)
        {
            builder.Add(custom.Code, custom.MinorUnit, custom.Name);
        }

        return builder.Build();
    }
}
