using System.Buffers;
using System.Globalization;
using System.Numerics;
using MathNet.Numerics;

namespace CrossBorder.Replenishment;

/// <summary>
/// A discrete distribution of demand over a protection interval (lead time, or review period + lead time), in whole
/// units: P(D = k) for k = 0, 1, …. For intermittent and slow SKUs, where the normal approximation is wrong in both
/// directions (mass at 0, skew), reorder points are quantiles of this distribution and fill rates are computed exactly
/// from its expected shortages.
/// </summary>
public sealed class LeadTimeDemand
{
    private const double TailMass = 1e-12;
    private const int MaximumPoints = 1_000_000;
    private readonly double[] _pmf;
    private readonly double[] _cdf;
    private readonly double[] _loss;

    private LeadTimeDemand(ReadOnlySpan<double> pmf, string source)
    {
        var total = 0.0;
        foreach (var p in pmf)
        {
            total += p;
        }

        _pmf = new double[pmf.Length];
        _cdf = new double[pmf.Length];
        var cum = 0.0;
        double mean = 0, second = 0;
        for (var k = 0; k < pmf.Length; k++)
        {
            _pmf[k] = pmf[k] / total;
            cum += _pmf[k];
            _cdf[k] = Math.Min(cum, 1);
            mean += k * _pmf[k];
            second += (double)k * k * _pmf[k];
        }

        _cdf[^1] = 1;

        // Loss function L(k) = E[(D − k)⁺]: L(0) = E[D], L(k + 1) = L(k) − P(D > k); O(1) lookups afterwards.
        _loss = new double[pmf.Length + 1];
        _loss[0] = mean;
        for (var k = 0; k < pmf.Length; k++)
        {
            _loss[k + 1] = Math.Max(_loss[k] - (1 - _cdf[k]), 0);
        }

        Mean = mean;
        Variance = Math.Max(second - (mean * mean), 0);
        Source = source;
    }

    /// <summary>Expected demand over the interval.</summary>
    public double Mean { get; }

    /// <summary>Variance of demand over the interval.</summary>
    public double Variance { get; }

    /// <summary>How the distribution was obtained, such as <c>negative binomial (r = 1.2, p = 0.3), moments</c>.</summary>
    public string Source { get; }

    /// <summary>The largest demand with positive stored probability (the tail beyond carries less than 1e-12).</summary>
    public int MaximumDemand => _pmf.Length - 1;

    /// <summary>P(D = k).</summary>
    public double Probability(int k) => k < 0 || k >= _pmf.Length ? 0 : _pmf[k];

    /// <summary>P(D ≤ x).</summary>
    public double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "x must not be NaN.");
        }

        if (x < 0)
        {
            return 0;
        }

        return x >= _pmf.Length - 1 ? 1 : _cdf[(int)Math.Floor(x)];
    }

    /// <summary>The smallest k with P(D ≤ k) ≥ <paramref name="probability"/>: the reorder point (or order-up-to level) for a cycle service level.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="probability"/> is not strictly between 0 and 1.</exception>
    public int Quantile(double probability)
    {
        Guard.Probability(probability, nameof(probability));
        for (var k = 0; k < _cdf.Length; k++)
        {
            if (_cdf[k] >= probability - 1e-12)
            {
                return k;
            }
        }

        return _cdf.Length - 1;
    }

    /// <summary>E[(D − s)⁺], the expected units short when the stock available for the interval is <paramref name="stock"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stock"/> is NaN.</exception>
    public double ExpectedShortage(double stock)
    {
        if (double.IsNaN(stock))
        {
            throw new ArgumentOutOfRangeException(nameof(stock), stock, "stock must not be NaN.");
        }

        if (stock < 0)
        {
            return Mean - stock;
        }

        // For k ≤ s < k + 1: E[(D − s)⁺] = L(k + 1) + (k + 1 − s)·P(D > k), exact (linear between the integers).
        var k = (int)Math.Min(Math.Floor(stock), _pmf.Length - 1);
        return k >= _pmf.Length - 1 ? 0 : _loss[k + 1] + ((k + 1 - stock) * (1 - _cdf[k]));
    }

    /// <summary>
    /// The fill rate of a continuous-review reorder point s with order quantity Q under backorders, this distribution
    /// being demand over the lead time: β = 1 − (E[(D − s)⁺] − E[(D − s − Q)⁺])/Q, the expected shortage per
    /// replenishment cycle over the quantity replenished (the second term removes shortages already counted in the
    /// previous cycle). Not for (R,S): use <see cref="PeriodicReviewFillRate"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">s is NaN or Q is not finite and positive.</exception>
    public double FillRate(double reorderPoint, double orderQuantity)
    {
        Guard.Positive(orderQuantity, nameof(orderQuantity));
        var shortage = ExpectedShortage(reorderPoint) - ExpectedShortage(reorderPoint + orderQuantity);
        return Math.Clamp(1 - (shortage / orderQuantity), 0, 1);
    }

    /// <summary>The smallest whole reorder point whose <see cref="FillRate"/> reaches <paramref name="fillRate"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">β is not in (0, 1) or Q is not finite and positive.</exception>
    public int ReorderPointForFillRate(double fillRate, double orderQuantity)
    {
        Guard.Probability(fillRate, nameof(fillRate));
        Guard.Positive(orderQuantity, nameof(orderQuantity));
        for (var s = 0; s < _pmf.Length; s++)
        {
            if (FillRate(s, orderQuantity) >= fillRate)
            {
                return s;
            }
        }

        return _pmf.Length - 1;
    }

    /// <summary>
    /// The fill rate of an (R,S) policy under backorders, this distribution being demand over R + L periods and
    /// <paramref name="leadTimeDemand"/> demand over L: the units short in a review cycle are those short by its end
    /// less those already short when its order arrives, so β = 1 − (E[(D_{R+L} − S)⁺] − E[(D_L − S)⁺]) / (E[D_{R+L}] −
    /// E[D_L]), the denominator being the mean demand of one cycle, d̄·R.
    /// </summary>
    /// <param name="orderUpToLevel">S; not NaN.</param>
    /// <param name="leadTimeDemand">Demand over the lead time L alone (a point mass at 0 when L = 0).</param>
    /// <exception cref="ArgumentNullException"><paramref name="leadTimeDemand"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">S is NaN.</exception>
    /// <exception cref="ArgumentException">The lead-time demand is not smaller in mean than this one (no demand per cycle).</exception>
    public double PeriodicReviewFillRate(double orderUpToLevel, LeadTimeDemand leadTimeDemand)
    {
        var cycleDemand = CycleDemand(leadTimeDemand);
        var shortage = ExpectedShortage(orderUpToLevel) - leadTimeDemand.ExpectedShortage(orderUpToLevel);
        return Math.Clamp(1 - (shortage / cycleDemand), 0, 1);
    }

    /// <summary>The smallest whole order-up-to level S whose <see cref="PeriodicReviewFillRate"/> reaches <paramref name="fillRate"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">β is not in (0, 1).</exception>
    /// <exception cref="ArgumentException">The lead-time demand is not smaller in mean than this one.</exception>
    public int OrderUpToLevelForFillRate(double fillRate, LeadTimeDemand leadTimeDemand)
    {
        Guard.Probability(fillRate, nameof(fillRate));
        CycleDemand(leadTimeDemand);

        // The shortage per cycle falls as S rises (D_{R+L} is stochastically larger than D_L), so the first S that
        // reaches β is the answer.
        for (var s = 0; s < _pmf.Length; s++)
        {
            if (PeriodicReviewFillRate(s, leadTimeDemand) >= fillRate)
            {
                return s;
            }
        }

        return _pmf.Length - 1;
    }

    private double CycleDemand(LeadTimeDemand leadTimeDemand)
    {
        ArgumentNullException.ThrowIfNull(leadTimeDemand);
        var cycleDemand = Mean - leadTimeDemand.Mean;
        return cycleDemand > 1e-12
            ? cycleDemand
            : throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Demand over L (mean {leadTimeDemand.Mean:G6}) must be smaller in mean than demand over R + L (mean {Mean:G6}): a review cycle needs demand."),
                nameof(leadTimeDemand));
    }

    /// <summary>The reorder point for a target: the quantile for a CSL, the fill-rate search for a fill rate.</summary>
    /// <exception cref="ArgumentException">A default target, or a fill-rate target without a positive Q.</exception>
    public int ReorderPoint(ServiceTarget target, double orderQuantity)
    {
        target.EnsureValid(nameof(target));
        return target.Measure == ServiceMeasure.CycleServiceLevel ? Quantile(target.Level) : ReorderPointForFillRate(target.Level, orderQuantity);
    }

    /// <summary>A distribution from probabilities P(D = 0), P(D = 1), … (normalised to sum to 1).</summary>
    /// <exception cref="ArgumentException">Empty, negative, non-finite, or all zero.</exception>
    public static LeadTimeDemand FromProbabilities(ReadOnlySpan<double> probabilities)
    {
        if (probabilities.IsEmpty)
        {
            throw new ArgumentException("At least one probability is needed.", nameof(probabilities));
        }

        Guard.NonNegativeSeries(probabilities, nameof(probabilities));
        var total = 0.0;
        foreach (var p in probabilities)
        {
            total += p;
        }

        if (!(total > 0))
        {
            throw new ArgumentException("The probabilities sum to zero.", nameof(probabilities));
        }

        return new LeadTimeDemand(probabilities.ToArray(), "given probabilities");
    }

    /// <summary>
    /// The empirical distribution of demand over every window of <paramref name="periods"/> consecutive periods of the
    /// history (overlapping windows, values rounded to whole units): the bootstrap-free, assumption-free choice when the
    /// history is long compared with the lead time.
    /// </summary>
    /// <param name="history">Demand per period, finite and non-negative, at least <paramref name="periods"/> long.</param>
    /// <param name="periods">Periods in the protection interval, at least 1.</param>
    /// <exception cref="ArgumentException">The history is shorter than one window, or holds a negative or non-finite value.</exception>
    public static LeadTimeDemand Empirical(ReadOnlySpan<double> history, int periods)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(periods, 1);
        Guard.NonNegativeSeries(history, nameof(history));
        if (history.Length < periods)
        {
            throw new ArgumentException($"The history has {history.Length} periods, fewer than one window of {periods}.", nameof(history));
        }

        var sums = new int[history.Length - periods + 1];
        var max = 0;
        for (var start = 0; start < sums.Length; start++)
        {
            var s = 0.0;
            for (var t = start; t < start + periods; t++)
            {
                s += history[t];
            }

            sums[start] = (int)Math.Round(s, MidpointRounding.AwayFromZero);
            max = Math.Max(max, sums[start]);
        }

        var pmf = new double[max + 1];
        foreach (var s in sums)
        {
            pmf[s] += 1;
        }

        return new LeadTimeDemand(pmf, string.Create(CultureInfo.InvariantCulture, $"empirical, {sums.Length} windows of {periods} periods"));
    }

    /// <summary>
    /// A negative binomial fitted by moments: p = μ/v, r = μ²/(v − μ), so that mean and variance match; a Poisson when
    /// v ≤ μ (no over-dispersion). The usual parametric choice for intermittent lead-time demand.
    /// </summary>
    /// <param name="mean">μ, positive.</param>
    /// <param name="variance">v, non-negative.</param>
    /// <exception cref="ArgumentOutOfRangeException">μ is not positive or v is negative (or either is not finite), or the
    /// distribution would need more than a million points (demand that large is better served by the normal formulas).</exception>
    public static LeadTimeDemand NegativeBinomial(double mean, double variance)
    {
        Guard.Positive(mean, nameof(mean));
        Guard.NonNegative(variance, nameof(variance));
        // Probabilities in logs, so that large means (e^−μ underflows beyond μ ≈ 745) stay exact.
        var poisson = variance <= mean * (1 + 1e-9);
        var prob = poisson ? 1 : mean / variance;
        var r = poisson ? 0 : mean * mean / (variance - mean);
        var logNorm = poisson ? -mean : (r * Math.Log(prob)) - SpecialFunctions.GammaLn(r);
        var limit = mean + (40 * Math.Sqrt(Math.Max(variance, mean))) + 50;
        var pmf = new List<double>();
        var cum = 0.0;
        for (var k = 0; k <= limit && !(k > mean && cum >= 1 - TailMass); k++)
        {
            var logP = poisson
                ? logNorm + (k * Math.Log(mean)) - SpecialFunctions.GammaLn(k + 1)
                : logNorm + SpecialFunctions.GammaLn(k + r) - SpecialFunctions.GammaLn(k + 1) + (k * Math.Log(1 - prob));
            var p = Math.Exp(logP);
            pmf.Add(p);
            cum += p;
            if (pmf.Count > MaximumPoints)
            {
                throw new ArgumentOutOfRangeException(nameof(variance), variance, $"The distribution (mean {mean}, variance {variance}) needs more than {MaximumPoints} points to tabulate; use the normal formulas for demand this large.");
            }
        }

        var source = poisson
            ? string.Create(CultureInfo.InvariantCulture, $"Poisson (λ = {mean:G6}), variance ≤ mean")
            : string.Create(CultureInfo.InvariantCulture, $"negative binomial (r = {r:G6}, p = {prob:G6}), fitted by moments");
        return new LeadTimeDemand([.. pmf], source);
    }

    /// <summary>
    /// The compound Bernoulli distribution of demand over <paramref name="periods"/> independent periods: each period
    /// has demand with probability <paramref name="occurrence"/>, of a size drawn from <paramref name="sizes"/>. Computed
    /// exactly by convolution (no Monte Carlo), sizes rounded to whole units. The cost grows as (periods × largest
    /// size)², which suits slow movers (sizes in tens, protection intervals in weeks); for large sizes use the negative
    /// binomial or the normal formulas.
    /// </summary>
    /// <param name="occurrence">P(demand in a period), in (0, 1].</param>
    /// <param name="sizes">Observed non-zero demand sizes (each positive); each is equally likely.</param>
    /// <param name="periods">Periods in the interval, at least 0 (0: no demand, the lead time of an immediate delivery).</param>
    /// <exception cref="ArgumentException">No sizes, a size that is not positive and finite, or a bad probability.</exception>
    public static LeadTimeDemand CompoundBernoulli(double occurrence, ReadOnlySpan<double> sizes, int periods)
    {
        if (!(occurrence > 0 && occurrence <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(occurrence), occurrence, "occurrence is a probability in (0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(periods);
        if (sizes.IsEmpty)
        {
            throw new ArgumentException("At least one demand size is needed.", nameof(sizes));
        }

        var max = 0;
        foreach (var s in sizes)
        {
            if (!double.IsFinite(s) || s <= 0)
            {
                throw new ArgumentException($"Demand sizes must be positive and finite; got {s}.", nameof(sizes));
            }

            max = Math.Max(max, (int)Math.Round(s, MidpointRounding.AwayFromZero));
        }

        var single = new double[max + 1];
        single[0] = 1 - occurrence;
        foreach (var s in sizes)
        {
            single[Math.Max((int)Math.Round(s, MidpointRounding.AwayFromZero), 1)] += occurrence / sizes.Length;
        }

        // The mixture with all the weight on `periods` is that power of the per-period distribution, as it is.
        var weights = new double[periods + 1];
        weights[periods] = 1;
        var total = Mixtures(single, weights, 1, [0])[0];
        return new LeadTimeDemand(total, string.Create(CultureInfo.InvariantCulture, $"compound Bernoulli (p = {occurrence:G6}, {sizes.Length} sizes) over {periods} periods, by convolution"));
    }

    /// <summary>
    /// The compound Bernoulli distribution over a random number of periods (a variable lead time, or R + L with a
    /// variable L): the mixture Σ_k P(P = k)·(per-period distribution)^{*k}, computed exactly by successive convolution.
    /// </summary>
    /// <param name="occurrence">P(demand in a period), in (0, 1].</param>
    /// <param name="sizes">Observed non-zero demand sizes (each positive); each is equally likely.</param>
    /// <param name="periodProbabilities">P(protection interval = k periods) for k = 0, 1, …; normalised; from purchase-order history.</param>
    /// <exception cref="ArgumentException">No sizes, a bad size, or probabilities that are empty, negative or all zero.</exception>
    public static LeadTimeDemand CompoundBernoulli(double occurrence, ReadOnlySpan<double> sizes, ReadOnlySpan<double> periodProbabilities)
    {
        if (periodProbabilities.IsEmpty)
        {
            throw new ArgumentException("At least one lead-time probability is needed.", nameof(periodProbabilities));
        }

        Guard.NonNegativeSeries(periodProbabilities, nameof(periodProbabilities));
        var weightTotal = 0.0;
        foreach (var w in periodProbabilities)
        {
            weightTotal += w;
        }

        if (!(weightTotal > 0))
        {
            throw new ArgumentException("The lead-time probabilities sum to zero.", nameof(periodProbabilities));
        }

        var mixture = Mixtures(CompoundBernoulli(occurrence, sizes, 1)._pmf, periodProbabilities, weightTotal, [0])[0];
        return new LeadTimeDemand(mixture, string.Create(CultureInfo.InvariantCulture, $"compound Bernoulli (p = {occurrence:G6}, {sizes.Length} sizes) over a random lead time of {periodProbabilities.Length - 1} periods at most, by convolution"));
    }

    /// <summary>
    /// The compound Bernoulli distribution estimated from a demand history: occurrence = share of periods with demand,
    /// sizes = the non-zero demands observed.
    /// </summary>
    /// <exception cref="ArgumentException">The history is empty, has no demand, or holds a negative or non-finite value.</exception>
    public static LeadTimeDemand CompoundBernoulli(ReadOnlySpan<double> history, int periods)
    {
        Guard.NonNegativeSeries(history, nameof(history));
        var sizes = new List<double>();
        foreach (var v in history)
        {
            if (v > 0)
            {
                sizes.Add(v);
            }
        }

        if (sizes.Count == 0)
        {
            throw new ArgumentException("The history has no demand; there is no size distribution to fit.", nameof(history));
        }

        return CompoundBernoulli((double)sizes.Count / history.Length, [.. sizes], periods);
    }

    /// <summary>
    /// Demand over R + L and over L alone for one SKU, in one pass of convolutions (the powers of the per-period
    /// distribution serve both): Σ_k P(L = k)·pmf^{*(R + k)} and Σ_k P(L = k)·pmf^{*k}.
    /// </summary>
    internal static (LeadTimeDemand Protection, LeadTimeDemand Lead) CompoundBernoulliPeriodic(double occurrence, ReadOnlySpan<double> sizes, int review, ReadOnlySpan<double> leadProbabilities)
    {
        var total = 0.0;
        foreach (var w in leadProbabilities)
        {
            total += w;
        }

        var mixtures = Mixtures(CompoundBernoulli(occurrence, sizes, 1)._pmf, leadProbabilities, total, [review, 0]);
        var fixedLead = leadProbabilities.Length - 1;
        var lead = leadProbabilities.IndexOfAnyExcept(0.0) == fixedLead
            ? string.Create(CultureInfo.InvariantCulture, $"{fixedLead} periods")
            : string.Create(CultureInfo.InvariantCulture, $"a random lead time of {fixedLead} periods at most");
        var what = string.Create(CultureInfo.InvariantCulture, $"compound Bernoulli (p = {occurrence:G6}, {sizes.Length} sizes)");
        return (
            new LeadTimeDemand(mixtures[0], string.Create(CultureInfo.InvariantCulture, $"{what} over R = {review} + {lead}, by convolution")),
            new LeadTimeDemand(mixtures[1], string.Create(CultureInfo.InvariantCulture, $"{what} over L = {lead}, by convolution")));
    }

    /// <summary>For each offset o: Σ_k w_k·single^{*(k + o)}, the powers computed once.</summary>
    /// <remarks>
    /// The powers live in two pooled buffers used in turn and the mixtures in pooled sums, so a SKU allocates only its
    /// results; every sum is taken in the same order as the schoolbook loop (see <see cref="Convolve"/>), so the
    /// distributions are the same to the last bit as with one new array per power.
    /// </remarks>
    private static double[][] Mixtures(double[] single, ReadOnlySpan<double> weights, double weightTotal, ReadOnlySpan<int> offsets)
    {
        // The per-period distribution by its non-zero points, largest size first (the order Convolve adds in).
        var points = new List<int>();
        for (var j = single.Length - 1; j >= 0; j--)
        {
            if (single[j] != 0)
            {
                points.Add(j);
            }
        }

        var sizes = points.ToArray();
        var masses = Array.ConvertAll(sizes, j => single[j]);

        // Each power sits after `pad` zeros and is followed by zeros, so Convolve reads past its ends without checks.
        var pad = RoundUp(single.Length);
        var pool = ArrayPool<double>.Shared;
        var power = pool.Rent(pad + Block);
        var next = pool.Rent(pad + Block);
        Array.Clear(power);
        Array.Clear(next);
        var sums = new double[offsets.Length][];
        var lengths = new int[offsets.Length];
        var maxOffset = 0;
        for (var j = 0; j < offsets.Length; j++)
        {
            sums[j] = pool.Rent(Block);
            Array.Clear(sums[j]);
            lengths[j] = 1;
            maxOffset = Math.Max(maxOffset, offsets[j]);
        }

        try
        {
            power[pad] = 1;
            var powerLength = 1;
            var nextLength = 0;
            var last = weights.Length - 1 + maxOffset;
            for (var n = 0; n <= last; n++)
            {
                if (n > 0)
                {
                    var length = powerLength + single.Length - 1;
                    Grow(ref power, pad + RoundUp(length));
                    Grow(ref next, pad + RoundUp(length));
                    var keep = Convolve(power, pad, sizes, masses, length, next);

                    // Zeros again after the kept values: the trimmed tail, the block's overshoot, an older longer power.
                    next.AsSpan(pad + keep, Math.Max(RoundUp(length), nextLength) - keep).Clear();
                    (power, next) = (next, power);
                    (powerLength, nextLength) = (keep, powerLength);
                }

                for (var j = 0; j < offsets.Length; j++)
                {
                    var k = n - offsets[j];
                    if (k < 0 || k >= weights.Length || weights[k] == 0)
                    {
                        continue;
                    }

                    Grow(ref sums[j], powerLength);
                    lengths[j] = Math.Max(lengths[j], powerLength);
                    AddScaled(sums[j], weights[k] / weightTotal, power.AsSpan(pad, powerLength));
                }
            }

            var mixtures = new double[offsets.Length][];
            for (var j = 0; j < offsets.Length; j++)
            {
                mixtures[j] = sums[j].AsSpan(0, lengths[j]).ToArray();
            }

            return mixtures;
        }
        finally
        {
            pool.Return(power);
            pool.Return(next);
            foreach (var sum in sums)
            {
                pool.Return(sum);
            }
        }
    }

    /// <summary>Outputs computed together by <see cref="Convolve"/>: four vectors, so four sums are in flight at once.</summary>
    private static readonly int Block = 4 * Vector<double>.Count;

    private static int RoundUp(int length) => (length + Block - 1) / Block * Block;

    /// <summary>Makes <paramref name="buffer"/> (pooled) hold at least <paramref name="length"/> values, keeping its content, the new part zero.</summary>
    private static void Grow(ref double[] buffer, int length)
    {
        if (buffer.Length >= length)
        {
            return;
        }

        var bigger = ArrayPool<double>.Shared.Rent(length);
        buffer.CopyTo(bigger, 0);
        Array.Clear(bigger, buffer.Length, bigger.Length - buffer.Length);
        ArrayPool<double>.Shared.Return(buffer);
        buffer = bigger;
    }

    /// <summary>sum[i] += w·x[i], element by element (a multiplication and an addition each, as the scalar loop).</summary>
    private static void AddScaled(Span<double> sum, double w, ReadOnlySpan<double> x)
    {
        var i = 0;
        for (; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            (new Vector<double>(sum[i..]) + (new Vector<double>(x[i..]) * w)).CopyTo(sum[i..]);
        }

        for (; i < x.Length; i++)
        {
            sum[i] += w * x[i];
        }
    }

    /// <summary>
    /// result[k] = Σ_i a[i]·b[k − i] for k &lt; <paramref name="length"/> = |a| + |b| − 1, then the negligible upper tail
    /// trimmed; returns the length kept. a is <paramref name="power"/> from <paramref name="pad"/> on, with zeros on both
    /// sides; b is given by its non-zero points (<paramref name="sizes"/> descending, <paramref name="masses"/>); the
    /// result goes to <paramref name="result"/> from <paramref name="pad"/> on (rounded up to a whole block).
    /// </summary>
    /// <remarks>
    /// Each output adds its products a[i]·b[k − i] in ascending i (descending size), one multiplication and one
    /// addition each, the order of the schoolbook loop (for each i, for each j: result[i + j] += a[i]·b[j]). The terms
    /// left out (b[j] = 0) and the products with the zero padding are +0, which changes no sum of non-negative terms,
    /// so the result is the same to the bit, while <see cref="Block"/> outputs are summed at once in registers over the
    /// sizes actually seen instead of one product at a time through memory over every size up to the largest.
    /// </remarks>
    private static int Convolve(double[] power, int pad, int[] sizes, double[] masses, int length, double[] result)
    {
        var width = Vector<double>.Count;
        for (var k = 0; k < length; k += Block)
        {
            Vector<double> s0 = default, s1 = default, s2 = default, s3 = default;
            for (var t = 0; t < sizes.Length; t++)
            {
                var a = power.AsSpan(pad + k - sizes[t]);
                var b = masses[t];
                s0 += new Vector<double>(a) * b;
                s1 += new Vector<double>(a[width..]) * b;
                s2 += new Vector<double>(a[(2 * width)..]) * b;
                s3 += new Vector<double>(a[(3 * width)..]) * b;
            }

            var output = result.AsSpan(pad + k);
            s0.CopyTo(output);
            s1.CopyTo(output[width..]);
            s2.CopyTo(output[(2 * width)..]);
            s3.CopyTo(output[(3 * width)..]);
        }

        // Trim the negligible upper tail so repeated convolutions stay small.
        var keep = length;
        var tail = 0.0;
        while (keep > 1 && tail + result[pad + keep - 1] < TailMass)
        {
            tail += result[pad + keep - 1];
            keep--;
        }

        return keep;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Source}: mean {Mean:G6}, variance {Variance:G6}");
}
