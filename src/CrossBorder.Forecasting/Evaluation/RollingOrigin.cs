namespace CrossBorder.Forecasting;

/// <summary>The errors of one forecast origin in a rolling-origin evaluation.</summary>
public sealed class OriginEvaluation
{
    private readonly double[] _actual;
    private readonly double[] _forecast;

    internal OriginEvaluation(int origin, double[] actual, double[] forecast, double? mase, double? rmsse, double? coverage80, double? coverage95)
    {
        Origin = origin;
        _actual = actual;
        _forecast = forecast;
        Mae = Accuracy.Mae(actual, forecast);
        Rmse = Accuracy.Rmse(actual, forecast);
        Smape = Accuracy.Smape(actual, forecast);
        Bias = Accuracy.Bias(actual, forecast);
        Mase = mase;
        Rmsse = rmsse;
        Coverage80 = coverage80;
        Coverage95 = coverage95;
    }

    /// <summary>The number of observations the forecaster was given (the forecast starts at index <see cref="Origin"/>).</summary>
    public int Origin { get; }

    /// <summary>The held-out values.</summary>
    public IReadOnlyList<double> Actual => _actual;

    /// <summary>The point forecasts for them.</summary>
    public IReadOnlyList<double> Forecast => _forecast;

    /// <summary>Mean absolute error.</summary>
    public double Mae { get; }

    /// <summary>Root mean squared error.</summary>
    public double Rmse { get; }

    /// <summary>sMAPE (M4), in percent.</summary>
    public double Smape { get; }

    /// <summary>Mean error (actual − forecast).</summary>
    public double Bias { get; }

    /// <summary>MASE with the seasonal-naive scale of the training window; <see langword="null"/> when that scale is zero or undefined.</summary>
    public double? Mase { get; }

    /// <summary>RMSSE with the one-step naive scale of the training window; <see langword="null"/> when that scale is zero or undefined.</summary>
    public double? Rmsse { get; }

    /// <summary>Coverage of the 80% interval, when the forecast has one.</summary>
    public double? Coverage80 { get; }

    /// <summary>Coverage of the 95% interval, when the forecast has one.</summary>
    public double? Coverage95 { get; }
}

/// <summary>The per-origin errors of a rolling-origin evaluation and their means.</summary>
public sealed class RollingOriginResult
{
    private readonly OriginEvaluation[] _origins;

    internal RollingOriginResult(OriginEvaluation[] origins, int horizon)
    {
        _origins = origins;
        Horizon = horizon;
        MeanMae = origins.Average(o => o.Mae);
        MeanRmse = origins.Average(o => o.Rmse);
        MeanSmape = origins.Average(o => o.Smape);
        MeanBias = origins.Average(o => o.Bias);
        MeanMase = MeanOf(origins.Select(o => o.Mase));
        MeanRmsse = MeanOf(origins.Select(o => o.Rmsse));
        var maeByStep = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            maeByStep[h] = origins.Average(o => Math.Abs(o.Actual[h] - o.Forecast[h]));
        }

        MaeByStep = maeByStep;
    }

    /// <summary>The evaluations, in the order of the origins.</summary>
    public IReadOnlyList<OriginEvaluation> Origins => _origins;

    /// <summary>The horizon of every forecast.</summary>
    public int Horizon { get; }

    /// <summary>Mean over origins of the MAE.</summary>
    public double MeanMae { get; }

    /// <summary>Mean over origins of the RMSE.</summary>
    public double MeanRmse { get; }

    /// <summary>Mean over origins of the sMAPE.</summary>
    public double MeanSmape { get; }

    /// <summary>Mean over origins of the bias.</summary>
    public double MeanBias { get; }

    /// <summary>Mean MASE over the origins where it is defined; <see langword="null"/> if it is defined at none.</summary>
    public double? MeanMase { get; }

    /// <summary>Mean RMSSE over the origins where it is defined; <see langword="null"/> if it is defined at none.</summary>
    public double? MeanRmsse { get; }

    /// <summary>The mean absolute error at each step 1…h, across origins.</summary>
    public IReadOnlyList<double> MaeByStep { get; }

    private static double? MeanOf(IEnumerable<double?> values)
    {
        var defined = values.Where(v => v.HasValue).Select(v => v!.Value).ToArray();
        return defined.Length == 0 ? null : defined.Average();
    }
}

/// <summary>Rolling-origin evaluation (time-series cross-validation): refit at each origin, forecast h steps, score against the held-out values.</summary>
public static class RollingOrigin
{
    /// <summary>Evaluates <paramref name="forecaster"/> at the given origins.</summary>
    /// <param name="y">The whole series, oldest first; finite.</param>
    /// <param name="forecaster">Forecasts from a training window; it sees only y[0..origin).</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="origins">Training lengths, each at least 1 and at most n − h.</param>
    /// <param name="seasonalPeriod">The lag of the MASE scale (the data frequency); 1 by default.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> holds a non-finite value, there are no origins, or an origin leaves fewer than <paramref name="horizon"/> values to score.</exception>
    /// <exception cref="InvalidOperationException">The forecaster returned a different horizon.</exception>
    public static RollingOriginResult Evaluate(ReadOnlySpan<double> y, ForecastMethod forecaster, int horizon, ReadOnlySpan<int> origins, int seasonalPeriod = 1)
    {
        ArgumentNullException.ThrowIfNull(forecaster);
        SeriesChecks.Finite(y, nameof(y));
        SeriesChecks.Horizon(horizon);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(seasonalPeriod);
        if (origins.IsEmpty)
        {
            throw new ArgumentException("There are no origins to evaluate.", nameof(origins));
        }

        var results = new OriginEvaluation[origins.Length];
        for (var k = 0; k < origins.Length; k++)
        {
            var origin = origins[k];
            if (origin < 1 || origin + horizon > y.Length)
            {
                throw new ArgumentException($"Origin {origin} must be between 1 and {y.Length - horizon} for a horizon of {horizon} on {y.Length} values.", nameof(origins));
            }

            var train = y[..origin];
            var f = forecaster(train, horizon);
            if (f.Horizon != horizon)
            {
                throw new InvalidOperationException($"The forecaster returned {f.Horizon} steps at origin {origin}; {horizon} were asked for.");
            }

            var actual = y.Slice(origin, horizon).ToArray();
            var forecast = f.Mean.ToArray();
            double? mase = null, rmsse = null;
            if (origin > seasonalPeriod)
            {
                var scale = Accuracy.MaseScale(train, seasonalPeriod);
                mase = scale > 0 ? Accuracy.Mae(actual, forecast) / scale : null;
            }

            if (origin > 1)
            {
                var scale = Accuracy.RmsseScale(train);
                rmsse = scale > 0 ? Math.Sqrt(Accuracy.Mse(actual, forecast) / scale) : null;
            }

            results[k] = new OriginEvaluation(origin, actual, forecast, mase, rmsse, CoverageAt(f, 0.8, actual), CoverageAt(f, 0.95, actual));
        }

        return new RollingOriginResult(results, horizon);
    }

    /// <summary>Evaluates at origins <paramref name="firstOrigin"/>, +<paramref name="step"/>, … up to n − h.</summary>
    /// <param name="y">The whole series, oldest first; finite.</param>
    /// <param name="forecaster">Forecasts from a training window.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="firstOrigin">The first training length, at least 1 and at most n − h.</param>
    /// <param name="step">The distance between origins, at least 1.</param>
    /// <param name="seasonalPeriod">The lag of the MASE scale; 1 by default.</param>
    /// <exception cref="ArgumentException">As for the overload with explicit origins.</exception>
    public static RollingOriginResult EvaluateFrom(ReadOnlySpan<double> y, ForecastMethod forecaster, int horizon, int firstOrigin, int step, int seasonalPeriod = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        SeriesChecks.Horizon(horizon);
        var last = y.Length - horizon;
        if (firstOrigin < 1 || firstOrigin > last)
        {
            throw new ArgumentOutOfRangeException(nameof(firstOrigin), firstOrigin, $"The first origin must be between 1 and {last}.");
        }

        var origins = new int[((last - firstOrigin) / step) + 1];
        for (var k = 0; k < origins.Length; k++)
        {
            origins[k] = firstOrigin + (k * step);
        }

        return Evaluate(y, forecaster, horizon, origins, seasonalPeriod);
    }

    private static double? CoverageAt(Forecast f, double level, double[] actual)
    {
        var interval = f.IntervalAt(level);
        return interval is null ? null : Accuracy.Coverage(actual, interval.Lower.ToArray(), interval.Upper.ToArray());
    }
}
