using MathNet.Numerics.Distributions;

namespace CrossBorder.Forecasting;

/// <summary>
/// Benchmark forecasts with the point forecasts, fitted values and analytic prediction intervals of R's forecast
/// package (<c>naive</c>, <c>snaive</c>, <c>meanf</c>, <c>rwf(drift = TRUE)</c>), plus a moving average.
/// </summary>
/// <remarks>
/// Fitted values are one-step in-sample forecasts; where the method has none (the first observation for naive and
/// drift, the first <c>period</c> for seasonal naive, the first <c>window</c> for the moving average) the fitted
/// value is <see cref="double.NaN"/>, as R reports <c>NA</c>. Intervals default to 80% and 95%.
/// </remarks>
public static class Baseline
{
    /// <summary>Naive (random walk) forecast: the last observation, with intervals ±z·σ·√h.</summary>
    /// <param name="y">The series, oldest first; at least one finite value.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="levels">Interval levels such as 0.8 and 0.95; <see langword="null"/> for those two, empty for point forecasts only.</param>
    /// <remarks>σ² is the mean squared one-step difference, as R's <c>lagwalk</c>; with one observation the intervals are empty.</remarks>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a non-finite value.</exception>
    public static Forecast Naive(ReadOnlySpan<double> y, int horizon, double[]? levels = null) =>
        LagWalk("Naive", y, 1, horizon, levels);

    /// <summary>Seasonal naive forecast: the value one period earlier, with intervals ±z·σ·√(⌊(h−1)/m⌋+1).</summary>
    /// <param name="y">The series, oldest first.</param>
    /// <param name="period">The seasonal period m, at least 1 (1 gives the naive forecast).</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="levels">Interval levels; <see langword="null"/> for 0.8 and 0.95, empty for point forecasts only.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is shorter than <paramref name="period"/> or holds a non-finite value.</exception>
    public static Forecast SeasonalNaive(ReadOnlySpan<double> y, int period, int horizon, double[]? levels = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period);
        if (y.Length < period)
        {
            throw new ArgumentException($"Seasonal naive needs at least one full period ({period} observations); the series has {y.Length}.", nameof(y));
        }

        return LagWalk("SeasonalNaive", y, period, horizon, levels);
    }

    /// <summary>Random walk with drift: last value plus h times the mean step, with R's <c>rwf(drift = TRUE)</c> intervals.</summary>
    /// <param name="y">The series, oldest first; at least two values (one value falls back to the naive forecast's form with zero drift).</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="levels">Interval levels; <see langword="null"/> for 0.8 and 0.95, empty for point forecasts only.</param>
    /// <remarks>
    /// The drift b is the mean of the first differences and σ their sample standard deviation (the residual standard
    /// error of the intercept-only regression); the standard error at step h is √(σ²h + (h·σ/√(n−1))²) where n−1 is
    /// the number of differences.
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a non-finite value.</exception>
    public static Forecast Drift(ReadOnlySpan<double> y, int horizon, double[]? levels = null) =>
        LagWalk("Drift", y, 1, horizon, levels, drift: true);

    /// <summary>Historic mean with R's <c>meanf</c> intervals: mean ± t(n−1)·s·√(1+1/n).</summary>
    /// <param name="y">The series, oldest first.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="levels">Interval levels; <see langword="null"/> for 0.8 and 0.95, empty for point forecasts only.</param>
    /// <remarks>The fitted values are the full-sample mean, as in R. With one observation the intervals are empty.</remarks>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a non-finite value.</exception>
    public static Forecast Mean(ReadOnlySpan<double> y, int horizon, double[]? levels = null)
    {
        SeriesChecks.NotEmpty(y, nameof(y));
        SeriesChecks.Finite(y, nameof(y));
        SeriesChecks.Horizon(horizon);
        var lv = SeriesChecks.Levels(levels);
        var n = y.Length;
        var mean = MeanOf(y);
        var forecast = SeriesChecks.Fill(horizon, mean);
        var fitted = SeriesChecks.Fill(n, mean);
        if (n < 2)
        {
            return new Forecast("Mean", forecast, [], fitted);
        }

        var ss = 0.0;
        foreach (var v in y)
        {
            ss += (v - mean) * (v - mean);
        }

        var s = Math.Sqrt(ss / (n - 1));
        var se = SeriesChecks.Fill(horizon, s * Math.Sqrt(1 + (1.0 / n)));
        var intervals = SeriesChecks.NormalIntervals(forecast, se, lv, level => StudentQuantile(n - 1, 0.5 * (1 + level)));
        return new Forecast("Mean", forecast, intervals, fitted);
    }

    /// <summary>Moving average of the last <paramref name="window"/> observations.</summary>
    /// <param name="y">The series, oldest first; at least <paramref name="window"/> values.</param>
    /// <param name="window">The window k, at least 1.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="levels">Interval levels; <see langword="null"/> for 0.8 and 0.95, empty for point forecasts only.</param>
    /// <remarks>
    /// Fitted value t is the mean of the k observations before t. Intervals are ±z·σ with σ the root mean square of
    /// the in-sample one-step errors (for i.i.d. data these estimate √(1+1/k) times the noise s.d.); the width is
    /// constant in h, as for <c>meanf</c>. They are empty when there are no in-sample errors (n = k).
    /// </remarks>
    /// <exception cref="ArgumentException"><paramref name="y"/> is shorter than the window or holds a non-finite value.</exception>
    public static Forecast MovingAverage(ReadOnlySpan<double> y, int window, int horizon, double[]? levels = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(window);
        SeriesChecks.Finite(y, nameof(y));
        SeriesChecks.Horizon(horizon);
        var lv = SeriesChecks.Levels(levels);
        if (y.Length < window)
        {
            throw new ArgumentException($"A moving average of {window} needs at least {window} observations; the series has {y.Length}.", nameof(y));
        }

        var n = y.Length;
        var fitted = new double[n];
        var sum = 0.0;
        for (var i = 0; i < window; i++)
        {
            fitted[i] = double.NaN;
            sum += y[i];
        }

        var sse = 0.0;
        for (var t = window; t < n; t++)
        {
            fitted[t] = sum / window;
            sse += (y[t] - fitted[t]) * (y[t] - fitted[t]);
            sum += y[t] - y[t - window];
        }

        var last = 0.0;
        for (var i = n - window; i < n; i++)
        {
            last += y[i];
        }

        var forecast = SeriesChecks.Fill(horizon, last / window);
        var name = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"MovingAverage({window})");
        if (n == window)
        {
            return new Forecast(name, forecast, [], fitted);
        }

        var sigma = Math.Sqrt(sse / (n - window));
        return new Forecast(name, forecast, SeriesChecks.NormalIntervals(forecast, SeriesChecks.Fill(horizon, sigma), lv), fitted);
    }

    private static Forecast LagWalk(string method, ReadOnlySpan<double> y, int lag, int horizon, double[]? levels, bool drift = false)
    {
        SeriesChecks.NotEmpty(y, nameof(y));
        SeriesChecks.Finite(y, nameof(y));
        SeriesChecks.Horizon(horizon);
        var lv = SeriesChecks.Levels(levels);
        var n = y.Length;
        var differences = n - lag;

        double b = 0, bse = 0, sigma = 0;
        if (differences > 0)
        {
            var sum = 0.0;
            for (var t = lag; t < n; t++)
            {
                sum += y[t] - y[t - lag];
            }

            if (drift)
            {
                b = sum / differences;
                var ss = 0.0;
                for (var t = lag; t < n; t++)
                {
                    var d = y[t] - y[t - lag] - b;
                    ss += d * d;
                }

                sigma = differences > 1 ? Math.Sqrt(ss / (differences - 1)) : 0;
                bse = sigma / Math.Sqrt(differences);
            }
            else
            {
                var ss = 0.0;
                for (var t = lag; t < n; t++)
                {
                    var d = y[t] - y[t - lag];
                    ss += d * d;
                }

                sigma = Math.Sqrt(ss / differences);
            }
        }

        var fitted = new double[n];
        for (var t = 0; t < n; t++)
        {
            fitted[t] = t < lag ? double.NaN : y[t - lag] + b;
        }

        var forecast = new double[horizon];
        var se = new double[horizon];
        for (var h = 1; h <= horizon; h++)
        {
            var steps = ((h - 1) / lag) + 1;
            forecast[h - 1] = y[n - lag + ((h - 1) % lag)] + (steps * b);
            se[h - 1] = Math.Sqrt((sigma * sigma * steps) + (steps * bse * steps * bse));
        }

        var hasIntervals = drift ? differences > 1 : differences > 0;
        var name = lag == 1 || method != "SeasonalNaive"
            ? method
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SeasonalNaive({lag})");
        return new Forecast(name, forecast, hasIntervals ? SeriesChecks.NormalIntervals(forecast, se, lv) : [], fitted);
    }

    internal static double MeanOf(ReadOnlySpan<double> y)
    {
        var sum = 0.0;
        foreach (var v in y)
        {
            sum += v;
        }

        return sum / y.Length;
    }

    /// <summary>
    /// The Student-t quantile (R's <c>qt</c>). Math.NET's root search has a bounded bracket and fails for extreme
    /// levels on few degrees of freedom (99.9999% on one: t ≈ 636,619), so those are found by bisection on the CDF
    /// in a bracket that doubles until it holds the quantile.
    /// </summary>
    internal static double StudentQuantile(int degreesOfFreedom, double p)
    {
        try
        {
            return StudentT.InvCDF(0, 1, degreesOfFreedom, p);
        }
        catch (MathNet.Numerics.NonConvergenceException)
        {
            var (low, high) = (0.0, 1.0);
            while (StudentT.CDF(0, 1, degreesOfFreedom, high) < p)
            {
                (low, high) = (high, high * 2);
            }

            for (var i = 0; i < 200 && high - low > 1e-12 * high; i++)
            {
                var middle = (low + high) / 2;
                (low, high) = StudentT.CDF(0, 1, degreesOfFreedom, middle) < p ? (middle, high) : (low, middle);
            }

            return (low + high) / 2;
        }
    }
}
