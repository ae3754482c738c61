namespace CrossBorder.LandedCost;

/// <summary>Options of <c>AddCrossBorderLandedCost</c>: where the tariff, the fees and the rules come from, and the host's choices.</summary>
public sealed class LandedCostOptions
{
    /// <summary>Whether the embedded sample tariff is part of the registered tariff. Default: true; set false when a full national tariff is loaded.</summary>
    public bool IncludeSampleTariff { get; set; } = true;

    /// <summary>Tariff files (the CSV format of docs/landed-cost.md) whose lines make the registered tariff. Default: none.</summary>
    public IList<string> TariffFiles { get; } = [];

    /// <summary>Fee schedules (JSON, <c>crossborder-customs-fees/1</c>) added to the embedded one, such as a new fiscal year's US fees. Default: none.</summary>
    public IList<string> FeeScheduleFiles { get; } = [];

    /// <summary>A rules file (JSON, <c>crossborder-landed-cost-rules/1</c>) used instead of the embedded rules, or null. Default: null.</summary>
    public string? RulesFile { get; set; }

    /// <summary>What to do with an HS code shorter than the tariff's lines. Default: <see cref="IncompleteCodePolicy.Refuse"/>.</summary>
    public IncompleteCodePolicy IncompleteCodes { get; set; } = IncompleteCodePolicy.Refuse;

    /// <summary>The scope of flat duties. Default: <see cref="FlatDutyScope.LegalText"/>.</summary>
    public FlatDutyScope FlatDutyScope { get; set; } = FlatDutyScope.LegalText;

    /// <summary>Midpoint rounding of duty, tax and fees: <see cref="MidpointRounding.AwayFromZero"/> (default) or <see cref="MidpointRounding.ToEven"/>.</summary>
    public MidpointRounding Rounding { get; set; } = MidpointRounding.AwayFromZero;
}
