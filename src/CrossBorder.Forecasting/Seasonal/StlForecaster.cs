using System.Globalization;

namespace CrossBorder.Forecasting;

/// <summary>
/// Forecasts by seasonal decomposition, as R's <c>forecast::stlf</c> (through <c>mstl</c> and <c>forecast.stl</c>):
/// the series is decomposed by <see cref="Mstl"/> (one period: STL with s.window 11; several: MSTL), the seasonally
/// adjusted series is forecast by a non-seasonal method, and each seasonal component is continued by repeating its
/// last period (seasonal naive) and added to the point forecasts, to both bounds of every interval and to the
/// fitted values.
/// </summary>
/// <remarks>
/// <para>
/// As R, the intervals are those of the adjusted series' forecast shifted by the seasonal component: the
/// uncertainty of the seasonal estimate is not included. A fractional period (365.25) is continued by its last 365
/// values, as R's <c>seq_len(365.25)</c>. No Box–Cox transformation (R's <c>lambda</c>).
/// </para>
/// <para>
/// The forecast's method reads <c>STL-ETS(A,N,N)</c>, <c>STL-Theta(α=0.5)</c>, <c>STL-Naive</c>, <c>STL-Drift</c>, or
/// <c>MSTL(7,365.25)-ETS(A,A,N)</c> with several periods. When every period has 2·period ≥ n (fewer than two full
/// cycles, where R's <c>stl</c> stops with an error), the series is forecast by the method alone, the method reads
/// as that method's (<c>ETS(A,N,N)</c>) and <see cref="Forecast.Reason"/> is <see cref="FallbackReason.TooShort"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// Forecast weekly = StlForecaster.Forecast(sales, [52], horizon: 13, StlMethod.Ets);      // STL-ETS(A,N,N)
/// Forecast daily = StlForecaster.Forecast(orders, [7, 365.25], horizon: 28, StlMethod.Theta);
/// </code>
/// </example>
public static class StlForecaster
{
    /// <summary>Forecasts <paramref name="y"/> <paramref name="horizon"/> steps ahead by STL/MSTL plus a non-seasonal method.</summary>
    /// <param name="y">The series, oldest first; finite values, enough for the method (4 for ETS, 3 for Theta).</param>
    /// <param name="periods">The seasonal periods (52 weekly; 7 and 365.25 daily), each finite and at least 2.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="method">How the seasonally adjusted series is forecast; default ETS, as R.</param>
    /// <param name="levels">Interval levels such as 0.8 and 0.95; <see langword="null"/> for those two, empty for point forecasts only.</param>
    /// <param name="ets">ETS options (with <see cref="StlMethod.Ets"/>); <see langword="null"/> for R's defaults.</param>
    /// <param name="decomposition">MSTL options; <see langword="null"/> for stlf's defaults (s.window 7 + 4·i, not robust).</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty, too short for the method or holds a non-finite value; a period is repeated.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is not positive, a level is not in (0, 1), a period is below 2, or <paramref name="method"/> is unknown.</exception>
    /// <exception cref="InvalidOperationException">The ETS optimiser found no feasible model.</exception>
    public static Forecast Forecast(
        ReadOnlySpan<double> y,
        IReadOnlyList<double> periods,
        int horizon,
        StlMethod method = StlMethod.Ets,
        double[]? levels = null,
        EtsOptions? ets = null,
        MstlOptions? decomposition = null)
    {
        SeriesChecks.Horizon(horizon);
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown STL forecasting method.");
        }

        var lv = SeriesChecks.Levels(levels);
        var mstl = Mstl.Decompose(y, periods, decomposition);
        var adjusted = mstl.SeasonallyAdjusted.ToArray();
        var inner = method switch
        {
            StlMethod.Ets => Ets.FitAuto(adjusted, 1, ets).Forecast(horizon, ets, lv),
            StlMethod.Theta => Theta.Standard(adjusted, 1, horizon, lv),
            StlMethod.Naive => Baseline.Naive(adjusted, horizon, lv),
            _ => Baseline.Drift(adjusted, horizon, lv),
        };

        if (mstl.Periods.Count == 0)
        {
            return new Forecast(inner.Method, [.. inner.Mean], inner.Intervals, inner.Fitted?.ToArray(), FallbackReason.TooShort);
        }

        var future = new double[horizon];
        var n = y.Length;
        var allSeasonal = new double[n];
        for (var i = 0; i < mstl.Periods.Count; i++)
        {
            var seasonal = mstl.Seasonals[i];
            var m = (int)mstl.Periods[i];
            for (var h = 0; h < horizon; h++)
            {
                future[h] += seasonal[n - m + (h % m)];
            }

            for (var t = 0; t < n; t++)
            {
                allSeasonal[t] += seasonal[t];
            }
        }

        var mean = Shift(inner.Mean, future);
        var intervals = inner.Intervals.Select(iv => new PredictionInterval(iv.Level, Shift(iv.Lower, future), Shift(iv.Upper, future)));
        var fitted = inner.Fitted is null ? null : Shift(inner.Fitted, allSeasonal);
        return new Forecast(Name(mstl.Periods, inner.Method), mean, intervals, fitted);
    }

    private static double[] Shift(IReadOnlyList<double> values, double[] by)
    {
        var result = new double[values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = values[i] + by[i];
        }

        return result;
    }

    private static string Name(IReadOnlyList<double> periods, string method) =>
        periods.Count == 1
            ? "STL-" + method
            : $"MSTL({string.Join(",", periods.Select(p => p.ToString(CultureInfo.InvariantCulture)))})-{method}";
}
