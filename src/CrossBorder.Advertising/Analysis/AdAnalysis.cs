using NodaTime;

namespace CrossBorder.Advertising;

/// <summary>An analysis of a report: its metrics by group, recommendations with their reasons, and anomalies.</summary>
public sealed class AdAnalysis
{
    internal AdAnalysis(AdReport report, AdLevel level, LocalDate? matureThrough, IReadOnlyList<AdGroupTotals> rows, IReadOnlyList<Recommendation> recommendations, IReadOnlyList<Anomaly> anomalies, IReadOnlyList<string> notes)
    {
        Attribution = report.Attribution;
        Currency = report.Currency;
        First = report.First;
        Last = report.Last;
        Totals = report.Totals;
        Level = level;
        MatureThrough = matureThrough;
        Rows = rows;
        Recommendations = recommendations;
        Anomalies = anomalies;
        Notes = notes;
    }

    /// <summary>The report's attribution.</summary>
    public Attribution Attribution { get; }

    /// <summary>The report's currency.</summary>
    public Currency Currency { get; }

    /// <summary>The first day of the report.</summary>
    public LocalDate First { get; }

    /// <summary>The last day of the report.</summary>
    public LocalDate Last { get; }

    /// <summary>The last day whose sales count as settled for decisions, or null when none is.</summary>
    public LocalDate? MatureThrough { get; }

    /// <summary>The level of <see cref="Rows"/>.</summary>
    public AdLevel Level { get; }

    /// <summary>The whole report's metrics (every day).</summary>
    public AdMetrics Totals { get; }

    /// <summary>The metrics by group (every day).</summary>
    public IReadOnlyList<AdGroupTotals> Rows { get; }

    /// <summary>Bid changes, harvests and negatives, as a dry run, each with its reasons.</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; }

    /// <summary>Anomalies found in the daily series.</summary>
    public IReadOnlyList<Anomaly> Anomalies { get; }

    /// <summary>What the analysis could not do and why (no target ACoS given, no settled day…).</summary>
    public IReadOnlyList<string> Notes { get; }
}
