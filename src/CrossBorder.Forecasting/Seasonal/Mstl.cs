using System.Buffers;

namespace CrossBorder.Forecasting;

/// <summary>
/// Multiple seasonal decomposition by loess (MSTL; Bandara, Hyndman and Bergmeir 2021), as R's <c>forecast::mstl</c>:
/// each seasonal component in turn is estimated by STL on the series less the other components, shortest period
/// first, <see cref="MstlOptions.Iterations"/> times over; the trend is that of the last STL fit.
/// </summary>
/// <remarks>
/// <para>
/// Periods are taken as R takes them: sorted, and those with 2·period ≥ n dropped (listed in
/// <see cref="MstlDecomposition.DroppedPeriods"/>). A fractional period such as 365.25 is passed to STL as R passes
/// a <c>ts</c> of that frequency: the cycle-subseries use its integer part (365), the default trend window its exact
/// value (nextodd(⌈1.5·365.25/(1 − 1.5/s.window)⌉)), the low-pass window nextodd(365.25) = 365.
/// </para>
/// <para>
/// No Box–Cox transformation (R's <c>lambda</c>) and no missing values (R interpolates them with <c>na.interp</c>).
/// With no period left, R smooths the trend with <c>supsmu</c> (Friedman's super smoother, spans chosen by local
/// cross-validation); that is not ported: the trend is then a local-linear loess with tricube weights over 20% of
/// the points (supsmu's middle span, odd, at least 3), evaluated every ⌈span/10⌉ points as STL does, so it differs
/// from R's there. Forecasts do not use it: with no seasonal component the adjusted series is the data.
/// </para>
/// </remarks>
public static class Mstl
{
    /// <summary>Decomposes <paramref name="y"/> into a trend, one seasonal component per period and a remainder.</summary>
    /// <param name="y">The series, oldest first; finite values, at least one.</param>
    /// <param name="periods">The seasonal periods (7 and 365.25 for daily data), each finite, at least 2 and given once.</param>
    /// <param name="options">R's arguments; <see langword="null"/> for mstl's defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a non-finite value; a period is repeated; the seasonal windows do not fit the periods.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A period is below 2 or not finite.</exception>
    public static MstlDecomposition Decompose(ReadOnlySpan<double> y, IReadOnlyList<double> periods, MstlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        options ??= new MstlOptions();
        SeriesChecks.NotEmpty(y, nameof(y));
        SeriesChecks.Finite(y, nameof(y));
        var n = y.Length;
        var (kept, dropped) = SplitPeriods(periods, n);
        var seasonals = new double[kept.Length][];
        var trend = new double[n];
        var adjusted = y.ToArray();
        if (kept.Length == 0)
        {
            SmoothTrend(y, trend);
        }
        else
        {
            var stl = new StlParameters[kept.Length];
            for (var i = 0; i < kept.Length; i++)
            {
                stl[i] = options.ForPeriod(i, kept.Length, nameof(options)).Resolve(n, kept[i]);
                seasonals[i] = new double[n];
            }

            // adjusted is R's deseas: the data less every seasonal component estimated so far.
            var weights = ArrayPool<double>.Shared.Rent(n);
            try
            {
                for (var pass = 0; pass < options.Iterations; pass++)
                {
                    for (var i = 0; i < kept.Length; i++)
                    {
                        var seasonal = seasonals[i];
                        for (var t = 0; t < n; t++)
                        {
                            adjusted[t] += seasonal[t];
                        }

                        Stl.Run(adjusted, stl[i], seasonal, trend, weights.AsSpan(0, n));
                        for (var t = 0; t < n; t++)
                        {
                            adjusted[t] -= seasonal[t];
                        }
                    }
                }
            }
            finally
            {
                ArrayPool<double>.Shared.Return(weights);
            }
        }

        var remainder = new double[n];
        for (var t = 0; t < n; t++)
        {
            remainder[t] = adjusted[t] - trend[t];
        }

        return new MstlDecomposition(kept, dropped, trend, seasonals, remainder, adjusted);
    }

    /// <summary>R's rule: periods sorted, those with 2·period ≥ n dropped.</summary>
    internal static (double[] Kept, double[] Dropped) SplitPeriods(IReadOnlyList<double> periods, int n)
    {
        var sorted = periods.ToArray();
        foreach (var p in sorted)
        {
            if (!double.IsFinite(p) || p < 2)
            {
                throw new ArgumentOutOfRangeException(nameof(periods), p, "A seasonal period is a finite number of at least 2 observations.");
            }
        }

        Array.Sort(sorted);
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i] == sorted[i - 1])
            {
                throw new ArgumentException($"The period {sorted[i]} is given twice.", nameof(periods));
            }
        }

        return ([.. sorted.Where(p => 2 * p < n)], [.. sorted.Where(p => 2 * p >= n)]);
    }

    /// <summary>The trend with no seasonal period left: local-linear loess over 20% of the points (see the remarks).</summary>
    private static void SmoothTrend(ReadOnlySpan<double> y, Span<double> trend)
    {
        var span = Math.Max(3, StlOptions.NextOdd(0.2 * y.Length));
        StlCore.Loess(y, span, 1, (span + 9) / 10, false, default, trend);
    }
}
