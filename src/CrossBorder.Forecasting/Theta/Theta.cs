using System.Globalization;
using System.Numerics;

namespace CrossBorder.Forecasting;

/// <summary>
/// The standard Theta method (Assimakopoulos–Nikolopoulos) in the form of R's <c>thetaf</c> and the M4 benchmark:
/// SES on the (seasonally adjusted) series plus half the slope of its linear trend, reseasonalised.
/// </summary>
/// <remarks>
/// <para>
/// Seasonality: when the period m &gt; 1, the series is not constant and n &gt; 2m, the series is seasonal if
/// |r_m| &gt; 1.645·√((1 + 2·Σ_{k&lt;m} r_k²)/n) (a 90% two-sided ACF test at lag m). A seasonal series is adjusted
/// by classical multiplicative decomposition (centred moving average trend, seasonal indices normalised to mean 1, as
/// R's <c>decompose</c>), unless an index is below 1e-4 in absolute value.
/// </para>
/// <para>
/// SES is fitted as R's <c>ses</c> (ETS(A,N,N) by in-sample MSE): α on [1e-4, 0.9999] and the initial level chosen
/// jointly; here the initial level is solved exactly for each α (the errors are linear in it) and α found by a grid
/// then golden-section search, so the optimum may differ slightly from R's Nelder–Mead result. The forecast is
/// ℓ_n + (b/2)·((h − 1) + (1 − (1 − α)^n)/α) with b the least-squares slope, times the seasonal index. Intervals are
/// the SES intervals ±z·σ·√(1 + (h − 1)α²) around it, σ² = SSE/(n − 2), as <c>thetaf</c>.
/// Fitted values are the SES fitted values times the seasonal index (without the drift), as <c>thetaf</c>.
/// </para>
/// </remarks>
public static class Theta
{
    /// <summary>Forecasts with the standard Theta method.</summary>
    /// <param name="y">The series, oldest first; at least 3 finite values.</param>
    /// <param name="period">The seasonal period (12 monthly, 4 quarterly, 52 weekly, 1 for none).</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="levels">Interval levels; <see langword="null"/> for 0.8 and 0.95, empty for point forecasts only.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> has fewer than 3 values or a non-finite value.</exception>
    public static Forecast Standard(ReadOnlySpan<double> y, int period, int horizon, double[]? levels = null)
    {
        SeriesChecks.Finite(y, nameof(y));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(period);
        SeriesChecks.Horizon(horizon);
        var lv = SeriesChecks.Levels(levels);
        if (y.Length < 3)
        {
            throw new ArgumentException($"Theta needs at least 3 observations; the series has {y.Length}.", nameof(y));
        }

        var n = y.Length;
        var seasonalIndex = IsSeasonal(y, period) ? MultiplicativeIndices(y, period) : null;
        var x = new double[n];
        for (var t = 0; t < n; t++)
        {
            x[t] = seasonalIndex is null ? y[t] : y[t] / seasonalIndex[t % period];
        }

        var (alpha, l0) = FitSes(x);
        alpha = Math.Max(alpha, 1e-10);
        var fitted = new double[n];
        var level = l0;
        var sse = 0.0;
        for (var t = 0; t < n; t++)
        {
            fitted[t] = level;
            var e = x[t] - level;
            sse += e * e;
            level += alpha * e;
        }

        var slope = Slope(x) / 2;
        var sigma = Math.Sqrt(sse / (n - 2));
        var mean = new double[horizon];
        var se = new double[horizon];
        var adjustment = (1 - Math.Pow(1 - alpha, n)) / alpha;
        for (var h = 0; h < horizon; h++)
        {
            mean[h] = level + (slope * (h + adjustment));
            if (seasonalIndex is not null)
            {
                mean[h] *= seasonalIndex[(n + h) % period];
            }

            se[h] = sigma * Math.Sqrt(1 + (h * alpha * alpha));
        }

        if (seasonalIndex is not null)
        {
            for (var t = 0; t < n; t++)
            {
                fitted[t] *= seasonalIndex[t % period];
            }
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"Theta(α={alpha:0.####}{(seasonalIndex is null ? string.Empty : ", seasonal")})");
        return new Forecast(name, mean, SeriesChecks.NormalIntervals(mean, se, lv), fitted);
    }

    /// <summary>The 90% ACF test at lag m used by thetaf and the M4 benchmarks (with thetaf's n &gt; 2m condition).</summary>
    internal static bool IsSeasonal(ReadOnlySpan<double> y, int period)
    {
        var n = y.Length;
        if (period <= 1 || n <= 2 * period || IsConstant(y))
        {
            return false;
        }

        var mean = Baseline.MeanOf(y);
        var c0 = 0.0;
        for (var t = 0; t < n; t++)
        {
            c0 += (y[t] - mean) * (y[t] - mean);
        }

        var sumSq = 0.0;
        var rm = 0.0;
        for (var k = 1; k <= period; k++)
        {
            var ck = 0.0;
            for (var t = 0; t + k < n; t++)
            {
                ck += (y[t] - mean) * (y[t + k] - mean);
            }

            var r = ck / c0;
            if (k < period)
            {
                sumSq += r * r;
            }
            else
            {
                rm = r;
            }
        }

        var stat = Math.Sqrt((1 + (2 * sumSq)) / n);
        return Math.Abs(rm) / stat > 1.6448536269514722;
    }

    /// <summary>Seasonal indices of R's <c>decompose(type = "multiplicative")</c>, by position modulo m; null if one is near zero.</summary>
    internal static double[]? MultiplicativeIndices(ReadOnlySpan<double> y, int period)
    {
        var n = y.Length;
        var half = period / 2;
        var even = period % 2 == 0;
        var sums = new double[period];
        var counts = new int[period];
        for (var t = half; t < n - half; t++)
        {
            double trend = 0;
            if (even)
            {
                trend = 0.5 * (y[t - half] + y[t + half]);
                for (var j = -half + 1; j < half; j++)
                {
                    trend += y[t + j];
                }
            }
            else
            {
                for (var j = -half; j <= half; j++)
                {
                    trend += y[t + j];
                }
            }

            trend /= period;
            sums[t % period] += y[t] / trend;
            counts[t % period]++;
        }

        var figure = new double[period];
        var total = 0.0;
        for (var i = 0; i < period; i++)
        {
            figure[i] = sums[i] / counts[i];
            total += figure[i];
        }

        var average = total / period;
        for (var i = 0; i < period; i++)
        {
            figure[i] /= average;
            if (!(Math.Abs(figure[i]) >= 1e-4) || !double.IsFinite(figure[i]))
            {
                return null;
            }
        }

        return figure;
    }

    /// <summary>SES by in-sample MSE as R's <c>ses</c>: (α, ℓ0) with α on [1e-4, 0.9999] and ℓ0 profiled exactly.</summary>
    internal static (double Alpha, double Level0) FitSes(ReadOnlySpan<double> x)
    {
        const double lo = 1e-4, hi = 0.9999;
        const int grid = 64;
        var best = lo;
        var bestSse = double.PositiveInfinity;
        var bestIndex = 0;
        var sses = GridSse(x, lo, hi, grid);
        for (var i = 0; i <= grid; i++)
        {
            var a = lo + ((hi - lo) * i / grid);
            var sse = sses[i];
            if (sse < bestSse)
            {
                bestSse = sse;
                best = a;
                bestIndex = i;
            }
        }

        var left = lo + ((hi - lo) * Math.Max(0, bestIndex - 1) / grid);
        var right = lo + ((hi - lo) * Math.Min(grid, bestIndex + 1) / grid);
        var copy = x.ToArray();
        var alpha = SesKernels.GoldenSection(copy, static (s, a) => ProfiledSse(s, a, out _), left, right, 1e-9);
        if (ProfiledSse(x, alpha, out var l0) > bestSse)
        {
            alpha = best;
            ProfiledSse(x, alpha, out l0);
        }

        return (alpha, l0);
    }

    /// <summary>
    /// <see cref="ProfiledSse(ReadOnlySpan{double}, double, out double)"/> at α_i = lo + (hi − lo)·i/grid for i = 0 … grid,
    /// several α at once: each lane of a vector runs the scalar recursion with the same operations in the same order
    /// (a multiplication and an addition, never fused), so each SSE is the scalar one to the bit; the lanes and the two
    /// vectors in flight fill the pipeline that one α's chain of dependent steps leaves idle.
    /// </summary>
    internal static double[] GridSse(ReadOnlySpan<double> x, double lo, double hi, int grid)
    {
        var width = Vector<double>.Count;
        var lanes = new double[(grid + (2 * width)) / (2 * width) * (2 * width)];
        for (var i = 0; i < lanes.Length; i++)
        {
            lanes[i] = lo + ((hi - lo) * Math.Min(i, grid) / grid);
        }

        var sses = new double[lanes.Length];
        for (var i = 0; i < lanes.Length; i += 2 * width)
        {
            var alpha1 = new Vector<double>(lanes.AsSpan(i));
            var alpha2 = new Vector<double>(lanes.AsSpan(i + width));
            ProfiledSse(x, alpha1, out var sse1);
            ProfiledSse(x, alpha2, out var sse2);
            sse1.CopyTo(sses.AsSpan(i));
            sse2.CopyTo(sses.AsSpan(i + width));
        }

        return sses;
    }

    /// <summary>The vector form of <see cref="ProfiledSse(ReadOnlySpan{double}, double, out double)"/>: one α per lane, the same operations.</summary>
    private static void ProfiledSse(ReadOnlySpan<double> x, Vector<double> alpha, out Vector<double> sse)
    {
        Vector<double> a = Vector<double>.Zero, c = Vector<double>.One, scd = Vector<double>.Zero, scc = Vector<double>.Zero;
        var decay = Vector<double>.One - alpha;
        for (var t = 0; t < x.Length; t++)
        {
            var d = new Vector<double>(x[t]) - a;
            scd += c * d;
            scc += c * c;
            a += alpha * d;
            c *= decay;
        }

        var level = scd / scc;
        sse = Vector<double>.Zero;
        for (var t = 0; t < x.Length; t++)
        {
            var e = new Vector<double>(x[t]) - level;
            sse += e * e;
            level += alpha * e;
        }
    }

    /// <summary>SSE of SES with smoothing <paramref name="alpha"/> at the best initial level, which it returns.</summary>
    internal static double ProfiledSse(ReadOnlySpan<double> x, double alpha, out double level0)
    {
        // Level before observation t is a_t + c_t·ℓ0 with a_0 = 0, c_0 = 1; the error is d_t − c_t·ℓ0.
        double a = 0, c = 1, scd = 0, scc = 0;
        for (var t = 0; t < x.Length; t++)
        {
            var d = x[t] - a;
            scd += c * d;
            scc += c * c;
            a += alpha * d;
            c *= 1 - alpha;
        }

        level0 = scd / scc;
        double level = level0, sse = 0;
        for (var t = 0; t < x.Length; t++)
        {
            var e = x[t] - level;
            sse += e * e;
            level += alpha * e;
        }

        return sse;
    }

    private static double Slope(ReadOnlySpan<double> x)
    {
        var n = x.Length;
        var tMean = (n - 1) / 2.0;
        var xMean = Baseline.MeanOf(x);
        double sxy = 0, sxx = 0;
        for (var t = 0; t < n; t++)
        {
            sxy += (t - tMean) * (x[t] - xMean);
            sxx += (t - tMean) * (t - tMean);
        }

        return sxy / sxx;
    }

    private static bool IsConstant(ReadOnlySpan<double> y)
    {
        foreach (var v in y)
        {
            if (v != y[0])
            {
                return false;
            }
        }

        return true;
    }
}
