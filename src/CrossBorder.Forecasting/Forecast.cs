namespace CrossBorder.Forecasting;

/// <summary>
/// The forecast of one series: point forecasts for steps 1…h, prediction intervals at one or more levels,
/// the in-sample fitted values where the method has them, and why a fallback method was used, if it was.
/// Immutable: the constructor copies the arrays it is given, so changing them afterwards does not change the forecast.
/// </summary>
public sealed class Forecast
{
    private readonly double[] _mean;
    private readonly PredictionInterval[] _intervals;

    /// <summary>Creates a forecast.</summary>
    /// <param name="method">The method and, where it has one, the chosen form: <c>ETS(M,Ad,M)</c>, <c>Croston</c>, <c>SBA</c>.</param>
    /// <param name="mean">Point forecasts for steps 1…h; every value finite. Copied.</param>
    /// <param name="intervals">Prediction intervals, each as long as <paramref name="mean"/>; may be empty. The sequence is copied (the intervals are immutable).</param>
    /// <param name="fitted">One-step in-sample fitted values, or <see langword="null"/>. Copied.</param>
    /// <param name="reason">Why this method was used instead of the one asked for; <see cref="FallbackReason.None"/> when it was not a fallback.</param>
    /// <exception cref="ArgumentException">A value is not finite, or an interval's length differs from the horizon.</exception>
    public Forecast(string method, double[] mean, IEnumerable<PredictionInterval> intervals, double[]? fitted = null, FallbackReason reason = FallbackReason.None)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(intervals);

        // Copy first, then validate the copies: what is checked is what is kept.
        _mean = (double[])mean.Clone();
        var copiedFitted = (double[]?)fitted?.Clone();
        foreach (var value in _mean)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"Point forecasts must be finite; {method} produced {value}.", nameof(mean));
            }
        }

        _intervals = [.. intervals];
        foreach (var interval in _intervals)
        {
            if (interval is null)
            {
                throw new ArgumentException("An interval is null.", nameof(intervals));
            }

            if (interval.Lower.Count != _mean.Length)
            {
                throw new ArgumentException($"The {interval.Level:P0} interval has {interval.Lower.Count} steps, not {_mean.Length}.", nameof(intervals));
            }
        }

        Method = method;
        Reason = reason;

        // Read-only views, so that the lists handed out cannot be cast back to arrays and written.
        Mean = Array.AsReadOnly(_mean);
        Intervals = Array.AsReadOnly(_intervals);
        Fitted = copiedFitted is null ? null : Array.AsReadOnly(copiedFitted);
    }

    /// <summary>The method, with its chosen form where it has one.</summary>
    public string Method { get; }

    /// <summary>Number of steps ahead.</summary>
    public int Horizon => _mean.Length;

    /// <summary>Point forecasts for steps 1…h.</summary>
    public IReadOnlyList<double> Mean { get; }

    /// <summary>Prediction intervals, ordered by level.</summary>
    public IReadOnlyList<PredictionInterval> Intervals { get; }

    /// <summary>One-step in-sample fitted values, where the method has them.</summary>
    public IReadOnlyList<double>? Fitted { get; }

    /// <summary>Why a fallback method produced this forecast; <see cref="FallbackReason.None"/> otherwise.</summary>
    public FallbackReason Reason { get; }

    /// <summary>The interval at <paramref name="level"/> (0.8 for 80%), if the forecast has it.</summary>
    public PredictionInterval? IntervalAt(double level) =>
        Array.Find(_intervals, i => Math.Abs(i.Level - level) < 1e-9);

    /// <inheritdoc />
    public override string ToString() => $"{Method}: {string.Join(", ", _mean.Select(m => m.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)))}";
}

/// <summary>A prediction interval at one level, for every step of a forecast. Immutable: the bounds are copied.</summary>
public sealed class PredictionInterval
{
    /// <summary>Creates an interval from copies of <paramref name="lower"/> and <paramref name="upper"/>.</summary>
    /// <param name="level">The nominal coverage, strictly between 0 and 1.</param>
    /// <param name="lower">Lower bounds for steps 1…h; finite. Copied.</param>
    /// <param name="upper">Upper bounds for steps 1…h; finite, none below its lower bound. Copied.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentException">The bounds differ in length, are not finite, or cross.</exception>
    public PredictionInterval(double level, double[] lower, double[] upper)
    {
        if (!SeriesChecks.IsLevel(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, SeriesChecks.LevelRule);
        }

        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);

        // Copy first, then validate the copies: what is checked is what is kept.
        lower = (double[])lower.Clone();
        upper = (double[])upper.Clone();
        if (lower.Length != upper.Length)
        {
            throw new ArgumentException("Lower and upper bounds must have the same length.", nameof(upper));
        }

        for (var i = 0; i < lower.Length; i++)
        {
            if (!double.IsFinite(lower[i]) || !double.IsFinite(upper[i]) || lower[i] > upper[i])
            {
                throw new ArgumentException($"Step {i + 1}: bounds [{lower[i]}, {upper[i]}] are not a finite interval.", nameof(lower));
            }
        }

        Level = level;
        Lower = Array.AsReadOnly(lower);
        Upper = Array.AsReadOnly(upper);
    }

    /// <summary>The nominal coverage, such as 0.8 or 0.95.</summary>
    public double Level { get; }

    /// <summary>Lower bounds for steps 1…h.</summary>
    public IReadOnlyList<double> Lower { get; }

    /// <summary>Upper bounds for steps 1…h.</summary>
    public IReadOnlyList<double> Upper { get; }
}

/// <summary>Why the forecaster used a fallback instead of the method asked for. Every series gets a forecast.</summary>
public enum FallbackReason
{
    /// <summary>No fallback: the requested or selected method produced the forecast.</summary>
    None,

    /// <summary>The series is empty; the forecast is zero.</summary>
    Empty,

    /// <summary>Fewer observations than the method needs; a simpler method was used.</summary>
    TooShort,

    /// <summary>Every observation is zero; the forecast is zero.</summary>
    AllZero,

    /// <summary>The series is constant; the forecast is that constant.</summary>
    Constant,

    /// <summary>Leading zeros (before the first sale) were dropped before fitting.</summary>
    LeadingZerosTrimmed,

    /// <summary>Missing values were filled before fitting.</summary>
    MissingValuesFilled,

    /// <summary>The model could not be fitted (the optimiser failed); a simpler method was used.</summary>
    FitFailed,

    /// <summary>The item looks obsolete (no demand for a long run at the end); the forecast decays to zero.</summary>
    Obsolete,
}
