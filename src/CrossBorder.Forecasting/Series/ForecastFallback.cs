namespace CrossBorder.Forecasting;

/// <summary>Forecasts a series with a method in a prepared window: every call returns a finite forecast.</summary>
/// <param name="y">The prepared series (validated, filled, trimmed), oldest first.</param>
/// <param name="horizon">Steps ahead.</param>
/// <returns>The method's forecast.</returns>
public delegate Forecast ForecastMethod(ReadOnlySpan<double> y, int horizon);

/// <summary>
/// The fallback chain: prepares a series (<see cref="SeriesPreparation"/>) and decides whether the requested method
/// can run, so that every series gets a forecast with the reason for any fallback.
/// </summary>
/// <remarks>
/// The chain, in order:
/// <list type="number">
/// <item>Validation: ±∞ and (for demand) negative values throw <see cref="ArgumentException"/> naming <c>y</c>; NaN is
/// filled per <see cref="SeriesOptions.MissingValues"/> or throws.</item>
/// <item>Empty input or all values missing → zeros, <see cref="FallbackReason.Empty"/>.</item>
/// <item>Every value zero → zeros, <see cref="FallbackReason.AllZero"/>.</item>
/// <item>A long leading run of zeros is trimmed (<see cref="SeriesOptions.TrimLeadingZeros"/>, <see cref="SeriesOptions.LeadingZeroRunMultiple"/>).</item>
/// <item>Obsolescence (non-negative demand only) → TSB decay to zero, <see cref="FallbackReason.Obsolete"/>.</item>
/// <item>Constant series of two or more values → that constant, <see cref="FallbackReason.Constant"/>.</item>
/// <item>Fewer than <see cref="SeriesOptions.MinimumLength"/> values → the mean (<see cref="Baseline.Mean"/>), <see cref="FallbackReason.TooShort"/>.</item>
/// <item>The method; if it throws <see cref="ArgumentException"/>, <see cref="InvalidOperationException"/> or
/// <see cref="ArithmeticException"/>, or returns the wrong horizon, the mean with <see cref="FallbackReason.FitFailed"/>.</item>
/// <item>Otherwise the method's forecast, with <see cref="FallbackReason.MissingValuesFilled"/> or
/// <see cref="FallbackReason.LeadingZerosTrimmed"/> when the input was changed (missing values take precedence).</item>
/// </list>
/// Fitted values are returned on the original time axis: trimmed leading periods get 0 (nothing was forecast
/// before the first sale) and the fitted values of the method are kept as they are. With
/// <see cref="SeriesOptions.ClipNegativeForecasts"/> negative means and bounds are raised to 0.
/// </remarks>
public static class ForecastFallback
{
    /// <summary>Runs the chain.</summary>
    /// <param name="y">The raw series, oldest first; may be empty and may hold NaN.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="method">The requested method.</param>
    /// <param name="options">Options; <see langword="null"/> for <see cref="SeriesOptions.Default"/>.</param>
    /// <param name="levels">The interval levels of the mean the chain falls back to (too short, fit failed), as the method's; <see langword="null"/> for 0.8 and 0.95, empty for none.</param>
    /// <exception cref="ArgumentException">The series holds ±∞, or a value that the options reject.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level is not strictly between 0 and 1.</exception>
    public static Forecast Run(ReadOnlySpan<double> y, int horizon, ForecastMethod method, SeriesOptions? options = null, IEnumerable<double>? levels = null)
    {
        ArgumentNullException.ThrowIfNull(method);
        SeriesChecks.Horizon(horizon);
        var lv = SeriesChecks.Levels(levels);
        options ??= SeriesOptions.Default;
        var prepared = SeriesPreparation.Prepare(y, options);
        var values = prepared.Array;
        if (y.IsEmpty || prepared.MissingValuesFilled == y.Length)
        {
            return Constant("Empty", 0, horizon, y.Length, FallbackReason.Empty);
        }

        if (prepared.IsEmpty || (prepared.IsConstant && values[0] == 0))
        {
            return Constant("Zero", 0, horizon, y.Length, FallbackReason.AllZero);
        }

        var trimmed = prepared.LeadingZerosTrimmed;
        if (options.RequireNonNegative && options.DetectObsolescence && IntermittentDemand.DetectObsolescence(values).IsObsolete)
        {
            return Finish(IntermittentDemand.ObsolescenceDecay(values, horizon), trimmed, FallbackReason.Obsolete, options);
        }

        if (prepared.IsConstant && values.Length > 1)
        {
            return Finish(new Forecast("Constant", SeriesChecks.Fill(horizon, values[0]), [], SeriesChecks.Fill(values.Length, values[0])), trimmed, FallbackReason.Constant, options);
        }

        if (values.Length < Math.Max(1, options.MinimumLength))
        {
            return Finish(Baseline.Mean(values, horizon, lv), trimmed, FallbackReason.TooShort, options);
        }

        Forecast? forecast;
        try
        {
            forecast = method(values, horizon);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or ArithmeticException)
        {
            forecast = null;
        }

        if (forecast is null || forecast.Horizon != horizon)
        {
            return Finish(Baseline.Mean(values, horizon, lv), trimmed, FallbackReason.FitFailed, options);
        }

        var reason = prepared.MissingValuesFilled > 0 ? FallbackReason.MissingValuesFilled
            : trimmed > 0 ? FallbackReason.LeadingZerosTrimmed
            : forecast.Reason;
        return Finish(forecast, trimmed, reason, options);
    }

    private static Forecast Constant(string method, double value, int horizon, int length, FallbackReason reason) =>
        new(method, SeriesChecks.Fill(horizon, value), [], SeriesChecks.Fill(length, value), reason);

    private static Forecast Finish(Forecast f, int trimmed, FallbackReason reason, SeriesOptions options)
    {
        var clip = options.ClipNegativeForecasts && options.RequireNonNegative;
        var mean = f.Mean.Select(m => clip ? Math.Max(0, m) : m).ToArray();
        var intervals = f.Intervals.Select(i => new PredictionInterval(
            i.Level,
            [.. i.Lower.Select(v => clip ? Math.Max(0, v) : v)],
            [.. i.Upper.Select(v => clip ? Math.Max(0, v) : v)]));
        double[]? fitted = null;
        if (f.Fitted is not null)
        {
            fitted = new double[trimmed + f.Fitted.Count];
            for (var i = 0; i < f.Fitted.Count; i++)
            {
                fitted[trimmed + i] = f.Fitted[i];
            }
        }

        return new Forecast(f.Method, mean, intervals, fitted, reason);
    }
}
