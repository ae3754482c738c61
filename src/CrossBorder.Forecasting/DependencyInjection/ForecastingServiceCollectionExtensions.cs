using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorder.Forecasting;

/// <summary>Registers CrossBorder.Forecasting in a host's service collection.</summary>
public static class ForecastingServiceCollectionExtensions
{
    /// <summary>
    /// Registers an immutable <see cref="AutoForecaster"/> and a <see cref="ForecastingService"/> as singletons, built
    /// from <see cref="ForecastingOptions"/> when first resolved, with the options validated at start-up. Calling it
    /// again adds nothing twice (later <paramref name="configure"/> actions still apply). Options may also be bound
    /// from configuration with <c>services.Configure&lt;ForecastingOptions&gt;(section)</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; <see langword="null"/> for the defaults.</param>
    public static IServiceCollection AddCrossBorderForecasting(this IServiceCollection services, Action<ForecastingOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        if (services.Any(d => d.ServiceType == typeof(ForecastingMarker)))
        {
            return services;
        }

        services.AddSingleton<ForecastingMarker>();
        services.AddOptions<ForecastingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ForecastingOptions>, ForecastingOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ForecastingOptions>, ForecastingOptionsRulesValidator>());
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ForecastingOptions>>().Value;
            return new AutoForecaster(options.ToSeriesOptions(), options.ToEtsOptions(), options.Levels);
        });
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ForecastingOptions>>().Value;
            return new ForecastingService(
                options.Method, options.ToSeriesOptions(), options.ToEtsOptions(), options.Levels, options.MaxDegreeOfParallelism, options.ChunkSize);
        });
        return services;
    }

    /// <summary>Marks the collection as configured, so a second call adds nothing (ValidateOnStart is not idempotent).</summary>
    private sealed class ForecastingMarker;
}
