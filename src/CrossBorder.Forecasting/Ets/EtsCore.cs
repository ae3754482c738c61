using System.Runtime.Intrinsics;

namespace CrossBorder.Forecasting;

/// <summary>
/// The ETS recursions of R's <c>forecast</c> package (<c>src/etscalc.c</c>): one-step forecasts, state updates in
/// error-correction form (the same for additive and multiplicative errors), and the likelihood criterion
/// n·log(Σe²) (+ 2·Σlog|ŷ| for multiplicative errors). Seasonal states live in a ring buffer, so a step is O(1).
/// </summary>
internal static class EtsCore
{
    internal const double Tol = 1e-10;
    internal const double HugeN = 1e10;
    internal const double LowerBound = 1e-4;
    internal const double UpperBound = 0.9999;
    internal const double PhiLower = 0.8;
    internal const double PhiUpper = 0.98;

    /// <summary>One-step forecast from the level, trend and the seasonal state due now.</summary>
    internal static double OneStep(EtsSpec spec, double level, double trend, double phi, double season)
    {
        var f = spec.HasTrend ? level + (phi * trend) : level;
        return spec.Season switch
        {
            EtsSeason.Additive => f + season,
            EtsSeason.Multiplicative => f * season,
            _ => f,
        };
    }

    /// <summary>
    /// Updates level, trend and the seasonal state due now (<paramref name="season"/>, replaced by its new value), as
    /// R's <c>update()</c>; the step-by-step twin of <see cref="Run"/>, used for simulation.
    /// </summary>
    internal static void Update(EtsSpec spec, ref double level, ref double trend, ref double season, double alpha, double beta, double gamma, double phi, double y)
    {
        var oldl = level;
        double q, phib;
        if (spec.HasTrend)
        {
            phib = phi * trend;
            q = oldl + phib;
        }
        else
        {
            phib = 0;
            q = oldl;
        }

        double p;
        switch (spec.Season)
        {
            case EtsSeason.Additive:
                p = y - season;
                break;
            case EtsSeason.Multiplicative:
                p = Math.Abs(season) < Tol ? HugeN : y / season;
                break;
            default:
                p = y;
                break;
        }

        // As in Run: R's φb + (β/α)(l_t − l_{t−1} − φb) written as φb + β(p − q).
        var d = p - q;
        level = q + (alpha * d);
        if (spec.HasTrend)
        {
            trend = phib + (beta * d);
        }

        if (spec.HasSeason)
        {
            double t;
            if (spec.Season == EtsSeason.Additive)
            {
                t = y - q;
            }
            else
            {
                t = Math.Abs(q) < Tol ? HugeN : y / q;
            }

            season += gamma * (t - season);
        }
    }

    /// <summary>
    /// Runs the model over <paramref name="y"/> from the initial states; returns R's <c>lik</c>
    /// (n·log Σe² [+ 2 Σ log|ŷ|]), or +∞ when it is not a number.
    /// </summary>
    /// <param name="spec">The form.</param>
    /// <param name="y">The data.</param>
    /// <param name="alpha">Level smoothing.</param>
    /// <param name="beta">Trend smoothing (R's β, not β*).</param>
    /// <param name="gamma">Seasonal smoothing.</param>
    /// <param name="phi">Damping; 1 when not damped.</param>
    /// <param name="level">Initial level; on return the final level.</param>
    /// <param name="trend">Initial trend; on return the final trend.</param>
    /// <param name="ring">Seasonal states, <c>ring[k]</c> due at step k+1 (cyclically); on return the final states, rotated so that <c>ring[0]</c> is due next.</param>
    /// <param name="fitted">Where to write one-step forecasts, or empty.</param>
    /// <param name="residuals">Where to write errors (relative for multiplicative errors), or empty.</param>
    internal static double Run(
        EtsSpec spec,
        ReadOnlySpan<double> y,
        double alpha,
        double beta,
        double gamma,
        double phi,
        ref double level,
        ref double trend,
        Span<double> ring,
        Span<double> fitted,
        Span<double> residuals)
    {
        // One specialised loop per form: the component switches are resolved when the JIT compiles each instance.
        var mult = spec.Error == EtsError.Multiplicative;
        var p = new Params(alpha, beta, gamma, phi);
        return (mult, spec.HasTrend, spec.Season) switch
        {
            (false, false, EtsSeason.None) => Run<No, No, No, No>(y, p, ref level, ref trend, ring, fitted, residuals),
            (false, false, EtsSeason.Additive) => Run<No, No, Yes, No>(y, p, ref level, ref trend, ring, fitted, residuals),
            (false, true, EtsSeason.None) => Run<No, Yes, No, No>(y, p, ref level, ref trend, ring, fitted, residuals),
            (false, true, EtsSeason.Additive) => Run<No, Yes, Yes, No>(y, p, ref level, ref trend, ring, fitted, residuals),
            (true, false, EtsSeason.None) => Run<Yes, No, No, No>(y, p, ref level, ref trend, ring, fitted, residuals),
            (true, false, EtsSeason.Additive) => Run<Yes, No, Yes, No>(y, p, ref level, ref trend, ring, fitted, residuals),
            (true, false, EtsSeason.Multiplicative) => Run<Yes, No, Yes, Yes>(y, p, ref level, ref trend, ring, fitted, residuals),
            (true, true, EtsSeason.None) => Run<Yes, Yes, No, No>(y, p, ref level, ref trend, ring, fitted, residuals),
            (true, true, EtsSeason.Additive) => Run<Yes, Yes, Yes, No>(y, p, ref level, ref trend, ring, fitted, residuals),
            (true, true, EtsSeason.Multiplicative) => Run<Yes, Yes, Yes, Yes>(y, p, ref level, ref trend, ring, fitted, residuals),
            (false, false, EtsSeason.Multiplicative) => Run<No, No, Yes, Yes>(y, p, ref level, ref trend, ring, fitted, residuals),
            _ => Run<No, Yes, Yes, Yes>(y, p, ref level, ref trend, ring, fitted, residuals),
        };
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static double Run<TMultError, TTrend, TSeason, TMultSeason>(
        ReadOnlySpan<double> y,
        in Params par,
        ref double level,
        ref double trend,
        Span<double> ring,
        Span<double> fitted,
        Span<double> residuals)
        where TMultError : struct
        where TTrend : struct
        where TSeason : struct
        where TMultSeason : struct
    {
        var multError = typeof(TMultError) == typeof(Yes);
        var hasTrend = typeof(TTrend) == typeof(Yes);
        var seasonal = typeof(TSeason) == typeof(Yes);
        var multSeason = typeof(TMultSeason) == typeof(Yes);
        var n = y.Length;
        var m = ring.Length;
        var alpha = par.Alpha;
        var beta = par.Beta;
        var gamma = par.Gamma;
        var phi = par.Phi;
        var sse = 0.0;
        var sumLog = 0.0;
        var product = 1.0;
        var exponents = 0L;
        var store = !fitted.IsEmpty;
        var idx = 0;
        var l = level;
        var b = trend;
        for (var i = 0; i < n; i++)
        {
            var s = seasonal ? ring[idx] : 0.0;
            var phib = hasTrend ? phi * b : 0.0;
            var q = hasTrend ? l + phib : l;
            var f = seasonal ? (multSeason ? q * s : q + s) : q;
            var yi = y[i];
            var e = multError ? (yi - f) / f : yi - f;
            if (store)
            {
                fitted[i] = f;
                residuals[i] = e;
            }

            sse += e * e;
            if (multError)
            {
                // Σ log|f| without a logarithm per step: keep the product's mantissa in [1, 2) and sum exponents.
                var af = Math.Abs(f);
                var prod = product * af;
                var bits = BitConverter.DoubleToInt64Bits(prod);
                var exponent = (int)((bits >>> 52) & 0x7FF);
                if (exponent is 0 or 0x7FF)
                {
                    sumLog += Math.Log(af);
                }
                else
                {
                    exponents += exponent - 1023;
                    product = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L);
                }
            }

            // R's update(): error-correction form, the same for either error type.
            double pv;
            if (!seasonal)
            {
                pv = yi;
            }
            else if (!multSeason)
            {
                pv = yi - s;
            }
            else
            {
                pv = Math.Abs(s) < Tol ? HugeN : yi / s;
            }

            // R writes b = φb + (β/α)(l_t − l_{t−1} − φb); since l_t − l_{t−1} − φb = α(p − q) that is φb + β(p − q),
            // which keeps the loop-carried chain to three operations (q, p − q, then level and trend in parallel).
            var d = pv - q;
            var newLevel = q + (alpha * d);
            if (hasTrend)
            {
                b = phib + (beta * d);
            }

            if (seasonal)
            {
                double t;
                if (!multSeason)
                {
                    t = yi - q;
                }
                else
                {
                    t = Math.Abs(q) < Tol ? HugeN : yi / q;
                }

                ring[idx] = s + (gamma * (t - s));
                idx++;
                if (idx == m)
                {
                    idx = 0;
                }
            }

            l = newLevel;
        }

        level = l;
        trend = b;
        if (seasonal && idx != 0)
        {
            // Rotate so that ring[0] is the state due next.
            ring[..idx].Reverse();
            ring[idx..].Reverse();
            ring.Reverse();
        }

        var lik = n * Math.Log(sse);
        if (multError)
        {
            lik += 2 * (sumLog + Math.Log(product) + (exponents * Math.Log(2)));
        }

        if (double.IsNaN(lik))
        {
            return double.PositiveInfinity;
        }

        return lik < -1e10 ? -1e10 : lik;
    }

    /// <summary>
    /// <see cref="Run"/> for four parameter sets of a non-seasonal form at once, one per lane of a 256-bit vector, for
    /// <see cref="NelderMead"/>'s speculative steps: each lane does the scalar loop's operations in the same order
    /// (a multiplication and an addition, never fused; Σ log|ŷ| by the same mantissa-and-exponent product), so each
    /// criterion equals <see cref="Run"/>'s to the bit, while the four chains of dependent steps share the time of one.
    /// </summary>
    internal static void RunNonSeasonal4(EtsSpec spec, ReadOnlySpan<double> y, ReadOnlySpan<double> alpha, ReadOnlySpan<double> beta, ReadOnlySpan<double> phi, ReadOnlySpan<double> level, ReadOnlySpan<double> trend, Span<double> liks)
    {
        var a = Vector256.Create(alpha);
        var b = Vector256.Create(beta);
        var p = Vector256.Create(phi);
        var l = Vector256.Create(level);
        var t = Vector256.Create(trend);
        switch (spec.Error == EtsError.Multiplicative, spec.HasTrend)
        {
            case (false, false):
                RunNonSeasonal4<No, No>(y, a, b, p, l, t, liks);
                break;
            case (false, true):
                RunNonSeasonal4<No, Yes>(y, a, b, p, l, t, liks);
                break;
            case (true, false):
                RunNonSeasonal4<Yes, No>(y, a, b, p, l, t, liks);
                break;
            default:
                RunNonSeasonal4<Yes, Yes>(y, a, b, p, l, t, liks);
                break;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private static void RunNonSeasonal4<TMultError, TTrend>(
        ReadOnlySpan<double> y,
        Vector256<double> alpha,
        Vector256<double> beta,
        Vector256<double> phi,
        Vector256<double> l,
        Vector256<double> b,
        Span<double> liks)
        where TMultError : struct
        where TTrend : struct
    {
        var multError = typeof(TMultError) == typeof(Yes);
        var hasTrend = typeof(TTrend) == typeof(Yes);
        var n = y.Length;
        var sse = Vector256<double>.Zero;
        var product = Vector256<double>.One;
        var exponents = Vector256<long>.Zero;
        Span<double> sumLog = stackalloc double[4];
        sumLog.Clear();
        var exponentMask = Vector256.Create(0x7FFL);
        var mantissaMask = Vector256.Create(0x000FFFFFFFFFFFFFL);
        var oneBits = Vector256.Create(0x3FF0000000000000L);
        var bias = Vector256.Create(1023L);
        for (var i = 0; i < n; i++)
        {
            var phib = hasTrend ? phi * b : Vector256<double>.Zero;
            var q = hasTrend ? l + phib : l;
            var yi = Vector256.Create(y[i]);
            var e = multError ? (yi - q) / q : yi - q;
            sse += e * e;
            if (multError)
            {
                var af = Vector256.Abs(q);
                var bits = (product * af).AsInt64();
                var exponent = Vector256.ShiftRightLogical(bits, 52) & exponentMask;
                var special = Vector256.Equals(exponent, Vector256<long>.Zero) | Vector256.Equals(exponent, exponentMask);

                // Normalise every lane, then undo it in the rare lanes whose product left the normal range, so that
                // the chain from one step's product to the next is a multiplication and two bit operations.
                var previous = product;
                product = ((bits & mantissaMask) | oneBits).AsDouble();
                exponents += exponent - bias;
                if (Vector256.ExtractMostSignificantBits(special) != 0)
                {
                    Unnormalise(special, af, previous, exponent - bias, ref product, ref exponents, sumLog);
                }
            }

            var d = yi - q;
            var newLevel = q + (alpha * d);
            if (hasTrend)
            {
                b = phib + (beta * d);
            }

            l = newLevel;
        }

        for (var lane = 0; lane < 4; lane++)
        {
            var lik = n * Math.Log(sse[lane]);
            if (multError)
            {
                lik += 2 * (sumLog[lane] + Math.Log(product[lane]) + (exponents[lane] * Math.Log(2)));
            }

            liks[lane] = double.IsNaN(lik) ? double.PositiveInfinity : (lik < -1e10 ? -1e10 : lik);
        }
    }

    /// <summary>
    /// The rare step of <see cref="RunNonSeasonal4"/> where a lane's product leaves the normal range: as the scalar loop
    /// does, that lane keeps its previous product and exponent sum and adds log|ŷ| directly.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Unnormalise(Vector256<long> special, Vector256<double> af, Vector256<double> previous, Vector256<long> added, ref Vector256<double> product, ref Vector256<long> exponents, Span<double> sumLog)
    {
        product = Vector256.ConditionalSelect(special.AsDouble(), previous, product);
        exponents -= added & special;
        for (var lane = 0; lane < 4; lane++)
        {
            if (special[lane] != 0)
            {
                sumLog[lane] += Math.Log(af[lane]);
            }
        }
    }

    private readonly record struct Params(double Alpha, double Beta, double Gamma, double Phi);

    private struct Yes;

    private struct No;

    /// <summary>
    /// R's admissibility test (<c>admissible()</c> in <c>etsTargetFunction.cpp</c>): the model is forecastable, checked
    /// for seasonal models by the roots of the characteristic polynomial (here by the Schur–Cohn test, O(m²)).
    /// </summary>
    internal static bool Admissible(bool hasTrend, bool hasSeason, double alpha, double beta, double gamma, double phi, int m)
    {
        if (phi < 0 || phi > 1 + 1e-8)
        {
            return false;
        }

        if (!hasSeason)
        {
            if (alpha < 1 - (1 / phi) || alpha > 1 + (1 / phi))
            {
                return false;
            }

            if (hasTrend && (beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha)))
            {
                return false;
            }

            return true;
        }

        if (m <= 1)
        {
            return true;
        }

        if (!hasTrend)
        {
            beta = 0;
        }

        var d = 1 - (1 / phi) - alpha;
        if (gamma < Math.Max(d, 0) || gamma > 1 + (1 / phi) - alpha)
        {
            return false;
        }

        if (alpha < 1 - (1 / phi) - (gamma * (1 - m + phi + (phi * m)) / (2 * phi * m)))
        {
            return false;
        }

        if (beta < -(1 - phi) * ((gamma / m) + alpha))
        {
            return false;
        }

        // Characteristic polynomial, increasing powers, degree m + 1:
        // phi(1-a-g), a+b-a*phi+g-1, (a+b-a*phi) x (m-2), a+b-phi, 1.
        var degree = m + 1;
        Span<double> c = degree + 1 <= 256 ? stackalloc double[degree + 1] : new double[degree + 1];
        c[0] = phi * (1 - alpha - gamma);
        c[1] = alpha + beta - (alpha * phi) + gamma - 1;
        for (var k = 2; k <= m - 1; k++)
        {
            c[k] = alpha + beta - (alpha * phi);
        }

        c[m] = alpha + beta - phi;
        c[m + 1] = 1;
        return RootsWithinUnitCircle(c, 1 + 1e-10);
    }

    /// <summary>
    /// Schur–Cohn step-down test: whether every root of Σ c[k] x^k has modulus at most <paramref name="radius"/>
    /// (roots on the circle count as inside, up to rounding). Destroys <paramref name="c"/>.
    /// </summary>
    internal static bool RootsWithinUnitCircle(Span<double> c, double radius)
    {
        // Scale x = radius·z so that the test is against the unit circle.
        var scale = 1.0;
        for (var k = 0; k < c.Length; k++)
        {
            c[k] *= scale;
            scale *= radius;
        }

        var d = c.Length - 1;
        Span<double> tmp = c.Length <= 256 ? stackalloc double[c.Length] : new double[c.Length];
        while (d > 0)
        {
            var lead = c[d];
            if (lead == 0 || !double.IsFinite(lead))
            {
                return false;
            }

            var k0 = c[0] / lead;
            if (Math.Abs(k0) >= 1)
            {
                // |product of roots| ≥ 1: a root lies on or outside the circle (the tolerance is in the radius).
                return false;
            }

            // r_j = lead·c[j+1] − c0·c[d−1−j], j = 0..d−1 (the reflection step), normalised by its leading term.
            var c0 = c[0];
            var newLead = (lead * lead) - (c0 * c0);
            for (var j = 0; j < d; j++)
            {
                tmp[j] = ((lead * c[j + 1]) - (c0 * c[d - 1 - j])) / newLead;
            }

            tmp[..d].CopyTo(c);
            d--;
        }

        return true;
    }
}
