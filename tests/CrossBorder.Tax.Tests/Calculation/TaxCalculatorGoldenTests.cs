using CrossBorder.Tax.Tests.Helpers;

namespace CrossBorder.Tax.Tests.Calculation;

/// <summary>Worked examples published by tax authorities, reproduced with the default rule pack.</summary>
public class TaxCalculatorGoldenTests
{
    private static readonly TaxCalculator Calculator = TaxCalculator.Default;

    [Fact]
    public void Ato_low_value_goods_jeans_example()
    {
        // ATO, "GST on low value imported goods", example "Individual low value imported good": Jeans Co (Italy,
        // registered for GST) sells Noel jeans for A$350 including A$50 shipping and insurance; the customs value
        // A$300 is under A$1,000, so Jeans Co charges GST on the total price of A$350: 10% = A$35.
        var sale = Sales.Of("2021-12-07", "IT", "AU", [("JEANS", 1, 300m, null)], currency: "AUD", shipping: 50m, seller: "IT", registrations: ["AU"]);

        var result = Calculator.Calculate(sale);

        Assert.Equal(TaxRegime.AuLowValue, result.Regime);
        Assert.Equal(TaxCollector.Seller, result.Collector);
        Assert.Equal(Money.Of(35m, "AUD"), result.Tax);
        Assert.Equal(Money.Of(385m, "AUD"), result.Gross);
        Assert.Contains(result.Trace, t => t.Step == "value test" && t.Detail.Contains("AUD 300.00 ≤ AUD 1,000.00", StringComparison.Ordinal));
    }

    [Theory]
    // AEAT, "Import and Export Manual for low value shipments", ED 14 14 000 000 "Intrinsic value", examples 2 and 3:
    // transport shown separately is not part of the intrinsic value (EUR 140), so IOSS applies; the manual's VAT
    // column is at 20% (coat 140 → 28, transport 15 → 3). France's standard rate is 20%, so a sale to France
    // reproduces the manual's figures.
    [InlineData(new[] { 140.0 }, 28.0, 3.0)]
    [InlineData(new[] { 120.0, 20.0 }, 28.0, 3.0)]
    public void Aeat_intrinsic_value_examples_within_150_euros(double[] prices, double goodsVat, double transportVat)
    {
        var lines = prices.Select((p, i) => ($"ITEM-{i}", 1m, (decimal)p, (string?)null)).ToArray();
        var sale = Sales.Of("2025-03-01", "CN", "FR", lines, shipping: 15m, registrations: ["EU-IOSS"]);

        var result = Calculator.Calculate(sale);

        Assert.Equal(TaxRegime.EuIoss, result.Regime);
        Assert.Equal((decimal)goodsVat, result.Lines.Where(l => l.Sku != "shipping").Sum(l => l.Tax.Amount));
        Assert.Equal((decimal)transportVat, result.Lines.Single(l => l.Sku == "shipping").Tax.Amount);
        Assert.Contains(result.Trace, t => t.Detail.Contains("EUR 140.00 ≤ EUR 150.00", StringComparison.Ordinal));
    }

    [Fact]
    public void Aeat_intrinsic_value_example_above_150_euros_goes_to_import()
    {
        // Same manual, example 4: a coat of EUR 160 with no other costs has an intrinsic value above EUR 150: no IOSS.
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "CN", "FR", [("COAT", 1, 160m, null)], registrations: ["EU-IOSS"]));

        Assert.Equal(TaxRegime.Import, result.Regime);
        Assert.Equal(TaxCollector.Customs, result.Collector);
        Assert.Equal(0m, result.Tax.Amount);
        Assert.Equal(TaxabilityReason.ImportVatAtBorder, result.Lines[0].Reason);
        Assert.Equal(Percentage.Parse("20%"), result.Lines[0].ApplicableRate);
    }
}
