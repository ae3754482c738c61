using NodaTime;

namespace CrossBorder.Forecasting.Batch;

/// <summary>One series to forecast: its id, observations in time order, seasonal period and horizon.</summary>
public sealed class SeriesInput
{
    private readonly double[] _values;

    /// <summary>Creates a series.</summary>
    /// <param name="id">The series (SKU) id.</param>
    /// <param name="values">Observations, oldest first; NaN marks a missing value.</param>
    /// <param name="period">Seasonal period: 1 for none, 4 quarterly, 7 daily, 12 monthly, 52 weekly.</param>
    /// <param name="horizon">Steps to forecast, or <see langword="null"/> to use the caller's default.</param>
    /// <param name="start">The date of the first observation, for date-keyed series.</param>
    /// <exception cref="ArgumentException">The id is blank, the period is below 1 or the horizon is not positive.</exception>
    public SeriesInput(string id, double[] values, int period = 1, int? horizon = null, LocalDate? start = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        if (horizon is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The horizon must be at least one step.");
        }

        Id = id;
        _values = values;
        Period = period;
        Horizon = horizon;
        Start = start;
    }

    /// <summary>The series id.</summary>
    public string Id { get; }

    /// <summary>The observations, oldest first.</summary>
    public ReadOnlySpan<double> Values => _values;

    /// <summary>Number of observations.</summary>
    public int Length => _values.Length;

    /// <summary>The seasonal period.</summary>
    public int Period { get; }

    /// <summary>The series' own horizon, if it has one.</summary>
    public int? Horizon { get; }

    /// <summary>The date of the first observation, for date-keyed series.</summary>
    public LocalDate? Start { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Id} ({Length} points, period {Period})";
}
