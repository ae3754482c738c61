namespace CrossBorder.Forecasting.Batch;

/// <summary>The horizon a batch gives a series that names none: the M4 competition's horizon of its seasonal period.</summary>
public static class DefaultHorizons
{
    /// <summary>Weekly (52) 13, monthly (12) 18, quarterly (4) 8, daily (7) 14, yearly and any other period 6.</summary>
    public static int Of(int period) => period switch
    {
        52 => 13,
        12 => 18,
        4 => 8,
        7 => 14,
        _ => 6,
    };

    /// <summary>The horizon of <paramref name="series"/> in a batch: <paramref name="horizon"/> when given (a command's <c>--horizon</c>), else the series' own <see cref="SeriesInput.Horizon"/>, else <see cref="Of"/> its period.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static int For(SeriesInput series, int? horizon = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        return horizon ?? series.Horizon ?? Of(series.Period);
    }
}
