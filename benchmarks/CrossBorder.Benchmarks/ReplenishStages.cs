using System.Diagnostics;
using System.Globalization;
using CrossBorder.Forecasting;
using CrossBorder.Replenishment;
using NodaTime;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Where the time of <see cref="ReplenishTiming"/> goes: the stages of
/// <see cref="ReplenishmentPlanner.PlanFromHistory"/> timed one by one on one thread, for the same synthetic SKUs and
/// settings, then the whole call for comparison:
/// <c>dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- replenish-stages 20000</c>.
/// </summary>
/// <remarks>
/// Each stage repeats the planner's own call for that stage (the same public or internal method with the same
/// arguments), so the stage times add up to about the whole call; the forecast is also split into its members.
/// </remarks>
internal static class ReplenishStages
{
    private static readonly string[] Names =
    [
        "synthetic history",
        "classification (Classify)",
        "forecast (AutoForecaster.Forecast)",
        "  of which Theta",
        "  of which TSB (optimised)",
        "  of which SBA (optimised)",
        "  of which intervals",
        "ETS fit (regular SKUs)",
        "sizes + lead-time probabilities",
        "lead-time demand (convolutions)",
        "safety stock (FromPeriodicReview)",
        "plan (PlanRequest + Plan)",
        "whole PlanFromHistory",
    ];

    public static void Run(int count)
    {
        var forecaster = AutoForecaster.Default;
        var planner = new ReplenishmentPlanner(ReplenishmentSettings.Default, forecaster);
        var start = new LocalDate(2025, 12, 29);
        var leadTime = LeadTime.Of(8, 1, PeriodUnit.Week);
        var constraints = new OrderConstraints(20, 5);
        var r = planner.Settings.ReviewPeriods(PeriodUnit.Week);
        var p = Math.Max((int)Math.Ceiling(r + leadTime.Mean), 1);
        var horizon = Math.Max(13, p);
        var ticks = new long[Names.Length];
        var classes = new Dictionary<DemandClass, int>();

        // Warm up the JIT on a few SKUs outside the timed loop.
        for (var i = 0; i < 200; i++)
        {
            planner.PlanFromHistory("sku", SyntheticDemand.One(104, i), 52, start, PeriodUnit.Week, 13, leadTime, new InventorySnapshot(i % 40, 0), constraints);
        }

        for (var i = 0; i < count; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var history = SyntheticDemand.One(weeks: 104, seed: i);
            var t1 = Stopwatch.GetTimestamp();
            ticks[0] += t1 - t0;
            var inventory = new InventorySnapshot(i % 40, 0);

            var classification = forecaster.Classify(history);
            var t2 = Stopwatch.GetTimestamp();
            ticks[1] += t2 - t1;
            classes[classification.Class] = classes.GetValueOrDefault(classification.Class) + 1;

            if (classification.Class is DemandClass.Intermittent or DemandClass.Lumpy)
            {
                var f = forecaster.Forecast(history, 52, horizon);
                var t3 = Stopwatch.GetTimestamp();
                ticks[2] += t3 - t2;
                var forecast = f.Mean.Select(v => Math.Max(v, 0)).ToArray();

                // The forecast's members, on the prepared series, as AutoForecaster combines them.
                var prepared = SeriesPreparation.Prepare(history, forecaster.SeriesOptions).Values;
                var m0 = Stopwatch.GetTimestamp();
                Theta.Standard(prepared, 52, horizon, []);
                var m1 = Stopwatch.GetTimestamp();
                IntermittentDemand.TsbOptimized(prepared, horizon);
                var m2 = Stopwatch.GetTimestamp();
                if (classification.Class is DemandClass.Intermittent)
                {
                    IntermittentDemand.CrostonOptimized(prepared, horizon, sba: true);
                }

                var m3 = Stopwatch.GetTimestamp();
                _ = DemandIntervals.For(prepared, forecast, [0.8, 0.95]).ToList();
                var m4 = Stopwatch.GetTimestamp();
                ticks[3] += m1 - m0;
                ticks[4] += m2 - m1;
                ticks[5] += m3 - m2;
                ticks[6] += m4 - m3;

                var s0 = Stopwatch.GetTimestamp();
                var sizes = new List<double>();
                foreach (var v in SeriesPreparation.Prepare(history, forecaster.SeriesOptions).Values)
                {
                    if (v > 0)
                    {
                        sizes.Add(v);
                    }
                }

                var occurrence = (double)sizes.Count / prepared.Length;
                var leadProbabilities = ReplenishmentPlanner.LeadProbabilities(p - r, leadTime);
                var s1 = Stopwatch.GetTimestamp();
                var (protection, lead) = LeadTimeDemand.CompoundBernoulliPeriodic(occurrence, [.. sizes], r, leadProbabilities);
                var s2 = Stopwatch.GetTimestamp();
                var ss = SafetyStock.FromPeriodicReview(protection, lead, planner.Settings.Target, p);
                var s3 = Stopwatch.GetTimestamp();
                planner.Plan(new PlanRequest("sku", start, PeriodUnit.Week, forecast, 0, leadTime, inventory) { History = history, Constraints = constraints, SafetyStock = ss });
                var s4 = Stopwatch.GetTimestamp();
                ticks[8] += s1 - s0;
                ticks[9] += s2 - s1;
                ticks[10] += s3 - s2;
                ticks[11] += s4 - s3;
            }
            else if (classification.Class is DemandClass.Smooth or DemandClass.Erratic)
            {
                var e0 = Stopwatch.GetTimestamp();
                try
                {
                    Ets.FitAuto(history, 52, forecaster.EtsOptions).Forecast(horizon);
                }
                catch (ArgumentException)
                {
                    // The planner falls back; the time is still the fit's.
                }

                ticks[7] += Stopwatch.GetTimestamp() - e0;
            }

            var w0 = Stopwatch.GetTimestamp();
            planner.PlanFromHistory("sku", history, 52, start, PeriodUnit.Week, 13, leadTime, inventory, constraints);
            ticks[12] += Stopwatch.GetTimestamp() - w0;
        }

        var ic = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(ic, $"{count:N0} synthetic SKUs of 104 weeks, one thread; classes: {string.Join(", ", classes.OrderBy(c => c.Key).Select(c => string.Create(ic, $"{c.Key} {c.Value:N0}")))}"));
        Console.WriteLine("| stage | µs per SKU |");
        Console.WriteLine("|---|---:|");
        for (var k = 0; k < Names.Length; k++)
        {
            Console.WriteLine(string.Create(ic, $"| {Names[k]} | {Stopwatch.GetElapsedTime(0, ticks[k]).TotalMicroseconds / count:F1} |"));
        }
    }
}

/// <summary>
/// A digest of the exact plans of synthetic SKUs, to check that a speed-up changes no result:
/// <c>... -- replenish-digest 3000</c> before and after a change must print the same hash.
/// </summary>
internal static class ReplenishDigest
{
    public static void Run(int count)
    {
        var start = new LocalDate(2025, 12, 29);
        var constraints = new OrderConstraints(20, 5);
        var text = new System.Text.StringBuilder();
        var ic = CultureInfo.InvariantCulture;
        foreach (var target in new[] { ServiceTarget.CycleServiceLevel(0.95), ServiceTarget.FillRate(0.98) })
        {
            var planner = new ReplenishmentPlanner(new ReplenishmentSettings(target), AutoForecaster.Default);
            for (var i = 0; i < count; i++)
            {
                var history = SyntheticDemand.One(weeks: 104, seed: i);
                if (i % 50 == 7)
                {
                    // A regular SKU now and then, so that the ETS branch is covered too.
                    for (var t = 0; t < history.Length; t++)
                    {
                        history[t] += 5 + (i % 13);
                    }
                }

                var leadTime = LeadTime.Of(2 + (i % 9), i % 3 == 0 ? 0 : 0.5 * (i % 4), PeriodUnit.Week);
                var forecast = planner.Forecaster.Forecast(history, 52, 13);
                text.Append(ic, $"{i} {forecast.Method} {string.Join(' ', forecast.Mean.Select(v => v.ToString("R", ic)))}\n");
                var plan = planner.PlanFromHistory("sku", history, 52, start, PeriodUnit.Week, 13, leadTime, new InventorySnapshot(i % 40, 0), constraints);
                var ss = plan.SafetyStock;
                text.Append(ic, $"{ss.Units:R} {ss.SafetyFactor:R} {ss.LeadTimeDemandMean:R} {ss.LeadTimeDemandStandardDeviation:R} {ss.ReorderPoint:R} {ss.Formula} {ss.Source}\n");
                text.Append(ic, $"{plan.StockoutDate} {plan.DaysOfSupply:R} {plan.RecommendedOrderDate} {plan.ExpectedArrival} {plan.RecommendedOrder.Quantity:R} {plan.IsUrgent} {plan.ExpectedFillRate:R} {plan.ExpectedTurnover:R}\n");
                foreach (var period in plan.Projection)
                {
                    text.Append(ic, $"{period.Demand:R}/{period.ClosingStock:R} ");
                }

                text.Append(string.Join("; ", plan.Alerts.Select(a => a.Message))).Append('\n');
            }
        }

        var hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
        Console.WriteLine(string.Create(ic, $"{count:N0} SKUs × 2 targets, {text.Length:N0} characters of exact plan fields: SHA-256 {hash}"));
    }
}
