namespace CrossBorder.Tax;

/// <summary>Options of <c>AddCrossBorderTax</c>: which rule packs make the registered <see cref="TaxRulePack"/>, and the default rounding.</summary>
public sealed class TaxOptions
{
    /// <summary>Whether the pack embedded in the package is the base that the files below extend. Default: true.</summary>
    public bool IncludeDefaultRules { get; set; } = true;

    /// <summary>
    /// Rule-pack files (the JSON format of docs/tax.md) added in order; a jurisdiction in a later file replaces the
    /// same jurisdiction of the default pack or an earlier file whole. Default: none.
    /// </summary>
    public IList<string> RulePackFiles { get; } = [];

    /// <summary>Where tax is rounded unless a caller says otherwise. Default: <see cref="TaxRoundingLevel.PerLine"/>.</summary>
    public TaxRoundingLevel RoundingLevel { get; set; } = TaxRoundingLevel.PerLine;

    /// <summary>Which way a midpoint goes: <see cref="MidpointRounding.AwayFromZero"/> (default) or <see cref="MidpointRounding.ToEven"/>.</summary>
    public MidpointRounding RoundingMode { get; set; } = MidpointRounding.AwayFromZero;
}
