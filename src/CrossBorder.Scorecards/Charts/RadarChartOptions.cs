namespace CrossBorder.Scorecards;

/// <summary>
/// How <see cref="RadarChart"/> draws a card: the score edges of its red, amber and green bands, its radius and title.
/// </summary>
/// <remarks>
/// The bands are illustrations for the eye, drawn on the 0–100 score scale, not thresholds from any source. The
/// default edges (red below 50, amber from 50 to below 75, green from 75) are the default composite edges of a
/// <see cref="ScorecardDefinition"/> (<see cref="ScorecardDefinition.AmberScore"/> 50,
/// <see cref="ScorecardDefinition.GreenScore"/> 75); <see cref="From(ScorecardDefinition)"/> takes a definition's own.
/// Each metric's status comes from its thresholds and is shown by the colour of its marker (with target-based scoring
/// a metric turns amber at score 50 and green only at 100), so a marker may sit in a band of another colour.
/// </remarks>
public sealed record RadarChartOptions
{
    /// <summary>Options whose bands are the definition's composite edges: amber from its <see cref="ScorecardDefinition.AmberScore"/>, green from its <see cref="ScorecardDefinition.GreenScore"/>.</summary>
    /// <param name="definition">The scorecard definition.</param>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static RadarChartOptions From(ScorecardDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return new RadarChartOptions { AmberFrom = definition.AmberScore, GreenFrom = definition.GreenScore };
    }

    /// <summary>The score where the amber band starts (below it, red). Default 50; 0 to 100, at most <see cref="GreenFrom"/>.</summary>
    public decimal AmberFrom { get; init; } = 50m;

    /// <summary>The score where the green band starts. Default 75; 0 to 100, at least <see cref="AmberFrom"/> (equal for no amber band).</summary>
    public decimal GreenFrom { get; init; } = 75m;

    /// <summary>The radius of score 100, in pixels. Default 160; 40 to 1,000.</summary>
    public int Radius { get; init; } = 160;

    /// <summary>The chart's title; null for the card's entity and date (<c>store-eu, 2026-11-30</c>).</summary>
    public string? Title { get; init; }

    /// <summary>Throws when the options cannot be drawn.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A band edge is outside 0–100, the amber edge is above the green
    /// edge, or the radius is outside 40–1,000.</exception>
    internal void Validate(string paramName)
    {
        if (AmberFrom is < 0m or > 100m || GreenFrom is < 0m or > 100m || AmberFrom > GreenFrom)
        {
            throw new ArgumentOutOfRangeException(paramName, FormattableString.Invariant(
                $"The band edges must satisfy 0 <= AmberFrom <= GreenFrom <= 100; got AmberFrom = {AmberFrom}, GreenFrom = {GreenFrom}."));
        }

        if (Radius is < 40 or > 1000)
        {
            throw new ArgumentOutOfRangeException(paramName, FormattableString.Invariant($"Radius is 40 to 1,000 pixels; got {Radius}."));
        }
    }
}
