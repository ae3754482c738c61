using CrossBorder.Tax.Tests.Helpers;

namespace CrossBorder.Tax.Tests.Calculation;

/// <summary>
/// A mutation survivor in TaxCalculator: a credit note negated its totals but nothing checked its lines. Expected by
/// hand at Estonia's standard VAT rate on 2025-07-01, 24% (raised from 22% on that day):
/// 140.00 → tax 33.60, gross 173.60; 2 × 10.00 → tax 4.80, gross 24.80; every line and total negated.
/// </summary>
public class TaxCreditNoteLineTests
{
    [Fact]
    public void A_credit_note_negates_every_line_as_well_as_the_totals()
    {
        var sale = Sales.Of("2025-07-01", "DE", "EE", [("COAT-1", 1, 140m, null), ("HAT-2", 2, 10m, null)], registrations: ["EU-OSS"], creditNote: true);

        var result = TaxCalculator.Default.Calculate(sale);

        Assert.Equal(
            [("COAT-1", -140m, -33.60m, -173.60m), ("HAT-2", -20m, -4.80m, -24.80m)],
            result.Lines.Select(l => (l.Sku, l.Net.Amount, l.Tax.Amount, l.Gross.Amount)));
        Assert.Equal((-160m, -38.40m, -198.40m), (result.Net.Amount, result.Tax.Amount, result.Gross.Amount));
    }
}
