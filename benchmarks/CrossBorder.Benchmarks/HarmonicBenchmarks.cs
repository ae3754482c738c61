using BenchmarkDotNet.Attributes;
using CrossBorder.Forecasting;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Harmonic regression (Fourier terms, m = 52) on one seller-like weekly series of 156 points (three years: growth,
/// Q4 peak, January dip, noise; seeded), with K chosen by AICc or given; and automatic non-seasonal ETS (R's "ZZN",
/// the forms <c>stlf</c> tries) on a seasonally adjusted-like series of 156 points (a local level with drift and noise).
/// </summary>
[MemoryDiagnoser]
public class HarmonicBenchmarks
{
    private static readonly double[] Weekly = [52];
    private static readonly HarmonicRegressionOptions GivenK = new() { Harmonics = [6] };
    private double[] _weekly = [];
    private double[] _adjusted = [];

    [GlobalSetup]
    public void Setup()
    {
        _weekly = WeeklySeries(156, seed: 11);
        _adjusted = AdjustedSeries(156, seed: 12);
    }

    [Benchmark(Baseline = true, Description = "Harmonic(52), K by AICc, 156 weeks, h = 52")]
    public Forecast HarmonicChosenK() => HarmonicRegression.Forecast(_weekly, Weekly, 52);

    [Benchmark(Description = "Harmonic(52:K=6), 156 weeks, h = 52")]
    public Forecast HarmonicGivenK() => HarmonicRegression.Forecast(_weekly, Weekly, 52, GivenK);

    [Benchmark(Description = "Theta (seasonal, m = 52), 156 weeks, h = 52")]
    public Forecast ThetaWeekly() => Theta.Standard(_weekly, 52, 52);

    [Benchmark(Description = "auto-ETS non-seasonal (ZZN), 156 points")]
    public EtsModel EtsAutoNonSeasonal() => Ets.FitAuto(_adjusted, 1);

    /// <summary>Weekly demand: 100 growing 15% a year, ×1.8 in weeks 47–48, ×1.4–1.6 around them, ×0.7 in weeks 1–4, 8% noise.</summary>
    internal static double[] WeeklySeries(int n, int seed)
    {
        var random = new Random(seed);
        var y = new double[n];
        for (var t = 0; t < n; t++)
        {
            var week = (t % 52) + 1;
            var shape = week switch
            {
                <= 4 => 0.7,
                >= 44 and <= 46 => 1.3,
                47 or 48 => 1.8,
                >= 49 and <= 51 => 1.55,
                _ => 1.0,
            };
            y[t] = 100 * Math.Pow(1.15, t / 52.0) * shape * (1 + (0.08 * Gaussian(random)));
        }

        return y;
    }

    /// <summary>A local level (random walk with drift 0.2) plus noise, around 100.</summary>
    internal static double[] AdjustedSeries(int n, int seed)
    {
        var random = new Random(seed);
        var y = new double[n];
        var level = 100.0;
        for (var t = 0; t < n; t++)
        {
            level += 0.2 + (1.5 * Gaussian(random));
            y[t] = level + (5 * Gaussian(random));
        }

        return y;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
