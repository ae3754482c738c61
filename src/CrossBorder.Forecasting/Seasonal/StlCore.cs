using System.Numerics;

namespace CrossBorder.Forecasting;

/// <summary>
/// The STL procedure of Cleveland, Cleveland, McRae and Terpenning (1990) as R's <c>stl.f</c> runs it: loess with
/// tricube weights evaluated every <c>jump</c> points and linearly interpolated between, cycle-subseries smoothing
/// extended by one period at each end, a low-pass filter of moving averages (period, period, 3) followed by loess,
/// and bisquare robustness weights. Works in caller-provided spans and allocates nothing.
/// </summary>
/// <remarks>
/// Positions are 1-based doubles, as in the Fortran; array indices are 0-based (position j lives at index j − 1).
/// Three shortcuts give R's numbers to rounding (1e-13 of the scale on the golden series): the loess fit is the
/// closed form of the Fortran's normalise-tilt-sum, its sums gathered several points at a time with
/// <see cref="Vector{T}"/>; without robustness weights the weights of a centred window are computed once per
/// smoothing (<see cref="CentredKernel"/>); and the smoothing of many short cycle-subseries is one small matrix
/// built once (<see cref="CycleSubseries"/>).
/// </remarks>
internal static class StlCore
{
    /// <summary>0, 1, 2, … : the offsets of the lanes of a vector.</summary>
    private static readonly double[] Iota = [.. Enumerable.Range(0, Vector<double>.Count).Select(i => (double)i)];

    /// <summary>Loess spans up to this length get their centred weights computed once, on the stack.</summary>
    private const int MaxKernel = 512;

    /// <summary>Subseries smoothing maps up to this many doubles in all are built on the stack (see <see cref="CycleSubseries"/>).</summary>
    private const int MaxMaps = 512;

    /// <summary>Length of the work space <see cref="Run"/> needs for <paramref name="n"/> points and period <paramref name="period"/>.</summary>
    internal static int WorkLength(int n, int period) => 5 * (n + (2 * period));

    /// <summary>
    /// Decomposes <paramref name="y"/>: fills <paramref name="seasonal"/>, <paramref name="trend"/> and the
    /// robustness <paramref name="weights"/> (all ones without outer iterations), then makes the seasonal part
    /// exactly periodic when <see cref="StlParameters.Periodic"/>.
    /// </summary>
    internal static void Run(ReadOnlySpan<double> y, in StlParameters p, Span<double> seasonal, Span<double> trend, Span<double> weights, Span<double> work)
    {
        var n = y.Length;
        var np = p.Period;
        var col = n + (2 * np);
        trend.Clear();
        var userw = false;
        for (var k = 0; ; k++)
        {
            InnerLoop(y, p, userw, weights, seasonal, trend, work[..(5 * col)], col);
            if (k + 1 > p.Outer)
            {
                break;
            }

            var fit = work[..n];
            for (var i = 0; i < n; i++)
            {
                fit[i] = trend[i] + seasonal[i];
            }

            RobustnessWeights(y, fit, weights, work.Slice(col, n));
            userw = true;
        }

        if (p.Outer <= 0)
        {
            weights.Fill(1.0);
        }

        if (p.Periodic)
        {
            CycleMeans(seasonal, np, work[..np]);
        }
    }

    /// <summary>R's <c>stlstp</c>: <see cref="StlParameters.Inner"/> passes of seasonal smoothing, low-pass removal and trend smoothing.</summary>
    private static void InnerLoop(ReadOnlySpan<double> y, in StlParameters p, bool userw, ReadOnlySpan<double> rw, Span<double> season, Span<double> trend, Span<double> work, int col)
    {
        var n = y.Length;
        var np = p.Period;
        var w1 = work[..col];
        var w2 = work.Slice(col, col);
        var w3 = work.Slice(2 * col, col);
        var w4 = work.Slice(3 * col, col);
        var w5 = work.Slice(4 * col, col);
        for (var pass = 0; pass < p.Inner; pass++)
        {
            for (var i = 0; i < n; i++)
            {
                w1[i] = y[i] - trend[i];
            }

            // Cycle-subseries smoothing into w2 (n + 2·np points: one extra period at each end).
            CycleSubseries(w1[..n], np, p.SeasonalWindow, p.SeasonalDegree, p.SeasonalJump, userw, rw, w2, w3, w4, w5);

            // Low-pass filter of the smoothed subseries: moving averages, then loess.
            LowPassAverages(w2, np, w3, w1);
            Loess(w3[..n], p.LowPassWindow, p.LowPassDegree, p.LowPassJump, false, rw, w1[..n]);
            for (var i = 0; i < n; i++)
            {
                season[i] = w2[np + i] - w1[i];
            }

            for (var i = 0; i < n; i++)
            {
                w1[i] = y[i] - season[i];
            }

            Loess(w1[..n], p.TrendWindow, p.TrendDegree, p.TrendJump, userw, rw, trend);
        }
    }

    /// <summary>
    /// R's <c>stless</c>: the loess of <paramref name="y"/> with span <paramref name="len"/>, evaluated every
    /// <paramref name="jump"/> points and at the last one, linearly interpolated between.
    /// </summary>
    internal static void Loess(ReadOnlySpan<double> y, int len, int degree, int jump, bool userw, ReadOnlySpan<double> rw, Span<double> ys)
    {
        var n = y.Length;
        if (n < 2)
        {
            ys[0] = y[0];
            return;
        }

        var step = Math.Min(jump, n - 1);

        // Without robustness weights every centred window has the same weights: compute them once.
        Span<double> kernel = !userw && len < n && len <= MaxKernel ? stackalloc double[len] : default;
        if (!kernel.IsEmpty)
        {
            CentredKernel(kernel);
        }

        int nleft, nright;
        if (len >= n)
        {
            nleft = 1;
            nright = n;
            for (var i = 1; i <= n; i += step)
            {
                EstimateOrKeep(y, len, degree, i, nleft, nright, userw, rw, kernel, ys);
            }
        }
        else if (step == 1)
        {
            var half = (len + 1) / 2;
            nleft = 1;
            nright = len;
            for (var i = 1; i <= n; i++)
            {
                if (i > half && nright != n)
                {
                    nleft++;
                    nright++;
                }

                EstimateOrKeep(y, len, degree, i, nleft, nright, userw, rw, kernel, ys);
            }
        }
        else
        {
            var half = (len + 1) / 2;
            nleft = 1;
            nright = len;
            for (var i = 1; i <= n; i += step)
            {
                if (i < half)
                {
                    nleft = 1;
                    nright = len;
                }
                else if (i >= n - half + 1)
                {
                    nleft = n - len + 1;
                    nright = n;
                }
                else
                {
                    nleft = i - half + 1;
                    nright = len + i - half;
                }

                EstimateOrKeep(y, len, degree, i, nleft, nright, userw, rw, kernel, ys);
            }
        }

        if (step == 1)
        {
            return;
        }

        for (var i = 1; i <= n - step; i += step)
        {
            var delta = (ys[i + step - 1] - ys[i - 1]) / step;
            for (var j = i + 1; j <= i + step - 1; j++)
            {
                ys[j - 1] = ys[i - 1] + (delta * (j - i));
            }
        }

        // The last evaluated point; the end of the series is estimated with the last window used (as stl.f does).
        var last = (((n - 1) / step) * step) + 1;
        if (last != n)
        {
            EstimateOrKeep(y, len, degree, n, nleft, nright, userw, rw, kernel, ys);
            if (last != n - 1)
            {
                var delta = (ys[n - 1] - ys[last - 1]) / (n - last);
                for (var j = last + 1; j <= n - 1; j++)
                {
                    ys[j - 1] = ys[last - 1] + (delta * (j - last));
                }
            }
        }
    }

    private static void EstimateOrKeep(ReadOnlySpan<double> y, int len, int degree, int i, int nleft, int nright, bool userw, ReadOnlySpan<double> rw, ReadOnlySpan<double> kernel, Span<double> ys)
    {
        if (!kernel.IsEmpty && i - nleft == nright - i && nright - nleft + 1 == kernel.Length)
        {
            // A centred window: the tilt of degree 1 is b·(j − centre) with b = xs − centre = 0 (to rounding), so the
            // fit is the weighted mean, for either degree.
            ys[i - 1] = Dot(kernel, y.Slice(nleft - 1, kernel.Length));
            return;
        }

        ys[i - 1] = Estimate(y, len, degree, i, nleft, nright, userw, rw, out var value) ? value : y[i - 1];
    }

    /// <summary>stlest's weight of a point at distance <paramref name="r"/>: 0 beyond 0.999·h, 1 within 0.001·h, (1 − (r/h)³)³ between.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double Tricube(double r, double h, double h1, double h9)
    {
        if (r > h9)
        {
            return 0.0;
        }

        if (r <= h1)
        {
            return 1.0;
        }

        var q = r / h;
        var t = 1.0 - (q * q * q);
        return t * t * t;
    }

    /// <summary>The normalised tricube weights of a centred window of kernel.Length points (h = (len − 1)/2), as stlest computes them.</summary>
    private static void CentredKernel(Span<double> kernel)
    {
        var h = (kernel.Length - 1) / 2.0;
        var h9 = 0.999 * h;
        var h1 = 0.001 * h;
        var sum = 0.0;
        for (var m = 0; m < kernel.Length; m++)
        {
            var w = Tricube(Math.Abs(m - h), h, h1, h9);
            kernel[m] = w;
            sum += w;
        }

        for (var m = 0; m < kernel.Length; m++)
        {
            kernel[m] /= sum;
        }
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s0 = 0, s1 = 0;
        var m = 0;
        for (; m + 1 < a.Length; m += 2)
        {
            s0 += a[m] * b[m];
            s1 += a[m + 1] * b[m + 1];
        }

        if (m < a.Length)
        {
            s0 += a[m] * b[m];
        }

        return s0 + s1;
    }

    /// <summary>
    /// R's <c>stlest</c>: the local (degree 0 or 1) weighted fit at position <paramref name="xs"/> from the points
    /// <paramref name="nleft"/>…<paramref name="nright"/> (1-based), with tricube weights on the distance scaled by
    /// the larger half-width, widened by (len − n)/2 when the span exceeds the series.
    /// </summary>
    /// <remarks>
    /// The Fortran normalises the weights, tilts them by b·(j − centre) + 1 for degree 1 and then sums w·y, in four
    /// passes over the window. That is the weighted mean plus the slope term, so one pass gathers the five weighted
    /// sums (of 1, d, d², y and d·y, with d = j − xs) and the fit follows in closed form: the same estimate, with
    /// rounding differences of order 1e-15 relative (the golden tests show 1e-12 at most after 15 robust passes).
    /// The conditions (the 0.999·h cut, the 0.001·h plateau, the 0.001·range test on the spread) are R's.
    /// </remarks>
    /// <returns>False when every weight is zero (the caller keeps the data value).</returns>
    internal static bool Estimate(ReadOnlySpan<double> y, int len, int degree, double xs, int nleft, int nright, bool userw, ReadOnlySpan<double> rw, out double ys)
    {
        var n = y.Length;
        var range = n - 1.0;
        var h = Math.Max(xs - nleft, nright - xs);
        if (len > n)
        {
            h += (len - n) / 2; // integer division, as in stl.f
        }

        var h9 = 0.999 * h;
        var h1 = 0.001 * h;
        var window = y.Slice(nleft - 1, nright - nleft + 1);
        var robust = userw ? rw.Slice(nleft - 1, window.Length) : default;
        double s0 = 0, s1 = 0, s2 = 0, t0 = 0, t1 = 0;
        var m = 0;
        var lanes = Vector<double>.Count;
        if (Vector.IsHardwareAccelerated && window.Length >= 2 * lanes)
        {
            // The same weights and sums, several points at a time.
            var hv = new Vector<double>(h);
            var h1v = new Vector<double>(h1);
            var h9v = new Vector<double>(h9);
            var one = Vector<double>.One;
            var d = new Vector<double>(nleft - xs) + new Vector<double>(Iota);
            var step = new Vector<double>(lanes);
            Vector<double> a0 = default, a1 = default, a2 = default, b0 = default, b1 = default;
            for (; m + lanes <= window.Length; m += lanes)
            {
                var r = Vector.Abs(d);
                var q = r / hv;
                var t = one - (q * q * q);
                var w = Vector.ConditionalSelect(Vector.LessThanOrEqual(r, h1v), one, t * t * t);
                w = Vector.ConditionalSelect(Vector.LessThanOrEqual(r, h9v), w, Vector<double>.Zero);
                if (userw)
                {
                    w *= new Vector<double>(robust[m..]);
                }

                var wy = w * new Vector<double>(window[m..]);
                var wd = w * d;
                a0 += w;
                a1 += wd;
                a2 += wd * d;
                b0 += wy;
                b1 += wy * d;
                d += step;
            }

            s0 = Vector.Sum(a0);
            s1 = Vector.Sum(a1);
            s2 = Vector.Sum(a2);
            t0 = Vector.Sum(b0);
            t1 = Vector.Sum(b1);
        }

        for (; m < window.Length; m++)
        {
            var d = nleft + m - xs;
            var w = Tricube(Math.Abs(d), h, h1, h9);
            if (userw)
            {
                w *= robust[m];
            }

            var wy = w * window[m];
            s0 += w;
            s1 += w * d;
            s2 += w * d * d;
            t0 += wy;
            t1 += wy * d;
        }

        if (s0 <= 0.0)
        {
            ys = 0.0;
            return false;
        }

        var mean = t0 / s0;
        if (h > 0.0 && degree > 0)
        {
            // centre − xs, and Σ w (j − centre)² with normalised weights.
            var shift = s1 / s0;
            var spread = (s2 / s0) - (shift * shift);
            if (Math.Sqrt(spread) > 0.001 * range)
            {
                // Fortran: b = (xs − centre)/spread; ys = Σ w y (b (j − centre) + 1).
                ys = mean - (shift / spread * ((t1 / s0) - (shift * mean)));
                return true;
            }
        }

        ys = mean;
        return true;
    }

    /// <summary>
    /// R's <c>stlss</c>: smooths each cycle-subseries with loess and extends it by one point at each end, writing
    /// the n + 2·np results into <paramref name="season"/> in time order.
    /// </summary>
    private static void CycleSubseries(ReadOnlySpan<double> y, int np, int ns, int degree, int jump, bool userw, ReadOnlySpan<double> rw, Span<double> season, Span<double> sub, Span<double> subWeights, Span<double> scratch)
    {
        var n = y.Length;
        var longest = ((n - 1) / np) + 1;

        // Without robustness weights the smoothing of a subseries of k points is a fixed linear map to k + 2 fits,
        // the same for every subseries of that length (there are at most two lengths). When the subseries are short
        // and many (weekly data: 52 subseries of 3 points), the map is built once from unit vectors and applied to
        // each, instead of running the loess 52 times; the results agree to rounding.
        var useMaps = !userw && 2 * longest <= np && 2 * (longest + 2) * longest <= MaxMaps;
        Span<double> maps = useMaps ? stackalloc double[2 * (longest + 2) * longest] : default;
        if (useMaps)
        {
            BuildMap(longest, ns, degree, jump, maps[..((longest + 2) * longest)], sub, scratch);
            if (longest > 1)
            {
                BuildMap(longest - 1, ns, degree, jump, maps.Slice((longest + 2) * longest, (longest + 1) * (longest - 1)), sub, scratch);
            }
        }

        for (var j = 1; j <= np; j++)
        {
            var k = ((n - j) / np) + 1;
            var x = sub[..k];
            for (var i = 0; i < k; i++)
            {
                x[i] = y[(i * np) + j - 1];
            }

            var fit = scratch[..(k + 2)];
            if (useMaps)
            {
                var map = k == longest ? maps[..((k + 2) * k)] : maps.Slice((longest + 2) * longest, (k + 2) * k);
                for (var m = 0; m < k + 2; m++)
                {
                    fit[m] = Dot(map.Slice(m * k, k), x);
                }
            }
            else
            {
                if (userw)
                {
                    for (var i = 0; i < k; i++)
                    {
                        subWeights[i] = rw[(i * np) + j - 1];
                    }
                }

                SmoothSubseries(x, ns, degree, jump, userw, subWeights[..k], fit);
            }

            for (var m = 0; m < k + 2; m++)
            {
                season[(m * np) + j - 1] = fit[m];
            }
        }
    }

    /// <summary>
    /// The loess fits of one cycle-subseries at positions 1…k into fit[1..k], and its extensions to positions 0 and
    /// k + 1 (the same loess evaluated one cycle beyond each end) into fit[0] and fit[k + 1].
    /// </summary>
    private static void SmoothSubseries(ReadOnlySpan<double> x, int ns, int degree, int jump, bool userw, ReadOnlySpan<double> rwk, Span<double> fit)
    {
        var k = x.Length;
        Loess(x, ns, degree, jump, userw, rwk, fit.Slice(1, k));
        fit[0] = Estimate(x, ns, degree, 0.0, 1, Math.Min(ns, k), userw, rwk, out var first) ? first : fit[1];
        fit[k + 1] = Estimate(x, ns, degree, k + 1.0, Math.Max(1, k - ns + 1), k, userw, rwk, out var after) ? after : fit[k];
    }

    /// <summary>The (k + 2) × k matrix, row by row, of <see cref="SmoothSubseries"/> without robustness weights, from its images of the unit vectors.</summary>
    private static void BuildMap(int k, int ns, int degree, int jump, Span<double> map, Span<double> unit, Span<double> fit)
    {
        var e = unit[..k];
        var column = fit[..(k + 2)];
        for (var c = 0; c < k; c++)
        {
            e.Clear();
            e[c] = 1.0;
            SmoothSubseries(e, ns, degree, jump, false, default, column);
            for (var m = 0; m < k + 2; m++)
            {
                map[(m * k) + c] = column[m];
            }
        }
    }

    /// <summary>R's <c>stlfts</c>: moving averages of lengths np, np and 3 take the n + 2·np points back to n.</summary>
    private static void LowPassAverages(ReadOnlySpan<double> x, int np, Span<double> result, Span<double> scratch)
    {
        var len = x.Length;
        MovingAverage(x, np, result[..(len - np + 1)]);
        MovingAverage(result[..(len - np + 1)], np, scratch[..(len - (2 * np) + 2)]);
        MovingAverage(scratch[..(len - (2 * np) + 2)], 3, result[..(len - (2 * np))]);
    }

    /// <summary>R's <c>stlma</c>: the running mean of <paramref name="len"/> points, updated by one add and one subtract.</summary>
    private static void MovingAverage(ReadOnlySpan<double> x, int len, Span<double> ave)
    {
        var v = 0.0;
        for (var i = 0; i < len; i++)
        {
            v += x[i];
        }

        ave[0] = v / len;
        for (var j = 1; j < ave.Length; j++)
        {
            v = v - x[j - 1] + x[j + len - 1];
            ave[j] = v / len;
        }
    }

    /// <summary>
    /// R's <c>stlrwt</c>: bisquare weights of |r|/h with h = 3·(sum of the two middle order statistics, as R's
    /// psort leaves them; see <see cref="StlPartialSort"/>) ≈ 6·median|r|, 1 below 0.001·h and 0 above 0.999·h.
    /// </summary>
    private static void RobustnessWeights(ReadOnlySpan<double> y, ReadOnlySpan<double> fit, Span<double> rw, Span<double> scratch)
    {
        var n = y.Length;
        for (var i = 0; i < n; i++)
        {
            scratch[i] = Math.Abs(y[i] - fit[i]);
        }

        var mid1 = (n / 2) + 1;
        var mid2 = n - mid1 + 1;
        StlPartialSort.Run(scratch[..n], mid1, mid2);
        var cmad = 3.0 * (scratch[mid1 - 1] + scratch[mid2 - 1]);
        var c9 = 0.999 * cmad;
        var c1 = 0.001 * cmad;
        for (var i = 0; i < n; i++)
        {
            var r = Math.Abs(y[i] - fit[i]);
            if (r <= c1)
            {
                rw[i] = 1.0;
            }
            else if (r <= c9)
            {
                var u = r / cmad;
                var t = 1.0 - (u * u);
                rw[i] = t * t;
            }
            else
            {
                rw[i] = 0.0;
            }
        }
    }

    /// <summary>R's periodic step: every seasonal value becomes the mean of its position in the cycle.</summary>
    private static void CycleMeans(Span<double> seasonal, int np, Span<double> means)
    {
        var n = seasonal.Length;
        for (var c = 0; c < np; c++)
        {
            var sum = 0.0;
            var count = 0;
            for (var i = c; i < n; i += np)
            {
                sum += seasonal[i];
                count++;
            }

            means[c] = sum / count;
        }

        for (var i = 0; i < n; i++)
        {
            seasonal[i] = means[i % np];
        }
    }
}
