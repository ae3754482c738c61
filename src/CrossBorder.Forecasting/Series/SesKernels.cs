namespace CrossBorder.Forecasting;

/// <summary>Simple exponential smoothing kernels shared by the intermittent and Theta methods (allocation-free).</summary>
internal static class SesKernels
{
    /// <summary>The golden ratio conjugate, (√5 − 1)/2.</summary>
    internal const double InverseGolden = 0.6180339887498949;

    /// <summary>
    /// SES started at the first value (R's <c>initial = "simple"</c>): returns the final level and, when
    /// <paramref name="sse"/> is wanted, the sum of squared one-step errors from the second value on.
    /// </summary>
    internal static double SimpleLevel(ReadOnlySpan<double> x, double alpha, out double sse)
    {
        var level = x[0];
        sse = 0;
        for (var i = 1; i < x.Length; i++)
        {
            var e = x[i] - level;
            sse += e * e;
            level += alpha * e;
        }

        return level;
    }

    /// <summary>Golden-section search for the minimum of <paramref name="f"/> on [<paramref name="lo"/>, <paramref name="hi"/>].</summary>
    internal static double GoldenSection<TState>(in TState state, Func<TState, double, double> f, double lo, double hi, double tolerance = 1e-6)
    {
        var a = lo;
        var b = hi;
        var c = b - (InverseGolden * (b - a));
        var d = a + (InverseGolden * (b - a));
        var fc = f(state, c);
        var fd = f(state, d);
        while (b - a > tolerance)
        {
            if (fc <= fd)
            {
                b = d;
                d = c;
                fd = fc;
                c = b - (InverseGolden * (b - a));
                fc = f(state, c);
            }
            else
            {
                a = c;
                c = d;
                fc = fd;
                d = a + (InverseGolden * (b - a));
                fd = f(state, d);
            }
        }

        var x = 0.5 * (a + b);
        var best = Math.Min(f(state, lo), f(state, hi));
        return f(state, x) <= best ? x : (f(state, lo) <= f(state, hi) ? lo : hi);
    }

    /// <summary>
    /// The α in [<paramref name="lo"/>, <paramref name="hi"/>] that minimises the in-sample one-step MSE of SES
    /// started at the first value, as statsforecast's optimised SES (bounds 0.1–0.3 for the intermittent methods).
    /// </summary>
    internal static double OptimalSimpleAlpha(double[] x, double lo = 0.1, double hi = 0.3)
    {
        if (x.Length < 3)
        {
            return lo;
        }

        return GoldenSection(x, static (s, a) =>
        {
            SimpleLevel(s, a, out var sse);
            return sse;
        }, lo, hi, 1e-5);
    }
}
