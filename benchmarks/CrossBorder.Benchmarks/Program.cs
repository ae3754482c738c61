using BenchmarkDotNet.Running;

// Pick benchmarks with a filter: dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- --filter '*Money*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
