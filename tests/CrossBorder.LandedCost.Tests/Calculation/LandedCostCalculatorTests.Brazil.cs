namespace CrossBorder.LandedCost.Tests.Calculation;

public partial class LandedCostCalculatorTests
{
    /// <summary>A certified seller's remittance to São Paulo in March 2026, result in USD, at 1 USD = 5.52 BRL.</summary>
    private static OrderSpec Brazil => Base with
    {
        Date = "2026-03-02",
        Currency = "USD",
        Destination = "BR",
        Subdivision = "SP",
        Registrations = ["BR-REMESSA-CONFORME"],
        Rates = [("USD", "BRL", 5.52m)],
    };

    [Theory]
    // UOL, 2025-07-29 (press, as read in the research notes, not the Receita Federal): a USD 50 purchase pays import
    // duty 20% = 10.00 and ICMS 17% "por dentro" on 50 + 10 = 60 / 0.83 × 0.17 = 12.289 → 12.29 (total 72.29); a USD 100
    // purchase pays 60% − USD 20 = 40.00 and ICMS on 140 / 0.83 × 0.17 = 28.674 → 28.67 (total 168.67). Worked here in
    // BRL at 5.52 and back: 276.00 → duty 55.20 (= 10.00), ICMS 331.20 × 0.17 / 0.83 = 67.836 → 67.84 = USD 12.2899 → 12.29.
    [InlineData(50.00, "SP", 10.00, 12.29)]
    [InlineData(100.00, "SP", 40.00, 28.67)]
    // Bahia is one of the ten states at 20% from 2025-04-01 (Comsefaz): ICMS 60 / 0.80 × 0.20 = 15.00.
    [InlineData(50.00, "BA", 10.00, 15.00)]
    public void Remessa_conforme_charges_the_band_duty_and_grossed_up_icms(double value, string state, double duty, double icms)
    {
        var result = Run(Brazil with { Subdivision = state, Lines = [Line("BLUSA-1", "620640", "CN", 1, (decimal)value, "USD")] }, "br-remessa-conforme");

        AssertTotals(result, (decimal)value, 0m, 0m, (decimal)value, (decimal)duty, (decimal)icms, 0m, 0m);
    }

    [Fact]
    public void Above_three_thousand_dollars_the_regime_does_not_apply_and_the_error_says_so()
    {
        var e = Assert.Throws<ArgumentException>(() => (Brazil with { Lines = [Line("TV-1", "852872", "CN", 1, 3_000.01m, "USD")] }).Calculate());

        Assert.Contains("br-remessa-conforme covers consignments up to USD 3,000.00", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Norway_under_voec_pays_no_duty_and_its_vat_at_sale()
    {
        // NOK 200 headphones sold to a Norwegian consumer by a VOEC-registered seller: VAT 25% = 50.00 at sale (toll.no,
        // "The VOEC scheme"), and "goods purchased through the VOEC scheme are exempt from customs duty".
        var result = Run(Base with { Currency = "NOK", Destination = "NO", Registrations = ["NO-VOEC"], Lines = [Line("EAR-1", "851830", "CN", 1, 200.00m, "NOK")] }, "no-voec");

        AssertTotals(result, 200.00m, 0m, 0m, 200.00m, 0m, 0m, 50.00m, 0m);
        Assert.Contains("no customs duty under no-voec", TraceText(result), StringComparison.Ordinal);
    }
}
