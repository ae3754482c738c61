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
/// R's <c>decompose</c>), unless an index is below 1e-4 in absolute value; then the non-seasonal method is used
/// throughout (R's <c>thetaf</c> 8.20 warns there but still multiplies the forecasts of the unadjusted series by the
/// indices, which is not copied).
/// </para>
/// <para>
/// Checked against <c>thetaf</c> on R's classic series and on weekly (m = 52, 104 and 156 weeks with a Q4 peak) and
/// daily (m = 7) series: the seasonality decision is the same on every one; means agree to 4.1e-5 relative and 80/95%
/// bounds to 2.2e-4 of the mean, the difference coming from the SES optimiser alone (see below).
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
        var level = SesPath(x, alpha, l0, fitted, out var sse);

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
        var alpha = GoldenSectionSse(x, left, right, 1e-9);
        if (ProfiledSse(x, alpha, out var l0) > bestSse)
        {
            alpha = best;
            ProfiledSse(x, alpha, out l0);
        }

        return (alpha, l0);
    }

    /// <summary>
    /// <see cref="ProfiledSse(ReadOnlySpan{double}, double, out double)"/> at α_i = lo + (hi − lo)·i/grid for i = 0 … grid,
    /// several α at once (<see cref="Sse"/>).
    /// </summary>
    internal static double[] GridSse(ReadOnlySpan<double> x, double lo, double hi, int grid)
    {
        var alphas = new double[grid + 1];
        for (var i = 0; i <= grid; i++)
        {
            alphas[i] = lo + ((hi - lo) * i / grid);
        }

        var sses = new double[alphas.Length];
        Sse(x, alphas, sses);
        return sses;
    }

    /// <summary>
    /// <see cref="ProfiledSse(ReadOnlySpan{double}, double, out double)"/> at each of <paramref name="alphas"/>, several
    /// at once: each lane of a vector runs the scalar recursion with the same operations in the same order (a
    /// multiplication and an addition, never fused), so each SSE is the scalar one to the bit; the lanes and the two
    /// vectors in flight fill the pipeline that one α's chain of dependent steps leaves idle.
    /// </summary>
    internal static void Sse(ReadOnlySpan<double> x, ReadOnlySpan<double> alphas, Span<double> sses)
    {
        var width = Vector<double>.Count;
        Span<double> lanes = stackalloc double[2 * width];
        Span<double> results = stackalloc double[2 * width];
        for (var i = 0; i < alphas.Length; i += 2 * width)
        {
            for (var l = 0; l < lanes.Length; l++)
            {
                lanes[l] = alphas[Math.Min(i + l, alphas.Length - 1)];
            }

            ProfiledSse(x, new Vector<double>(lanes), new Vector<double>(lanes[width..]), out var sse1, out var sse2);
            sse1.CopyTo(results);
            sse2.CopyTo(results[width..]);
            results[..Math.Min(lanes.Length, alphas.Length - i)].CopyTo(sses[i..]);
        }
    }

    /// <summary>
    /// <see cref="SesKernels.GoldenSection{TState}"/> of <see cref="ProfiledSse(ReadOnlySpan{double}, double, out double)"/>
    /// on [<paramref name="lo"/>, <paramref name="hi"/>], the same steps and the same answer, two steps per pass: each
    /// pass evaluates the point of the next step for both outcomes of its comparison and the point of the step after
    /// for all four (six α in vector lanes, <see cref="Sse"/>), computed with the step's own arithmetic, then takes the
    /// two steps.
    /// </summary>
    internal static double GoldenSectionSse(ReadOnlySpan<double> x, double lo, double hi, double tolerance)
    {
        const double g = SesKernels.InverseGolden;
        var a = lo;
        var b = hi;
        var c = b - (g * (b - a));
        var d = a + (g * (b - a));
        Span<double> points = stackalloc double[6];
        Span<double> f = stackalloc double[6];
        points[0] = c;
        points[1] = d;
        Sse(x, points[..2], f);
        var fc = f[0];
        var fd = f[1];
        while (b - a > tolerance)
        {
            // Step 1 goes left (fc ≤ fd: b ← d, new c) or right (a ← c, new d); step 2 again from either state.
            var left = d - (g * (d - a));
            var right = c + (g * (b - c));
            points[0] = left;
            points[1] = right;
            points[2] = c - (g * (c - a));
            points[3] = left + (g * (d - left));
            points[4] = right - (g * (right - c));
            points[5] = d + (g * (b - d));
            Sse(x, points, f);
            int next;
            if (fc <= fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - (g * (b - a));
                fc = f[0];
                next = 2;
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + (g * (b - a));
                fd = f[1];
                next = 4;
            }

            if (!(b - a > tolerance))
            {
                break;
            }

            if (fc <= fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - (g * (b - a));
                fc = f[next];
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + (g * (b - a));
                fd = f[next + 1];
            }
        }

        var middle = 0.5 * (a + b);
        points[0] = lo;
        points[1] = hi;
        points[2] = middle;
        Sse(x, points[..3], f);
        var best = Math.Min(f[0], f[1]);
        return f[2] <= best ? middle : (f[0] <= f[1] ? lo : hi);
    }

    /// <summary>
    /// The vector form of <see cref="ProfiledSse(ReadOnlySpan{double}, double, out double)"/>: one α per lane, the same
    /// operations, two vectors interleaved so that their chains of dependent steps overlap.
    /// </summary>
    private static void ProfiledSse(ReadOnlySpan<double> x, Vector<double> alpha1, Vector<double> alpha2, out Vector<double> sse1, out Vector<double> sse2)
    {
        Vector<double> a1 = Vector<double>.Zero, c1 = Vector<double>.One, scd1 = Vector<double>.Zero, scc1 = Vector<double>.Zero;
        Vector<double> a2 = Vector<double>.Zero, c2 = Vector<double>.One, scd2 = Vector<double>.Zero, scc2 = Vector<double>.Zero;
        var decay1 = Vector<double>.One - alpha1;
        var decay2 = Vector<double>.One - alpha2;
        for (var t = 0; t < x.Length; t++)
        {
            var xt = new Vector<double>(x[t]);
            var d1 = xt - a1;
            var d2 = xt - a2;
            scd1 += c1 * d1;
            scd2 += c2 * d2;
            scc1 += c1 * c1;
            scc2 += c2 * c2;
            a1 += alpha1 * d1;
            a2 += alpha2 * d2;
            c1 *= decay1;
            c2 *= decay2;
        }

        var level1 = scd1 / scc1;
        var level2 = scd2 / scc2;
        sse1 = Vector<double>.Zero;
        sse2 = Vector<double>.Zero;
        for (var t = 0; t < x.Length; t++)
        {
            var xt = new Vector<double>(x[t]);
            var e1 = xt - level1;
            var e2 = xt - level2;
            sse1 += e1 * e1;
            sse2 += e2 * e2;
            level1 += alpha1 * e1;
            level2 += alpha2 * e2;
        }
    }

    /// <summary>
    /// Runs SES from level <paramref name="level0"/>: the level before each observation into <paramref name="fitted"/>,
    /// the sum of squared one-step errors into <paramref name="sse"/>; returns the final level ℓ_n.
    /// </summary>
    internal static double SesPath(ReadOnlySpan<double> x, double alpha, double level0, Span<double> fitted, out double sse)
    {
        var level = level0;
        sse = 0.0;
        for (var t = 0; t < x.Length; t++)
        {
            fitted[t] = level;
            var e = x[t] - level;
            sse += e * e;
            level += alpha * e;
        }

        return level;
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
