using NodaTime;

namespace CrossBorder.Tax.Tests.Docs;

/// <summary>The quick tour of docs/tax.md, run as a test so that the page cannot drift from the code.</summary>
public class DocsExampleTests
{
    [Fact]
    public void Quick_tour()
    {
        // A coat shipped from a German warehouse to an Estonian consumer by a seller established in China.
        var sale = new TaxSale(
            new LocalDate(2025, 7, 1),
            new TaxSeller(CountryCode.Parse("CN"), ["EU-OSS", "EU-IOSS"]),
            shipFrom: CountryCode.Parse("DE"),
            SalesChannel.OwnStore,
            new TaxBuyer(CountryCode.Parse("EE"), BuyerType.Consumer),
            [new TaxSaleLine("COAT-1", 1, Money.Of(140.00m, "EUR"), TaxCategory.Standard, hsCode: "620213")],
            shipping: Money.Of(0m, "EUR"),
            pricesIncludeTax: false);

        var result = TaxCalculator.Default.Calculate(sale);
        // result.Regime == "eu-oss", result.Collector == TaxCollector.Seller, result.Tax == EUR 33.60 (24% from 2025-07-01)
        // result.Lines[0].Reason == "standard_rated", result.Lines[0].Rule == "EE standard 24% 2025-07-01.."

        // The rate in force on any date, or an error outside the data's coverage: never the nearest rate.
        var rate = TaxRulePack.Default.RateOn(TaxJurisdiction.Parse("EE"), TaxTier.Standard, new LocalDate(2025, 6, 30)); // 22%

        // Tax-inclusive prices: the price stays, the tax comes out of it (£9.99 incl. 20%: 9.99 / 6 = 1.665 → 1.67).
        var inclusive = TaxPricing.Compute([new PricedLine(Money.Of(9.99m, "GBP"), 1, Percentage.Parse("20%"))], pricesIncludeTax: true, TaxRoundingPolicy.PerLineHalfUp);

        // Thresholds from the seller's own history: a German seller's EU distance sales against the €10,000.
        var statuses = ThresholdMonitor.Default.Evaluate(
            [new ThresholdSale(new LocalDate(2025, 3, 1), CountryCode.Parse("FR"), Money.Of(10_000.01m, "EUR"))],
            sellerCountry: CountryCode.Parse("DE"),
            asOf: new LocalDate(2025, 3, 31));
        // statuses[0].Threshold.Id == "EU-union-threshold", statuses[0].Crossed, statuses[0].FirstCrossedOn == 2025-03-01

        Assert.Equal((TaxRegime.EuOss, TaxCollector.Seller, Money.Of(33.60m, "EUR")), (result.Regime, result.Collector, result.Tax));
        Assert.Equal(("standard_rated", "EE standard 24% 2025-07-01.."), (result.Lines[0].Reason, result.Lines[0].Rule));
        Assert.Equal(Percentage.Parse("22%"), rate.Rate);
        Assert.Equal((Money.Of(8.32m, "GBP"), Money.Of(1.67m, "GBP")), (inclusive.Net, inclusive.Tax));
        var eu = Assert.Single(statuses);
        Assert.Equal("EU-union-threshold", eu.Threshold.Id);
        Assert.True(eu.Crossed);
        Assert.Equal(new LocalDate(2025, 3, 1), eu.FirstCrossedOn);
    }
}
