using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CrossBorder.Scorecards;

/// <summary>Registers CrossBorder.Scorecards' services in a host's service collection.</summary>
public static class ScorecardsServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ScorecardsOptions"/> (every definition validated at start-up, errors naming the definition
    /// and the metric) and, as a singleton built from them, the immutable <see cref="ScorecardDefinitions"/> a host
    /// passes to <see cref="ScorecardEngine.Score(ScorecardDefinition, IReadOnlyList{MetricObservation}, NodaTime.LocalDate)"/>. Calling it again adds nothing twice.
    /// </summary>
    public static IServiceCollection AddCrossBorderScorecards(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ServiceType == typeof(ScorecardsMarker)))
        {
            return services;
        }

        services.AddSingleton<ScorecardsMarker>();
        services.AddOptions<ScorecardsOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ScorecardsOptions>, ScorecardsOptionsValidator>());
        services.TryAddSingleton(sp => ScorecardDefinitions.From(sp.GetRequiredService<IOptions<ScorecardsOptions>>().Value));
        return services;
    }

    /// <summary>As <see cref="AddCrossBorderScorecards(IServiceCollection)"/>, configuring the options.</summary>
    public static IServiceCollection AddCrossBorderScorecards(this IServiceCollection services, Action<ScorecardsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddCrossBorderScorecards();
    }

    /// <summary>As <see cref="AddCrossBorderScorecards(IServiceCollection)"/>, binding the options from a configuration section (<c>Definitions:&lt;name&gt;:Metrics:0:Id</c>…).</summary>
    public static IServiceCollection AddCrossBorderScorecards(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ScorecardsOptions>().Bind(configuration);
        return services.AddCrossBorderScorecards();
    }

    /// <summary>Marks the collection as configured, so a second call adds nothing (ValidateOnStart is not idempotent).</summary>
    private sealed class ScorecardsMarker;
}

/// <summary>Checks at start-up that every definition holds together, by building it.</summary>
internal sealed class ScorecardsOptionsValidator : IValidateOptions<ScorecardsOptions>
{
    public ValidateOptionsResult Validate(string? name, ScorecardsOptions options)
    {
        try
        {
            _ = ScorecardDefinitions.From(options);
            return ValidateOptionsResult.Success;
        }
        catch (FormatException e)
        {
            return ValidateOptionsResult.Fail(e.Message);
        }
    }
}
