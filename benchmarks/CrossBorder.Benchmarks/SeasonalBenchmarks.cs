using BenchmarkDotNet.Attributes;
using CrossBorder.Forecasting;

namespace CrossBorder.Benchmarks;

/// <summary>
/// STL (R's <c>stl</c>) on 156 weekly points with a Q4 peak, the shape of issue #11; target under 20 µs with no
/// allocation beyond the five result arrays.
/// </summary>
[MemoryDiagnoser]
public class SeasonalBenchmarks
{
    private static readonly StlOptions Window7 = new() { SeasonalWindow = 7 };
    private static readonly StlOptions Robust7 = new() { SeasonalWindow = 7, Robust = true };
    private double[] _weekly = [];

    [GlobalSetup]
    public void Setup()
    {
        // 156 weeks: level 100 growing 15% a year, a Q4 peak around week 49, a January dip, fixed-seed noise.
        var random = new Random(11);
        _weekly = new double[156];
        for (var t = 0; t < 156; t++)
        {
            var week = (t % 52) + 1;
            var season = 1 + (1.2 * Math.Exp(-((week - 49) * (week - 49)) / 12.5)) - (week <= 3 ? 0.3 : 0);
            _weekly[t] = Math.Round((100 * (1 + (0.15 * t / 52)) * season) + (10 * (random.NextDouble() - 0.5)));
        }
    }

    [Benchmark(Baseline = true, Description = "STL periodic, 156 weeks")]
    public StlDecomposition StlPeriodic() => Stl.Decompose(_weekly, 52);

    [Benchmark(Description = "STL s.window 7, 156 weeks")]
    public StlDecomposition StlWindow7() => Stl.Decompose(_weekly, 52, Window7);

    [Benchmark(Description = "STL s.window 7 robust (15 outer), 156 weeks")]
    public StlDecomposition StlRobust() => Stl.Decompose(_weekly, 52, Robust7);
}
