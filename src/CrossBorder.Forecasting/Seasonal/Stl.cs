using System.Buffers;

namespace CrossBorder.Forecasting;

/// <summary>
/// Seasonal-trend decomposition by loess (STL; Cleveland, Cleveland, McRae and Terpenning 1990), as R's
/// <c>stats::stl</c>: the same loess, jumps and interpolation, cycle-subseries extension, low-pass filter and
/// robustness weights as R's Fortran, so that the components agree with R's to rounding (≈1e-12).
/// </summary>
/// <example>
/// <code>
/// StlDecomposition stl = Stl.Decompose(weeklySales, period: 52, new StlOptions { SeasonalWindow = 7, Robust = true });
/// IReadOnlyList&lt;double&gt; adjusted = stl.SeasonallyAdjusted;   // forecast::seasadj
/// </code>
/// </example>
public static class Stl
{
    /// <summary>Work spaces up to this many doubles live on the stack; larger ones are rented from the shared pool.</summary>
    private const int StackLimit = 2048;

    /// <summary>Decomposes <paramref name="y"/> into trend, seasonal and remainder, as <c>stl(ts(y, frequency = period), …)</c>.</summary>
    /// <param name="y">The series, oldest first; finite values, more than two periods of them.</param>
    /// <param name="period">The number of observations per cycle (12 monthly, 52 weekly, 7 daily), at least 2.</param>
    /// <param name="options">R's arguments; <see langword="null"/> for <see cref="StlOptions.Periodic"/> (R has no default for <c>s.window</c>).</param>
    /// <returns>The decomposition; the first observation is at the first position of the cycle.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is less than 2.</exception>
    /// <exception cref="ArgumentException"><paramref name="y"/> holds a non-finite value or no more than 2·<paramref name="period"/> values.</exception>
    public static StlDecomposition Decompose(ReadOnlySpan<double> y, int period, StlOptions? options = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 2);
        return DecomposeCore(y, period, options ?? StlOptions.Periodic);
    }

    /// <summary>As the public overload, with a period that may be fractional (MSTL's 365.25): the Fortran gets its integer part, the default trend and low-pass windows the exact value, as R does.</summary>
    internal static StlDecomposition DecomposeCore(ReadOnlySpan<double> y, double period, StlOptions options)
    {
        CheckSeries(y, period);
        var n = y.Length;
        var p = options.Resolve(n, period);
        var seasonal = new double[n];
        var trend = new double[n];
        var weights = new double[n];
        Run(y, p, seasonal, trend, weights);
        var remainder = new double[n];
        var adjusted = new double[n];
        for (var i = 0; i < n; i++)
        {
            adjusted[i] = y[i] - seasonal[i];
            remainder[i] = adjusted[i] - trend[i];
        }

        return new StlDecomposition(p, trend, seasonal, remainder, weights, adjusted);
    }

    /// <summary>Checks R's conditions: finite values and more than two periods.</summary>
    internal static void CheckSeries(ReadOnlySpan<double> y, double period)
    {
        SeriesChecks.Finite(y, nameof(y));
        if (y.Length <= 2 * period)
        {
            throw new ArgumentException($"STL needs more than two periods of data (more than {2 * period} observations); the series has {y.Length}.", nameof(y));
        }
    }

    /// <summary>Runs the Fortran procedure in a stack or pooled work space.</summary>
    internal static void Run(ReadOnlySpan<double> y, in StlParameters p, Span<double> seasonal, Span<double> trend, Span<double> weights)
    {
        var length = StlCore.WorkLength(y.Length, p.Period);
        if (length <= StackLimit)
        {
            Span<double> work = stackalloc double[length];
            StlCore.Run(y, p, seasonal, trend, weights, work);
            return;
        }

        var rented = ArrayPool<double>.Shared.Rent(length);
        try
        {
            StlCore.Run(y, p, seasonal, trend, weights, rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }
}
