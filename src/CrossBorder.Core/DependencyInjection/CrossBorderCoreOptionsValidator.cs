using Microsoft.Extensions.Options;

namespace CrossBorder;

/// <summary>Validates <see cref="CrossBorderCoreOptions"/> from their data annotations (source-generated).</summary>
[OptionsValidator]
internal sealed partial class CrossBorderCoreOptionsValidator : IValidateOptions<CrossBorderCoreOptions>
{
}

/// <summary>The checks annotations cannot express: custom codes must be unique and must not shadow ISO 4217.</summary>
internal sealed class CustomCurrencyCodesValidator : IValidateOptions<CrossBorderCoreOptions>
{
    public ValidateOptionsResult Validate(string? name, CrossBorderCoreOptions options)
    {
        var failures = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var custom in options.CustomCurrencies)
        {
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
