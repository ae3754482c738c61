using System.Globalization;

namespace CrossBorder.Scorecards;

/// <summary>
/// A scorecard as data: its metrics, how their scores combine, the coverage below which the card has no score, the
/// composite scores at which the card turns amber and green, and how far back a movement is explained from.
/// </summary>
public sealed class ScorecardDefinition
{
    /// <summary>Creates a definition; throws an <see cref="ArgumentException"/> naming the parameter when it does not hold together.</summary>
    /// <param name="name">The card's name.</param>
    /// <param name="metrics">The metrics, with distinct ids and a total weight above 0.</param>
    /// <param name="aggregation">How the scores combine.</param>
    /// <param name="minimumCoverage">The share of weight (0 to 1) that must have values for the card to have a score.</param>
    /// <param name="greenScore">The composite score from which the card is green.</param>
    /// <param name="amberScore">The composite score from which the card is amber (below it, red).</param>
    /// <param name="comparisonDays">How many days back the previous card that movements are explained against is (1 or more).</param>
    public ScorecardDefinition(string name, IReadOnlyList<MetricDefinition> metrics, ScoreAggregation aggregation = ScoreAggregation.Arithmetic, decimal minimumCoverage = 0.5m, decimal greenScore = 75m, decimal amberScore = 50m, int comparisonDays = 7)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(metrics);
        if (metrics.Count == 0 || metrics.Any(m => m is null))
        {
            throw new ArgumentException("metrics holds at least one metric and no null.", nameof(metrics));
        }

        if (metrics.GroupBy(m => m.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new ArgumentException($"metrics repeats the id '{repeated.Key}'.", nameof(metrics));
        }

        if (metrics.Sum(m => m.Weight) <= 0m)
        {
            throw new ArgumentException("metrics need a total weight above 0.", nameof(metrics));
        }

        if (!Enum.IsDefined(aggregation))
        {
            throw new ArgumentException("aggregation is arithmetic or geometric.", nameof(aggregation));
        }

        if (minimumCoverage is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(minimumCoverage), minimumCoverage, "minimumCoverage is a share, 0 to 1.");
        }

        if (amberScore is < 0m or > 100m || greenScore is < 0m or > 100m || amberScore > greenScore)
        {
            throw new ArgumentOutOfRangeException(nameof(greenScore), greenScore, string.Create(CultureInfo.InvariantCulture, $"greenScore {greenScore} and amberScore {amberScore} are 0 to 100 with amber at or below green."));
        }

        if (comparisonDays is < 1 or > 366)
        {
            throw new ArgumentOutOfRangeException(nameof(comparisonDays), comparisonDays, "comparisonDays is 1 to 366.");
        }

        Name = name;
        Metrics = metrics.ToArray();
        Aggregation = aggregation;
        MinimumCoverage = minimumCoverage;
        GreenScore = greenScore;
        AmberScore = amberScore;
        ComparisonDays = comparisonDays;
    }

    /// <summary>The card's name.</summary>
    public string Name { get; }

    /// <summary>The metrics, in display order.</summary>
    public IReadOnlyList<MetricDefinition> Metrics { get; }

    /// <summary>How the scores combine.</summary>
    public ScoreAggregation Aggregation { get; }

    /// <summary>The minimum coverage for a score.</summary>
    public decimal MinimumCoverage { get; }

    /// <summary>The composite score from which the card is green.</summary>
    public decimal GreenScore { get; }

    /// <summary>The composite score from which the card is amber.</summary>
    public decimal AmberScore { get; }

    /// <summary>Days back to the card a movement is explained against.</summary>
    public int ComparisonDays { get; }
}
