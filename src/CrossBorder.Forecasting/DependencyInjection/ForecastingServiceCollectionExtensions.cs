using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorder.Forecasting;

/// <summary>Registers CrossBorder.Forecasting in a host's service collection.</summary>
/// <remarks>
/// Every overload registers the same services, only with <c>TryAdd</c>, so calling any of them again adds nothing
/// twice; the configuration each call brings (an action or a configuration section) still applies, in call order.
/// </remarks>
public static class ForecastingServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons built from <see cref="ForecastingOptions"/> when first resolved (options validated at
    /// start-up): <see cref="ForecastingService"/>, the configured forecaster (its method, levels, series preparation
    /// and ETS options), which is what a consumer such as a replenishment planner should inject; and
    /// <see cref="AutoForecaster"/>, the automatic selector with the same series, ETS and level options.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCrossBorderForecasting(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        var count = services.Count;
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ForecastingOptions>, ForecastingOptionsValidator>());
        if (services.Count > count)
        {
            // The first registration: ValidateOnStart adds a start-up hook on every call, so it runs only here.
            services.AddOptions<ForecastingOptions>().ValidateOnStart();
        }

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

    /// <summary>As <see cref="AddCrossBorderForecasting(IServiceCollection)"/>, configuring the options in code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Configures the options; applied after any earlier configuration.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddCrossBorderForecasting(this IServiceCollection services, Action<ForecastingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddCrossBorderForecasting().Configure(configure);
    }

    /// <summary>
    /// As <see cref="AddCrossBorderForecasting(IServiceCollection)"/>, binding the options from a configuration section
    /// such as <c>configuration.GetSection("Forecasting")</c>: keys are the property names (<c>Method</c>,
    /// <c>Levels:0</c>, <c>MaxDegreeOfParallelism</c>…); a key that is absent keeps its default.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section to bind.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddCrossBorderForecasting(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddCrossBorderForecasting().AddOptions<ForecastingOptions>().Bind(configuration);
        return services;
    }
}
