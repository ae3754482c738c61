namespace CrossBorder.Forecasting;

/// <summary>
/// Point and interval accuracy measures as defined for the M4 and M5 competitions. Every measure takes the actual
/// values first and the forecasts second, both <see cref="ReadOnlySpan{T}"/> of equal, non-zero length.
/// </summary>
/// <remarks>
/// None of these returns <see cref="double.NaN"/> silently: empty or mismatched inputs, non-finite values and
/// undefined scales throw <see cref="ArgumentException"/>, naming the parameter at fault.
/// </remarks>
public static class Accuracy
{
    /// <summary>Mean absolute error.</summary>
    /// <exception cref="ArgumentException">The spans are empty, differ in length or hold a non-finite value.</exception>
    public static double Mae(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check(actual, forecast);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            sum += Math.Abs(actual[i] - forecast[i]);
        }

        return sum / actual.Length;
    }

    /// <summary>Root mean squared error.</summary>
    /// <exception cref="ArgumentException">The spans are empty, differ in length or hold a non-finite value.</exception>
    public static double Rmse(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast) => Math.Sqrt(Mse(actual, forecast));

    /// <summary>Mean squared error.</summary>
    /// <exception cref="ArgumentException">The spans are empty, differ in length or hold a non-finite value.</exception>
    public static double Mse(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check(actual, forecast);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            var e = actual[i] - forecast[i];
            sum += e * e;
        }

        return sum / actual.Length;
    }

    /// <summary>Mean absolute percentage error, in percent: 100·mean(|y − f| / |y|).</summary>
    /// <exception cref="ArgumentException">As for <see cref="Mae"/>, or an actual value is zero (MAPE is undefined; use <see cref="Smape"/> or <see cref="Mase"/>).</exception>
    public static double Mape(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check(actual, forecast);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            if (actual[i] == 0)
            {
                throw new ArgumentException($"Actual value {i} is zero, so MAPE is undefined; use sMAPE or MASE.", nameof(actual));
            }

            sum += Math.Abs((actual[i] - forecast[i]) / actual[i]);
        }

        return 100 * sum / actual.Length;
    }

    /// <summary>Symmetric MAPE as in M4, in percent within [0, 200]: mean of 200·|y − f| / (|y| + |f|).</summary>
    /// <remarks>A step where both the actual and the forecast are zero is a perfect forecast and contributes 0.</remarks>
    /// <exception cref="ArgumentException">The spans are empty, differ in length or hold a non-finite value.</exception>
    public static double Smape(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check(actual, forecast);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            var denominator = Math.Abs(actual[i]) + Math.Abs(forecast[i]);
            if (denominator > 0)
            {
                sum += 200 * Math.Abs(actual[i] - forecast[i]) / denominator;
            }
        }

        return sum / actual.Length;
    }

    /// <summary>Mean error (actual minus forecast): positive when the forecast is too low.</summary>
    /// <exception cref="ArgumentException">The spans are empty, differ in length or hold a non-finite value.</exception>
    public static double Bias(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast)
    {
        Check(actual, forecast);
        var sum = 0.0;
        for (var i = 0; i < actual.Length; i++)
        {
            sum += actual[i] - forecast[i];
        }

        return sum / actual.Length;
    }

    /// <summary>
    /// The M4 MASE scale: the in-sample mean absolute error of the seasonal naive forecast with lag
    /// <paramref name="period"/>, mean(|y[t] − y[t−m]|) over t = m…n−1.
    /// </summary>
    /// <param name="insample">The training series.</param>
    /// <param name="period">The lag m (the data frequency; 1 for the naive forecast).</param>
    /// <exception cref="ArgumentException">The training series has no more than <paramref name="period"/> values, or a non-finite value.</exception>
    public static double MaseScale(ReadOnlySpan<double> insample, int period = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period);
        SeriesChecks.Finite(insample, nameof(insample));
        if (insample.Length <= period)
        {
            throw new ArgumentException($"The MASE scale with lag {period} needs more than {period} in-sample values; there are {insample.Length}.", nameof(insample));
        }

        var sum = 0.0;
        for (var t = period; t < insample.Length; t++)
        {
            sum += Math.Abs(insample[t] - insample[t - period]);
        }

        return sum / (insample.Length - period);
    }

    /// <summary>
    /// The RMSSE scale: the in-sample mean squared one-step naive error, mean((y[t] − y[t−1])²), over the whole
    /// training series or, with <see cref="RmsseScaling.FromFirstDemand"/>, from its first non-zero value (M5).
    /// </summary>
    /// <param name="insample">The training series.</param>
    /// <param name="scaling">Where the scale starts; <see cref="RmsseScaling.AllObservations"/> by default.</param>
    /// <exception cref="ArgumentException">The training series (from its first non-zero value, for <see cref="RmsseScaling.FromFirstDemand"/>) has fewer than 2 values, or holds a non-finite value.</exception>
    public static double RmsseScale(ReadOnlySpan<double> insample, RmsseScaling scaling = RmsseScaling.AllObservations)
    {
        SeriesChecks.Finite(insample, nameof(insample));
        if (scaling == RmsseScaling.FromFirstDemand)
        {
            var first = insample.IndexOfAnyExcept(0.0);
            if (first < 0)
            {
                throw new ArgumentException("The training series has no non-zero value, so the M5 RMSSE scale (from the first demand) is undefined.", nameof(insample));
            }

            insample = insample[first..];
        }
        else if (scaling != RmsseScaling.AllObservations)
        {
            throw new ArgumentOutOfRangeException(nameof(scaling), scaling, "Unknown RMSSE scaling.");
        }

        if (insample.Length < 2)
        {
            throw new ArgumentException(
                scaling == RmsseScaling.FromFirstDemand
                    ? "The M5 RMSSE scale needs at least 2 in-sample values from the first non-zero value on."
                    : "The RMSSE scale needs at least 2 in-sample values.",
                nameof(insample));
        }

        var sum = 0.0;
        for (var t = 1; t < insample.Length; t++)
        {
            var d = insample[t] - insample[t - 1];
            sum += d * d;
        }

        return sum / (insample.Length - 1);
    }

    /// <summary>Mean absolute scaled error (M4): MAE divided by <see cref="MaseScale"/>.</summary>
    /// <param name="actual">The holdout values.</param>
    /// <param name="forecast">The forecasts for the holdout.</param>
    /// <param name="insample">The training series that defines the scale.</param>
    /// <param name="period">The seasonal lag of the scale (the frequency: 12 monthly, 4 quarterly, 1 otherwise).</param>
    /// <exception cref="ArgumentException">As for <see cref="Mae"/> and <see cref="MaseScale"/>; or the scale is zero (a constant training series), where MASE is undefined.</exception>
    public static double Mase(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast, ReadOnlySpan<double> insample, int period = 1) =>
        Mae(actual, forecast) / NonZero(MaseScale(insample, period), "MASE", nameof(insample));

    /// <summary>Root mean squared scaled error: √(MSE / <see cref="RmsseScale"/>).</summary>
    /// <remarks>
    /// The M5 competition scales by the naive errors from the first non-zero demand on (a product's active selling
    /// period): pass <see cref="RmsseScaling.FromFirstDemand"/>. The default, <see cref="RmsseScaling.AllObservations"/>,
    /// keeps leading zeros in the scale, as the R reference scores of the test data do; on a series that starts with
    /// zeros the two differ, since the default also counts the zero differences and the jump to the first demand.
    /// </remarks>
    /// <param name="actual">The holdout values.</param>
    /// <param name="forecast">The forecasts for the holdout.</param>
    /// <param name="insample">The training series that defines the scale.</param>
    /// <param name="scaling">Where the scale starts; <see cref="RmsseScaling.AllObservations"/> by default.</param>
    /// <exception cref="ArgumentException">As for <see cref="Mse"/> and <see cref="RmsseScale"/>; or the scale is zero (a constant training series).</exception>
    public static double Rmsse(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast, ReadOnlySpan<double> insample, RmsseScaling scaling = RmsseScaling.AllObservations) =>
        Math.Sqrt(Mse(actual, forecast) / NonZero(RmsseScale(insample, scaling), "RMSSE", nameof(insample)));

    /// <summary>Scaled bias: the mean error (actual − forecast) divided by the MASE scale (<see cref="MaseScale"/>).</summary>
    /// <remarks>Positive when the forecasts are too low. The R oracle's <c>sME</c> column uses forecast − actual, the opposite sign.</remarks>
    /// <exception cref="ArgumentException">As for <see cref="Mase"/>.</exception>
    public static double ScaledBias(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast, ReadOnlySpan<double> insample, int period = 1) =>
        Bias(actual, forecast) / NonZero(MaseScale(insample, period), "the scaled bias", nameof(insample));

    /// <summary>The share of actual values inside their interval [lower, upper], bounds included.</summary>
    /// <exception cref="ArgumentException">The spans are empty, differ in length, hold a non-finite value, or a lower bound exceeds its upper bound.</exception>
    public static double Coverage(ReadOnlySpan<double> actual, ReadOnlySpan<double> lower, ReadOnlySpan<double> upper)
    {
        Check(actual, lower, nameof(lower));
        Check(actual, upper, nameof(upper));
        var inside = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            if (lower[i] > upper[i])
            {
                throw new ArgumentException($"Step {i}: lower bound {lower[i]} exceeds upper bound {upper[i]}.", nameof(lower));
            }

            if (actual[i] >= lower[i] && actual[i] <= upper[i])
            {
                inside++;
            }
        }

        return (double)inside / actual.Length;
    }

    private static double NonZero(double scale, string measure, string paramName)
    {
        if (scale == 0)
        {
            throw new ArgumentException($"The in-sample scale is zero (the training series does not change), so {measure} is undefined.", paramName);
        }

        return scale;
    }

    private static void Check(ReadOnlySpan<double> actual, ReadOnlySpan<double> forecast, string forecastName = "forecast")
    {
        if (actual.IsEmpty)
        {
            throw new ArgumentException("There are no actual values to score.", nameof(actual));
        }

        if (forecast.Length != actual.Length)
        {
            throw new ArgumentException($"{actual.Length} actual values but {forecast.Length} in '{forecastName}'; the lengths must match.", forecastName);
        }

        SeriesChecks.Finite(actual, nameof(actual));
        SeriesChecks.Finite(forecast, forecastName);
    }
}
