namespace CrossBorder.Forecasting;

/// <summary>
/// Least squares by Householder QR, one column at a time (the method of R's <c>lm</c>, LINPACK's dqrdc2, without its
/// pivoting): adding a column applies the earlier reflections to it, makes its own and applies it to Qᵀy, so the
/// residual sum of squares of every nested model is known without refitting. A candidate column can be tried and
/// taken back (<see cref="Mark"/>/<see cref="Restore"/>).
/// </summary>
internal sealed class HarmonicRegressionSolver
{
    /// <summary>A column whose part outside the span of the earlier ones is below this fraction of its norm is refused.</summary>
    private const double DependenceTolerance = 1e-9;

    private readonly int _n;
    private double[] _a;
    private double[] _tau;
    private double[] _diagonal;
    private readonly double[] _qty;
    private readonly double[] _saved;
    private int _savedCount;

    /// <summary>Starts with no column, for <paramref name="y"/>, with room for <paramref name="capacity"/> columns (it grows if needed).</summary>
    internal HarmonicRegressionSolver(ReadOnlySpan<double> y, int capacity)
    {
        _n = y.Length;
        _a = new double[_n * capacity];
        _tau = new double[capacity];
        _diagonal = new double[capacity];
        _qty = y.ToArray();
        _saved = new double[_n];
    }

    /// <summary>Number of columns taken.</summary>
    internal int Count { get; private set; }

    /// <summary>Residual sum of squares of the columns taken: Σ_{i ≥ p} (Qᵀy)_i².</summary>
    internal double Rss
    {
        get
        {
            var rss = 0.0;
            for (var i = Count; i < _n; i++)
            {
                rss += _qty[i] * _qty[i];
            }

            return rss;
        }
    }

    /// <summary>Remembers the current state, so that columns added after it can be taken back by <see cref="Restore"/>.</summary>
    internal void Mark()
    {
        _savedCount = Count;
        _qty.CopyTo(_saved, 0);
    }

    /// <summary>Takes back every column added since <see cref="Mark"/>.</summary>
    internal void Restore()
    {
        Count = _savedCount;
        _saved.CopyTo(_qty, 0);
    }

    /// <summary>Adds the column with values <paramref name="column"/>; false (and nothing added) when it is, to 1e-9, in the span of the earlier ones.</summary>
    internal bool TryAdd(ReadOnlySpan<double> column)
    {
        var j = Count;
        if (j == _tau.Length)
        {
            var capacity = Math.Max(4, 2 * j);
            Array.Resize(ref _a, capacity * _n);
            Array.Resize(ref _tau, capacity);
            Array.Resize(ref _diagonal, capacity);
        }

        var v = _a.AsSpan(j * _n, _n);
        column.CopyTo(v);
        var norm0 = Norm(v);
        for (var k = 0; k < j; k++)
        {
            Reflect(k, v);
        }

        var tail = v[j..];
        var norm = Norm(tail);
        if (!(norm > DependenceTolerance * norm0))
        {
            return false;
        }

        // H = I − τ·w·wᵀ with w = x − α·e1 maps x to α·e1; α takes the sign opposite to x0, so w0 does not cancel.
        var alpha = tail[0] > 0 ? -norm : norm;
        tail[0] -= alpha;
        var ww = 0.0;
        foreach (var w in tail)
        {
            ww += w * w;
        }

        _tau[j] = 2 / ww;
        _diagonal[j] = alpha;
        Count = j + 1;
        Reflect(j, _qty);
        return true;
    }

    /// <summary>The coefficients of the columns taken, by back substitution in R·β = (Qᵀy)[0..p).</summary>
    internal void Solve(Span<double> beta)
    {
        for (var i = Count - 1; i >= 0; i--)
        {
            var s = _qty[i];
            for (var j = i + 1; j < Count; j++)
            {
                s -= _a[(j * _n) + i] * beta[j];
            }

            beta[i] = s / _diagonal[i];
        }
    }

    /// <summary>xᵀ(XᵀX)⁻¹x = ‖R⁻ᵀx‖² for a row <paramref name="x"/> of regressors (the variance factor of a prediction at x).</summary>
    internal double Leverage(ReadOnlySpan<double> x, Span<double> scratch)
    {
        var sum = 0.0;
        for (var i = 0; i < Count; i++)
        {
            var s = x[i];
            for (var k = 0; k < i; k++)
            {
                s -= _a[(i * _n) + k] * scratch[k];
            }

            scratch[i] = s / _diagonal[i];
            sum += scratch[i] * scratch[i];
        }

        return sum;
    }

    /// <summary>Applies reflection <paramref name="k"/> to <paramref name="z"/> (rows k…n−1).</summary>
    private void Reflect(int k, Span<double> z)
    {
        var w = _a.AsSpan((k * _n) + k, _n - k);
        var zk = z[k..];
        var s = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            s += w[i] * zk[i];
        }

        s *= _tau[k];
        for (var i = 0; i < w.Length; i++)
        {
            zk[i] -= s * w[i];
        }
    }

    private static double Norm(ReadOnlySpan<double> v)
    {
        // Scaled, so that neither huge nor tiny values overflow or underflow the sum of squares.
        var scale = 0.0;
        foreach (var x in v)
        {
            scale = Math.Max(scale, Math.Abs(x));
        }

        if (scale == 0)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var x in v)
        {
            var r = x / scale;
            sum += r * r;
        }

        return scale * Math.Sqrt(sum);
    }
}
