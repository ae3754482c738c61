using Microsoft.Extensions.Options;

namespace CrossBorder;

/// <summary>
/// The one validator of <see cref="CrossBorderCoreOptions"/>: their data annotations (source-generated) and the checks
/// annotations cannot express (custom codes must be unique and must not shadow ISO 4217).
/// </summary>
internal sealed class CrossBorderCoreOptionsValidator : IValidateOptions<CrossBorderCoreOptions>
{
    private readonly CrossBorderCoreOptionsAnnotationsValidator _annotations = new();

    public ValidateOptionsResult Validate(string? name, CrossBorderCoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var annotations = _annotations.Validate(name, options);
        var failures = new List<string>(annotations.Failed ? annotations.Failures : []);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var custom in options.CustomCurrencies)
        {
            if (custom is null)
            {
                failures.Add("A custom currency entry is null.");
                continue;
            }

            if (!seen.Add(custom.Code))
            {
                failures.Add($"Custom currency {custom.Code} is configured twice.");
            }
            else if (CurrencyRegistry.Iso4217.TryFromCode(custom.Code, out var iso))
            {
                failures.Add($"Custom currency {custom.Code} would shadow the ISO 4217 currency {iso.Code} ({iso.EnglishName}).");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

/// <summary>Validates <see cref="CrossBorderCoreOptions"/> from their data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class CrossBorderCoreOptionsAnnotationsValidator : IValidateOptions<CrossBorderCoreOptions>
{
}
