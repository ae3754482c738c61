using System.Globalization;

namespace CrossBorder.Advertising;

/// <summary>A daily metric watched for anomalies.</summary>
public enum AnomalyMetric
{
    /// <summary>Cost per click (<c>cpc</c>): spend ÷ clicks; its day's volume is clicks.</summary>
    Cpc,

    /// <summary>Click-through rate (<c>ctr</c>): clicks ÷ impressions; its day's volume is impressions.</summary>
    Ctr,

    /// <summary>Conversion rate (<c>cvr</c>): orders ÷ clicks; its day's volume is clicks.</summary>
    Cvr,

    /// <summary>Advertising cost of sale (<c>acos</c>): spend ÷ sales, defined on days with sales; its day's volume is clicks.</summary>
    Acos,

    /// <summary>Spend (<c>spend</c>); its day's volume is clicks.</summary>
    Spend,
}

/// <summary>Which detectors run.</summary>
[Flags]
public enum AnomalyDetectors
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>The sellers' fixed-ratio rules (<c>ratio</c>).</summary>
    FixedRatio = 1,

    /// <summary>The robust z-score on median and MAD (<c>mad</c>).</summary>
    RobustZ = 2,

    /// <summary>The EWMA chart (<c>ewma</c>).</summary>
    Ewma = 4,

    /// <summary>The tabular CUSUM (<c>cusum</c>).</summary>
    Cusum = 8,

    /// <summary>All four.</summary>
    All = FixedRatio | RobustZ | Ewma | Cusum,
}

/// <summary>
/// A sellers' rule of thumb as a named, configurable rule: a day's <see cref="Metric"/> above (1 + <see cref="Threshold"/>)
/// × the mean of its baseline is an anomaly. The default, <see cref="CpcAboveMean"/>, is "CPC more than 50% above its
/// mean → review".
/// </summary>
public sealed class FixedRatioRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="name">A stable name for machines and people (<c>cpc-above-mean</c>).</param>
    /// <param name="metric">The metric it watches.</param>
    /// <param name="threshold">How far above the baseline mean a day may go, positive (50% for the CPC rule).</param>
    /// <exception cref="ArgumentException">The name is blank, the metric unknown or the threshold not positive.</exception>
    public FixedRatioRule(string name, AnomalyMetric metric, Percentage threshold)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(metric))
        {
            throw new ArgumentOutOfRangeException(nameof(metric), metric, "Not a metric.");
        }

        if (threshold.Fraction <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold.ToString(), "A ratio rule's threshold is above 0%.");
        }

        Name = name;
        Metric = metric;
        Threshold = threshold;
    }

    /// <summary>"CPC more than 50% above its mean → review".</summary>
    public static FixedRatioRule CpcAboveMean { get; } = new("cpc-above-mean", AnomalyMetric.Cpc, Percentage.FromPercent(50m));

    /// <summary>The rule's name.</summary>
    public string Name { get; }

    /// <summary>The metric it watches.</summary>
    public AnomalyMetric Metric { get; }

    /// <summary>How far above the baseline mean a day may go.</summary>
    public Percentage Threshold { get; }

    /// <summary>Whether <paramref name="value"/> breaks the rule against <paramref name="baselineMean"/>.</summary>
    public bool IsBrokenBy(decimal value, decimal baselineMean) => value > (1m + Threshold.Fraction) * baselineMean;

    /// <summary><c>cpc-above-mean: cpc &gt; (1 + 50%) × mean</c>, invariant.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name}: {AnomalyDetector.NameOf(Metric)} > (1 + {Threshold.Percent:0.####}%) × mean");
}

/// <summary>
/// What the anomaly detectors watch and how loud they are. Immutable; every property is validated when set, including
/// through <c>with</c>. The defaults are the textbook ones (Iglewicz and Hoaglin's 3.5; EWMA λ 0.2, L 3; CUSUM k 0.5σ,
/// h 5σ) and stated policy choices for the windows and floors, not values tuned on data.
/// </summary>
public sealed record AnomalyPolicy
{
    private readonly IReadOnlyList<AnomalyMetric> _metrics = [AnomalyMetric.Cpc, AnomalyMetric.Ctr, AnomalyMetric.Cvr, AnomalyMetric.Acos, AnomalyMetric.Spend];
    private readonly IReadOnlyList<FixedRatioRule> _rules = [FixedRatioRule.CpcAboveMean];
    private readonly AnomalyDetectors _detectors = AnomalyDetectors.All;
    private readonly double _robustZ = 3.5;
    private readonly double _lambda = 0.2;
    private readonly double _width = 3d;
    private readonly double _k = 0.5;
    private readonly double _h = 5d;
    private readonly int _baselineDays = 28;
    private readonly int _minimumBaselineDays = 7;
    private readonly bool _weekdays = true;
    private readonly int _seasonalWeeks = 8;
    private readonly int _minimumSeasonalDays = 4;
    private readonly long _dayClicks = 10;
    private readonly long _dayImpressions = 100;
    private readonly long _baselineClicks = 100;
    private readonly long _baselineImpressions = 1_000;

    /// <summary>The defaults.</summary>
    public static AnomalyPolicy Default { get; } = new();

    /// <summary>The metrics watched; default cpc, ctr, cvr, acos and spend.</summary>
    public IReadOnlyList<AnomalyMetric> Metrics
    {
        get => _metrics;
        init => _metrics = value is not null && value.Count > 0 && value.All(Enum.IsDefined) && value.Distinct().Count() == value.Count
            ? [.. value]
            : throw new ArgumentException("Watch at least one metric, each known and once.", nameof(Metrics));
    }

    /// <summary>The fixed-ratio rules; default <see cref="FixedRatioRule.CpcAboveMean"/>. Names are unique.</summary>
    public IReadOnlyList<FixedRatioRule> RatioRules
    {
        get => _rules;
        init => _rules = value is not null && value.All(r => r is not null) && value.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count() == value.Count
            ? [.. value]
            : throw new ArgumentException("Ratio rules are not null and their names unique.", nameof(RatioRules));
    }

    /// <summary>The detectors that run; default all.</summary>
    public AnomalyDetectors Detectors { get => _detectors; init => _detectors = value is >= AnomalyDetectors.None and <= AnomalyDetectors.All ? value : throw new ArgumentOutOfRangeException(nameof(Detectors), value, "Not a set of detectors."); }

    /// <summary>|robust z| above which a day is an anomaly; default 3.5.</summary>
    public double RobustZThreshold { get => _robustZ; init => _robustZ = Checks.Positive(value, nameof(RobustZThreshold)); }

    /// <summary>The EWMA's weight of the newest point, in (0, 1]; default 0.2.</summary>
    public double EwmaLambda { get => _lambda; init => _lambda = Checks.Between(Checks.Positive(value, nameof(EwmaLambda)), 0d, 1d, nameof(EwmaLambda)); }

    /// <summary>The EWMA's limit width L in σ; default 3.</summary>
    public double EwmaWidth { get => _width; init => _width = Checks.Positive(value, nameof(EwmaWidth)); }

    /// <summary>The CUSUM's allowance k in σ; default 0.5.</summary>
    public double CusumK { get => _k; init => _k = Checks.Between(value, 0d, 100d, nameof(CusumK)); }

    /// <summary>The CUSUM's decision interval h in σ; default 5.</summary>
    public double CusumH { get => _h; init => _h = Checks.Positive(value, nameof(CusumH)); }

    /// <summary>How many days before the day under test form its baseline; default 28, 2 to 366.</summary>
    public int BaselineDays { get => _baselineDays; init => _baselineDays = Checks.Between(value, 2, 366, nameof(BaselineDays)); }

    /// <summary>The fewest baseline days (each above the day floor) for any detector to judge; default 7.</summary>
    public int MinimumBaselineDays { get => _minimumBaselineDays; init => _minimumBaselineDays = Checks.Between(value, 2, 366, nameof(MinimumBaselineDays)); }

    /// <summary>
    /// Whether days are adjusted for their weekday when the previous <see cref="SeasonalWeeks"/> weeks show a weekday
    /// effect: each value is divided by its weekday's factor (that weekday's median over those weeks ÷ the median of all
    /// their days) so that a day is compared with what its weekday usually does; default true. Applied only when every
    /// weekday has <see cref="MinimumSeasonalDays"/> days and some weekday's factor stands more than 3 standard errors from 1.
    /// </summary>
    public bool WeekdaySeasonality { get => _weekdays; init => _weekdays = value; }

    /// <summary>How many previous weeks the weekday factors are taken from; default 8, 2 to 52.</summary>
    public int SeasonalWeeks { get => _seasonalWeeks; init => _seasonalWeeks = Checks.Between(value, 2, 52, nameof(SeasonalWeeks)); }

    /// <summary>The fewest days (each above the day floor) every weekday needs for the weekday factors; default 4, at least 2 (two full cycles).</summary>
    public int MinimumSeasonalDays { get => _minimumSeasonalDays; init => _minimumSeasonalDays = Checks.Between(value, 2, 52, nameof(MinimumSeasonalDays)); }

    /// <summary>The fewest clicks a day needs to be judged (or to count in a baseline) on clicks-based metrics; default 10.</summary>
    public long MinimumDayClicks { get => _dayClicks; init => _dayClicks = Checks.Between(value, 0L, long.MaxValue, nameof(MinimumDayClicks)); }

    /// <summary>The fewest impressions a day needs to be judged (or to count in a baseline) on CTR; default 100.</summary>
    public long MinimumDayImpressions { get => _dayImpressions; init => _dayImpressions = Checks.Between(value, 0L, long.MaxValue, nameof(MinimumDayImpressions)); }

    /// <summary>The fewest clicks a baseline needs in total on clicks-based metrics; default 100.</summary>
    public long MinimumBaselineClicks { get => _baselineClicks; init => _baselineClicks = Checks.Between(value, 0L, long.MaxValue, nameof(MinimumBaselineClicks)); }

    /// <summary>The fewest impressions a baseline needs in total on CTR; default 1,000.</summary>
    public long MinimumBaselineImpressions { get => _baselineImpressions; init => _baselineImpressions = Checks.Between(value, 0L, long.MaxValue, nameof(MinimumBaselineImpressions)); }
}
