namespace CrossBorder.Forecasting;

/// <summary>
/// Starting values as R's <c>forecast:::initparam</c> and <c>forecast:::initstate</c> choose them: smoothing
/// parameters near the lower bounds; the level and trend by regression on the first max(10, 2m) seasonally adjusted
/// observations; the seasonal states by classical decomposition of the first three seasons (or a one-harmonic
/// Fourier regression when there are fewer than three).
/// </summary>
internal static class EtsInit
{
    /// <summary>
    /// Initial states in R's order: l, b (if trend), s0…s(m−2) where s0 is the most recent seasonal state at time 0
    /// (the last, s(m−1), is implied by the normalisation).
    /// </summary>
    internal static double[] InitialStates(ReadOnlySpan<double> y, EtsSpec spec, int m)
    {
        var n = y.Length;
        var seasonal = spec.HasSeason;
        var mult = spec.Season == EtsSeason.Multiplicative;
        double[] ySa;
        double[] initSeas = [];
        if (seasonal)
        {
            double[] seasonalComponent;
            if (n < 3 * m)
            {
                seasonalComponent = FourierDetrended(y, m, mult);
            }
            else
            {
                seasonalComponent = Decompose(y, m, mult);
            }

            // init.seas = rev(seasonal[2:m])
            initSeas = new double[m - 1];
            for (var k = 0; k < m - 1; k++)
            {
                initSeas[k] = seasonalComponent[m - 1 - k];
            }

            var len = seasonalComponent.Length;
            ySa = new double[len];
            if (!mult)
            {
                for (var t = 0; t < len; t++)
                {
                    ySa[t] = y[t] - seasonalComponent[t];
                }
            }
            else
            {
                var sum = 0.0;
                for (var k = 0; k < initSeas.Length; k++)
                {
                    initSeas[k] = Math.Max(initSeas[k], 1e-2);
                    sum += initSeas[k];
                }

                if (sum > m)
                {
                    var denom = sum + (1e-2 * initSeas.Length);
                    for (var k = 0; k < initSeas.Length; k++)
                    {
                        initSeas[k] /= denom;
                    }
                }

                for (var t = 0; t < len; t++)
                {
                    ySa[t] = y[t] / Math.Max(seasonalComponent[t], 1e-2);
                }
            }
        }
        else
        {
            m = 1;
            ySa = y.ToArray();
        }

        var maxn = Math.Min(Math.Max(10, 2 * m), ySa.Length);
        var result = new double[1 + (spec.HasTrend ? 1 : 0) + initSeas.Length];
        if (!spec.HasTrend)
        {
            var sum = 0.0;
            for (var t = 0; t < maxn; t++)
            {
                sum += ySa[t];
            }

            result[0] = sum / maxn;
        }
        else
        {
            // lsfit(1:maxn, y.sa[1:maxn])
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            for (var t = 0; t < maxn; t++)
            {
                double x = t + 1;
                sx += x;
                sy += ySa[t];
                sxx += x * x;
                sxy += x * ySa[t];
            }

            var slope = ((maxn * sxy) - (sx * sy)) / ((maxn * sxx) - (sx * sx));
            var intercept = (sy - (slope * sx)) / maxn;
            if (Math.Abs(intercept + slope) < 1e-8)
            {
                intercept *= 1 + 1e-3;
                slope *= 1 - 1e-3;
            }

            result[0] = intercept;
            result[1] = slope;
        }

        initSeas.CopyTo(result.AsSpan(result.Length - initSeas.Length));
        return result;
    }

    /// <summary>R's <c>decompose()</c>: centred moving average, mean seasonal figure normalised; returns the seasonal component over <paramref name="x"/>.</summary>
    private static double[] Decompose(ReadOnlySpan<double> x, int m, bool mult)
    {
        var len = x.Length;
        var half = m / 2;
        var even = m % 2 == 0;
        var figureSum = new double[m];
        var figureCount = new int[m];
        for (var t = half; t < len - half; t++)
        {
            double trend;
            if (even)
            {
                var s = 0.5 * (x[t - half] + x[t + half]);
                for (var j = t - half + 1; j < t + half; j++)
                {
                    s += x[j];
                }

                trend = s / m;
            }
            else
            {
                var s = 0.0;
                for (var j = t - half; j <= t + half; j++)
                {
                    s += x[j];
                }

                trend = s / m;
            }

            var detrended = mult ? x[t] / trend : x[t] - trend;
            figureSum[t % m] += detrended;
            figureCount[t % m]++;
        }

        var figure = new double[m];
        var mean = 0.0;
        for (var i = 0; i < m; i++)
        {
            figure[i] = figureSum[i] / figureCount[i];
            mean += figure[i];
        }

        mean /= m;
        for (var i = 0; i < m; i++)
        {
            figure[i] = mult ? figure[i] / mean : figure[i] - mean;
        }

        var seasonal = new double[len];
        for (var t = 0; t < len; t++)
        {
            seasonal[t] = figure[t % m];
        }

        return seasonal;
    }

    /// <summary>
    /// R's short-series path: <c>tslm(y ~ trend + fourier(y, 1))</c>, then the data less (or over) the fitted
    /// linear trend serves as the seasonal component.
    /// </summary>
    private static double[] FourierDetrended(ReadOnlySpan<double> y, int m, bool mult)
    {
        var n = y.Length;
        var withSin = m != 2;
        var p = withSin ? 4 : 3;
        var design = new double[n, p];
        for (var t = 0; t < n; t++)
        {
            double time = t + 1;
            var angle = 2 * Math.PI * time / m;
            design[t, 0] = 1;
            design[t, 1] = time;
            var col = 2;
            if (withSin)
            {
                design[t, col++] = Math.Sin(angle);
            }

            design[t, col] = Math.Cos(angle);
        }

        var a = MathNet.Numerics.LinearAlgebra.Matrix<double>.Build.DenseOfArray(design);
        var b = MathNet.Numerics.LinearAlgebra.Vector<double>.Build.DenseOfArray(y.ToArray());
        var coef = a.QR().Solve(b);
        var seasonal = new double[n];
        for (var t = 0; t < n; t++)
        {
            var trend = coef[0] + (coef[1] * (t + 1));
            seasonal[t] = mult ? y[t] / trend : y[t] - trend;
        }

        return seasonal;
    }
}
