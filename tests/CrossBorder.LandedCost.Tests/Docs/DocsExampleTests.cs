using NodaTime;

namespace CrossBorder.LandedCost.Tests.Docs;

/// <summary>The quick tour of docs/landed-cost.md and the README's example, run: what the docs say is what the code does.</summary>
public class DocsExampleTests
{
    private static string Sample(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CrossBorder.Core.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory!.FullName, "samples", "data", name);
    }

    [Fact]
    public void The_readme_order_lands_as_the_docs_say()
    {
        var order = LandedCostJson.ParseOrder(File.ReadAllText(Sample("landed-cost-order.json")), "landed-cost-order.json");
        var result = LandedCostCalculator.Default.Calculate(order);

        // USD 3 × 9.90 + 59.00 = 88.70 at 1 EUR = 1.1650 USD: 25.49 + 50.64 = 76.13 (each line converted and rounded);
        // freight USD 12.00 = EUR 10.30. Under €150 with IOSS in July 2026: €3 for each of 2 subheadings = 6.00, German
        // VAT at sale 19% × USD 88.70 = 16.853 → 16.85 = EUR 14.46; landed 76.13 + 10.30 + 6.00 + 14.46 = 106.89; the
        // seller pays freight and duty under DDP: 16.30.
        Assert.Equal("eu-ioss", result.Regime);
        Assert.Equal(Money.Of(6.00m, "EUR"), result.Totals.Duty);
        Assert.Equal(Money.Of(14.46m, "EUR"), result.Totals.SaleTax);
        Assert.Equal(Money.Of(106.89m, "EUR"), result.Totals.LandedCost);
        Assert.Equal(Money.Of(16.30m, "EUR"), result.Payer.Seller);
    }

    [Fact]
    public void The_amplifier_of_the_quick_tour_lands_as_the_australian_border_force_worked_it()
    {
        var amplifier = new LandedCostOrder(new LocalDate(2026, 3, 1), Currency.FromCode("AUD"), CountryCode.Parse("CN"),
            new Destination(CountryCode.Parse("AU")), ShippingMode.Courier, Incoterm.Ddp,
            [new LandedCostLine("AMP-1", "851840", CountryCode.Parse("CN"), 1, Money.Of(1274.00m, "USD")) { DutyRate = new DutyRate(Percentage.FromPercent(5m)) }],
            freight: Money.Of(130.00m, "AUD"), insurance: Money.Zero(Currency.FromCode("AUD")))
        {
            Rates = [new ExchangeRate(Currency.FromCode("AUD"), Currency.FromCode("USD"), 0.91m, new LocalDate(2026, 3, 1))],
        };

        var au = LandedCostCalculator.Default.Calculate(amplifier);

        // ABF's example (customs.gov.au, as quoted): USD 1,274 / 0.91 = AUD 1,400.00 customs value; transport and
        // insurance 130.00; duty 5% = 70.00; value of the taxable importation 1,600.00; GST 160.00.
        Assert.Equal("import", au.Regime);
        Assert.Equal((Money.Of(1400.00m, "AUD"), Money.Of(70.00m, "AUD"), Money.Of(160.00m, "AUD"), Money.Of(1760.00m, "AUD")),
            (au.Totals.CustomsValue, au.Totals.Duty, au.Totals.ImportTax, au.Totals.LandedCost));
    }
}
