namespace CrossBorder.Forecasting;

/// <summary>An objective for <see cref="NelderMead"/>; +∞ or NaN marks an infeasible point.</summary>
internal interface IObjective
{
    double Evaluate(ReadOnlySpan<double> x);
}

/// <summary>
/// The Nelder–Mead simplex of R's <c>optim</c> (<c>nmmin</c> in <c>src/appl/optim.c</c>, which <c>forecast</c> copies
/// as <c>etsNelderMead</c>): reflection 1, contraction 0.5, expansion 2, relative tolerance on the simplex's spread of
/// values, a budget of function evaluations. One flat buffer, no allocation per iteration.
/// </summary>
internal static class NelderMead
{
    private const double Big = 1.0e35;

    /// <summary>Minimises <paramref name="f"/> from <paramref name="x"/>; on return <paramref name="x"/> holds the best point.</summary>
    /// <returns>The best value, and the number of evaluations used.</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static (double Value, int Evaluations) Minimize<T>(T f, Span<double> x, double relTol, int maxEvaluations)
        where T : IObjective
    {
        var n = x.Length;
        var n1 = n + 1;

        // P has n+1 rows (coordinates, then value) and n+2 columns (vertices, then centroid), column-major.
        var rows = n1;
        var p = new double[rows * (n + 2)];
        var bvec = new double[n];
        x.CopyTo(bvec);
        var value = f.Evaluate(bvec);
        if (!double.IsFinite(value))
        {
            return (double.PositiveInfinity, 1);
        }

        var funcount = 1;
        var convtol = relTol * (Math.Abs(value) + relTol);
        var c = n + 1; // centroid column (0-based)
        p[Idx(n, 0)] = value;
        for (var i = 0; i < n; i++)
        {
            p[Idx(i, 0)] = bvec[i];
        }

        var l = 0;
        var size = 0.0;
        var step = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (0.1 * Math.Abs(bvec[i]) > step)
            {
                step = 0.1 * Math.Abs(bvec[i]);
            }
        }

        if (step == 0.0)
        {
            step = 0.1;
        }

        for (var j = 1; j < n1; j++)
        {
            for (var i = 0; i < n; i++)
            {
                p[Idx(i, j)] = bvec[i];
            }

            var trystep = step;
            while (p[Idx(j - 1, j)] == bvec[j - 1])
            {
                p[Idx(j - 1, j)] = bvec[j - 1] + trystep;
                trystep *= 10;
            }

            size += trystep;
        }

        var oldsize = size;
        var calcvert = true;
        do
        {
            if (calcvert)
            {
                for (var j = 0; j < n1; j++)
                {
                    if (j != l)
                    {
                        for (var i = 0; i < n; i++)
                        {
                            bvec[i] = p[Idx(i, j)];
                        }

                        value = f.Evaluate(bvec);
                        if (!double.IsFinite(value))
                        {
                            value = Big;
                        }

                        funcount++;
                        p[Idx(n, j)] = value;
                    }
                }

                calcvert = false;
            }

            var vl = p[Idx(n, l)];
            var vh = vl;
            var h = l;
            for (var j = 0; j < n1; j++)
            {
                if (j != l)
                {
                    var fj = p[Idx(n, j)];
                    if (fj < vl)
                    {
                        l = j;
                        vl = fj;
                    }

                    if (fj > vh)
                    {
                        h = j;
                        vh = fj;
                    }
                }
            }

            if (vh <= vl + convtol)
            {
                break;
            }

            for (var i = 0; i < n; i++)
            {
                var temp = -p[Idx(i, h)];
                for (var j = 0; j < n1; j++)
                {
                    temp += p[Idx(i, j)];
                }

                p[Idx(i, c)] = temp / n;
            }

            for (var i = 0; i < n; i++)
            {
                bvec[i] = (2.0 * p[Idx(i, c)]) - p[Idx(i, h)];
            }

            value = f.Evaluate(bvec);
            if (!double.IsFinite(value))
            {
                value = Big;
            }

            funcount++;
            var vr = value;
            if (vr < vl)
            {
                p[Idx(n, c)] = value;
                for (var i = 0; i < n; i++)
                {
                    var e = (2.0 * bvec[i]) + ((1 - 2.0) * p[Idx(i, c)]);
                    p[Idx(i, c)] = bvec[i];
                    bvec[i] = e;
                }

                value = f.Evaluate(bvec);
                if (!double.IsFinite(value))
                {
                    value = Big;
                }

                funcount++;
                if (value < vr)
                {
                    for (var i = 0; i < n; i++)
                    {
                        p[Idx(i, h)] = bvec[i];
                    }

                    p[Idx(n, h)] = value;
                }
                else
                {
                    for (var i = 0; i < n; i++)
                    {
                        p[Idx(i, h)] = p[Idx(i, c)];
                    }

                    p[Idx(n, h)] = vr;
                }
            }
            else
            {
                if (vr < vh)
                {
                    for (var i = 0; i < n; i++)
                    {
                        p[Idx(i, h)] = bvec[i];
                    }

                    p[Idx(n, h)] = vr;
                }

                for (var i = 0; i < n; i++)
                {
                    bvec[i] = (0.5 * p[Idx(i, h)]) + (0.5 * p[Idx(i, c)]);
                }

                value = f.Evaluate(bvec);
                if (!double.IsFinite(value))
                {
                    value = Big;
                }

                funcount++;
                if (value < p[Idx(n, h)])
                {
                    for (var i = 0; i < n; i++)
                    {
                        p[Idx(i, h)] = bvec[i];
                    }

                    p[Idx(n, h)] = value;
                }
                else if (vr >= vh)
                {
                    calcvert = true;
                    size = 0.0;
                    for (var j = 0; j < n1; j++)
                    {
                        if (j != l)
                        {
                            for (var i = 0; i < n; i++)
                            {
                                p[Idx(i, j)] = (0.5 * (p[Idx(i, j)] - p[Idx(i, l)])) + p[Idx(i, l)];
                                size += Math.Abs(p[Idx(i, j)] - p[Idx(i, l)]);
                            }
                        }
                    }

                    if (size < oldsize)
                    {
                        oldsize = size;
                    }
                    else
                    {
                        break;
                    }
                }
            }
        }
        while (funcount <= maxEvaluations);

        for (var i = 0; i < n; i++)
        {
            x[i] = p[Idx(i, l)];
        }

        return (p[Idx(n, l)], funcount);

        int Idx(int row, int col) => unchecked((col * rows) + row);
    }
}
