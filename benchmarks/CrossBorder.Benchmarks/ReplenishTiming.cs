using System.Diagnostics;
using System.Globalization;
using CrossBorder.Forecasting;
using CrossBorder.Replenishment;
using NodaTime;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Wall-clock timing of <see cref="ReplenishmentPlanner.PlanFromHistory"/> on many synthetic 104-week SKUs
/// (<see cref="SyntheticDemand"/>), in parallel, each history generated on the fly and the plan discarded:
/// <c>dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- replenish 1000000</c>.
/// </summary>
internal static class ReplenishTiming
{
    public static void Run(int count)
    {
        var planner = new ReplenishmentPlanner(ReplenishmentSettings.Default, AutoForecaster.Default);
        var start = new LocalDate(2025, 12, 29);
        var leadTime = LeadTime.Of(8, 1, PeriodUnit.Week);
        var constraints = new OrderConstraints(20, 5);
        var watch = Stopwatch.StartNew();
        var peak = 0L;
        long done = 0, ordering = 0, urgent = 0, alerts = 0;
        using var sampler = new Timer(_ => Interlocked.Exchange(ref peak, Math.Max(Interlocked.Read(ref peak), Environment.WorkingSet)), null, 0, 200);
        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, count, 256),
            range =>
            {
                long localOrders = 0, localUrgent = 0, localAlerts = 0;
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var history = SyntheticDemand.One(weeks: 104, seed: i);
                    var inventory = new InventorySnapshot(i % 40, 0);
                    var plan = planner.PlanFromHistory("sku", history, 52, start, PeriodUnit.Week, 13, leadTime, inventory, constraints);
                    localOrders += plan.RecommendedOrder.Quantity > 0 ? 1 : 0;
                    localUrgent += plan.IsUrgent ? 1 : 0;
                    localAlerts += plan.Alerts.Count;
                }

                Interlocked.Add(ref ordering, localOrders);
                Interlocked.Add(ref urgent, localUrgent);
                Interlocked.Add(ref alerts, localAlerts);
                var total = Interlocked.Add(ref done, range.Item2 - range.Item1);
                if (total % 100_000 < range.Item2 - range.Item1)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total,9:N0} SKUs, {watch.Elapsed.TotalSeconds,7:F1} s"));
                }
            });
        watch.Stop();
        peak = Math.Max(Interlocked.Read(ref peak), Environment.WorkingSet);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{count:N0} SKUs of 104 weeks planned on {Environment.ProcessorCount} cores: {watch.Elapsed.TotalSeconds:F1} s, {watch.Elapsed.TotalMicroseconds / count:F1} µs per SKU, peak working set {peak / (1024 * 1024)} MiB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ordering {ordering:N0}, urgent {urgent:N0}, alerts {alerts:N0}"));
    }
}
