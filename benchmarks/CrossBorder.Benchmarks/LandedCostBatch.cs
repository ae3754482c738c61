using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CrossBorder.LandedCost;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Wall-clock timing of <see cref="LandedCostCalculator.Calculate"/> on many varied orders
/// (<see cref="LandedCostOrders.Varied"/>) with both cores, each order built on the fly from its index and the result
/// discarded after its landed cost is summed:
/// <c>dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- landed-cost-batch 1000000</c>.
/// A first pass only builds the orders, so that the calculation's own time can be told from theirs.
/// </summary>
internal static class LandedCostBatch
{
    private const int RangeSize = 1024;

    public static void Run(int count)
    {
        var calculator = LandedCostCalculator.Default;
        _ = calculator.Calculate(LandedCostOrders.Varied(0));

        var buildCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var build = Stopwatch.StartNew();
        long lines = 0;
        Parallel.ForEach(Partitioner.Create(0, count, RangeSize), range =>
        {
            long local = 0;
            for (var i = range.Item1; i < range.Item2; i++)
            {
                local += LandedCostOrders.Varied(i).Lines.Count;
            }

            Interlocked.Add(ref lines, local);
        });
        build.Stop();
        buildCpu = Process.GetCurrentProcess().TotalProcessorTime - buildCpu;

        var sums = new ConcurrentDictionary<string, decimal>(StringComparer.Ordinal);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var gcs = GC.CollectionCount(0);
        var watch = Stopwatch.StartNew();
        Parallel.ForEach(Partitioner.Create(0, count, RangeSize), range =>
        {
            var local = new Dictionary<string, decimal>(StringComparer.Ordinal);
            for (var i = range.Item1; i < range.Item2; i++)
            {
                var result = calculator.Calculate(LandedCostOrders.Varied(i));
                var code = result.Currency.Code;
                local[code] = local.GetValueOrDefault(code) + result.Totals.LandedCost.Amount;
            }

            foreach (var (code, sum) in local)
            {
                sums.AddOrUpdate(code, sum, (_, total) => total + sum);
            }
        });
        watch.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        gcs = GC.CollectionCount(0) - gcs;

        // CPU time tells what the work costs when other processes share the cores; wall time is what a user waits.
        var calculation = watch.Elapsed - build.Elapsed;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{count:N0} orders ({lines:N0} lines) on {Environment.ProcessorCount} cores: {watch.Elapsed.TotalSeconds:F2} s built and calculated, {count / watch.Elapsed.TotalSeconds:N0} orders/s; CPU {cpu.TotalSeconds:F1} s, {gcs:N0} gen-0 collections"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  building the orders alone: {build.Elapsed.TotalSeconds:F2} s, CPU {buildCpu.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  the calculation (the difference): {calculation.TotalSeconds:F2} s, {count / calculation.TotalSeconds:N0} orders/s; CPU {(cpu - buildCpu).TotalSeconds:F1} s, {(cpu - buildCpu).TotalMicroseconds / count:F2} µs per order"));
        Console.WriteLine("  digest, sum of landed costs: " + string.Join(", ", sums.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key} {s.Value}"))));
    }

    /// <summary>
    /// A SHA-256 of every result of orders 0 … N − 1 and of the benchmarks' fixed orders, field by field (amounts with their scale, workings, fees, the payer
    /// split and every trace line): unchanged by a change that keeps every result.
    /// <c>dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- landed-cost-digest 20000</c>.
    /// </summary>
    public static void Digest(int count)
    {
        var calculator = LandedCostCalculator.Default;
        var hashes = new byte[count][];
        var regimes = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        Parallel.For(0, count, i =>
        {
            var result = calculator.Calculate(LandedCostOrders.Varied(i));
            hashes[i] = SHA256.HashData(Encoding.UTF8.GetBytes(Text(result)));
            regimes.AddOrUpdate($"{result.CustomsArea} {result.Regime}", 1, (_, n) => n + 1);
        });

        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var hash in hashes)
        {
            all.AppendData(hash);
        }

        // The benchmarks' fixed orders too.
        foreach (var which in Enum.GetValues<LandedCostOrders.Case>())
        {
            foreach (var lines in (int[])[1, 10])
            {
                all.AppendData(Encoding.UTF8.GetBytes(Text(calculator.Calculate(LandedCostOrders.Fixed(which, lines)))));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} orders: SHA-256 {Convert.ToHexString(all.GetHashAndReset())}"));
        foreach (var (regime, n) in regimes.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {regime,-24} {n,9:N0}"));
        }

        Console.WriteLine("order 0:");
        Console.WriteLine(Text(calculator.Calculate(LandedCostOrders.Varied(0))));
    }

    /// <summary>Every field of a result, one per line, invariant.</summary>
    internal static string Text(LandedCostResult result)
    {
        var text = new StringBuilder();
        void Line(string value) => text.Append(value).Append('\n');
        static string M(Money m) => string.Create(CultureInfo.InvariantCulture, $"{m.Currency.Code} {m.Amount}");
        static string A(LandedCostAmounts a) =>
            string.Join(" ", new[] { a.Goods, a.Freight, a.Insurance, a.CustomsValue, a.Duty, a.ImportTax, a.SaleTax, a.Fees, a.LandedCost }.Select(M));
        Line(string.Create(CultureInfo.InvariantCulture, $"{result.Currency.Code} {result.Regime} {result.CustomsArea} {result.Basis} {result.ImporterOfRecord}"));
        Line(A(result.Totals));
        foreach (var line in result.Lines)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"{line.Sku} {line.Quantity} {A(line.Amounts)} {M(line.LandedCostPerUnit)} {line.Duty} {line.ImportTaxRate}"));
        }

        foreach (var fee in result.Fees)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"{fee.Code} {M(fee.Amount)} {fee.Payer} {fee.Working} {fee.Source}"));
        }

        Line($"{M(result.Payer.Seller)} {M(result.Payer.Buyer)}");
        foreach (var step in result.Trace)
        {
            Line($"{step.Step} | {step.Detail} | {step.Source}");
        }

        foreach (var warning in result.Warnings)
        {
            Line(warning);
        }

        return text.ToString();
    }
}
