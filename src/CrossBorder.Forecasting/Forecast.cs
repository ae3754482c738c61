namespace CrossBorder.Forecasting;

/// <summary>
/// The forecast of one series: point forecasts for steps 1…h, prediction intervals at one or more levels,
/// the in-sample fitted values where the method has them, and why a fallback method was used, if it was.
/// </summary>
public sealed class Forecast
{
    private readonly double[] _mean;
    private readonly PredictionInterval[] _intervals;
    private readonly double[]? _fitted;

    /// <summary>Creates a forecast.</summary>
    /// <param name="method">The method and, where it has one, the chosen form: <c>ETS(M,Ad,M)</c>, <c>Croston</c>, <c>SBA</c>.</param>
    /// <param name="mean">Point forecasts for steps 1…h; every value finite.</param>
    /// <param name="intervals">Prediction intervals, each as long as <paramref name="mean"/>; may be empty.</param>
    /// <param name="fitted">One-step in-sample fitted values, or <see langword="null"/>.</param>
    /// <param name="reason">Why this method was used instead of the one asked for; <see cref="FallbackReason.None"/> when it was not a fallback.</param>
    /// <exception cref="ArgumentException">A value is not finite, or an interval's length differs from the horizon.</exception>
    public Forecast(string method, double[] mean, IEnumerable<PredictionInterval> intervals, double[]? fitted = null, FallbackReason reason = FallbackReason.None)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(intervals);
        foreach (var value in mean)
        {
            if (!double.IsFinite(value))
            {
                throw new ArgumentException($"Point forecasts must be finite; {method} produced {value}.", nameof(mean));
            }
        }

        _intervals = [.. intervals];
        foreach (var interval in _intervals)
        {
            if (interval.Lower.Count != mean.Length)
            {
                throw new ArgumentException($"The {interval.Level:P0} interval has {interval.Lower.Count} steps, not {mean.Length}.", nameof(intervals));
            }
        }

        Method = method;
        _mean = mean;
        _fitted = fitted;
        Reason = reason;
    }

    /// <summary>The method, with its chosen form where it has one.</summary>
    public string Method { get; }

    /// <summary>Number of steps ahead.</summary>
    public int Horizon => _mean.Length;

    /// <summary>Point forecasts for steps 1…h.</summary>
    public IReadOnlyList<double> Mean => _mean;

    /// <summary>Prediction intervals, ordered by level.</summary>
    public IReadOnlyList<PredictionInterval> Intervals => _intervals;

    /// <summary>One-step in-sample fitted values, where the method has them.</summary>
    public IReadOnlyList<double>? Fitted => _fitted;

    /// <summary>Why a fallback method produced this forecast; <see cref="FallbackReason.None"/> otherwise.</summary>
    public FallbackReason Reason { get; }

    /// <summary>The interval at <paramref name="level"/> (0.8 for 80%), if the forecast has it.</summary>
    public PredictionInterval? IntervalAt(double level) =>
        Array.Find(_intervals, i => Math.Abs(i.Level - level) < 1e-9);

    /// <inheritdoc />
    public override string ToString() => $"{Method}: {string.Join(", ", _mean.Select(m => m.ToString("G4", System.Globalization.CultureInfo.InvariantCulture)))}";
}

/// <summary>A prediction interval at one level, for every step of a forecast.</summary>
public sealed class PredictionInterval
{
    private readonly double[] _lower;
    private readonly double[] _upper;

    /// <summary>Creates an interval.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not strictly between 0 and 1.</exception>
    /// <exception cref="ArgumentException">The bounds differ in length, are not finite, or cross.</exception>
    public PredictionInterval(double level, double[] lower, double[] upper)
    {
        if (!(level > 0 && level < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A prediction interval level is strictly between 0 and 1, such as 0.8.");
        }

        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
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
        _lower = lower;
        _upper = upper;
    }

    /// <summary>The nominal coverage, such as 0.8 or 0.95.</summary>
    public double Level { get; }

    /// <summary>Lower bounds for steps 1…h.</summary>
    public IReadOnlyList<double> Lower => _lower;

    /// <summary>Upper bounds for steps 1…h.</summary>
    public IReadOnlyList<double> Upper => _upper;
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
