using Microsoft.Extensions.Options;

namespace CrossBorder.LandedCost;

/// <summary>Checks at start-up that the choices are in range and that every configured file loads.</summary>
internal sealed class LandedCostOptionsValidator : IValidateOptions<LandedCostOptions>
{
    public ValidateOptionsResult Validate(string? name, LandedCostOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.IncompleteCodes))
        {
            failures.Add($"IncompleteCodes {options.IncompleteCodes} is not Refuse, Lowest, Highest or Average.");
        }

        if (!Enum.IsDefined(options.FlatDutyScope))
        {
            failures.Add($"FlatDutyScope {options.FlatDutyScope} is not LegalText or AllConsumerSales.");
        }

        if (options.Rounding is not (MidpointRounding.AwayFromZero or MidpointRounding.ToEven))
        {
            failures.Add($"Rounding {options.Rounding} is not AwayFromZero or ToEven.");
        }

        foreach (var build in new Action[] { () => LandedCostServiceCollectionExtensions.BuildTariff(options), () => LandedCostServiceCollectionExtensions.BuildFees(options), () => LandedCostServiceCollectionExtensions.BuildRules(options) })
        {
            try
            {
                build();
            }
            catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException or ArgumentException)
            {
                failures.Add(e.Message);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
