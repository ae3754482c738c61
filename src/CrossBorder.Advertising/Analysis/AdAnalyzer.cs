using System.Globalization;
using NodaTime.Text;

namespace CrossBorder.Advertising;

/// <summary>The choices of an analysis.</summary>
public sealed record AdAnalysisSettings
{
    /// <summary>The level of the metrics rows. Default: campaign.</summary>
    public AdLevel GroupBy { get; init; } = AdLevel.Campaign;

    /// <summary>
    /// The target ACoS bids and rules aim at, when no <see cref="Goal"/> is given (then the target is also the cut-off:
    /// <see cref="AcosGoal.TargetOnly"/>); null with no goal for metrics and anomalies only, and the notes say so.
    /// Above 0% and below 100%.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The target is 0% or less, or 100% or more.</exception>
    public Percentage? TargetAcos
    {
        get;
        init => field = value is not { } target || (target > Percentage.Zero && target < Percentage.OneHundred)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(TargetAcos), target, "A target ACoS is above 0% and below 100%.");
    }

    /// <summary>The target and break-even ACoS (from a unit's economics, <see cref="AcosGoal.FromUnitProfit"/>); wins over <see cref="TargetAcos"/>.</summary>
    public AcosGoal? Goal { get; init; }

    /// <summary>The current bids by target key (<c>campaign / ad group / targeting</c>); without any, no bid change is recommended.</summary>
    public IReadOnlyList<CurrentBid> CurrentBids { get; init; } = [];

    /// <summary>The AOV where neither a target nor any parent has an order (the product's price, say).</summary>
    public Money? FallbackAov { get; init; }

    /// <summary>
    /// Days at the end of the report whose sales are still arriving and are left out of bid decisions (not of the metrics).
    /// Default: 3, the least that Amazon's 72-hour settling asks for (ads-kpi reference §1.2: BidX ignores the last 72 hours).
    /// 0 to 30.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 0 or above 30.</exception>
    public int MaturityDays
    {
        get;
        init => field = value is >= 0 and <= 30 ? value : throw new ArgumentOutOfRangeException(nameof(MaturityDays), value, "A maturity lag is 0 to 30 days.");
    } = 3;

    /// <summary>Bid rules; the defaults when null.</summary>
    public BidSettings? Bids { get; init; }

    /// <summary>Harvest and negation rules; the defaults when null.</summary>
    public SearchTermRuleSettings? SearchTerms { get; init; }

    /// <summary>The level anomalies are looked for at. Default: campaign.</summary>
    public AdLevel AnomalyLevel { get; init; } = AdLevel.Campaign;

    /// <summary>Anomaly detectors and floors; the defaults when null.</summary>
    public AnomalyPolicy? Anomalies { get; init; }
}

/// <summary>
/// Analyses a report: metrics by group on every day; bid changes on the settled days; harvests and negatives over the
/// rules' own mature look-back window; anomalies in the daily series. Each part that cannot run says why in the notes.
/// </summary>
public static class AdAnalyzer
{
    /// <summary>Analyses <paramref name="report"/>.</summary>
    /// <exception cref="ArgumentException">A setting is in another currency than the report (named).</exception>
    public static AdAnalysis Analyze(AdReport report, AdAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(settings);

        var notes = new List<string>();
        var rows = report.GroupBy(settings.GroupBy);
        var goal = settings.Goal ?? (settings.TargetAcos is { } t ? AcosGoal.TargetOnly(t) : null);
        var recommendations = new List<Recommendation>();
        AdReport? mature = null;
        try
        {
            mature = report.Mature(report.Last, settings.MaturityDays);
        }
        catch (InvalidOperationException e)
        {
            notes.Add(e.Message + " No bid change is recommended.");
        }

        if (goal is null)
        {
            notes.Add("No target ACoS was given: metrics and anomalies only, no bid, harvest or negative recommendation.");
        }
        else
        {
            if (mature is not null && settings.CurrentBids.Count > 0)
            {
                recommendations.AddRange(new BidOptimizer(settings.Bids).Recommend(mature, settings.CurrentBids, goal, settings.FallbackAov));
            }
            else if (settings.CurrentBids.Count == 0)
            {
                notes.Add("No current bids were given: no bid change is recommended (a search-term report does not carry bids).");
            }

            try
            {
                recommendations.AddRange(SearchTermRules.Evaluate(report, goal, report.Last, settings.SearchTerms, fallbackAov: settings.FallbackAov));
            }
            catch (InvalidOperationException e)
            {
                notes.Add(e.Message + " No harvest or negative is recommended.");
            }
        }

        var matureThrough = mature?.Last;
        if (matureThrough is { } through && through < report.Last)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Bid decisions use the days to {LocalDatePattern.Iso.Format(through)}: the last {settings.MaturityDays} days' sales may still be arriving."));
        }

        var anomalies = AnomalyDetector.Detect(report, settings.AnomalyLevel, settings.Anomalies);
        return new AdAnalysis(report, settings.GroupBy, matureThrough, rows, recommendations, anomalies, notes);
    }
}
