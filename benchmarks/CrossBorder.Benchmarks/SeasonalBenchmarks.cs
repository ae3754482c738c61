using BenchmarkDotNet.Attributes;
using CrossBorder.Forecasting;

namespace CrossBorder.Benchmarks;

/// <summary>
/// STL (R's <c>stl</c>) on 156 weekly points with a Q4 peak, the shape of issue #11; target under 20 µs with no
/// allocation beyond the five result arrays. Also MSTL on three years of daily data (periods 7 and 365.25) and
/// stlf (STL + ETS) on the weekly series.
/// </summary>
[MemoryDiagnoser]
public class SeasonalBenchmarks
{
    private static readonly StlOptions Window7 = new() { SeasonalWindow = 7 };
    private static readonly StlOptions Robust7 = new() { SeasonalWindow = 7, Robust = true };
    private double[] _weekly = [];
    private double[] _daily = [];

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

        // 1095 days: weekend uplift, a Q4 peak on a 365.25-day year, fixed-seed noise.
        _daily = new double[1095];
        for (var d = 0; d < 1095; d++)
        {
            var dayOfYear = d % 365.25;
            _daily[d] = (200 * (1 + (d % 7 >= 5 ? 0.25 : 0)) * (1 + (0.5 * Math.Exp(-((dayOfYear - 335) * (dayOfYear - 335)) / 450)))) + (12 * (random.NextDouble() - 0.5));
        }
    }

    [Benchmark(Baseline = true, Description = "STL periodic, 156 weeks")]
    public StlDecomposition StlPeriodic() => Stl.Decompose(_weekly, 52);

    [Benchmark(Description = "STL s.window 7, 156 weeks")]
    public StlDecomposition StlWindow7() => Stl.Decompose(_weekly, 52, Window7);

    [Benchmark(Description = "STL s.window 7 robust (15 outer), 156 weeks")]
    public StlDecomposition StlRobust() => Stl.Decompose(_weekly, 52, Robust7);

    [Benchmark(Description = "MSTL (7, 365.25), 1095 days")]
    public MstlDecomposition MstlDaily() => Mstl.Decompose(_daily, [7, 365.25]);

    [Benchmark(Description = "stlf STL + auto-ETS, 156 weeks, h = 13")]
    public Forecast StlfWeekly() => StlForecaster.Forecast(_weekly, [52], 13);
}
