using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorder.Advertising;

/// <summary>Registers CrossBorder.Advertising's services in a host's service collection.</summary>
public static class AdvertisingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="AdvertisingOptions"/> (validated at start-up: default targets and rule thresholds) and, as a
    /// singleton built from them, the default <see cref="AdAnalysisSettings"/> a host passes to <see cref="AdAnalyzer.Analyze"/> (with <c>with</c> for per-call
    /// changes). Calling it again adds nothing twice.
    /// </summary>
    public static IServiceCollection AddCrossBorderAdvertising(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(AdvertisingMarker)))
        {
            return services;
        }

        services.AddSingleton<AdvertisingMarker>();
        services.AddOptions<AdvertisingOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdvertisingOptions>, AdvertisingOptionsValidator>());
        services.TryAddSingleton(sp => Settings(sp.GetRequiredService<IOptions<AdvertisingOptions>>().Value));
        return services;
    }

    /// <summary>As <see cref="AddCrossBorderAdvertising(IServiceCollection)"/>, configuring the options.</summary>
    public static IServiceCollection AddCrossBorderAdvertising(this IServiceCollection services, Action<AdvertisingOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddCrossBorderAdvertising();
    }

    /// <summary>As <see cref="AddCrossBorderAdvertising(IServiceCollection)"/>, binding the options from a configuration section.</summary>
    public static IServiceCollection AddCrossBorderAdvertising(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<AdvertisingOptions>().Bind(configuration);
        return services.AddCrossBorderAdvertising();
    }

    internal static AdAnalysisSettings Settings(AdvertisingOptions options)
    {
        var bids = BidSettings.Default;
        var rules = SearchTermRuleSettings.Default;
        return new()
        {
            TargetAcos = options.TargetAcosPercent is { } percent ? Percentage.FromPercent(percent) : null,
            MaturityDays = options.MaturityDays,
            GroupBy = options.GroupBy,
            AnomalyLevel = options.AnomalyLevel,
            Bids = new BidSettings
            {
                MinClicks = options.BidMinClicks ?? bids.MinClicks,
                CutProbability = options.BidCutProbability ?? bids.CutProbability,
                MaxStepUp = options.BidMaxStepUpPercent is { } up ? Percentage.FromPercent(up) : bids.MaxStepUp,
                MaxStepDown = options.BidMaxStepDownPercent is { } down ? Percentage.FromPercent(down) : bids.MaxStepDown,
            },
            SearchTerms = new SearchTermRuleSettings
            {
                HarvestMinOrders = options.HarvestMinOrders ?? rules.HarvestMinOrders,
                NegateClicksWithoutOrder = options.NegateClicksWithoutOrder ?? rules.NegateClicksWithoutOrder,
                LookbackDays = options.LookbackDays ?? rules.LookbackDays,
            },
        };
    }

    /// <summary>Marks the collection as configured, so a second call adds nothing (ValidateOnStart is not idempotent).</summary>
    private sealed class AdvertisingMarker;
}

/// <summary>Checks at start-up that the defaults are in range.</summary>
internal sealed class AdvertisingOptionsValidator : IValidateOptions<AdvertisingOptions>
{
    public ValidateOptionsResult Validate(string? name, AdvertisingOptions options)
    {
        var failures = new List<string>();
        if (options.TargetAcosPercent is { } target && target is <= 0m or >= 100m)
        {
            failures.Add($"TargetAcosPercent {target} is not above 0 and below 100.");
        }

        if (options.MaturityDays is < 0 or > 30)
        {
            failures.Add($"MaturityDays {options.MaturityDays} is not 0 to 30.");
        }

        if (!Enum.IsDefined(options.GroupBy) || !Enum.IsDefined(options.AnomalyLevel))
        {
            failures.Add("GroupBy and AnomalyLevel are Campaign, AdGroup, Targeting or SearchTerm.");
        }

        try
        {
            _ = AdvertisingServiceCollectionExtensions.Settings(options);
        }
        catch (ArgumentException e)
        {
            failures.Add(e.Message);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
