using System.Globalization;
using Microsoft.Extensions.Options;

namespace CrossBorder.Forecasting;

/// <summary>Validates <see cref="ForecastingOptions"/> from their data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class ForecastingOptionsValidator : IValidateOptions<ForecastingOptions>
{
}

/// <summary>The checks annotations cannot express: a known method, levels in (0, 1), a parallelism other than 0.</summary>
internal sealed class ForecastingOptionsRulesValidator : IValidateOptions<ForecastingOptions>
{
    public ValidateOptionsResult Validate(string? name, ForecastingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Method is not null && !ForecastMethods.IsKnown(options.Method))
        {
            failures.Add($"ForecastingOptions.Method '{options.Method}' is not a method; expected one of {string.Join(", ", ForecastMethods.Names)}.");
        }

        if (options.Levels is not null)
        {
            if (options.Levels.Length == 0)
            {
                failures.Add("ForecastingOptions.Levels is empty; give at least one level such as 0.8.");
            }

            foreach (var level in options.Levels)
            {
                if (!(level > 0 && level < 1))
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"ForecastingOptions.Levels holds {level}; levels lie strictly between 0 and 1, such as 0.8."));
                }
            }
        }

        if (options.MaxDegreeOfParallelism == 0)
        {
            failures.Add("ForecastingOptions.MaxDegreeOfParallelism is 0; use -1 for all cores or a positive number of threads.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
