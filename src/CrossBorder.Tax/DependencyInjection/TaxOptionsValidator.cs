using Microsoft.Extensions.Options;

namespace CrossBorder.Tax;

/// <summary>Checks at start-up that the rounding is one the tax law knows and that every rule pack loads.</summary>
internal sealed class TaxOptionsValidator : IValidateOptions<TaxOptions>
{
    public ValidateOptionsResult Validate(string? name, TaxOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.RoundingLevel))
        {
            failures.Add($"RoundingLevel {options.RoundingLevel} is not PerUnit, PerLine or PerInvoice.");
        }

        if (options.RoundingMode is not (MidpointRounding.AwayFromZero or MidpointRounding.ToEven))
        {
            failures.Add($"RoundingMode {options.RoundingMode} is not AwayFromZero or ToEven.");
        }

        if (!options.IncludeDefaultRules && options.RulePackFiles.Count == 0)
        {
            failures.Add("With IncludeDefaultRules false, RulePackFiles must name at least one rule pack.");
        }

        try
        {
            _ = TaxServiceCollectionExtensions.BuildPack(options);
        }
        catch (Exception e) when (e is TaxRulePackException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            failures.Add(e.Message);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
