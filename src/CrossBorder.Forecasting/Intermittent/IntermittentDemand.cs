using System.Globalization;
using System.Numerics;

namespace CrossBorder.Forecasting;

/// <summary>
/// Forecasts for intermittent demand (many zero periods): Croston, SBA, TSB, ADIDA and iMAPA, the Syntetos–Boylan
/// classification and an obsolescence check. Demand must be finite and non-negative, so forecasts are never negative.
/// </summary>
/// <remarks>
/// <para>
/// Croston's method smooths the non-zero demand sizes z and the intervals p between them, each by simple exponential
/// smoothing started at its first value (R's <c>croston</c>, which uses <c>ses(initial = "simple")</c>; the first
/// interval counts from the start of the series), and forecasts z/p for every step. SBA multiplies by (1 − α_p/2),
/// α_p being the smoothing parameter of the intervals (Syntetos and Boylan 2005; tsintermittent's <c>crost</c>): the
/// bias it removes comes from estimating 1/p, so with separate parameters it is the interval's that counts.
/// The default α = 0.1 is R's and statsforecast's CrostonClassic. The optimised variants choose α for sizes and
/// intervals separately by golden-section search on [0.1, 0.3] minimising the in-sample one-step MSE of each
/// smoothed series, as statsforecast's CrostonOptimized.
/// </para>
/// <para>
/// TSB (Teunter–Syntetos–Babai) smooths the demand probability every period (α_p) and the size only when there is
/// demand (α_d), and forecasts p·z; through a run of zeros p decays, so obsolete items fade. The initial state is
/// estimated from the sample, as ETS initial states are: p0 = the share of periods with demand, z0 = the first demand
/// size; every period from the first then updates the state. This reproduces the plain-R TSB of the reference runs
/// (its MASE and MAE against the true mean on the intermittent set to 4 decimals) and makes TSB's fitted value at
/// t = 0 the finite p0·z0.
/// </para>
/// <para>
/// Fitted values are one-step in-sample forecasts from the data before each period, equal to what R's
/// <c>croston</c> computes by refitting on every prefix (here in one O(n) pass). For Croston and SBA they are 0 before
/// the first demand and the first is <see cref="double.NaN"/> (no data yet), as R's <c>NA</c>.
/// </para>
/// </remarks>
public static class IntermittentDemand
{
    /// <summary>The default smoothing parameter, 0.1, as in R's <c>croston</c> and statsforecast.</summary>
    public const double DefaultAlpha = 0.1;

    /// <summary>The Syntetos–Boylan ADI cut-off, 1.32.</summary>
    public const double AdiCutoff = 1.32;

    /// <summary>The Syntetos–Boylan CV² cut-off, 0.49.</summary>
    public const double Cv2Cutoff = 0.49;

    /// <summary>Croston's method with one smoothing parameter for sizes and intervals.</summary>
    /// <param name="y">Demand per period, oldest first; finite and non-negative.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="alpha">Smoothing parameter in (0, 1]; 0.1 by default.</param>
    /// <returns>A flat forecast with fitted values and no intervals (Croston has no consistent stochastic model).</returns>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a negative or non-finite value.</exception>
    public static Forecast Croston(ReadOnlySpan<double> y, int horizon, double alpha = DefaultAlpha) =>
        CrostonForecast("Croston", y, horizon, alpha, alpha, 1);

    /// <summary>The Syntetos–Boylan approximation: Croston × (1 − α/2), which removes Croston's bias.</summary>
    /// <inheritdoc cref="Croston(ReadOnlySpan{double}, int, double)"/>
    public static Forecast Sba(ReadOnlySpan<double> y, int horizon, double alpha = DefaultAlpha) =>
        CrostonForecast("SBA", y, horizon, alpha, alpha, SbaFactor(alpha));

    /// <summary>Croston's method with α for sizes and intervals each chosen on [0.1, 0.3] by in-sample MSE.</summary>
    /// <param name="y">Demand per period, oldest first; finite and non-negative.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="sba">Apply the SBA correction 1 − α_p/2, with α_p the chosen interval parameter (Syntetos–Boylan).</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a negative or non-finite value.</exception>
    public static Forecast CrostonOptimized(ReadOnlySpan<double> y, int horizon, bool sba = false)
    {
        Validate(y, horizon);
        var (sizes, intervals) = Components(y);
        var alphaSize = SesKernels.OptimalSimpleAlpha(sizes);
        var alphaInterval = SesKernels.OptimalSimpleAlpha(intervals);
        var name = string.Create(CultureInfo.InvariantCulture, $"{(sba ? "SBA" : "Croston")}(α_z={alphaSize:0.###}, α_p={alphaInterval:0.###})");
        return CrostonForecast(name, y, horizon, alphaSize, alphaInterval, sba ? SbaFactor(alphaInterval) : 1);
    }

    /// <summary>
    /// Croston's recursion into caller-owned memory: writes one-step fitted values into <paramref name="fitted"/>
    /// (which may be empty to skip them) and returns the flat point forecast. Allocation-free.
    /// </summary>
    /// <param name="y">Demand per period; finite and non-negative.</param>
    /// <param name="fitted">Destination for the fitted values: empty, or as long as <paramref name="y"/>.</param>
    /// <param name="alpha">Smoothing parameter for sizes and intervals.</param>
    /// <param name="sba">Multiply by (1 − α/2).</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or invalid, or <paramref name="fitted"/> has the wrong length.</exception>
    public static double CrostonInto(ReadOnlySpan<double> y, Span<double> fitted, double alpha = DefaultAlpha, bool sba = false)
    {
        ValidateInto(y, fitted);
        SeriesChecks.Alpha(alpha, nameof(alpha));
        return CrostonKernel(y, fitted, alpha, alpha, sba ? SbaFactor(alpha) : 1);
    }

    /// <summary>TSB: demand probability smoothed every period, size smoothed on demand; forecast p·z.</summary>
    /// <param name="y">Demand per period, oldest first; finite and non-negative.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="alphaDemand">Smoothing parameter of the demand size α_d, in (0, 1].</param>
    /// <param name="alphaProbability">Smoothing parameter of the demand probability α_p, in (0, 1].</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a negative or non-finite value.</exception>
    public static Forecast Tsb(ReadOnlySpan<double> y, int horizon, double alphaDemand = DefaultAlpha, double alphaProbability = DefaultAlpha)
    {
        Validate(y, horizon);
        SeriesChecks.Alpha(alphaDemand, nameof(alphaDemand));
        SeriesChecks.Alpha(alphaProbability, nameof(alphaProbability));
        var fitted = new double[y.Length];
        var point = TsbKernel(y, fitted, alphaDemand, alphaProbability);
        var name = string.Create(CultureInfo.InvariantCulture, $"TSB(α_d={alphaDemand:0.###}, α_p={alphaProbability:0.###})");
        return new Forecast(name, SeriesChecks.Fill(horizon, point), [], fitted);
    }

    /// <summary>TSB into caller-owned memory; returns the flat point forecast. Allocation-free.</summary>
    /// <param name="y">Demand per period; finite and non-negative.</param>
    /// <param name="fitted">Destination for the fitted values: empty, or as long as <paramref name="y"/>.</param>
    /// <param name="alphaDemand">Smoothing parameter of the demand size.</param>
    /// <param name="alphaProbability">Smoothing parameter of the demand probability.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or invalid, or <paramref name="fitted"/> has the wrong length.</exception>
    public static double TsbInto(ReadOnlySpan<double> y, Span<double> fitted, double alphaDemand = DefaultAlpha, double alphaProbability = DefaultAlpha)
    {
        ValidateInto(y, fitted);
        SeriesChecks.Alpha(alphaDemand, nameof(alphaDemand));
        SeriesChecks.Alpha(alphaProbability, nameof(alphaProbability));
        return TsbKernel(y, fitted, alphaDemand, alphaProbability);
    }

    /// <summary>TSB with (α_d, α_p) chosen on a grid over [0.02, 0.5]² by in-sample one-step MSE.</summary>
    /// <param name="y">Demand per period, oldest first; finite and non-negative.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a negative or non-finite value.</exception>
    public static Forecast TsbOptimized(ReadOnlySpan<double> y, int horizon)
    {
        Validate(y, horizon);
        var (ad, ap) = OptimalTsb(y);
        return Tsb(y, horizon, ad, ap);
    }

    /// <summary>
    /// TSB for an item that looks obsolete: after the TSB fit, the probability keeps decaying over the horizon,
    /// p·(1 − α_p)^h, so the forecast fades to zero. The reason is <see cref="FallbackReason.Obsolete"/>.
    /// </summary>
    /// <param name="y">Demand per period, oldest first; finite and non-negative.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="alphaDemand">Smoothing parameter of the demand size.</param>
    /// <param name="alphaProbability">Smoothing parameter of the demand probability (the decay rate).</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a negative or non-finite value.</exception>
    public static Forecast ObsolescenceDecay(ReadOnlySpan<double> y, int horizon, double alphaDemand = DefaultAlpha, double alphaProbability = DefaultAlpha)
    {
        Validate(y, horizon);
        SeriesChecks.Alpha(alphaDemand, nameof(alphaDemand));
        SeriesChecks.Alpha(alphaProbability, nameof(alphaProbability));
        var fitted = new double[y.Length];
        var point = TsbKernel(y, fitted, alphaDemand, alphaProbability);
        var mean = new double[horizon];
        var decay = 1.0;
        for (var h = 0; h < horizon; h++)
        {
            decay *= 1 - alphaProbability;
            mean[h] = point * decay;
        }

        return new Forecast("TSB-decay", mean, [], fitted, FallbackReason.Obsolete);
    }

    /// <summary>
    /// ADIDA: sums demand into buckets of <paramref name="aggregationLevel"/> periods (by default the rounded mean
    /// inter-demand interval, as statsforecast), counted back from the end so the last bucket is complete (the oldest
    /// remainder is dropped), forecasts the bucket sums by SES with α optimised on [0.1, 0.3], and spreads the forecast
    /// evenly over the periods.
    /// </summary>
    /// <param name="y">Demand per period, oldest first; finite and non-negative.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="aggregationLevel">Bucket size in periods; <see langword="null"/> for the rounded mean interval.</param>
    /// <param name="alpha">A fixed SES parameter in (0, 1]; <see langword="null"/> to optimise it on [0.1, 0.3] (statsforecast).</param>
    /// <remarks>Fitted values: the one-step SES forecast of each bucket divided evenly over its periods; <see cref="double.NaN"/> for the dropped remainder and the first bucket.</remarks>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a negative or non-finite value.</exception>
    public static Forecast Adida(ReadOnlySpan<double> y, int horizon, int? aggregationLevel = null, double? alpha = null)
    {
        Validate(y, horizon);
        if (alpha is { } a)
        {
            SeriesChecks.Alpha(a, nameof(alpha));
        }

        var level = aggregationLevel ?? DefaultAggregation(y);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(level, nameof(aggregationLevel));
        level = Math.Min(level, y.Length);
        var fitted = new double[y.Length];
        var point = AggregateSes(y, level, fitted, alpha);
        var name = string.Create(CultureInfo.InvariantCulture, $"ADIDA({level})");
        return new Forecast(name, SeriesChecks.Fill(horizon, point), [], fitted);
    }

    /// <summary>
    /// iMAPA: the average of the ADIDA forecasts at every aggregation level from 1 to the rounded mean inter-demand
    /// interval (statsforecast's IMAPA). Fitted values average the levels' fitted values where they exist.
    /// </summary>
    /// <param name="y">Demand per period, oldest first; finite and non-negative.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <param name="alpha">A fixed SES parameter in (0, 1] for every level; <see langword="null"/> to optimise it per level on [0.1, 0.3].</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a negative or non-finite value.</exception>
    public static Forecast Imapa(ReadOnlySpan<double> y, int horizon, double? alpha = null)
    {
        Validate(y, horizon);
        if (alpha is { } a)
        {
            SeriesChecks.Alpha(a, nameof(alpha));
        }

        var maxLevel = Math.Min(DefaultAggregation(y), y.Length);
        var fitted = new double[y.Length];
        var counts = new int[y.Length];
        var levelFitted = new double[y.Length];
        var sum = 0.0;
        for (var level = 1; level <= maxLevel; level++)
        {
            sum += AggregateSes(y, level, levelFitted, alpha);
            for (var t = 0; t < y.Length; t++)
            {
                if (!double.IsNaN(levelFitted[t]))
                {
                    fitted[t] += levelFitted[t];
                    counts[t]++;
                }
            }
        }

        for (var t = 0; t < y.Length; t++)
        {
            fitted[t] = counts[t] == 0 ? double.NaN : fitted[t] / counts[t];
        }

        var name = string.Create(CultureInfo.InvariantCulture, $"iMAPA(1..{maxLevel})");
        return new Forecast(name, SeriesChecks.Fill(horizon, sum / maxLevel), [], fitted);
    }

    /// <summary>Classifies demand by ADI and CV² with the Syntetos–Boylan cut-offs (1.32, 0.49), or others.</summary>
    /// <param name="y">Demand per period; finite and non-negative; may be all zero (<see cref="DemandClass.NoDemand"/>).</param>
    /// <param name="adiCutoff">ADI cut-off; 1.32 by default.</param>
    /// <param name="cv2Cutoff">CV² cut-off; 0.49 by default.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a negative or non-finite value.</exception>
    public static DemandClassification Classify(ReadOnlySpan<double> y, double adiCutoff = AdiCutoff, double cv2Cutoff = Cv2Cutoff)
    {
        SeriesChecks.NotEmpty(y, nameof(y));
        SeriesChecks.FiniteNonNegative(y, nameof(y));
        int count = 0, last = -1;
        double sum = 0, sumSq = 0;
        for (var t = 0; t < y.Length; t++)
        {
            if (y[t] > 0)
            {
                count++;
                sum += y[t];
                last = t;
            }
        }

        if (count == 0)
        {
            return new DemandClassification(DemandClass.NoDemand, double.PositiveInfinity, 0, 0, y.Length);
        }

        var mean = sum / count;
        foreach (var v in y)
        {
            if (v > 0)
            {
                sumSq += (v - mean) * (v - mean);
            }
        }

        var cv2 = count > 1 ? sumSq / (count - 1) / (mean * mean) : 0;
        var adi = (double)(last + 1) / count;
        var cls = (adi < adiCutoff, cv2 < cv2Cutoff) switch
        {
            (true, true) => DemandClass.Smooth,
            (true, false) => DemandClass.Erratic,
            (false, true) => DemandClass.Intermittent,
            _ => DemandClass.Lumpy,
        };
        return new DemandClassification(cls, adi, cv2, count, y.Length);
    }

    /// <summary>
    /// Obsolescence check: the item looks obsolete when it had at least two demands and the run of zeros at the end
    /// is at least max(<paramref name="minimumRun"/>, <paramref name="intervalMultiple"/> × ADI), ADI being the mean
    /// inter-demand interval up to the last demand.
    /// </summary>
    /// <remarks>
    /// If demand occurred independently with probability 1/ADI per period, a run of k·ADI zeros would have
    /// probability about e^(−k): 1.8% for the default k = 4. The minimum run (8 periods by default) keeps frequent
    /// sellers from being declared obsolete after a short stock-out.
    /// </remarks>
    /// <param name="y">Demand per period; finite and non-negative.</param>
    /// <param name="intervalMultiple">k, the run length in mean intervals; 4 by default.</param>
    /// <param name="minimumRun">The shortest run that can count as obsolescence; 8 by default.</param>
    /// <exception cref="ArgumentException"><paramref name="y"/> is empty or holds a negative or non-finite value.</exception>
    public static ObsolescenceCheck DetectObsolescence(ReadOnlySpan<double> y, double intervalMultiple = 4, int minimumRun = 8)
    {
        SeriesChecks.NotEmpty(y, nameof(y));
        SeriesChecks.FiniteNonNegative(y, nameof(y));
        if (!(intervalMultiple > 0) || !double.IsFinite(intervalMultiple))
        {
            throw new ArgumentOutOfRangeException(nameof(intervalMultiple), intervalMultiple, "The interval multiple must be positive.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumRun);
        int count = 0, last = -1;
        for (var t = 0; t < y.Length; t++)
        {
            if (y[t] > 0)
            {
                count++;
                last = t;
            }
        }

        var trailing = y.Length - 1 - last;
        if (count < 2)
        {
            return new ObsolescenceCheck(false, trailing, count == 0 ? double.PositiveInfinity : last + 1, double.PositiveInfinity);
        }

        var adi = (double)(last + 1) / count;
        var threshold = Math.Max(minimumRun, intervalMultiple * adi);
        return new ObsolescenceCheck(trailing >= threshold, trailing, adi, threshold);
    }

    /// <summary>The Syntetos–Boylan correction 1 − α_p/2, always with the smoothing parameter of the intervals.</summary>
    private static double SbaFactor(double alphaInterval) => 1 - (alphaInterval / 2);

    internal static double CrostonKernel(ReadOnlySpan<double> y, Span<double> fitted, double alphaSize, double alphaInterval, double factor)
    {
        var withFitted = !fitted.IsEmpty;
        double z = 0, p = 1;
        var seen = false;
        var last = -1;
        for (var t = 0; t < y.Length; t++)
        {
            if (withFitted)
            {
                fitted[t] = t == 0 ? double.NaN : seen ? factor * z / p : 0;
            }

            if (y[t] > 0)
            {
                double interval = t - last;
                if (seen)
                {
                    z += alphaSize * (y[t] - z);
                    p += alphaInterval * (interval - p);
                }
                else
                {
                    z = y[t];
                    p = interval;
                    seen = true;
                }

                last = t;
            }
        }

        return seen ? factor * z / p : 0;
    }

    internal static double TsbKernel(ReadOnlySpan<double> y, Span<double> fitted, double alphaDemand, double alphaProbability)
    {
        if (!TsbStart(y, out var p, out var z))
        {
            fitted.Clear();
            return 0;
        }

        var withFitted = !fitted.IsEmpty;
        for (var t = 0; t < y.Length; t++)
        {
            if (withFitted)
            {
                fitted[t] = p * z;
            }

            var demand = y[t] > 0;
            p += alphaProbability * ((demand ? 1 : 0) - p);
            if (demand)
            {
                z += alphaDemand * (y[t] - z);
            }
        }

        return p * z;
    }

    internal static double TsbSse(ReadOnlySpan<double> y, double alphaDemand, double alphaProbability)
    {
        if (!TsbStart(y, out var p, out var z))
        {
            return 0;
        }

        var sse = 0.0;
        for (var t = 0; t < y.Length; t++)
        {
            var demand = y[t] > 0;
            var e = y[t] - (p * z);
            sse += e * e;
            p += alphaProbability * ((demand ? 1 : 0) - p);
            if (demand)
            {
                z += alphaDemand * (y[t] - z);
            }
        }

        return sse;
    }

    /// <summary>
    /// <see cref="TsbSse(ReadOnlySpan{double}, double, double)"/> for one α_d and every α_p of
    /// <paramref name="alphaProbabilities"/> at once, into <paramref name="sses"/> (room for the α_p rounded up to whole
    /// vectors): the size z does not depend on α_p, and each lane runs the scalar recursion of p with the same
    /// operations in the same order (never fused), so each SSE is the scalar one to the bit.
    /// </summary>
    internal static void TsbSse(ReadOnlySpan<double> y, double alphaDemand, ReadOnlySpan<double> alphaProbabilities, Span<double> sses)
    {
        var width = Vector<double>.Count;
        if (!TsbStart(y, out var p0, out var z0))
        {
            sses.Clear();
            return;
        }

        Span<double> lanes = stackalloc double[width];
        for (var start = 0; start < alphaProbabilities.Length; start += width)
        {
            for (var i = 0; i < width; i++)
            {
                lanes[i] = alphaProbabilities[Math.Min(start + i, alphaProbabilities.Length - 1)];
            }

            var ap = new Vector<double>(lanes);
            var p = new Vector<double>(p0);
            var z = z0;
            var sse = Vector<double>.Zero;
            for (var t = 0; t < y.Length; t++)
            {
                var demand = y[t] > 0;
                var e = new Vector<double>(y[t]) - (p * new Vector<double>(z));
                sse += e * e;
                p += ap * (new Vector<double>(demand ? 1 : 0) - p);
                if (demand)
                {
                    z += alphaDemand * (y[t] - z);
                }
            }

            sse.CopyTo(sses[start..]);
        }
    }

    /// <summary>TSB's initial state: p0 the share of periods with demand, z0 the first demand size.</summary>
    private static bool TsbStart(ReadOnlySpan<double> y, out double p, out double z)
    {
        var count = 0;
        z = 0;
        foreach (var v in y)
        {
            if (v > 0)
            {
                if (count == 0)
                {
                    z = v;
                }

                count++;
            }
        }

        p = (double)count / y.Length;
        return count > 0;
    }

    internal static (double AlphaDemand, double AlphaProbability) OptimalTsb(ReadOnlySpan<double> y)
    {
        ReadOnlySpan<double> grid = [0.02, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5];
        double bestD = DefaultAlpha, bestP = DefaultAlpha, best = double.PositiveInfinity;
        Span<double> sses = stackalloc double[grid.Length + Vector<double>.Count];
        foreach (var ad in grid)
        {
            TsbSse(y, ad, grid, sses);
            for (var j = 0; j < grid.Length; j++)
            {
                var ap = grid[j];
                var sse = sses[j];
                if (sse < best - 1e-12)
                {
                    best = sse;
                    bestD = ad;
                    bestP = ap;
                }
            }
        }

        return (bestD, bestP);
    }

    /// <summary>The rounded mean inter-demand interval (Python's round, half to even), at least 1.</summary>
    internal static int DefaultAggregation(ReadOnlySpan<double> y)
    {
        int count = 0, last = -1;
        for (var t = 0; t < y.Length; t++)
        {
            if (y[t] > 0)
            {
                count++;
                last = t;
            }
        }

        if (count == 0)
        {
            return 1;
        }

        return Math.Max(1, (int)Math.Round((double)(last + 1) / count, MidpointRounding.ToEven));
    }

    private static double AggregateSes(ReadOnlySpan<double> y, int level, Span<double> fitted, double? fixedAlpha)
    {
        var buckets = y.Length / level;
        var offset = y.Length - (buckets * level);
        var sums = new double[buckets];
        for (var b = 0; b < buckets; b++)
        {
            var s = 0.0;
            for (var i = 0; i < level; i++)
            {
                s += y[offset + (b * level) + i];
            }

            sums[b] = s;
        }

        fitted.Fill(double.NaN);
        var alpha = fixedAlpha ?? SesKernels.OptimalSimpleAlpha(sums);
        var lvl = sums[0];
        for (var b = 1; b < buckets; b++)
        {
            for (var i = 0; i < level; i++)
            {
                fitted[offset + (b * level) + i] = lvl / level;
            }

            lvl += alpha * (sums[b] - lvl);
        }

        return lvl / level;
    }

    private static Forecast CrostonForecast(string name, ReadOnlySpan<double> y, int horizon, double alphaSize, double alphaInterval, double factor)
    {
        Validate(y, horizon);
        SeriesChecks.Alpha(alphaSize, "alpha");
        SeriesChecks.Alpha(alphaInterval, "alpha");
        var fitted = new double[y.Length];
        var point = CrostonKernel(y, fitted, alphaSize, alphaInterval, factor);
        return new Forecast(name, SeriesChecks.Fill(horizon, point), [], fitted);
    }

    private static (double[] Sizes, double[] Intervals) Components(ReadOnlySpan<double> y)
    {
        var count = 0;
        foreach (var v in y)
        {
            if (v > 0)
            {
                count++;
            }
        }

        var sizes = new double[count];
        var intervals = new double[count];
        int k = 0, last = -1;
        for (var t = 0; t < y.Length; t++)
        {
            if (y[t] > 0)
            {
                sizes[k] = y[t];
                intervals[k++] = t - last;
                last = t;
            }
        }

        return (sizes, intervals);
    }

    private static void Validate(ReadOnlySpan<double> y, int horizon)
    {
        SeriesChecks.NotEmpty(y, nameof(y));
        SeriesChecks.FiniteNonNegative(y, nameof(y));
        SeriesChecks.Horizon(horizon);
    }

    private static void ValidateInto(ReadOnlySpan<double> y, Span<double> fitted)
    {
        SeriesChecks.NotEmpty(y, nameof(y));
        SeriesChecks.FiniteNonNegative(y, nameof(y));
        if (!fitted.IsEmpty && fitted.Length != y.Length)
        {
            throw new ArgumentException($"The fitted-value destination has {fitted.Length} elements; it must be empty or hold {y.Length}.", nameof(fitted));
        }
    }
}
