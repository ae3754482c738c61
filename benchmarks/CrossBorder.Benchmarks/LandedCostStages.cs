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
