using System.Globalization;
using BenchmarkDotNet.Attributes;
using CrossBorder.Forecasting;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Automatic ETS (all allowed forms, AICc) on R's classic reference series, the ones R's <c>ets()</c> took
/// 0.50 s per series on (monthly ≈ 1 s). Target: at least 20x faster than R. Also the selector on a weekly SKU.
/// </summary>
[MemoryDiagnoser]
public class EtsBenchmarks
{
    private double[] _airPassengers = [];
    private double[] _ukGas = [];
    private double[] _nile = [];
    private double[] _weeklySku = [];

    [GlobalSetup]
    public void Setup()
    {
        var train = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "classic_train.csv"))
            .Skip(1)
            .Select(line => line.Split(','))
            .GroupBy(f => f[0].Trim('"'), f => double.Parse(f[2], CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.ToArray());
        _airPassengers = train["AirPassengers"];
        _ukGas = train["UKgas"];
        _nile = train["Nile"];
        _weeklySku = SyntheticDemand.One(weeks: 104, seed: 7);
    }

    [Benchmark(Description = "auto-ETS, AirPassengers (monthly, n = 126)")]
    public EtsModel AirPassengers() => Ets.FitAuto(_airPassengers, 12);

    [Benchmark(Description = "auto-ETS, UKgas (quarterly)")]
    public EtsModel UkGas() => Ets.FitAuto(_ukGas, 4);

    [Benchmark(Description = "auto-ETS, Nile (yearly)")]
    public EtsModel Nile() => Ets.FitAuto(_nile, 1);

    [Benchmark(Description = "AutoForecaster, weekly intermittent SKU, h = 13")]
    public Forecast WeeklySku() => AutoForecaster.Default.Forecast(_weeklySku, 1, 13);
}
