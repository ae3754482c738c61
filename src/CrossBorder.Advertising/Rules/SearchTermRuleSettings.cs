namespace CrossBorder.Advertising;

/// <summary>The match type of a negative keyword.</summary>
public enum NegativeMatchType
{
    /// <summary>Negative exact: blocks the search term only.</summary>
    Exact,

    /// <summary>Negative phrase: blocks every search term that contains it.</summary>
    Phrase,
}

/// <summary>
/// The harvest and negation rules of <see cref="SearchTermRules"/>, each named and configurable; a negation rule whose
/// threshold is null is off. Immutable; each property is validated when set. Where a default comes from is in its
/// documentation: a tool's documentation cited in the research notes, or "an illustration".
/// </summary>
public sealed class SearchTermRuleSettings
{
    /// <summary>The defaults.</summary>
    public static SearchTermRuleSettings Default { get; } = new();

    /// <summary>
    /// Days of mature data the rules look at. Default 30 (an illustration; Helium 10 Adtomic's rules take a look-back,
    /// kb.helium10.com/hc/en-us/articles/18076439623963, without a default we can cite). 1 to 365.
    /// </summary>
    public int LookbackDays
    {
        get;
        init => field = value is >= 1 and <= 365 ? value : throw new ArgumentOutOfRangeException(nameof(LookbackDays), value, "A look-back is 1 to 365 days.");
    } = 30;

    /// <summary>
    /// The last days left out because their sales are still arriving. Default 3 (BidX ignores the last 72 hours,
    /// go.bidx.io/knowledge/en/knowledge-base/what-is-amazon-attribution-time). 0 to 30.
    /// </summary>
    public int MaturityLagDays
    {
        get;
        init => field = value is >= 0 and <= 30 ? value : throw new ArgumentOutOfRangeException(nameof(MaturityLagDays), value, "A maturity lag is 0 to 30 days.");
    } = 3;

    /// <summary>
    /// Harvest a search term to exact once it has this many orders in the window. Default 2 (an illustration; Helium 10's
    /// Keyword Harvest rules take an order threshold without a default we can cite). At least 1.
    /// </summary>
    public long HarvestMinOrders
    {
        get;
        init => field = Require.AtLeast(value, 1, nameof(HarvestMinOrders), "order");
    } = 2;

    /// <summary>The highest ACoS at which a term is harvested; null (the default) for the goal's target ACoS. Above 0.</summary>
    public Percentage? HarvestMaxAcos
    {
        get;
        init => field = value is null || value.Value > Percentage.Zero ? value : throw new ArgumentOutOfRangeException(nameof(HarvestMaxAcos), value, "A maximum ACoS is above 0.");
    }

    /// <summary>
    /// Negate a term with this many clicks and no order; null turns the rule off. Default 20 (an illustration; Helium 10's
    /// Negative Targeting rules take a click threshold without a default we can cite). At least 1.
    /// </summary>
    public long? NegateClicksWithoutOrder
    {
        get;
        init => field = value is null ? null : Require.AtLeast(value.Value, 1, nameof(NegateClicksWithoutOrder), "click");
    } = 20;

    /// <summary>
    /// Negate a term with no order whose spend reaches this many target CPAs (target ACoS × AOV); null turns the rule off.
    /// Default 1 (AdLabs' "High spend" when spend exceeds the target CPA, help.adlabs.app/en/articles/16). Above 0.
    /// </summary>
    public decimal? NegateSpendWithoutOrderCpas
    {
        get;
        init => field = value is null ? null : Require.Positive(value.Value, nameof(NegateSpendWithoutOrderCpas));
    } = 1m;

    /// <summary>
    /// Negate a term when P(CVR &lt; break-even CVR) under its shrunk posterior reaches this; null turns the rule off.
    /// Default 0.9 (an illustration). Strictly between 0 and 1.
    /// </summary>
    public double? NegateProbability
    {
        get;
        init => field = value is null ? null : CvrStatistics.RequireProbability(value.Value, nameof(NegateProbability));
    } = 0.9;

    /// <summary>The fewest clicks before the probability rule acts. Default 10 (an illustration). At least 1.</summary>
    public long NegateProbabilityMinClicks
    {
        get;
        init => field = Require.AtLeast(value, 1, nameof(NegateProbabilityMinClicks), "click");
    } = 10;

    /// <summary>The match type of the negatives recommended. Default <see cref="NegativeMatchType.Exact"/>.</summary>
    public NegativeMatchType NegativeMatchType
    {
        get;
        init => field = Enum.IsDefined(value) ? value : throw new ArgumentOutOfRangeException(nameof(NegativeMatchType), value, "Not a match type.");
    }

    /// <summary>
    /// Terms never negated: a search term containing any of them (case-insensitive, such as the brand's name) is
    /// protected. Empty by default.
    /// </summary>
    public IReadOnlyList<string> ProtectedTerms
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(ProtectedTerms));
            field = value.Any(string.IsNullOrWhiteSpace)
                ? throw new ArgumentException("A protected term is not blank.", nameof(ProtectedTerms))
                : [.. value.Select(SearchTermRules.Normalize)];
        }
    } = [];

    /// <summary>How conversion rates are shrunk.</summary>
    public CvrShrinkageSettings Shrinkage
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Shrinkage));
    } = CvrShrinkageSettings.Default;
}
