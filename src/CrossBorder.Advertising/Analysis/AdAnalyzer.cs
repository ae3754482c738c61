using System.Globalization;
using NodaTime.Text;

namespace CrossBorder.Advertising;

/// <summary>The choices of an analysis.</summary>
public sealed record AdAnalysisSettings
{
    /// <summary>The level of the metrics rows. Default: campaign.</summary>
    public AdLevel GroupBy { get; init; } = AdLevel.Campaign;

    /// <summary>The target ACoS bids and rules aim at; null for none (then no bid recommendations, and the notes say so).</summary>
    public Percentage? TargetAcos { get; init; }

    /// <summary>
    /// Days at the end of the report whose sales are still arriving and are left out of decisions (not of the metrics).
    /// Default: 3, the least that Amazon's 72-hour settling asks for (ads-kpi reference §1.2: BidX ignores the last 72 hours).
    /// </summary>
    public int MaturityDays { get; init; } = 3;
}

/// <summary>Analyses a report: metrics by group on every day; recommendations and anomalies on the settled days.</summary>
public static class AdAnalyzer
{
    /// <summary>Analyses <paramref name="report"/>.</summary>
    /// <exception cref="ArgumentException">A setting is out of range (named).</exception>
    public static AdAnalysis Analyze(AdReport report, AdAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.TargetAcos is { } target && (target <= Percentage.Zero || target >= Percentage.OneHundred))
        {
            throw new ArgumentOutOfRangeException(nameof(settings), target, "A target ACoS is above 0% and below 100%.");
        }

        var notes = new List<string>();
        var rows = report.GroupBy(settings.GroupBy);
        AdReport? mature = null;
        try
        {
            mature = report.Mature(report.Last, settings.MaturityDays);
        }
        catch (InvalidOperationException e)
        {
            notes.Add(e.Message + " No recommendation is made.");
        }

        var recommendations = new List<Recommendation>();
        if (settings.TargetAcos is null)
        {
            notes.Add("No target ACoS was given: metrics only, no bid recommendation.");
        }

        var matureThrough = mature?.Last;
        if (matureThrough is { } through && through < report.Last)
        {
            notes.Add(string.Create(CultureInfo.InvariantCulture, $"Decisions use the days to {LocalDatePattern.Iso.Format(through)}: the last {settings.MaturityDays} days' sales may still be arriving."));
        }

        return new AdAnalysis(report, settings.GroupBy, matureThrough, rows, recommendations, [], notes);
    }
}
