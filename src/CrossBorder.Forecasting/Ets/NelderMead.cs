namespace CrossBorder.Forecasting;

/// <summary>An objective for <see cref="NelderMead"/>; +∞ or NaN marks an infeasible point.</summary>
internal interface IObjective
{
    /// <summary>Whether <see cref="EvaluateFour"/> is worth calling: four points in about the time of one.</summary>
    bool CanEvaluateFour => false;

    double Evaluate(ReadOnlySpan<double> x);

    /// <summary>The values at four points laid one after the other in <paramref name="points"/>, each equal to <see cref="Evaluate"/>'s to the bit.</summary>
    void EvaluateFour(ReadOnlySpan<double> points, Span<double> values)
    {
        var dimension = points.Length / 4;
        for (var k = 0; k < 4; k++)
        {
            values[k] = Evaluate(points.Slice(k * dimension, dimension));
        }
    }
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

        // With an objective that evaluates four points at once, each step evaluates its reflection together with the
        // points it may need next (the expansion, and the contraction for either outcome of the reflection), and the
        // simplex's vertices four at a time; the moves, the values and the count of evaluations are those of the
        // one-at-a-time method.
        var four = f.CanEvaluateFour;
        var points = four ? new double[4 * n] : [];
        Span<double> ahead = stackalloc double[4];
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
            if (calcvert && four)
            {
                for (var j0 = 0; j0 < n1; j0 += 4)
                {
                    for (var k = 0; k < 4; k++)
                    {
                        var j = Math.Min(j0 + k, n);
                        for (var i = 0; i < n; i++)
                        {
                            points[(k * n) + i] = p[Idx(i, j)];
                        }
                    }

                    f.EvaluateFour(points, ahead);
                    for (var k = 0; k < 4 && j0 + k < n1; k++)
                    {
                        if (j0 + k != l)
                        {
                            funcount++;
                            p[Idx(n, j0 + k)] = double.IsFinite(ahead[k]) ? ahead[k] : Big;
                        }
                    }
                }

                calcvert = false;
            }

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

            if (four)
            {
                // The reflection, the expansion from it, and the contraction towards it or towards the worst vertex,
                // each computed by the expression the step below would use.
                for (var i = 0; i < n; i++)
                {
                    var centroid = p[Idx(i, c)];
                    points[i] = bvec[i];
                    points[n + i] = (2.0 * bvec[i]) + ((1 - 2.0) * centroid);
                    points[(2 * n) + i] = (0.5 * bvec[i]) + (0.5 * centroid);
                    points[(3 * n) + i] = (0.5 * p[Idx(i, h)]) + (0.5 * centroid);
                }

                f.EvaluateFour(points, ahead);
            }

            value = four ? ahead[0] : f.Evaluate(bvec);
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

                value = four ? ahead[1] : f.Evaluate(bvec);
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

                value = four ? (vr < vh ? ahead[2] : ahead[3]) : f.Evaluate(bvec);
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
