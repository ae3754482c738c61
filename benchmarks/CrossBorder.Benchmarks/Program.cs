using System.Globalization;
using BenchmarkDotNet.Running;
using CrossBorder.Benchmarks;

// Pick benchmarks with a filter: dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- --filter '*Money*'
// Wall-clock modes, each taking a count:
//   batch 1000000             the streaming batch forecast path
//   batch-ets 100000          the same with a named method (batch-theta, batch-croston, …), as the CLI's --method calls it
//   batch-catalogue 1000000 F the same on the weekly series of catalogue file F, cycled to N SKUs
//   replenish 1000000         plan N synthetic SKUs (PlanFromHistory, parallel, streaming)
//   replenish-stages 20000    where the time of one SKU's plan goes, stage by stage on one thread
//   replenish-digest 3000     a hash of the exact plans of N synthetic SKUs (unchanged by a change that keeps every result)
//   landed-cost-batch 1000000 N varied orders through LandedCostCalculator on both cores: orders/s and the sum of landed costs
//   landed-cost-digest 20000  a hash of every field and trace line of the results of N varied orders
//   landed-cost-stages 100000 time and bytes of the calls one landed-cost calculation makes, one by one on one thread
//   ads-report 1000000        a search-term report of N rows, file to metrics and bids, stage by stage
//   scorecard 100000          N stores × 15 metrics: read the long CSV, score, chart one card
//   formats 1000000           CSV against Parquet: N weekly SKUs' long-format input written and read, a forecast output written
if (args is ["batch-catalogue", var count, var file])
{
    BatchTiming.RunCatalogue(int.Parse(count, NumberStyles.Integer, CultureInfo.InvariantCulture), file);
    return;
}

Action<int>? mode = args is [var name, _]
    ? name switch
    {
        "batch" => BatchTiming.Run,
        "replenish" => ReplenishTiming.Run,
        "replenish-stages" => ReplenishStages.Run,
        "replenish-digest" => ReplenishDigest.Run,
        "landed-cost-batch" => LandedCostBatch.Run,
        "landed-cost-digest" => LandedCostBatch.Digest,
        "landed-cost-stages" => LandedCostStages.Run,
        "ads-report" => AdsBenchmarks.Time,
        "scorecard" => ScorecardTiming.Run,
        "formats" => FormatsTiming.Run,
        "plan-formats" => FormatsTiming.RunPlans,
        _ when name.StartsWith("batch-", StringComparison.Ordinal) => n => BatchTiming.Run(n, name["batch-".Length..]),
        _ => null,
    }
    : null;
if (mode is not null)
{
    mode(int.Parse(args[1], NumberStyles.Integer, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
