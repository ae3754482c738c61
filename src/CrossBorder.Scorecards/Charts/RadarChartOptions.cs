namespace CrossBorder.Scorecards;

/// <summary>
/// How <see cref="RadarChart"/> draws a card: the score edges of its red, amber and green bands, its radius and title.
/// </summary>
/// <remarks>
/// The bands are illustrations for the eye, drawn on the 0–100 score scale: the default edges (red below 50, amber
/// from 50 to below 75, green from 75) are round numbers chosen for the picture, not thresholds from any source. Each
/// metric's own status comes from its definition's thresholds and is shown by the colour of its marker, so a marker
/// may sit in a band of another colour.
/// </remarks>
public sealed record RadarChartOptions
{
    /// <summary>The score where the amber band starts (below it, red). Default 50; 0 to 100, below <see cref="GreenFrom"/>.</summary>
    public decimal AmberFrom { get; init; } = 50m;

    /// <summary>The score where the green band starts. Default 75; 0 to 100, above <see cref="AmberFrom"/>.</summary>
    public decimal GreenFrom { get; init; } = 75m;

    /// <summary>The radius of score 100, in pixels. Default 160; 40 to 1,000.</summary>
    public int Radius { get; init; } = 160;

    /// <summary>The chart's title; null for the card's entity and date (<c>store-eu, 2026-11-30</c>).</summary>
    public string? Title { get; init; }

    /// <summary>Throws when the options cannot be drawn.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A band edge is outside 0–100, the amber edge is not below the green
    /// edge, or the radius is outside 40–1,000.</exception>
    internal void Validate(string paramName)
    {
        if (AmberFrom is < 0m or > 100m || GreenFrom is < 0m or > 100m || AmberFrom >= GreenFrom)
        {
            throw new ArgumentOutOfRangeException(paramName, FormattableString.Invariant(
                $"The band edges must satisfy 0 <= AmberFrom < GreenFrom <= 100; got AmberFrom = {AmberFrom}, GreenFrom = {GreenFrom}."));
        }

        if (Radius is < 40 or > 1000)
        {
            throw new ArgumentOutOfRangeException(paramName, FormattableString.Invariant($"Radius is 40 to 1,000 pixels; got {Radius}."));
        }
    }
}
