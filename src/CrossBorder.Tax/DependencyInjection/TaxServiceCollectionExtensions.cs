using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorder.Tax;

/// <summary>Registers CrossBorder.Tax's services in a host's service collection.</summary>
public static class TaxServiceCollectionExtensions
{
    /// <summary>
    /// Registers, as singletons built from <see cref="TaxOptions"/> (validated at start-up, so a malformed rule pack
    /// stops the host before it serves a request): the <see cref="TaxRulePack"/> (the embedded pack and the configured
    /// files), the default <see cref="TaxRoundingPolicy"/>, and a <see cref="TaxCalculator"/> over them that uses the
    /// host's <see cref="ICommodityTaxonomy"/> and <see cref="ILocalTaxRates"/> when registered. Calling it again adds nothing twice.
    /// </summary>
    public static IServiceCollection AddCrossBorderTax(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(TaxMarker)))
        {
            return services;
        }

        services.AddSingleton<TaxMarker>();
        services.AddOptions<TaxOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TaxOptions>, TaxOptionsValidator>());
        services.TryAddSingleton(sp => BuildPack(sp.GetRequiredService<IOptions<TaxOptions>>().Value));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<TaxOptions>>().Value;
            return new TaxRoundingPolicy(options.RoundingLevel, options.RoundingMode);
        });
        services.TryAddSingleton(sp => new TaxCalculator(
            sp.GetRequiredService<TaxRulePack>(),
            sp.GetRequiredService<TaxRoundingPolicy>(),
            sp.GetService<ICommodityTaxonomy>(),
            sp.GetService<ILocalTaxRates>()));
        return services;
    }

    /// <summary>As <see cref="AddCrossBorderTax(IServiceCollection)"/>, configuring the options.</summary>
    public static IServiceCollection AddCrossBorderTax(this IServiceCollection services, Action<TaxOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddCrossBorderTax();
    }

    /// <summary>As <see cref="AddCrossBorderTax(IServiceCollection)"/>, binding the options from a configuration section.</summary>
    public static IServiceCollection AddCrossBorderTax(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<TaxOptions>().Bind(configuration);
        return services.AddCrossBorderTax();
    }

    internal static TaxRulePack BuildPack(TaxOptions options)
    {
        if (options.RulePackFiles.Count == 0)
        {
            return TaxRulePack.Default;
        }

        var builder = new TaxRulePackBuilder();
        if (options.IncludeDefaultRules)
        {
            builder.Add(TaxRulePack.Default);
        }

        foreach (var file in options.RulePackFiles)
        {
            builder.Add(TaxRulePackReader.ReadFile(file));
        }

        return builder.Build();
    }

    /// <summary>Marks the collection as configured, so a second call adds nothing (ValidateOnStart is not idempotent).</summary>
    private sealed class TaxMarker;
}
