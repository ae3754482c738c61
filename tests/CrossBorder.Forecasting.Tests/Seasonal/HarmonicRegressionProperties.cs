using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Forecasting.Tests.Seasonal;

/// <summary>A sinusoid of an integer period with noise: period 4–60, 2–4 cycles, harmonic j ≤ m/2, K ≥ j given.</summary>
public sealed record Seasonal(int Period, int Cycles, int Harmonic, int K, double Mean, double Amplitude, double Phase, double[] Noise)
{
    public double[] Values(double noiseScale) =>
        [.. Enumerable.Range(1, Period * Cycles).Select(t => Mean + (Amplitude * Math.Sin((2 * Math.PI * Harmonic * t / Period) + Phase)) + (noiseScale * Noise[t - 1]))];

    public override string ToString() => $"m={Period} cycles={Cycles} j={Harmonic} K={K} mean={Mean} amp={Amplitude} phase={Phase}";
}

public static class HarmonicArbitraries
{
    public static Arbitrary<Seasonal> Seasonal() => Arb.From(
        from m in Gen.Choose(4, 60)
        from cycles in Gen.Choose(2, 4)
        from j in Gen.Choose(1, m / 2)
        from k in Gen.Choose(j, Math.Min(m / 2, j + 3))
        from mean in Gen.Choose(-500, 5000).Select(i => (double)i)
        from amp in Gen.Choose(1, 1000).Select(i => (double)i)
        from phase in Gen.Choose(0, 628).Select(i => i / 100.0)
        from noise in Gen.Choose(-1000, 1000).Select(i => i / 1000.0).ArrayOf(m * cycles)
        where m * cycles >= (2 * k) + 5
        select new Seasonal(m, cycles, j, k, mean, amp, phase, noise));
}

public class HarmonicRegressionProperties
{
    /// <summary>A pure sinusoid of period m at harmonic j ≤ K is fitted exactly, so its forecast is its continuation.</summary>
    [ScaledProperty(Arbitrary = [typeof(HarmonicArbitraries)], Cases = 100)]
    public void A_pure_sinusoid_is_reproduced(Seasonal s)
    {
        var y = s.Values(0);
        var f = HarmonicRegression.Forecast(y, [s.Period], s.Period, new HarmonicRegressionOptions { Trend = false, Harmonics = [s.K] }, []);
        var scale = Math.Abs(s.Mean) + s.Amplitude;
        for (var h = 1; h <= s.Period; h++)
        {
            var t = y.Length + h;
            var expected = s.Mean + (s.Amplitude * Math.Sin((2 * Math.PI * s.Harmonic * t / s.Period) + s.Phase));
            Assert.True(Math.Abs(expected - f.Mean[h - 1]) <= 1e-7 * scale, $"h={h}: expected {expected}, got {f.Mean[h - 1]}");
        }
    }

    /// <summary>Without a trend the forecast is x_{n+h}ᵀβ + ℓ_n with a flat ℓ_n, so it repeats every m steps.</summary>
    [ScaledProperty(Arbitrary = [typeof(HarmonicArbitraries)], Cases = 100)]
    public void Forecasts_without_trend_are_periodic_in_m(Seasonal s)
    {
        var y = s.Values(0.2 * s.Amplitude);
        var f = HarmonicRegression.Forecast(y, [s.Period], 3 * s.Period, new HarmonicRegressionOptions { Trend = false }, []);
        var scale = Math.Abs(s.Mean) + s.Amplitude;
        for (var h = 0; h < 2 * s.Period; h++)
        {
            Assert.True(Math.Abs(f.Mean[h] - f.Mean[h + s.Period]) <= 1e-9 * scale, $"h={h + 1}");
        }
    }

    /// <summary>
    /// The intercept absorbs a constant c, the residuals do not change, so neither does the residual model: the forecast
    /// moves by c. The residuals are equal only to rounding, and the SES fit may move α within a flat optimum by it, so
    /// the tolerance is 1e-6 of the scale, not bits.
    /// </summary>
    [ScaledProperty(Arbitrary = [typeof(HarmonicArbitraries)], Cases = 100)]
    public void Adding_a_constant_adds_it_to_the_forecast(Seasonal s, bool trend)
    {
        var y = s.Values(0.3 * s.Amplitude);
        const double c = 1234.5;
        var options = new HarmonicRegressionOptions { Trend = trend, Harmonics = [s.K] };
        var f = HarmonicRegression.Forecast(y, [s.Period], 8, options, [0.9]);
        var g = HarmonicRegression.Forecast(y.Select(v => v + c).ToArray(), [s.Period], 8, options, [0.9]);
        var scale = Math.Abs(s.Mean) + s.Amplitude + c;
        for (var h = 0; h < 8; h++)
        {
            Assert.True(Math.Abs(f.Mean[h] + c - g.Mean[h]) <= 1e-6 * scale, $"mean h={h + 1}: {f.Mean[h] + c} vs {g.Mean[h]}");
            Assert.True(Math.Abs(f.Intervals[0].Upper[h] + c - g.Intervals[0].Upper[h]) <= 1e-6 * scale, $"upper h={h + 1}");
        }
    }
}
