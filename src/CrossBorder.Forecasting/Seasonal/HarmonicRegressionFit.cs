using System.Globalization;

namespace CrossBorder.Forecasting;

/// <summary>
/// A fitted harmonic regression with ETS(A,N,N) errors (<see cref="HarmonicRegression"/>): the regression's terms,
/// coefficients and fitted values as R's <c>lm</c> names and computes them, its AICc, and the residual model.
/// Immutable.
/// </summary>
public sealed class HarmonicRegressionFit
{
    private readonly int _n;
    private readonly HarmonicRegression.Term[] _terms;
    private readonly double[] _beta;
    private readonly double[] _fitted;
    private readonly HarmonicRegressionSolver _solver;

    internal HarmonicRegressionFit(ReadOnlySpan<double> y, double[] periods, int[] harmonics, bool trend, HarmonicRegression.Term[] terms, double[] design, HarmonicRegressionSolver solver)
    {
        var n = y.Length;
        var p = terms.Length;
        _n = n;
        _terms = terms;
        _solver = solver;
        _beta = new double[p];
        solver.Solve(_beta);

        var regression = new double[n];
        var residuals = new double[n];
        var rss = 0.0;
        for (var j = 0; j < p; j++)
        {
            var column = design.AsSpan(j * n, n);
            for (var t = 0; t < n; t++)
            {
                regression[t] += _beta[j] * column[t];
            }
        }

        for (var t = 0; t < n; t++)
        {
            residuals[t] = y[t] - regression[t];
            rss += residuals[t] * residuals[t];
        }

        var (alpha, l0) = Theta.FitSes(residuals);
        var levels = new double[n];
        Level = Theta.SesPath(residuals, alpha, l0, levels, out var sse);
        _fitted = new double[n];
        for (var t = 0; t < n; t++)
        {
            _fitted[t] = regression[t] + levels[t];
        }

        Periods = Array.AsReadOnly(periods);
        Harmonics = Array.AsReadOnly(harmonics);
        HasTrend = trend;
        Terms = Array.AsReadOnly(terms.Select(term => term.Label).ToArray());
        Coefficients = Array.AsReadOnly((double[])_beta.Clone());
        RegressionFitted = Array.AsReadOnly(regression);
        Aicc = HarmonicRegression.Aicc(rss, n, p);
        RegressionVariance = rss / (n - p);
        Alpha = alpha;
        ResidualVariance = sse / (n - 2);
        var seasons = string.Join(",", periods.Select((m, i) => string.Create(CultureInfo.InvariantCulture, $"{m:R}:K={harmonics[i]}")));
        Method = $"Harmonic({seasons}{(trend ? ",trend" : string.Empty)})-ETS(A,N,N)";
    }

    /// <summary>The method and its form, such as <c>Harmonic(52:K=6,trend)-ETS(A,N,N)</c>.</summary>
    public string Method { get; }

    /// <summary>The seasonal periods, in the order given.</summary>
    public IReadOnlyList<double> Periods { get; }

    /// <summary>K, the number of sine/cosine pairs, for each period (given or chosen by AICc).</summary>
    public IReadOnlyList<int> Harmonics { get; }

    /// <summary>Whether the regression has a linear trend.</summary>
    public bool HasTrend { get; }

    /// <summary>The regressors, named as R's <c>lm(y ~ trend + fourier(y, K))</c> names its coefficients: <c>(Intercept)</c>, <c>trend</c>, <c>S1-52</c>, <c>C1-52</c>, ….</summary>
    public IReadOnlyList<string> Terms { get; }

    /// <summary>The least-squares coefficients, one per term of <see cref="Terms"/>.</summary>
    public IReadOnlyList<double> Coefficients { get; }

    /// <summary>The regression's fitted values x_tᵀβ̂, t = 1…n (without the residual model's level).</summary>
    public IReadOnlyList<double> RegressionFitted { get; }

    /// <summary>The regression's AICc, as R's <c>forecast::CV</c>: n·log(RSS/n) + 2(p + 1) + 2(p + 1)(p + 2)/(n − p − 2).</summary>
    public double Aicc { get; }

    /// <summary>σ²_r = RSS/(n − p), the regression's residual variance.</summary>
    public double RegressionVariance { get; }

    /// <summary>The smoothing parameter α of the ETS(A,N,N) model of the residuals.</summary>
    public double Alpha { get; }

    /// <summary>ℓ_n, the final level of the residual model, added to every forecast step.</summary>
    public double Level { get; }

    /// <summary>σ²_η = SSE/(n − 2), the one-step variance of the residual model (as R's <c>ses</c>).</summary>
    public double ResidualVariance { get; }

    /// <summary>Forecasts <paramref name="horizon"/> steps: x_{n+h}ᵀβ̂ + ℓ_n, with normal intervals (see <see cref="HarmonicRegression"/>).</summary>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="levels">Interval levels; <see langword="null"/> for 0.8 and 0.95, empty for point forecasts only.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="horizon"/> is below 1, or a level is not strictly between 0 and 1.</exception>
    public Forecast Forecast(int horizon, double[]? levels = null)
    {
        SeriesChecks.Horizon(horizon);
        var lv = SeriesChecks.Levels(levels);
        var mean = new double[horizon];
        var se = new double[horizon];
        var x = new double[_terms.Length];
        var scratch = new double[_terms.Length];
        for (var h = 0; h < horizon; h++)
        {
            var t = _n + h + 1;
            for (var j = 0; j < _terms.Length; j++)
            {
                x[j] = _terms[j].At(t);
            }

            mean[h] = Row(x) + Level;
            var variance = (ResidualVariance * (1 + (h * Alpha * Alpha))) + (RegressionVariance * _solver.Leverage(x, scratch));
            se[h] = Math.Sqrt(variance);
        }

        return new Forecast(Method, mean, SeriesChecks.NormalIntervals(mean, se, lv), _fitted);
    }

    /// <summary>xᵀβ̂ for a row <paramref name="x"/> of regressors.</summary>
    private double Row(ReadOnlySpan<double> x)
    {
        var sum = 0.0;
        for (var j = 0; j < x.Length; j++)
        {
            sum += _beta[j] * x[j];
        }

        return sum;
    }
}
