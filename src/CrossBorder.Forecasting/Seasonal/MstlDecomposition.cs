namespace CrossBorder.Forecasting;

/// <summary>
/// The result of <see cref="Mstl.Decompose"/>: R's <c>mstl</c> matrix — trend, one seasonal component per period
/// kept (shortest first), remainder — with the periods dropped for having fewer than two full cycles. Immutable.
/// </summary>
public sealed class MstlDecomposition
{
    internal MstlDecomposition(double[] periods, double[] dropped, double[] trend, double[][] seasonals, double[] remainder, double[] adjusted)
    {
        Periods = Array.AsReadOnly(periods);
        DroppedPeriods = Array.AsReadOnly(dropped);
        Trend = Array.AsReadOnly(trend);
        Seasonals = Array.AsReadOnly(seasonals.Select(s => (IReadOnlyList<double>)Array.AsReadOnly(s)).ToArray());
        Remainder = Array.AsReadOnly(remainder);
        SeasonallyAdjusted = Array.AsReadOnly(adjusted);
    }

    /// <summary>The seasonal periods decomposed, ascending (R's column names <c>Seasonal7</c>, <c>Seasonal365.25</c>).</summary>
    public IReadOnlyList<double> Periods { get; }

    /// <summary>The periods given but dropped because the series has no more than two of their cycles (R warns and drops them too).</summary>
    public IReadOnlyList<double> DroppedPeriods { get; }

    /// <summary>The trend (R's <c>Trend</c> column): that of the last STL fit.</summary>
    public IReadOnlyList<double> Trend { get; }

    /// <summary>One seasonal component per entry of <see cref="Periods"/>, in the same order.</summary>
    public IReadOnlyList<IReadOnlyList<double>> Seasonals { get; }

    /// <summary>The remainder: y − trend − every seasonal component.</summary>
    public IReadOnlyList<double> Remainder { get; }

    /// <summary>The seasonally adjusted series, y − every seasonal component (R's <c>seasadj</c>).</summary>
    public IReadOnlyList<double> SeasonallyAdjusted { get; }
}
