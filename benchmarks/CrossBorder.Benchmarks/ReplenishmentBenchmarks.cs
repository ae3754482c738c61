using BenchmarkDotNet.Attributes;
using CrossBorder.Forecasting;
using CrossBorder.Replenishment;
using NodaTime;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Replenishment per SKU: the closed-form safety stock and reorder point (target well under 1 µs, 0 B), the CSL
/// safety factor Φ⁻¹, the fill-rate inversion (inverse normal loss), the compound-Bernoulli lead-time demand of a
/// 104-week intermittent SKU, and whole plans for one SKU (from a given forecast, and from its history).
/// </summary>
[MemoryDiagnoser]
public class ReplenishmentBenchmarks
{
    private static readonly LocalDate Start = new(2025, 12, 29);

    private readonly ReplenishmentPlanner _planner = new(ReplenishmentSettings.Default, AutoForecaster.Default);
    private double[][] _histories = [];
    private PlanRequest _request = null!;
    private InventorySnapshot _inventory = null!;
    private double[] _levels = [];
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _histories = SyntheticDemand.Weekly(count: 256, weeks: 104, seed: 20261125);
        _levels = [.. Enumerable.Range(0, 256).Select(i => 0.80 + (0.19 * i / 255.0))];
        _inventory = new InventorySnapshot(400, 0, [new ScheduledReceipt(Start.PlusWeeks(3), 300)]);
        _request = new PlanRequest("SKU-1", Start, PeriodUnit.Week, [.. Enumerable.Repeat(100.0, 26)], 20, LeadTime.Of(8, 1, PeriodUnit.Week), _inventory)
        {
            Constraints = new OrderConstraints(200, 24),
        };
    }

    private int Next() => _next++ & 255;

    /// <summary>SKUs per invocation of the closed-form benchmarks: one SKU takes a few nanoseconds, too close to the empty loop to time alone.</summary>
    private const int Batch = 256;

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch, Description = "SS + ROP per SKU, closed form (z given)")]
    public double SafetyStockAndReorderPoint()
    {
        const double z = 1.6448536269514722;
        var sum = 0.0;
        for (var i = 0; i < Batch; i++)
        {
            var dbar = 100.0 + i;
            sum += (dbar * 8) + SafetyStock.Combined(z, dbar, 20, 9, 1);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "SS + ROP per SKU, closed form, z = Φ⁻¹(CSL)")]
    public double SafetyStockAndReorderPointFromCsl()
    {
        var levels = _levels;
        var sum = 0.0;
        for (var i = 0; i < Batch; i++)
        {
            var dbar = 100.0 + i;
            sum += (dbar * 8) + SafetyStock.Combined(ServiceLevel.SafetyFactor(levels[i]), dbar, 20, 9, 1);
        }

        return sum;
    }

    [Benchmark(Description = "CSL safety factor Φ⁻¹")]
    public double CslSafetyFactor() => ServiceLevel.SafetyFactor(_levels[Next()]);

    [Benchmark(Description = "Fill-rate safety factor (InverseNormalLoss)")]
    public double FillRateSafetyFactor() => ServiceLevel.FillRateSafetyFactor(_levels[Next()], 500, 100);

    [Benchmark(Description = "SafetyStock.Calculate (result with formula)")]
    public SafetyStockResult Calculate() =>
        SafetyStock.Calculate(ServiceTarget.CycleServiceLevel(_levels[Next()]), DemandRate.Of(100, 20, PeriodUnit.Week), LeadTime.Of(8, 1, PeriodUnit.Week), reviewPeriods: 1);

    [Benchmark(Description = "Compound Bernoulli, 104 weeks, P = 9")]
    public LeadTimeDemand CompoundBernoulli() => LeadTimeDemand.CompoundBernoulli(_histories[Next()], 9);

    [Benchmark(Description = "Plan, one SKU (forecast given)")]
    public ReplenishmentPlan Plan() => _planner.Plan(_request);

    [Benchmark(Description = "PlanFromHistory, one 104-week SKU")]
    public ReplenishmentPlan PlanFromHistory() =>
        _planner.PlanFromHistory("SKU", _histories[Next()], 52, Start, PeriodUnit.Week, 13, LeadTime.Of(8, 1, PeriodUnit.Week), _inventory, new OrderConstraints(20, 5));
}
