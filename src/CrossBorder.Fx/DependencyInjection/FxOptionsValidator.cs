using Microsoft.Extensions.Options;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>Validates <see cref="FxOptions"/> from their data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class FxOptionsValidator : IValidateOptions<FxOptions>
{
}

/// <summary>The checks annotations cannot express: each rate and rule must build into its domain object, pivots must be known currencies, ids unique.</summary>
internal sealed class FxDomainOptionsValidator(CurrencyRegistry? registry = null) : IValidateOptions<FxOptions>
{
    public ValidateOptionsResult Validate(string? name, FxOptions options)
    {
        var failures = new List<string>();
        var currencies = registry ?? CurrencyRegistry.Iso4217;
        if (options.MaxRateAge < TimeSpan.Zero)
        {
            failures.Add(Invariant($"MaxRateAge cannot be negative, not {options.MaxRateAge.ToString("c", System.Globalization.CultureInfo.InvariantCulture)}."));
        }

        foreach (var code in options.PivotCurrencies ?? [])
        {
            if (!currencies.TryFromCode(code, out _))
            {
                failures.Add(Invariant($"PivotCurrencies: '{code}' is not a known currency code."));
            }
        }

        for (var i = 0; i < options.Rates.Count; i++)
        {
            try
            {
                _ = FxOptionsMapper.ToRate(options.Rates[i], currencies);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
            {
                failures.Add(Invariant($"Rates[{i}] ({options.Rates[i].Pair}): {e.Message}"));
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.ThresholdRules.Count; i++)
        {
            var rule = options.ThresholdRules[i];
            if (!ids.Add(rule.Id))
            {
                failures.Add(Invariant($"ThresholdRules[{i}]: the id '{rule.Id}' is used twice."));
            }

            try
            {
                _ = FxOptionsMapper.ToRule(rule, currencies);
            }
            catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException)
            {
                failures.Add(Invariant($"ThresholdRules[{i}] ({rule.Id}): {e.Message}"));
            }
        }

        if (options.Providers.Any(p => p is null) || options.FeeSchedules.Any(s => s is null))
        {
            failures.Add("Providers and FeeSchedules must not contain null.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
