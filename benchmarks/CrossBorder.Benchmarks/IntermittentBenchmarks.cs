using BenchmarkDotNet.Attributes;
using CrossBorder.Forecasting;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Intermittent-demand methods on 104-week SKU histories (synthetic, seeded: demand in ~30% of weeks,
/// gamma-like sizes). Target: Croston/SBA/TSB with fitted values under 50 µs per series; span kernels 0 B.
/// </summary>
[MemoryDiagnoser]
public class IntermittentBenchmarks
{
    private double[][] _series = [];
    private double[] _fitted = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _series = SyntheticDemand.Weekly(count: 256, weeks: 104, seed: 20261125);
        _fitted = new double[104];
    }

    private ReadOnlySpan<double> NextSeries() => _series[_next++ & 255];

    [Benchmark(Baseline = true, Description = "Croston kernel, fitted into a span")]
    public double CrostonInto() => IntermittentDemand.CrostonInto(NextSeries(), _fitted);

    [Benchmark(Description = "SBA kernel, fitted into a span")]
    public double SbaInto() => IntermittentDemand.CrostonInto(NextSeries(), _fitted, sba: true);

    [Benchmark(Description = "TSB kernel, fitted into a span")]
    public double TsbInto() => IntermittentDemand.TsbInto(NextSeries(), _fitted);

    [Benchmark(Description = "Croston forecast object, h = 13")]
    public Forecast Croston() => IntermittentDemand.Croston(NextSeries(), 13);

    [Benchmark(Description = "TSB forecast object, h = 13")]
    public Forecast Tsb() => IntermittentDemand.Tsb(NextSeries(), 13);

    [Benchmark(Description = "ADIDA, h = 13")]
    public Forecast Adida() => IntermittentDemand.Adida(NextSeries(), 13);

    [Benchmark(Description = "Theta, h = 13")]
    public Forecast Theta() => CrossBorder.Forecasting.Theta.Standard(NextSeries(), 1, 13);
}
