namespace CrossBorder.Scorecards;

/// <summary>
/// A scorecard definition as bindable settings: the JSON format of <see cref="ScorecardDefinitionJson"/> and a
/// configuration section of <c>AddCrossBorderScorecards</c> both land here, and <see cref="ScorecardDefinitionJson.ToDefinition(ScorecardDefinitionOptions, string)"/>
/// turns it into an immutable <see cref="ScorecardDefinition"/>. Words are the JSON's (<c>north-star</c>, <c>lower</c>).
/// </summary>
public sealed class ScorecardDefinitionOptions
{
    /// <summary>The card's name (required).</summary>
    public string? Name { get; set; }

    /// <summary><c>arithmetic</c> (default) or <c>geometric</c>.</summary>
    public string? Aggregation { get; set; }

    /// <summary>The coverage (0 to 1) below which the card has no score. Default 0.5.</summary>
    public decimal? MinimumCoverage { get; set; }

    /// <summary>The composite score from which the card is green. Default 75.</summary>
    public decimal? GreenScore { get; set; }

    /// <summary>The composite score from which the card is amber. Default 50.</summary>
    public decimal? AmberScore { get; set; }

    /// <summary>Days back to the card a movement is explained against. Default 7.</summary>
    public int? ComparisonDays { get; set; }

    /// <summary>The metrics (at least one).</summary>
    public IList<MetricDefinitionOptions> Metrics { get; } = [];
}

/// <summary>A metric of <see cref="ScorecardDefinitionOptions"/>; see <see cref="MetricDefinition"/> for each setting.</summary>
public sealed class MetricDefinitionOptions
{
    /// <summary>The id (required).</summary>
    public string? Id { get; set; }

    /// <summary>The display name; default the id.</summary>
    public string? Name { get; set; }

    /// <summary><c>north-star</c>, <c>input</c> or <c>guardrail</c> (required).</summary>
    public string? Role { get; set; }

    /// <summary><c>higher</c>, <c>lower</c> or <c>in-range</c> (required).</summary>
    public string? Direction { get; set; }

    /// <summary><c>number</c> (default), <c>percent</c>, <c>currency</c> or <c>count</c>.</summary>
    public string? Unit { get; set; }

    /// <summary>What the numerator counts; with <see cref="Denominator"/>, the metric is a ratio of sums.</summary>
    public string? Numerator { get; set; }

    /// <summary>What the denominator counts.</summary>
    public string? Denominator { get; set; }

    /// <summary>For plain values: <c>sum</c> (default), <c>mean</c> or <c>last</c>.</summary>
    public string? Aggregation { get; set; }

    /// <summary>The window in days. Default 1.</summary>
    public int? WindowDays { get; set; }

    /// <summary>The maturity lag in days. Default 0.</summary>
    public int? MaturityLagDays { get; set; }

    /// <summary>The minimum summed denominator. Default 0.</summary>
    public decimal? MinimumDenominator { get; set; }

    /// <summary>The weight. Default 1.</summary>
    public decimal? Weight { get; set; }

    /// <summary><c>target</c> (default), <c>min-max</c> or <c>z-score</c>.</summary>
    public string? Normalisation { get; set; }

    /// <summary>The bands (required; the lower side for in-range).</summary>
    public ThresholdBandsOptions? Thresholds { get; set; }

    /// <summary>The upper side's bands of an in-range metric.</summary>
    public ThresholdBandsOptions? UpperThresholds { get; set; }

    /// <summary>A hard limit.</summary>
    public HardLimitOptions? HardLimit { get; set; }

    /// <summary>Marketplace health thresholds' ids by entity, <c>*</c> for any other (<c>{"amazon-us": "amazon.order-defect-rate"}</c>), instead of a hard limit.</summary>
    public IDictionary<string, string> HealthRules { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Targets by period.</summary>
    public IList<PeriodTargetOptions> Targets { get; } = [];

    /// <summary>For z-score normalisation, the previous windows compared with. Default 8.</summary>
    public int? HistoryWindows { get; set; }
}

/// <summary>The red, amber and green breakpoints of <see cref="ThresholdBands"/> (all required).</summary>
public sealed class ThresholdBandsOptions
{
    /// <summary>Scores 0.</summary>
    public decimal? Red { get; set; }

    /// <summary>Scores 50.</summary>
    public decimal? Amber { get; set; }

    /// <summary>Scores 100.</summary>
    public decimal? Green { get; set; }
}

/// <summary>A <see cref="Scorecards.HardLimit"/> as settings.</summary>
public sealed class HardLimitOptions
{
    /// <summary>The limit (required).</summary>
    public decimal? Value { get; set; }

    /// <summary>Whether the limit itself is allowed (required: ≤ is true, &lt; is false).</summary>
    public bool? ValueAllowed { get; set; }

    /// <summary>The count guard.</summary>
    public decimal? MaxCount { get; set; }

    /// <summary>Where it is published.</summary>
    public string? Source { get; set; }
}

/// <summary>A <see cref="PeriodTarget"/> as settings; dates are yyyy-MM-dd.</summary>
public sealed class PeriodTargetOptions
{
    /// <summary>The period's first day (required).</summary>
    public string? From { get; set; }

    /// <summary>The period's last day (required).</summary>
    public string? To { get; set; }

    /// <summary>The target (required, above 0).</summary>
    public decimal? Target { get; set; }

    /// <summary>Whether it is pro-rated by day. Default false.</summary>
    public bool? ProRate { get; set; }
}
