using MathNet.Numerics.Distributions;

namespace CrossBorder.Forecasting;

/// <summary>
/// A fitted ETS model: its form, smoothing parameters, initial states, likelihood and information criteria as R's
/// <c>forecast::ets</c> reports them, in-sample fits, and forecasts with prediction intervals.
/// </summary>
public sealed class EtsModel
{
    private readonly double[] _y;
    private readonly double[] _initialSeasonal;
    private readonly double[] _finalSeasonal;
    private readonly double[] _fitted;
    private readonly double[] _residuals;
    private readonly double _finalLevel;
    private readonly double _finalTrend;

    private EtsModel(
        double[] y,
        int period,
        EtsSpec spec,
        double alpha,
        double beta,
        double gamma,
        double phi,
        double initialLevel,
        double initialTrend,
        double[] initialSeasonal,
        double finalLevel,
        double finalTrend,
        double[] finalSeasonal,
        double[] fitted,
        double[] residuals,
        double lik,
        int parameterCount)
    {
        _y = y;
        Period = period;
        Spec = spec;
        Alpha = alpha;
        Beta = spec.HasTrend ? beta : null;
        Gamma = spec.HasSeason ? gamma : null;
        Phi = spec.Damped ? phi : null;
        InitialLevel = initialLevel;
        InitialTrend = spec.HasTrend ? initialTrend : null;
        _initialSeasonal = initialSeasonal;
        _finalLevel = finalLevel;
        _finalTrend = finalTrend;
        _finalSeasonal = finalSeasonal;
        _fitted = fitted;
        _residuals = residuals;
        ParameterCount = parameterCount;

        var n = y.Length;
        var sse = 0.0;
        foreach (var e in residuals)
        {
            sse += e * e;
        }

        Sigma2 = sse / (n - parameterCount);
        LogLikelihood = -0.5 * lik;
        var k = parameterCount + 1;
        Aic = lik + (2.0 * k);
        Bic = lik + (Math.Log(n) * k);
        Aicc = Aic + (2.0 * k * (k + 1) / (n - k - 1));
    }

    /// <summary>The form, such as ETS(M,Ad,M).</summary>
    public EtsSpec Spec { get; }

    /// <summary>The seasonal period the model was given (1 for none).</summary>
    public int Period { get; }

    /// <summary>Number of observations fitted.</summary>
    public int Count => _y.Length;

    /// <summary>Level smoothing parameter α.</summary>
    public double Alpha { get; }

    /// <summary>Trend smoothing parameter β (R's parametrisation, 0 &lt; β &lt; α), or null without a trend.</summary>
    public double? Beta { get; }

    /// <summary>Seasonal smoothing parameter γ (0 &lt; γ &lt; 1 − α), or null without a season.</summary>
    public double? Gamma { get; }

    /// <summary>Damping parameter φ (0.8 ≤ φ ≤ 0.98), or null without a damped trend.</summary>
    public double? Phi { get; }

    /// <summary>The level at time 0.</summary>
    public double InitialLevel { get; }

    /// <summary>The trend at time 0, or null without a trend.</summary>
    public double? InitialTrend { get; }

    /// <summary>
    /// The seasonal states at time 0 in the order they apply: element k is the seasonal term of observation k+1
    /// (and of every m-th after it while the states stay put); empty without a season. R prints them in reverse, as s0…s(m−1).
    /// </summary>
    public IReadOnlyList<double> InitialSeasonal => _initialSeasonal;

    /// <summary>
    /// Number of estimated parameters: smoothing parameters plus free initial states (m − 1 seasonal ones).
    /// The information criteria add one for σ².
    /// </summary>
    public int ParameterCount { get; }

    /// <summary>
    /// Residual variance as R computes it: Σe²/(n − <see cref="ParameterCount"/>), with relative errors for
    /// multiplicative-error models.
    /// </summary>
    public double Sigma2 { get; }

    /// <summary>
    /// R's log-likelihood, −½·(n·log Σe² + 2·Σlog|ŷ| for multiplicative errors); it omits constants, exactly as
    /// <c>forecast::ets</c> does, so that it can be compared with R's output.
    /// </summary>
    public double LogLikelihood { get; }

    /// <summary>Akaike's criterion, −2·loglik + 2(k + 1) where k is <see cref="ParameterCount"/>.</summary>
    public double Aic { get; }

    /// <summary>Small-sample corrected AIC: AIC + 2(k+1)(k+2)/(n − k − 2).</summary>
    public double Aicc { get; }

    /// <summary>Schwarz's criterion, −2·loglik + log(n)(k + 1).</summary>
    public double Bic { get; }

    /// <summary>One-step in-sample forecasts.</summary>
    public IReadOnlyList<double> Fitted => _fitted;

    /// <summary>Residuals as R reports them: y − ŷ for additive errors, (y − ŷ)/ŷ for multiplicative ones.</summary>
    public IReadOnlyList<double> Residuals => _residuals;

    /// <inheritdoc />
    public override string ToString() => Spec.ToString();

    /// <summary>
    /// Forecasts <paramref name="horizon"/> steps ahead with prediction intervals at <paramref name="levels"/>
    /// (default 0.8 and 0.95), as R's <c>forecast.ets</c>: normal intervals with the analytic variances of classes 1
    /// (additive errors), 2 (multiplicative errors, no multiplicative season) and 3 (multiplicative errors and season;
    /// there the point forecast is the forecast mean, as in R) of Hyndman et al. (2008, ch. 6), or quantiles of
    /// seeded, deterministic sample paths when <see cref="EtsOptions.SimulateIntervals"/> is set.
    /// </summary>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="levels">Interval levels strictly between 0 and 1, such as 0.8; <see langword="null"/> for 0.8 and 0.95, an empty array for point forecasts only.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is not positive, or a level is not in (0, 1).</exception>
    /// <exception cref="InvalidOperationException">The forecasts overflow (an explosive fit over a very long horizon).</exception>
    public Forecast Forecast(int horizon, params double[]? levels) => Forecast(horizon, null, levels);

    /// <summary>As <see cref="Forecast(int, double[])"/> with the default levels, 0.8 and 0.95.</summary>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is not positive.</exception>
    /// <exception cref="InvalidOperationException">The forecasts overflow (an explosive fit over a very long horizon).</exception>
    public Forecast Forecast(int horizon) => Forecast(horizon, null, null);

    /// <summary>As <see cref="Forecast(int, EtsOptions, double[])"/> with the default levels, 0.8 and 0.95.</summary>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="options">Simulation options; null for the defaults.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is not positive.</exception>
    /// <exception cref="InvalidOperationException">The forecasts overflow (an explosive fit over a very long horizon).</exception>
    public Forecast Forecast(int horizon, EtsOptions? options) => Forecast(horizon, options, null);

    /// <summary>As <see cref="Forecast(int, double[])"/>, with options for simulated intervals (on or off, paths, seed).</summary>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="options">Simulation options; null for the defaults.</param>
    /// <param name="levels">Interval levels strictly between 0 and 1; <see langword="null"/> for 0.8 and 0.95, an empty array for point forecasts only.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is not positive, or a level is not in (0, 1).</exception>
    /// <exception cref="InvalidOperationException">The forecasts overflow (an explosive fit over a very long horizon).</exception>
    public Forecast Forecast(int horizon, EtsOptions? options, params double[]? levels)
    {
        if (horizon <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(horizon), horizon, "The horizon must be at least 1.");
        }

        options ??= EtsOptions.Default;
        options.Validate();
        levels = SeriesChecks.Levels(levels);
        Array.Sort(levels);
        var mean = PointForecasts(horizon);
        var intervals = new PredictionInterval[levels.Length];
        if (options.SimulateIntervals)
        {
            EnsureFinite(mean);
            SimulatedIntervals(horizon, levels, options, intervals);
        }
        else
        {
            double[] variance;
            if (Spec.Season == EtsSeason.Multiplicative)
            {
                (mean, variance) = Class3(horizon);
            }
            else
            {
                variance = AnalyticVariance(mean);
            }

            EnsureFinite(mean);
            EnsureFinite(variance);
            for (var i = 0; i < levels.Length; i++)
            {
                var z = Normal.InvCDF(0, 1, 0.5 + (levels[i] / 2));
                var lower = new double[horizon];
                var upper = new double[horizon];
                for (var h = 0; h < horizon; h++)
                {
                    var half = z * Math.Sqrt(Math.Max(variance[h], 0));
                    lower[h] = mean[h] - half;
                    upper[h] = mean[h] + half;
                }

                EnsureFinite(lower);
                EnsureFinite(upper);
                intervals[i] = new PredictionInterval(levels[i], lower, upper);
            }
        }

        return new Forecast(Spec.ToString(), mean, intervals, (double[])_fitted.Clone());
    }

    internal static EtsModel Create(double[] y, int period, EtsSpec spec, double[] x, int parameterCount)
    {
        var m = spec.HasSeason ? period : 1;
        var k = 0;
        var alpha = x[k++];
        var beta = spec.HasTrend ? x[k++] : 0.0;
        var gamma = spec.HasSeason ? x[k++] : 0.0;
        var phi = spec.Damped ? x[k++] : 1.0;
        var level = x[k++];
        var trend = spec.HasTrend ? x[k++] : 0.0;
        var ring = new double[spec.HasSeason ? m : 0];
        if (spec.HasSeason)
        {
            EtsObjective.FillRing(spec, x.AsSpan(k), ring);
        }

        var initialSeasonal = (double[])ring.Clone();
        var initialLevel = level;
        var initialTrend = trend;
        var n = y.Length;
        var fitted = new double[n];
        var residuals = new double[n];
        var lik = EtsCore.Run(spec, y, alpha, beta, gamma, phi, ref level, ref trend, ring, fitted, residuals);
        return new EtsModel(y, period, spec, alpha, beta, gamma, phi, initialLevel, initialTrend, initialSeasonal, level, trend, ring, fitted, residuals, lik, parameterCount);
    }

    internal double[] PointForecasts(int horizon)
    {
        var mean = new double[horizon];
        var phi = Phi ?? 1.0;
        var phiStar = phi;
        var m = _finalSeasonal.Length;
        for (var h = 0; h < horizon; h++)
        {
            var f = Spec.HasTrend ? _finalLevel + (phiStar * _finalTrend) : _finalLevel;
            if (Spec.Season == EtsSeason.Additive)
            {
                f += _finalSeasonal[h % m];
            }
            else if (Spec.Season == EtsSeason.Multiplicative)
            {
                f *= _finalSeasonal[h % m];
            }

            mean[h] = f;
            phiStar += Math.Pow(phi, h + 2);
        }

        return mean;
    }

    /// <summary>
    /// Forecast variances of classes 1 and 2 (Hyndman et al. 2008, ch. 6): c_j = α + β·Σφ^i + γ·[j ≡ 0 mod m];
    /// class 1 v_h = σ²(1 + Σ c_j²), class 2 via θ_h = μ_h² + σ² Σ c_j² θ_{h−j}, v_h = (1+σ²)θ_h − μ_h².
    /// </summary>
    private double[] AnalyticVariance(double[] mean)
    {
        var horizon = mean.Length;
        var sigma2 = Sigma2;
        var c2 = new double[horizon];
        var phi = Phi ?? 1.0;
        var beta = Beta ?? 0.0;
        var gamma = Gamma ?? 0.0;
        var m = Period;
        var phiSum = 0.0;
        var phiPow = 1.0;
        for (var j = 1; j < horizon; j++)
        {
            phiPow *= phi;
            phiSum += phiPow;
            var c = Alpha + (beta * phiSum);
            if (Spec.HasSeason && j % m == 0)
            {
                c += gamma;
            }

            c2[j] = c * c;
        }

        var variance = new double[horizon];
        if (Spec.Error == EtsError.Additive)
        {
            var cum = 0.0;
            for (var h = 0; h < horizon; h++)
            {
                if (h > 0)
                {
                    cum += c2[h];
                }

                variance[h] = sigma2 * (1 + cum);
            }

            return variance;
        }

        var theta = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var t = mean[h] * mean[h];
            for (var j = 1; j <= h; j++)
            {
                t += sigma2 * c2[j] * theta[h - j];
            }

            theta[h] = t;
            variance[h] = ((1 + sigma2) * t) - (mean[h] * mean[h]);
        }

        return variance;
    }

    /// <summary>
    /// Class 3 (multiplicative error and season; Hyndman et al. 2008 ch. 6, R's <c>class3</c>): forecast means and
    /// variances from the moments of the product of the level/trend and seasonal state vectors. R writes the
    /// recursion with Kronecker products (F2⊗F1, G2⊗G1, …) of size km × km; here each of them is applied as the
    /// operator it is (a cyclic shift, a 2×2 block, one non-zero column), O((km)²) per step instead of O((km)³),
    /// which matters for weekly data (m = 52). The mean includes the small σ²·γ correction, as R's forecasts do.
    /// </summary>
    private (double[] Mean, double[] Variance) Class3(int horizon)
    {
        var ops = new Class3Operators(Spec.HasTrend ? 2 : 1, _finalSeasonal.Length, Alpha, Beta ?? 0.0, Gamma ?? 0.0, Phi ?? 1.0);
        var k = ops.K;
        var m = ops.M;
        var size = k * m;
        var sigma2 = Sigma2;

        // vec(Mh), column-major as R's c(Mh): Mh = (l, b)ᵀ (s1 … sm), s1 the most recent; our ring[0] is due next (= sm).
        var vec = new double[size];
        var next = new double[size];
        var tmp = new double[size];
        for (var j = 0; j < m; j++)
        {
            var s = _finalSeasonal[m - 1 - j];
            vec[j * k] = _finalLevel * s;
            if (k == 2)
            {
                vec[(j * k) + 1] = _finalTrend * s;
            }
        }

        var v = new double[size * size];
        var work = new double[size * size];
        var acc = new double[size * size];
        var u = new double[size * size];
        var mean = new double[horizon];
        var variance = new double[horizon];
        var last = (m - 1) * k;
        for (var h = 0; h < horizon; h++)
        {
            var mu = 0.0;
            var hv = 0.0;
            for (var i = 0; i < k; i++)
            {
                mu += vec[last + i];
                for (var i2 = 0; i2 < k; i2++)
                {
                    hv += v[((last + i) * size) + last + i2];
                }
            }

            mean[h] = mu;
            variance[h] = ((1 + sigma2) * hv) + (sigma2 * mu * mu);
            if (h == horizon - 1)
            {
                break;
            }

            // V' = F V Fᵀ + σ²(F V Gᵀ + G V Fᵀ + K (V + vvᵀ) Kᵀ + σ² G (3V + 2vvᵀ) Gᵀ)
            Array.Clear(acc);
            ops.ApplyToColumns(Class3Op.F, v, work, tmp);
            ops.ApplyToRowsAdd(Class3Op.F, work, acc, 1.0, tmp);
            ops.ApplyToRowsAdd(Class3Op.G, work, acc, sigma2, tmp);
            ops.ApplyToColumns(Class3Op.G, v, work, tmp);
            ops.ApplyToRowsAdd(Class3Op.F, work, acc, sigma2, tmp);
            for (var r = 0; r < size; r++)
            {
                for (var c = 0; c < size; c++)
                {
                    u[(r * size) + c] = v[(r * size) + c] + (vec[r] * vec[c]);
                }
            }

            ops.ApplyToColumns(Class3Op.K, u, work, tmp);
            ops.ApplyToRowsAdd(Class3Op.K, work, acc, sigma2, tmp);
            for (var r = 0; r < size; r++)
            {
                for (var c = 0; c < size; c++)
                {
                    u[(r * size) + c] = (3 * v[(r * size) + c]) + (2 * vec[r] * vec[c]);
                }
            }

            ops.ApplyToColumns(Class3Op.G, u, work, tmp);
            ops.ApplyToRowsAdd(Class3Op.G, work, acc, sigma2 * sigma2, tmp);
            (v, acc) = (acc, v);

            // Mh' = F1 Mh F2ᵀ + σ² G1 Mh G2ᵀ
            ops.Apply(Class3Op.F, vec, next);
            ops.Apply(Class3Op.G, vec, tmp);
            for (var i = 0; i < size; i++)
            {
                next[i] += sigma2 * tmp[i];
            }

            (vec, next) = (next, vec);
        }

        return (mean, variance);
    }

    /// <summary>Sample paths with normal errors (R's <c>simulate.ets</c>) and R's type-8 quantiles.</summary>
    private void SimulatedIntervals(int horizon, double[] levels, EtsOptions options, PredictionInterval[] intervals)
    {
        var paths = options.SimulationPaths;
        var sims = new double[horizon * paths];
        var random = new Random(options.Seed);
        var sd = Math.Sqrt(Sigma2);
        var spec = Spec;
        var alpha = Alpha;
        var beta = Beta ?? 0.0;
        var gamma = Gamma ?? 0.0;
        var phi = Phi ?? 1.0;
        var m = _finalSeasonal.Length;
        var ring = new double[Math.Max(m, 1)];
        var mult = spec.Error == EtsError.Multiplicative;
        var spare = double.NaN;
        var dummy = 0.0;
        for (var p = 0; p < paths; p++)
        {
            var level = _finalLevel;
            var trend = _finalTrend;
            _finalSeasonal.CopyTo(ring, 0);
            for (var h = 0; h < horizon; h++)
            {
                ref var s = ref m > 0 ? ref ring[h % m] : ref dummy;
                var f = EtsCore.OneStep(spec, level, trend, phi, s);
                var e = sd * NextNormal(random, ref spare);
                var yv = mult ? f * (1 + e) : f + e;
                sims[(h * paths) + p] = yv;
                EtsCore.Update(spec, ref level, ref trend, ref s, alpha, beta, gamma, phi, yv);
            }
        }

        var lowers = new double[levels.Length][];
        var uppers = new double[levels.Length][];
        for (var i = 0; i < levels.Length; i++)
        {
            lowers[i] = new double[horizon];
            uppers[i] = new double[horizon];
        }

        for (var h = 0; h < horizon; h++)
        {
            var column = sims.AsSpan(h * paths, paths);
            column.Sort();
            for (var i = 0; i < levels.Length; i++)
            {
                lowers[i][h] = Quantile8(column, 0.5 - (levels[i] / 2));
                uppers[i][h] = Quantile8(column, 0.5 + (levels[i] / 2));
            }
        }

        for (var i = 0; i < levels.Length; i++)
        {
            EnsureFinite(lowers[i]);
            EnsureFinite(uppers[i]);
            intervals[i] = new PredictionInterval(levels[i], lowers[i], uppers[i]);
        }
    }

    private void EnsureFinite(double[] values)
    {
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new InvalidOperationException($"{Spec} produced non-finite forecasts or bounds; its states explode over this horizon.");
            }
        }
    }

    private static double NextNormal(Random random, ref double spare)
    {
        if (!double.IsNaN(spare))
        {
            var s = spare;
            spare = double.NaN;
            return s;
        }

        double u, v, r;
        do
        {
            u = (2 * random.NextDouble()) - 1;
            v = (2 * random.NextDouble()) - 1;
            r = (u * u) + (v * v);
        }
        while (r >= 1 || r == 0);

        var factor = Math.Sqrt(-2 * Math.Log(r) / r);
        spare = v * factor;
        return u * factor;
    }

    /// <summary>R's quantile type 8 (median-unbiased) of sorted data.</summary>
    private static double Quantile8(ReadOnlySpan<double> sorted, double p)
    {
        var n = sorted.Length;
        var nppm = (p * n) + ((p + 1) / 3.0);
        var j = (int)Math.Floor(nppm);
        var g = nppm - j;
        if (j < 1)
        {
            return sorted[0];
        }

        if (j >= n)
        {
            return sorted[n - 1];
        }

        return ((1 - g) * sorted[j - 1]) + (g * sorted[j]);
    }
}
