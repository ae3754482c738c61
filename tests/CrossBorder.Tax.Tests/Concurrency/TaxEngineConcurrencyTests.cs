using CrossBorder.Tax.Tests.Helpers;

namespace CrossBorder.Tax.Tests.Concurrency;

/// <summary>
/// <see cref="TaxCalculator"/> and <see cref="ThresholdMonitor"/> are documented as pure and thread-safe: one shared
/// instance hammered from 16 threads gives, sale by sale, what a sequential run gives (Hammer.Compare's expected
/// values are that sequential run), failures included.
/// </summary>
public class TaxEngineConcurrencyTests
{
    /// <summary>Sales across the regimes of the default pack, and two that fail (no rate, no state).</summary>
    private static readonly TaxSale[] Sales_ =
    [
        Sales.Of("2025-07-01", "DE", "EE", [("COAT-1", 1, 140m, "standard")], registrations: ["EU-OSS", "EU-IOSS", "GB"]),
        Sales.Of("2025-03-01", "DE", "FR", [("PART", 10, 12.5m, null)], seller: "DE", type: BuyerType.Business, vatId: "FR40303265045"),
        Sales.Of("2025-03-01", "DE", "FR", [("MUG", 2, 10m, null)], seller: "DE", belowEuThreshold: true),
        Sales.Of("2025-03-01", "DE", "FR", [("MUG", 1, 10m, null)], channel: SalesChannel.Marketplace),
        Sales.Of("2025-03-01", "CN", "IT", [("CASE", 3, 20m, null)], channel: SalesChannel.Marketplace),
        Sales.Of("2025-03-01", "CN", "FR", [("CASE", 1, 155m, null)], currency: "USD", registrations: ["EU-IOSS"], rates: [Sales.Rate("EUR", "USD", 1.08m)]),
        Sales.Of("2025-03-01", "CN", "GB", [("LAMP", 1, 100m, null)], currency: "GBP", registrations: ["GB"]),
        Sales.Of("2025-03-01", "CN", "NO", [("JACKET", 1, 2_000m, null)], currency: "NOK", registrations: ["NO-VOEC"]),
        Sales.Of("2025-03-01", "CN", "AU", [("A", 1, 600m, null), ("B", 1, 600m, null)], currency: "AUD", registrations: ["AU"]),
        Sales.Of("2025-03-01", "CN", "MY", [("CABLE", 2, 100m, null)], currency: "MYR", registrations: ["MY"]),
        Sales.Of("2025-03-01", "JP", "CN", [("SERUM", 2, 500m, null)], currency: "CNY", seller: "JP", registrations: ["CN-CBEC"], cbecAnnual: 20_000m),
        Sales.Of("2026-03-01", "CN", "US", [("DESK", 1, 200m, null)], currency: "USD", subdivision: "CA", registrations: ["US-CA"]),
        Sales.Of("2021-12-07", "IT", "AU", [("JEANS", 1, 300m, null)], currency: "AUD", shipping: 50m, seller: "IT", registrations: ["AU"]),
        Sales.Of("2025-03-01", "CN", "FR", [("COAT", 1, 140m, null), ("HAT", 3, 9.99m, null)], shipping: 15m, registrations: ["EU-IOSS"], pricesIncludeTax: true),
        Sales.Of("2019-12-31", "DE", "DE", [("MUG", 1, 10m, null)], seller: "DE"),
        Sales.Of("2026-03-01", "US", "US", [("DESK", 1, 200m, null)], currency: "USD"),
    ];

    [Fact]
    public void The_calculator_answers_16_threads_as_it_answers_one()
    {
        var calculator = TaxCalculator.Default;

        var differences = Hammer.Compare(Sales_, calculator.Calculate, rounds: 4);

        Assert.Empty(differences);
    }

    [Fact]
    public void The_threshold_monitor_answers_16_threads_as_it_answers_one()
    {
        var monitor = ThresholdMonitor.Default;
        var sellers = new[] { "CN", "DE", "IT", "US" };
        var questions = (from seller in sellers
                         from month in Enumerable.Range(1, 12)
                         select (Seller: CountryCode.Parse(seller), AsOf: new NodaTime.LocalDate(2025, month, 28))).ToArray();
        var sales = Enumerable.Range(0, 400)
            .Select(i => new ThresholdSale(new NodaTime.LocalDate(2025, 1 + (i % 12), 1 + (i % 27)), CountryCode.Parse(new[] { "FR", "IT", "GB", "AU", "NO" }[i % 5]), Money.Of(37m * (i % 50), "EUR")))
            .ToArray();

        var differences = Hammer.Compare(questions, q => monitor.Evaluate(sales, q.Seller, q.AsOf, [Sales.Rate("EUR", "GBP", 0.85m), Sales.Rate("EUR", "AUD", 1.65m), Sales.Rate("EUR", "NOK", 11.5m)], includeUntouched: true));

        Assert.Empty(differences);
    }
}
