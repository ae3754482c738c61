using CrossBorder.Tax;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorder.LandedCost;

/// <summary>Registers CrossBorder.LandedCost's services in a host's service collection.</summary>
public static class LandedCostServiceCollectionExtensions
{
    /// <summary>
    /// Registers CrossBorder.Tax (<c>AddCrossBorderTax</c>) and, as singletons built from <see cref="LandedCostOptions"/>
    /// (validated at start-up, so a malformed tariff or schedule stops the host before it serves a request): the
    /// <see cref="ITariffProvider"/> (the sample tariff and the configured files; a host's own provider registered
    /// before wins), the <see cref="CustomsFeeSchedule"/>, the <see cref="LandedCostRules"/>, the
    /// <see cref="LandedCostSettings"/> and a <see cref="LandedCostCalculator"/> over them. Calling it again adds nothing twice.
    /// </summary>
    public static IServiceCollection AddCrossBorderLandedCost(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(LandedCostMarker)))
        {
            return services;
        }

        services.AddSingleton<LandedCostMarker>();
        services.AddCrossBorderTax();
        services.AddOptions<LandedCostOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LandedCostOptions>, LandedCostOptionsValidator>());
        services.TryAddSingleton<ITariffProvider>(sp => BuildTariff(Options(sp)));
        services.TryAddSingleton(sp => BuildFees(Options(sp)));
        services.TryAddSingleton(sp => BuildRules(Options(sp)));
        services.TryAddSingleton(sp =>
        {
            var options = Options(sp);
            return new LandedCostSettings { IncompleteCodes = options.IncompleteCodes, FlatDutyScope = options.FlatDutyScope, Rounding = options.Rounding };
        });
        services.TryAddSingleton(sp => new LandedCostCalculator(
            sp.GetRequiredService<TaxCalculator>(),
            sp.GetRequiredService<ITariffProvider>(),
            sp.GetRequiredService<CustomsFeeSchedule>(),
            sp.GetRequiredService<LandedCostRules>(),
            sp.GetRequiredService<LandedCostSettings>()));
        return services;
    }

    /// <summary>As <see cref="AddCrossBorderLandedCost(IServiceCollection)"/>, configuring the options.</summary>
    public static IServiceCollection AddCrossBorderLandedCost(this IServiceCollection services, Action<LandedCostOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddCrossBorderLandedCost();
    }

    /// <summary>As <see cref="AddCrossBorderLandedCost(IServiceCollection)"/>, binding the options from a configuration section.</summary>
    public static IServiceCollection AddCrossBorderLandedCost(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LandedCostOptions>().Bind(configuration);
        return services.AddCrossBorderLandedCost();
    }

    internal static ITariffProvider BuildTariff(LandedCostOptions options)
    {
        if (options.TariffFiles.Count == 0)
        {
            return Tariff.Sample;
        }

        var lines = options.IncludeSampleTariff ? Tariff.Sample.Lines.ToList() : [];
        foreach (var file in options.TariffFiles)
        {
            using var reader = File.OpenText(file);
            lines.AddRange(TariffCsv.Read(reader, file).Lines);
        }

        return new Tariff(lines);
    }

    internal static CustomsFeeSchedule BuildFees(LandedCostOptions options) =>
        options.FeeScheduleFiles.Aggregate(CustomsFeeSchedule.Default, (schedule, file) => schedule.Add(CustomsFeeSchedule.Parse(File.ReadAllText(file), file)));

    internal static LandedCostRules BuildRules(LandedCostOptions options) =>
        options.RulesFile is { } file ? LandedCostRules.Parse(File.ReadAllText(file), file) : LandedCostRules.Default;

    private static LandedCostOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<LandedCostOptions>>().Value;

    /// <summary>Marks the collection as configured, so a second call adds nothing (ValidateOnStart is not idempotent).</summary>
    private sealed class LandedCostMarker;
}
