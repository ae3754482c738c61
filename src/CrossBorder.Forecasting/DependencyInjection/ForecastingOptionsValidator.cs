using System.Globalization;
using Microsoft.Extensions.Options;

namespace CrossBorder.Forecasting;

/// <summary>
/// The one validator of <see cref="ForecastingOptions"/>: their data annotations (source-generated) and the checks
/// annotations cannot express (a known method, levels in (0, 1) as every method checks them, a parallelism other than 0).
/// </summary>
internal sealed class ForecastingOptionsValidator : IValidateOptions<ForecastingOptions>
{
    private readonly ForecastingOptionsAnnotationsValidator _annotations = new();

    public ValidateOptionsResult Validate(string? name, ForecastingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var annotations = _annotations.Validate(name, options);
        var failures = new List<string>(annotations.Failed ? annotations.Failures : []);
        if (options.Method is not null && !ForecastMethods.IsKnown(options.Method))
        {
            failures.Add($"ForecastingOptions.Method '{options.Method}' is not a method; expected one of {string.Join(", ", ForecastMethods.Names)}.");
        }

        foreach (var level in options.Levels ?? [])
        {
            if (!SeriesChecks.IsLevel(level))
            {
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"ForecastingOptions.Levels holds {level}. {SeriesChecks.LevelRule}"));
            }
        }

        if (options.MaxDegreeOfParallelism == 0)
        {
            failures.Add("ForecastingOptions.MaxDegreeOfParallelism is 0; use -1 for all cores or a positive number of threads.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Validates <see cref="ForecastingOptions"/> from their data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class ForecastingOptionsAnnotationsValidator : IValidateOptions<ForecastingOptions>
{
}
