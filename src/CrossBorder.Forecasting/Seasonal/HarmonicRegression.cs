using System.Globalization;

namespace CrossBorder.Forecasting;

/// <summary>
/// Fourier-term (dynamic harmonic) regression for long and multiple seasonal periods (52 weekly; 7 and 365.25 daily):
/// y_t = b0 [+ b1·t] + Σ_i Σ_{k ≤ K_i} (s_ik·sin(2πkt/m_i) + c_ik·cos(2πkt/m_i)) + η_t, with η_t an ETS(A,N,N) (local
/// level) process, so that the level can move.
/// </summary>
/// <remarks>
/// <para>
/// Regressors are those of R's <c>forecast::fourier</c> at times t = 1…n (forecasts at n + 1…n + h): for each period m
/// and k = 1…K the sine and cosine of 2πkt/m, the sine dropped where it is identically zero (2k/m an integer), and a
/// frequency k/m that an earlier period already has dropped. K ≤ m/2.
/// </para>
/// <para>
/// R's recommended form is a regression with ARIMA errors (<c>auto.arima(y, xreg = fourier(y, K))</c>); this library has
/// no ARIMA, so the regression is fitted by least squares (Householder QR, as <c>lm</c>) and its residuals are then
/// modelled by ETS(A,N,N), fitted as R's <c>ses</c> (see <see cref="Theta"/>). ETS(A,N,N) rather than AR(1): AR(1)
/// errors revert to the regression line, so a level shift late in the history is forgotten within a few steps;
/// ETS(A,N,N) is ARIMA(0,1,1), the error model <c>auto.arima</c> commonly finds for demand, and keeps a shift. Its
/// forecast is flat, so the seasonal shape comes from the regression alone.
/// </para>
/// <para>
/// K is chosen, unless given, by the regression's AICc as R's <c>CV()</c> computes it for a linear model with p
/// coefficients: n·log(RSS/n) + 2(p + 1) + 2(p + 1)(p + 2)/(n − p − 2). As in Hyndman's weekly example, K starts at
/// 1 and grows while the AICc falls, stopping at the first K that does not lower it; with several periods, each step
/// raises by one the K of the period that lowers the AICc most. K never exceeds
/// <see cref="HarmonicRegressionOptions.MaxHarmonics"/> (default 25) or m/2, nor leaves n − p − 2 below 1.
/// </para>
/// <para>
/// Forecast: ŷ_{n+h} = x_{n+h}ᵀβ̂ + ℓ_n, with ℓ_n the final level of the residual model. Its variance is
/// σ²_η·(1 + (h − 1)α²) + σ²_r·x_{n+h}ᵀ(XᵀX)⁻¹x_{n+h}: the h-step variance of ETS(A,N,N), with σ²_η = SSE/(n − 2) of
/// the residual model as <c>ses</c>, plus the variance of the estimated regression line at n + h, with σ²_r = RSS/(n − p)
/// the regression's residual variance. As α → 0 it tends to the prediction variance of <c>lm</c>. Intervals are
/// normal. Point forecasts are not clamped at zero.
/// </para>
/// </remarks>
public static class HarmonicRegression
{
    /// <summary>Forecasts with a harmonic regression and ETS(A,N,N) errors.</summary>
    /// <param name="y">The series, oldest first; finite values, more than the regression has coefficients plus 2.</param>
    /// <param name="periods">The seasonal periods, each at least 2 and finite, none repeated: <c>[52]</c> weekly, <c>[7, 365.25]</c> daily.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="options">Trend and K; <see langword="null"/> for the defaults (trend, K by AICc).</param>
    /// <param name="levels">Interval levels; <see langword="null"/> for 0.8 and 0.95, empty for point forecasts only.</param>
    /// <exception cref="ArgumentException">A value of <paramref name="y"/> is not finite, or the series is too short; a period is below 2, not finite or repeated; a K is below 1 or above m/2.</exception>
    public static Forecast Forecast(ReadOnlySpan<double> y, IReadOnlyList<double> periods, int horizon, HarmonicRegressionOptions? options = null, double[]? levels = null)
    {
        SeriesChecks.Horizon(horizon);
        var lv = SeriesChecks.Levels(levels);
        return Fit(y, periods, options).Forecast(horizon, lv);
    }

    /// <summary>Fits the regression (choosing K unless given) and the ETS(A,N,N) model of its residuals.</summary>
    /// <inheritdoc cref="Forecast(ReadOnlySpan{double}, IReadOnlyList{double}, int, HarmonicRegressionOptions?, double[])"/>
    public static HarmonicRegressionFit Fit(ReadOnlySpan<double> y, IReadOnlyList<double> periods, HarmonicRegressionOptions? options = null)
    {
        SeriesChecks.Finite(y, nameof(y));
        var m = CheckPeriods(periods);
        options ??= HarmonicRegressionOptions.Default;
        options.Validate();
        var n = y.Length;
        Searched? searched = null;
        var k = options.Harmonics is { } given ? CheckHarmonics(given, m, nameof(options)) : ChooseHarmonics(y, m, options, out searched);
        var terms = Terms(m, k, options.Trend);
        if (n - terms.Length - 2 < 1)
        {
            throw new ArgumentException($"The regression has {terms.Length} coefficients, so the series needs at least {terms.Length + 3} observations; it has {n}.", nameof(y));
        }

        if (searched is { } done && done.Solver.Count == terms.Length)
        {
            // The search took these very columns in this order: its solver is the fit, not to be built again.
            return new HarmonicRegressionFit(y, m, k, options.Trend, terms, [.. done.Design], done.Solver);
        }

        var solver = new HarmonicRegressionSolver(y, terms.Length);
        var design = new double[terms.Length * n];
        for (var j = 0; j < terms.Length; j++)
        {
            var column = design.AsSpan(j * n, n);
            terms[j].Fill(column, 1);
            if (!solver.TryAdd(column))
            {
                throw new ArgumentException($"The regressor {terms[j].Label} is (nearly) a combination of the others on {n} observations; the series is too short for these periods and K.", nameof(y));
            }
        }

        return new HarmonicRegressionFit(y, m, k, options.Trend, terms, design, solver);
    }

    private static double[] CheckPeriods(IReadOnlyList<double> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (periods.Count == 0)
        {
            throw new ArgumentException("At least one seasonal period is needed.", nameof(periods));
        }

        var m = periods.ToArray();
        for (var i = 0; i < m.Length; i++)
        {
            if (!double.IsFinite(m[i]) || m[i] < 2)
            {
                throw new ArgumentException($"Period {i} is {m[i]}; a seasonal period is finite and at least 2.", nameof(periods));
            }

            if (Array.IndexOf(m, m[i]) < i)
            {
                throw new ArgumentException($"Period {m[i]} is given twice.", nameof(periods));
            }
        }

        return m;
    }

    private static int[] CheckHarmonics(IReadOnlyList<int> harmonics, double[] m, string paramName)
    {
        if (harmonics.Count != m.Length)
        {
            throw new ArgumentException($"Harmonics has {harmonics.Count} values for {m.Length} periods; give one K per period.", paramName);
        }

        var k = harmonics.ToArray();
        for (var i = 0; i < k.Length; i++)
        {
            if (k[i] < 1 || 2.0 * k[i] > m[i])
            {
                throw new ArgumentException($"K = {k[i]} for period {m[i].ToString(CultureInfo.InvariantCulture)}; K lies between 1 and m/2.", paramName);
            }
        }

        return k;
    }

    /// <summary>
    /// K by AICc: from K = 1 for every period, raise by one the K that lowers the AICc most, until none does (for one
    /// period: increase K while the AICc falls). The solver keeps the columns taken, so each trial adds one pair.
    /// </summary>
    /// <summary>The solver of a one-period search and the columns it took, in order.</summary>
    private sealed record Searched(HarmonicRegressionSolver Solver, List<double> Design);

    private static int[] ChooseHarmonics(ReadOnlySpan<double> y, double[] m, HarmonicRegressionOptions options, out Searched? searched)
    {
        searched = null;
        var design = new List<double>();
        var n = y.Length;
        var k = new int[m.Length];
        var maxK = new int[m.Length];
        var capacity = options.Trend ? 2 : 1;
        for (var i = 0; i < m.Length; i++)
        {
            maxK[i] = Math.Min(options.MaxHarmonics, (int)Math.Floor(m[i] / 2));
            capacity += 2 * Math.Min(maxK[i], 8);
        }

        var solver = new HarmonicRegressionSolver(y, capacity);
        var column = new double[n];
        var frequencies = new List<double>();
        var fixedTerms = options.Trend ? new[] { Term.Intercept, Term.Trend } : [Term.Intercept];
        var minimum = fixedTerms.Length;
        for (var i = 0; i < m.Length; i++)
        {
            minimum += Harmonic(m[i], 1, frequencies).Count;
        }

        if (n - minimum - 2 < 1)
        {
            throw new ArgumentException($"The smallest regression (K = 1 for every period) has {minimum} coefficients, so the series needs at least {minimum + 3} observations; it has {n}.", nameof(y));
        }

        frequencies.Clear();
        foreach (var term in fixedTerms)
        {
            Add(solver, design, term, column, y);
        }

        for (var i = 0; i < m.Length; i++)
        {
            k[i] = 1;
            foreach (var term in Harmonic(m[i], 1, frequencies))
            {
                Add(solver, design, term, column, y);
            }
        }

        var current = Aicc(solver.Rss, n, solver.Count);
        var (frequenciesBefore, designBefore) = (0, 0);
        void Undo()
        {
            frequencies.RemoveRange(frequenciesBefore, frequencies.Count - frequenciesBefore);
            design.RemoveRange(designBefore, design.Count - designBefore);
            solver.Restore();
        }

        while (true)
        {
            // Each period's next harmonic pair is tried in turn; a trial stays in the solver until the next one, so
            // that when the last trial is the best step it is kept rather than undone and added again.
            var best = current;
            var bestPeriod = -1;
            var pending = -1;
            for (var i = 0; i < m.Length; i++)
            {
                if (k[i] >= maxK[i])
                {
                    continue;
                }

                if (pending >= 0)
                {
                    Undo();
                }

                solver.Mark();
                (frequenciesBefore, designBefore, pending) = (frequencies.Count, design.Count, i);
                var added = Harmonic(m[i], k[i] + 1, frequencies);
                var independent = true;
                foreach (var term in added)
                {
                    term.Fill(column, 1);
                    independent &= solver.TryAdd(column);
                    design.AddRange(column);
                }

                if (independent && added.Count > 0 && n - solver.Count - 2 >= 1)
                {
                    var aicc = Aicc(solver.Rss, n, solver.Count);
                    if (aicc < best)
                    {
                        best = aicc;
                        bestPeriod = i;
                    }
                }
            }

            if (pending >= 0 && pending != bestPeriod)
            {
                Undo();
            }

            if (bestPeriod < 0)
            {
                // With one period the search took its columns in the order of Terms, so its solver is the fit.
                searched = m.Length == 1 ? new Searched(solver, design) : null;
                return k;
            }

            k[bestPeriod]++;
            if (pending != bestPeriod)
            {
                foreach (var term in Harmonic(m[bestPeriod], k[bestPeriod], frequencies))
                {
                    Add(solver, design, term, column, y);
                }
            }

            current = best;
        }
    }

    private static void Add(HarmonicRegressionSolver solver, List<double> design, Term term, double[] column, ReadOnlySpan<double> y)
    {
        term.Fill(column, 1);
        if (!solver.TryAdd(column))
        {
            throw new ArgumentException($"The regressor {term.Label} is (nearly) a combination of the others on {y.Length} observations; the series is too short for these periods.", nameof(y));
        }

        design.AddRange(column);
    }

    /// <summary>The AICc of a linear model with <paramref name="p"/> coefficients, as R's <c>forecast::CV</c>.</summary>
    internal static double Aicc(double rss, int n, int p) =>
        (n * Math.Log(rss / n)) + (2.0 * (p + 1)) + (2.0 * (p + 1) * (p + 2) / (n - p - 2));

    /// <summary>Every regressor, in the order of R's <c>lm(y ~ [trend +] fourier(y, K))</c>.</summary>
    internal static Term[] Terms(double[] m, int[] k, bool trend)
    {
        var terms = new List<Term> { Term.Intercept };
        if (trend)
        {
            terms.Add(Term.Trend);
        }

        var frequencies = new List<double>();
        for (var i = 0; i < m.Length; i++)
        {
            for (var j = 1; j <= k[i]; j++)
            {
                terms.AddRange(Harmonic(m[i], j, frequencies));
            }
        }

        return [.. terms];
    }

    /// <summary>
    /// The sine and cosine of harmonic <paramref name="k"/> of period <paramref name="m"/> (as <c>fourier</c>: the sine
    /// dropped when 2k/m is an integer, both dropped when an earlier period has the frequency), recorded in
    /// <paramref name="frequencies"/>.
    /// </summary>
    private static List<Term> Harmonic(double m, int k, List<double> frequencies)
    {
        var terms = new List<Term>(2);
        var f = k / m;
        if (frequencies.Contains(f))
        {
            return terms;
        }

        var label = string.Create(CultureInfo.InvariantCulture, $"{k}-{Math.Round(m)}");
        if (Math.Abs((2 * f) - Math.Round(2 * f)) > MachineEpsilon)
        {
            terms.Add(new Term(TermKind.Sine, f, "S" + label));
        }

        terms.Add(new Term(TermKind.Cosine, f, "C" + label));
        frequencies.Add(f);
        return terms;
    }

    /// <summary>R's <c>.Machine$double.eps</c>, 2⁻⁵².</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    internal enum TermKind
    {
        Intercept,
        Trend,
        Sine,
        Cosine,
    }

    /// <summary>One regressor: its kind, frequency k/m and R's column name.</summary>
    internal readonly record struct Term(TermKind Kind, double Frequency, string Label)
    {
        internal static Term Intercept => new(TermKind.Intercept, 0, "(Intercept)");

        internal static Term Trend => new(TermKind.Trend, 0, "trend");

        /// <summary>The regressor at time <paramref name="t"/> (1 for the first observation).</summary>
        internal double At(double t) => Kind switch
        {
            TermKind.Intercept => 1,
            TermKind.Trend => t,
            TermKind.Sine => double.SinPi(2 * Frequency * t),
            _ => double.CosPi(2 * Frequency * t),
        };

        /// <summary>Fills <paramref name="column"/> with the regressor at times <paramref name="start"/>, start + 1, ….</summary>
        internal void Fill(Span<double> column, int start)
        {
            if (Kind is not (TermKind.Sine or TermKind.Cosine))
            {
                for (var i = 0; i < column.Length; i++)
                {
                    column[i] = At(start + i);
                }

                return;
            }

            // A rotation by the step angle instead of a sine per point (most of the cost of the K search), anchored
            // exactly every 32 points so that rounding cannot build up (the columns agree with SinPi to ~1e-15).
            var (stepSin, stepCos) = double.SinCosPi(2 * Frequency);
            var sine = Kind == TermKind.Sine;
            for (var block = 0; block < column.Length; block += 32)
            {
                var (s, c) = double.SinCosPi(2 * Frequency * (start + block));
                var end = Math.Min(column.Length, block + 32);
                for (var i = block; i < end; i++)
                {
                    column[i] = sine ? s : c;
                    (s, c) = ((s * stepCos) + (c * stepSin), (c * stepCos) - (s * stepSin));
                }
            }
        }
    }
}
