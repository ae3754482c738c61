using NodaTime;

namespace CrossBorder.Advertising;

/// <summary>What a recommendation asks for.</summary>
public enum RecommendationKind
{
    /// <summary>Raise a bid.</summary>
    RaiseBid,

    /// <summary>Lower a bid.</summary>
    LowerBid,

    /// <summary>Keep a bid (the data is too thin, or it is within the tolerance band).</summary>
    KeepBid,

    /// <summary>Add a search term as an exact-match keyword.</summary>
    Harvest,

    /// <summary>Add a search term as a negative (exact or phrase).</summary>
    Negate,
}

/// <summary>Why: a stable code for machines and the sentence with the numbers for people.</summary>
/// <param name="Code">A stable, kebab-case code (<c>cvr-below-break-even</c>, <c>too-few-clicks</c>, <c>step-capped</c>…).</param>
/// <param name="Detail">The sentence with the numbers used (<c>P(CVR &lt; 4.1%) = 0.97 after 120 clicks and 1 order</c>).</param>
public sealed record Reason(string Code, string Detail);

/// <summary>
/// A recommended change, as a dry run: what to do with which key, the bid before and after where a bid changes, the
/// match type for harvests and negatives, every reason, and the numbers the decision used.
/// </summary>
/// <param name="Kind">What to do.</param>
/// <param name="Key">The campaign / ad group / target (/ search term) it applies to.</param>
/// <param name="Reasons">Why, in order.</param>
public sealed record Recommendation(RecommendationKind Kind, string Key, IReadOnlyList<Reason> Reasons)
{
    /// <summary>The bid now, where known.</summary>
    public Money? CurrentBid { get; init; }

    /// <summary>The bid recommended, for bid changes and harvests.</summary>
    public Money? NewBid { get; init; }

    /// <summary>The match type of a harvested keyword or a negative (<c>EXACT</c>, <c>PHRASE</c>).</summary>
    public string? MatchType { get; init; }

    /// <summary>The numbers the decision used, by name (<c>clicks</c>, <c>orders</c>, <c>cvrShrunk</c>, <c>pBelowBreakEven</c>…).</summary>
    public IReadOnlyDictionary<string, decimal> Numbers { get; init; } = new Dictionary<string, decimal>();
}

/// <summary>An anomaly: a day's value of a metric for a key, what was expected, and by which method.</summary>
/// <param name="Key">The group (campaign, ad group…).</param>
/// <param name="Date">The day.</param>
/// <param name="Metric">The metric (<c>cpc</c>, <c>ctr</c>, <c>cvr</c>, <c>acos</c>, <c>spend</c>…).</param>
/// <param name="Value">The value observed.</param>
/// <param name="Expected">The baseline it was compared with (never including the value itself).</param>
/// <param name="Method">The detector (<c>ratio</c>, <c>mad</c>, <c>ewma</c>, <c>cusum</c>).</param>
/// <param name="Detail">The sentence with the numbers.</param>
public sealed record Anomaly(string Key, LocalDate Date, string Metric, decimal Value, decimal Expected, string Method, string Detail);
