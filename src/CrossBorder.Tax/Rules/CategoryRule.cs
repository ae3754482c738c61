namespace CrossBorder.Tax;

/// <summary>How a jurisdiction taxes a category of goods over a period: at one of its tiers, or not at all (exempt).</summary>
public sealed class CategoryRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="category">The category.</param>
    /// <param name="tier">The tier it is taxed at, or null when the goods are exempt.</param>
    /// <param name="period">The days the rule applies.</param>
    /// <param name="source">The law's list (act, annex, article) that puts the goods in the tier.</param>
    /// <param name="note">What the rule covers or leaves out, when the pack says.</param>
    public CategoryRule(TaxCategory category, TaxTier? tier, EffectivePeriod period, string source, string? note = null)
    {
        if (tier is { } t && !Enum.IsDefined(t))
        {
            throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a tax tier.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Category = category;
        Tier = tier;
        Period = period;
        Source = source;
        Note = note;
    }

    /// <summary>The category.</summary>
    public TaxCategory Category { get; }

    /// <summary>The tier, or null when exempt.</summary>
    public TaxTier? Tier { get; }

    /// <summary>Whether the goods are exempt.</summary>
    public bool IsExempt => Tier is null;

    /// <summary>The days the rule applies.</summary>
    public EffectivePeriod Period { get; }

    /// <summary>The law's list that decides it.</summary>
    public string Source { get; }

    /// <summary>What it covers, when the pack says.</summary>
    public string? Note { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Category} → {(Tier is { } t ? TaxTiers.ToCode(t) : "exempt")} {Period}";
}
