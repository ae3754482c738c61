namespace CrossBorder.Advertising;

/// <summary>
/// The rules of <see cref="BidOptimizer"/>, each named and configurable. Immutable; each property is validated when set,
/// and the bounds that depend on the report (currency of <see cref="MinBid"/> and <see cref="MaxBid"/>) when used.
/// Where a default comes from is in its documentation: a tool's documentation cited in the research notes, or "an
/// illustration" when it is only a reasonable starting point.
/// </summary>
public sealed class BidSettings
{
    /// <summary>The defaults.</summary>
    public static BidSettings Default { get; } = new();

    /// <summary>
    /// The largest raise in one step, as a share of the current bid. Default 30% (Sellics raises manual targets by 30%,
    /// help.sellics.com/en/articles/3294551). Above 0.
    /// </summary>
    public Percentage MaxStepUp
    {
        get;
        init => field = value > Percentage.Zero ? value : throw new ArgumentOutOfRangeException(nameof(MaxStepUp), value, "A step is above 0.");
    } = Percentage.FromPercent(30m);

    /// <summary>
    /// The largest cut in one step, as a share of the current bid. Default 30% (Sellics lowers by 30%, same page). Above 0
    /// and below 100%.
    /// </summary>
    public Percentage MaxStepDown
    {
        get;
        init => field = value > Percentage.Zero && value < Percentage.OneHundred ? value : throw new ArgumentOutOfRangeException(nameof(MaxStepDown), value, "A cut is above 0 and below 100% (a bid stays positive).");
    } = Percentage.FromPercent(30m);

    /// <summary>The lowest bid recommended, in the report's currency and its minor unit; none by default.</summary>
    public Money? MinBid
    {
        get;
        init => field = value is null || (!value.Value.IsDefault && value.Value.Amount > 0m) ? value : throw new ArgumentOutOfRangeException(nameof(MinBid), value, "A floor is a positive amount.");
    }

    /// <summary>
    /// The highest bid recommended, in the report's currency and its minor unit; none by default (Helium 10 Adtomic has a
    /// global max bid, kb.helium10.com/hc/en-us/articles/360051154233, without a default we can cite).
    /// </summary>
    public Money? MaxBid
    {
        get;
        init => field = value is null || (!value.Value.IsDefault && value.Value.Amount > 0m) ? value : throw new ArgumentOutOfRangeException(nameof(MaxBid), value, "A ceiling is a positive amount.");
    }

    /// <summary>
    /// No change while the expected ACoS (CPC ÷ (shrunk CVR × AOV)) is within this many points of the target. Default
    /// 2.5 points (Sellics' band against flip-flopping, help.sellics.com/en/articles/2536449). Not negative.
    /// </summary>
    public Percentage ToleranceBand
    {
        get;
        init => field = value >= Percentage.Zero ? value : throw new ArgumentOutOfRangeException(nameof(ToleranceBand), value, "A band is not negative.");
    } = Percentage.FromPercent(2.5m);

    /// <summary>
    /// Cut when P(CVR &lt; break-even CVR) under the shrunk posterior reaches this. Default 0.9 (an illustration).
    /// Strictly between 0 and 1.
    /// </summary>
    public double CutProbability
    {
        get;
        init => field = CvrStatistics.RequireProbability(value, nameof(CutProbability));
    } = 0.9;

    /// <summary>
    /// No change before this many clicks, whatever the data says. Default 10 (an illustration; the probability rule does
    /// the real work). At least 1.
    /// </summary>
    public long MinClicks
    {
        get;
        init => field = Require.AtLeast(value, 1, nameof(MinClicks), "click");
    } = 10;

    /// <summary>
    /// Cut a target with no order once its spend reaches this many target CPAs (target ACoS × AOV). Default 1 (AdLabs'
    /// "High spend" reason fires when spend exceeds the target CPA, help.adlabs.app/en/articles/16). Above 0.
    /// </summary>
    public decimal SpendWithoutSaleCpas
    {
        get;
        init => field = Require.Positive(value, nameof(SpendWithoutSaleCpas));
    } = 1m;

    /// <summary>The level of the credible interval reported with each recommendation. Default 0.9 (an illustration).</summary>
    public double IntervalConfidence
    {
        get;
        init => field = CvrStatistics.RequireProbability(value, nameof(IntervalConfidence));
    } = 0.9;

    /// <summary>How conversion rates are shrunk.</summary>
    public CvrShrinkageSettings Shrinkage
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Shrinkage));
    } = CvrShrinkageSettings.Default;
}
