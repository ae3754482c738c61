using System.Diagnostics;
using System.Globalization;
using CrossBorder.LandedCost;
using CrossBorder.Tax;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Where the time and the allocations of one landed-cost calculation go: the public calls the pipeline makes for the
/// benchmarks' one-line EU import, each repeated N times on one thread, with the bytes each allocates:
/// <c>dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- landed-cost-stages 100000</c>.
/// </summary>
internal static class LandedCostStages
{
    public static void Run(int count)
    {
        var calculator = LandedCostCalculator.Default;
        var order = LandedCostOrders.Fixed(LandedCostOrders.Case.EuImport, 1);
        var line = order.Lines[0];
        var sale = new TaxSale(order.Date, new TaxSeller(order.Origin, order.SellerRegistrations), order.Origin, order.Channel,
            new TaxBuyer(order.Destination.Country, order.BuyerType, order.Destination.Subdivision, order.Destination.Postcode),
            [new TaxSaleLine(line.Sku, line.Quantity, line.UnitValue, line.TaxCategory, line.HsCode)], order.ShippingCharged!.Value, pricesIncludeTax: false)
        {
            Rates = order.Rates,
        };
        var eur = Currency.FromCode("EUR");
        var goods = Money.Of(257.51m, eur);
        var usd = Currency.FromCode("USD");
        var value = Money.Of(257.51m, usd);
        var shipment = new FeeShipment(order.Date, ShippingMode.Air, CustomsEntry.Formal, order.Origin, 1, value, value, value);
        var exceptions = 0;
        AppDomain.CurrentDomain.FirstChanceException += (_, _) => Interlocked.Increment(ref exceptions);
        (string Name, Func<object?> Call)[] stages =
        [
            ("whole Calculate", () => calculator.Calculate(order)),
            ("TaxCalculator.Calculate", () => calculator.Tax.Calculate(sale)),
            ("EU membership (CountryGroup.Contains)", () => CountryGroup.EuVatArea.Contains(order.Destination.Country, order.Date)),
            ("customs currency (CurrencyOn)", () => order.Destination.Country.CurrencyOn(order.Date)),
            ("valuation rule (ValuationOn)", () => calculator.Rules.ValuationOn("EU", order.Date)),
            ("CustomsValuation.Of", () => CustomsValuation.Of([new ShipmentLine(line.Sku, goods, line.Quantity, line.WeightKg)], Money.Of(21.46m, eur), Money.Of(2.15m, eur), ValuationBasis.Cif, AllocationMethod.ByValue)),
            ("Tariff.Find", () => calculator.Tariff.Find("EU", line.HsCode, line.OriginCountry, order.Date)),
            ("DutyRate.Compute", () => DutyRate.Free.Compute(goods, 1m, null, MidpointRounding.AwayFromZero)),
            ("fees (FeesFor, US formal, 2026-07-15)", () => calculator.Fees.FeesFor("US", shipment, _ => true, [], MidpointRounding.AwayFromZero)),
            ("Money.Allocate over 10", () => goods.Allocate([1m, 2m, 3m, 4m, 5m, 6m, 7m, 8m, 9m, 10m])),
        ];

        // What the results keep: the memory still held by 1,000 of them after a full collection, per result, beside
        // what a calculation allocates (the difference is garbage: scratch arrays, intermediate strings and objects).
        foreach (var which in Enum.GetValues<LandedCostOrders.Case>())
        {
            foreach (var lines in (int[])[1, 10])
            {
                var fixedOrder = LandedCostOrders.Fixed(which, lines);
                calculator.Calculate(fixedOrder);
                var kept = new LandedCostResult[1_000];
                var before = GC.GetTotalMemory(forceFullCollection: true);
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < kept.Length; i++)
                {
                    kept[i] = calculator.Calculate(fixedOrder);
                }

                allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
                var retained = GC.GetTotalMemory(forceFullCollection: true) - before;
                GC.KeepAlive(kept);

                // CPU time of the process over many calls on this thread: unlike wall time, hardly moved by other
                // processes that share the cores (the collector's threads count in it).
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var wall = Stopwatch.GetTimestamp();
                for (var i = 0; i < count; i++)
                {
                    calculator.Calculate(fixedOrder);
                }

                var elapsed = Stopwatch.GetElapsedTime(wall);
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {which,-8} × {lines,2} lines: {cpu.TotalMicroseconds / count,6:F2} µs CPU ({elapsed.TotalMicroseconds / count,6:F2} µs wall), allocates {allocated / kept.Length,7:N0} B, the result keeps {retained / kept.Length,7:N0} B"));
            }
        }

        // Which types the allocations of the ten-line EU import are, from the runtime's allocation samples.
        using (var sampler = new AllocationSampler())
        {
            var tenLines = LandedCostOrders.Fixed(LandedCostOrders.Case.EuImport, 10);
            sampler.Start();
            for (var i = 0; i < count; i++)
            {
                calculator.Calculate(tenLines);
            }

            sampler.Stop();
            var bytes = sampler.Bytes;
            var total = bytes.Values.Sum();
            Console.WriteLine("  allocations of the ten-line EU import by type (sampled):");
            foreach (var (type, sampled) in bytes.OrderByDescending(b => b.Value).Take(20))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {sampled * 100.0 / total,5:F1}%  {type}"));
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} repetitions on one thread, after 1,000 to warm up"));
        foreach (var (name, call) in stages)
        {
            for (var i = 0; i < 1_000; i++)
            {
                call();
            }

            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            for (var i = 0; i < count; i++)
            {
                call();
            }

            var elapsed = Stopwatch.GetElapsedTime(start);
            var thrown = Interlocked.Exchange(ref exceptions, 0);
            bytes = GC.GetAllocatedBytesForCurrentThread() - bytes;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-40} {elapsed.TotalMicroseconds / count,9:F3} µs {bytes / count,9:N0} B{(thrown > 0 ? $", {thrown:N0} exceptions thrown and caught" : string.Empty)}"));
        }
    }
}
