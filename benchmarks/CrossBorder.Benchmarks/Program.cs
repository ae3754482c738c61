using System.Globalization;
using BenchmarkDotNet.Running;
using CrossBorder.Benchmarks;

// Pick benchmarks with a filter: dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- --filter '*Money*'
// Time the streaming batch path instead:  dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- batch 1000000
if (args is ["batch", var count])
{
    BatchTiming.Run(int.Parse(count, NumberStyles.Integer, CultureInfo.InvariantCulture));
    return;
}

// Plan N synthetic SKUs (PlanFromHistory, parallel, streaming):  ... -- replenish 1000000
if (args is ["replenish", var skus])
{
    ReplenishTiming.Run(int.Parse(skus, NumberStyles.Integer, CultureInfo.InvariantCulture));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
