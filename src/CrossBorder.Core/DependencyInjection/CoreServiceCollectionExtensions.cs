using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorder;

/// <summary>Registers CrossBorder.Core's registries in a host's service collection.</summary>
/// <remarks>
/// Every overload registers the same services, only with <c>TryAdd</c>, so calling any of them again adds nothing
/// twice; the configuration each call brings (an action or a configuration section) still applies, in call order.
/// </remarks>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="CurrencyRegistry"/> (ISO 4217 plus the configured custom currencies) and
    /// <see cref="CountryRegistry"/> as singletons, with <see cref="CrossBorderCoreOptions"/> validated at start-up.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCrossBorderCore(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var count = services.Count;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CrossBorderCoreOptions>, CrossBorderCoreOptionsValidator>());
        if (services.Count > count)
        {
            // The first registration: ValidateOnStart adds a start-up hook on every call, so it runs only here.
            services.AddOptions<CrossBorderCoreOptions>().ValidateOnStart();
        }

        services.TryAddSingleton(provider => BuildRegistry(provider.GetRequiredService<IOptions<CrossBorderCoreOptions>>().Value));
        services.TryAddSingleton(_ => CountryRegistry.Iso3166);
        return services;
    }

    /// <summary>As <see cref="AddCrossBorderCore(IServiceCollection)"/>, configuring the options in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; applied after any earlier configuration.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddCrossBorderCore(this IServiceCollection services, Action<CrossBorderCoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddCrossBorderCore().Configure(configure);
    }

    /// <summary>
    /// As <see cref="AddCrossBorderCore(IServiceCollection)"/>, binding the options from a configuration section such
    /// as <c>configuration.GetSection("CrossBorder")</c>: <c>CustomCurrencies:0:Code</c>, <c>CustomCurrencies:0:MinorUnit</c>,
    /// <c>CustomCurrencies:0:Name</c> and so on.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddCrossBorderCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddCrossBorderCore().AddOptions<CrossBorderCoreOptions>().Bind(configuration);
        return services;
    }

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
