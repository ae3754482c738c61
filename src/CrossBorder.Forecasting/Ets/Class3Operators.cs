namespace CrossBorder.Forecasting;

/// <summary>The three linear maps of the class-3 moment recursion, on vec(X) for X of size k × m (column-major).</summary>
internal enum Class3Op
{
    /// <summary>F2 ⊗ F1: X ↦ F1 X F2ᵀ (seasons shift cyclically, level absorbs the damped trend).</summary>
    F,

    /// <summary>G2 ⊗ G1: X ↦ G1 X G2ᵀ (only the first season column, γ times G1 applied to the last).</summary>
    G,

    /// <summary>G2 ⊗ F1 + F2 ⊗ G1: X ↦ F1 X G2ᵀ + G1 X F2ᵀ.</summary>
    K,
}

/// <summary>Applies <see cref="Class3Op"/> maps to vectors and to the rows or columns of km × km matrices (row-major).</summary>
internal readonly struct Class3Operators(int k, int m, double alpha, double beta, double gamma, double phi)
{
    internal int K { get; } = k;

    internal int M { get; } = m;

    /// <summary>y = op(x) for vec(X) of length km.</summary>
    internal void Apply(Class3Op op, ReadOnlySpan<double> x, Span<double> y)
    {
        var k = K;
        var m = M;
        y.Clear();
        switch (op)
        {
            case Class3Op.F:
                // (X F2ᵀ)[:, 0] = X[:, m−1], (X F2ᵀ)[:, r] = X[:, r−1]; then F1 = [[1, 1], [0, φ]] (or 1).
                for (var r = 0; r < m; r++)
                {
                    var src = (r == 0 ? m - 1 : r - 1) * k;
                    var dst = r * k;
                    if (k == 1)
                    {
                        y[dst] = x[src];
                    }
                    else
                    {
                        y[dst] = x[src] + x[src + 1];
                        y[dst + 1] = phi * x[src + 1];
                    }
                }

                break;
            case Class3Op.G:
                AddG1(x.Slice((m - 1) * k, k), y[..k], gamma);
                break;
            default:
                // F1 X G2ᵀ: column 0 = γ F1 X[:, m−1].
                var lastCol = (m - 1) * k;
                if (k == 1)
                {
                    y[0] = gamma * x[lastCol];
                }
                else
                {
                    y[0] = gamma * (x[lastCol] + x[lastCol + 1]);
                    y[1] = gamma * phi * x[lastCol + 1];
                }

                // G1 X F2ᵀ: column r = G1 X[:, r−1 mod m].
                for (var r = 0; r < m; r++)
                {
                    var src = (r == 0 ? m - 1 : r - 1) * k;
                    AddG1(x.Slice(src, k), y.Slice(r * k, k), 1.0);
                }

                break;
        }
    }

    /// <summary>W[:, c] = op(V[:, c]) for every column c.</summary>
    internal void ApplyToColumns(Class3Op op, double[] v, double[] w, double[] scratch)
    {
        var size = K * M;
        var column = scratch.AsSpan(0, size);
        Span<double> result = size <= 512 ? stackalloc double[size] : new double[size];
        for (var c = 0; c < size; c++)
        {
            for (var r = 0; r < size; r++)
            {
                column[r] = v[(r * size) + c];
            }

            Apply(op, column, result);
            for (var r = 0; r < size; r++)
            {
                w[(r * size) + c] = result[r];
            }
        }
    }

    /// <summary>acc[r, :] += factor · op(W[r, :]) for every row r, that is acc += factor · W opᵀ.</summary>
    internal void ApplyToRowsAdd(Class3Op op, double[] w, double[] acc, double factor, double[] scratch)
    {
        var size = K * M;
        var result = scratch.AsSpan(0, size);
        for (var r = 0; r < size; r++)
        {
            Apply(op, w.AsSpan(r * size, size), result);
            var row = acc.AsSpan(r * size, size);
            for (var c = 0; c < size; c++)
            {
                row[c] += factor * result[c];
            }
        }
    }

    /// <summary>y += scale · G1 x, with G1 = [[α, α], [β, β]] (or α).</summary>
    private void AddG1(ReadOnlySpan<double> x, Span<double> y, double scale)
    {
        if (K == 1)
        {
            y[0] += scale * alpha * x[0];
        }
        else
        {
            var sum = x[0] + x[1];
            y[0] += scale * alpha * sum;
            y[1] += scale * beta * sum;
        }
    }
}
