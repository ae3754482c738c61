using System.Globalization;

namespace CrossBorder.Replenishment;

/// <summary>
/// The forecast error of an ETS model cumulated over a lead time of L periods: the variance of
/// Σ_{h=1}^{L} (y_{n+h} − ŷ_{n+h}), which includes the covariances between the h-step errors (they share the future
/// innovations through the states), compared with the naive σ·√L.
/// </summary>
/// <remarks>
/// <para>Class 1 (additive errors; Hyndman, Koehler, Ord &amp; Snyder 2008, <i>Forecasting with Exponential Smoothing</i>,
/// ch. 6): the h-step error is ε_{n+h} + Σ_{i=1}^{h−1} c_i·ε_{n+h−i} with c_i = α + β·(φ + … + φ^i) + γ·[i ≡ 0 mod m].
/// Summing over h = 1…L, the innovation ε_{n+k} carries the coefficient 1 + Σ_{i=1}^{L−k} c_i, so
/// Var = σ²·Σ_{j=0}^{L−1} (1 + Σ_{i=1}^{j} c_i)², exactly. For ETS(A,N,N) that is σ²·Σ_{j=0}^{L−1}(1 + jα)².</para>
/// <para>Multiplicative errors (classes 2 and 3): no closed form for the sum; a first-order (delta-method) linearisation
/// around the point forecasts gives e_{n+h} ≈ μ_h·ε_{n+h} + Σ_{j&lt;h} c_{h−j}·μ_j·ε_{n+j}, hence
/// Var ≈ σ²·Σ_{j=1}^{L} μ_j²·(1 + Σ_{i=1}^{L−j} c_i)². <see cref="IsExact"/> is false then; it is accurate while σ (a
/// relative error) is small, and ignores the seasonal re-weighting of a multiplicative season.</para>
/// </remarks>
public sealed class EtsLeadTimeError
{
    private EtsLeadTimeError(int periods, double mean, double variance, double naive, bool exact, string source)
    {
        Periods = periods;
        Mean = mean;
        CumulativeVariance = variance;
        NaiveStandardDeviation = naive;
        IsExact = exact;
        Source = source;
    }

    /// <summary>The lead time L in the model's periods.</summary>
    public int Periods { get; }

    /// <summary>Expected demand over the lead time: the sum of the point forecasts for steps 1…L.</summary>
    public double Mean { get; }

    /// <summary>Variance of the cumulative forecast error over the lead time.</summary>
    public double CumulativeVariance { get; }

    /// <summary>σ_cum = √<see cref="CumulativeVariance"/>, the right σ for a lead-time safety stock.</summary>
    public double CumulativeStandardDeviation => Math.Sqrt(CumulativeVariance);

    /// <summary>The naive σ₁·√L (one-step σ scaled as if errors were independent), which understates for smoothing models.</summary>
    public double NaiveStandardDeviation { get; }

    /// <summary><see cref="CumulativeStandardDeviation"/> ÷ <see cref="NaiveStandardDeviation"/> (1 for L = 1; 2.32 for ETS(A,N,N), α = 0.2, L = 13).</summary>
    public double Ratio => NaiveStandardDeviation > 0 ? CumulativeStandardDeviation / NaiveStandardDeviation : 1;

    /// <summary>True for the exact class-1 formula, false for the multiplicative-error approximation.</summary>
    public bool IsExact { get; }

    /// <summary>The formula's source.</summary>
    public string Source { get; }

    /// <summary>The cumulative error of <paramref name="model"/> over <paramref name="leadTimePeriods"/> periods.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="leadTimePeriods"/> is below 1.</exception>
    /// <exception cref="InvalidOperationException">The model's forecasts overflow.</exception>
    public static EtsLeadTimeError Compute(EtsModel model, int leadTimePeriods)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentOutOfRangeException.ThrowIfLessThan(leadTimePeriods, 1);
        var l = leadTimePeriods;
        var mu = model.Forecast(l, 0.8).Mean;
        var c = Coefficients(model.Alpha, model.Beta ?? 0, model.Gamma ?? 0, model.Phi ?? 1, model.Spec.HasSeason ? model.Period : 0, l);
        var additive = model.Spec.Error == EtsError.Additive;
        var sigma2 = model.Sigma2;

        // Innovation j (1-based) carries 1 + Σ_{i=1}^{L−j} c_i, times μ_j for relative errors.
        var variance = 0.0;
        var tail = 0.0;
        for (var j = l; j >= 1; j--)
        {
            var coefficient = 1 + tail;
            var weight = additive ? 1 : mu[j - 1];
            variance += weight * weight * coefficient * coefficient;
            if (j > 1)
            {
                tail += c[l - j + 1];
            }
        }

        variance *= sigma2;
        var mean = 0.0;
        foreach (var m in mu)
        {
            mean += m;
        }

        var oneStep = additive ? sigma2 : sigma2 * mu[0] * mu[0];
        var naive = Math.Sqrt(oneStep * l);
        var source = additive
            ? "class 1 closed form σ²·Σ_{j=0}^{L−1}(1 + Σ_{i=1}^{j} c_i)² (Hyndman, Koehler, Ord & Snyder 2008, ch. 6)"
            : "multiplicative error: first-order approximation σ²·Σ_j μ_j²(1 + Σ_{i=1}^{L−j} c_i)² (delta method on Hyndman et al. 2008, ch. 6)";
        return new EtsLeadTimeError(l, mean, variance, naive, additive, source);
    }

    /// <summary>c_1…c_{n−1} (index 0 unused): c_i = α + β·Σ_{k=1}^{i} φ^k + γ·[m &gt; 0 and i ≡ 0 mod m].</summary>
    internal static double[] Coefficients(double alpha, double beta, double gamma, double phi, int period, int n)
    {
        var c = new double[Math.Max(n, 1)];
        var phiSum = 0.0;
        var phiPow = 1.0;
        for (var i = 1; i < n; i++)
        {
            phiPow *= phi;
            phiSum += phiPow;
            c[i] = alpha + (beta * phiSum) + (period > 0 && i % period == 0 ? gamma : 0);
        }

        return c;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"L = {Periods}: σ_cum = {CumulativeStandardDeviation:G6} vs σ√L = {NaiveStandardDeviation:G6} ({Ratio:G4}×){(IsExact ? string.Empty : ", approximate")}");
}
