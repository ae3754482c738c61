using NodaTime;

namespace CrossBorder.Scorecards;

/// <summary>Red, amber or green.</summary>
public enum RagStatus
{
    /// <summary>On target (JSON <c>green</c>).</summary>
    Green,

    /// <summary>Needs attention (JSON <c>amber</c>).</summary>
    Amber,

    /// <summary>Off target or a hard limit breached (JSON <c>red</c>).</summary>
    Red,
}

/// <summary>What a metric is for in a scorecard.</summary>
public enum MetricRole
{
    /// <summary>The outcome the business steers by (monthly GMV, gross margin, ad ROI).</summary>
    NorthStar,

    /// <summary>A driver of the north star (conversion rate, repeat-purchase rate).</summary>
    Input,

    /// <summary>A limit not to cross while pushing the others (order defect rate, late shipment rate).</summary>
    Guardrail,
}

/// <summary>Which way a metric is better.</summary>
public enum Direction
{
    /// <summary>Higher is better (JSON <c>higher</c>).</summary>
    HigherIsBetter,

    /// <summary>Lower is better (JSON <c>lower</c>).</summary>
    LowerIsBetter,

    /// <summary>Inside a range is better (JSON <c>in-range</c>).</summary>
    InRange,
}

/// <summary>One metric on a scored card: its value, score, status and the reasons behind them.</summary>
/// <param name="Id">The metric's id.</param>
/// <param name="Name">Its display name.</param>
/// <param name="Role">Its role.</param>
/// <param name="Value">The value for the period, or null when missing or below its minimum denominator.</param>
/// <param name="Score">Its normalised score 0–100, or null when it has no value.</param>
/// <param name="Status">Its status, or null when it has no value.</param>
/// <param name="Weight">Its weight after renormalising over the metrics that have values (0 when missing).</param>
/// <param name="Reasons">Why (<c>late shipment 4.6% above the 4% limit: red</c>, <c>missing: 3 orders below the minimum of 50</c>).</param>
public sealed record MetricScore(string Id, string Name, MetricRole Role, decimal? Value, decimal? Score, RagStatus? Status, decimal Weight, IReadOnlyList<string> Reasons)
{
    /// <summary>Whether the metric breached a hard limit, which makes the whole card red.</summary>
    public bool HardLimitBreached { get; init; }
}

/// <summary>An alert on a metric: what moved, against what, by which test.</summary>
/// <param name="MetricId">The metric.</param>
/// <param name="Entity">The store, marketplace or account.</param>
/// <param name="Date">The day (or period end) alerted on.</param>
/// <param name="Method">The test (<c>period-over-period</c>, <c>robust-z</c>, <c>ewma</c>, <c>cusum</c>, <c>run-rule</c>).</param>
/// <param name="Severity">Amber or red.</param>
/// <param name="Detail">The sentence with the numbers.</param>
public sealed record ScorecardAlert(string MetricId, string Entity, LocalDate Date, string Method, RagStatus Severity, string Detail);

/// <summary>
/// A scored card for one entity as of a date: the composite score 0–100 (null when coverage is too low), the coverage
/// (the share of weight that had values), the status (red whenever a hard limit is breached, whatever the composite),
/// each metric, the alerts, and an explanation of the movement since the previous card when one is given.
/// </summary>
public sealed class ScorecardResult
{
    /// <summary>Creates a result.</summary>
    public ScorecardResult(string entity, LocalDate asOf, decimal? score, decimal coverage, RagStatus status, IReadOnlyList<MetricScore> metrics, IReadOnlyList<ScorecardAlert> alerts)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entity);
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(alerts);
        if (score is < 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(score), score, "A score is 0 to 100.");
        }

        if (coverage is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(coverage), coverage, "Coverage is a share, 0 to 1.");
        }

        Entity = entity;
        AsOf = asOf;
        Score = score;
        Coverage = coverage;
        Status = status;
        Metrics = metrics;
        Alerts = alerts;
    }

    /// <summary>The entity scored.</summary>
    public string Entity { get; }

    /// <summary>The date of the card.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The composite score 0–100, or null when coverage is below the card's minimum.</summary>
    public decimal? Score { get; }

    /// <summary>The share of the metrics' weight that had values, 0 to 1.</summary>
    public decimal Coverage { get; }

    /// <summary>The card's status.</summary>
    public RagStatus Status { get; }

    /// <summary>The metrics, in definition order.</summary>
    public IReadOnlyList<MetricScore> Metrics { get; }

    /// <summary>The alerts.</summary>
    public IReadOnlyList<ScorecardAlert> Alerts { get; }

    /// <summary>Sentences explaining the movement since a previous card (<c>score fell 8 points: late shipment amber, conversion −12% week on week</c>); empty when none was compared.</summary>
    public IReadOnlyList<string> Explanation { get; init; } = [];
}
