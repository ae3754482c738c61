namespace CrossBorder.LandedCost.Tests.Calculation;

/// <summary>Who pays what under each incoterm, how freight is shared, the caller's charges, and the FOB bases.</summary>
public partial class LandedCostCalculatorTests
{
    /// <summary>20 T-shirts at £10 into the UK with £20 freight and £5 insurance: imported (above £135), CIF basis.</summary>
    private static readonly OrderSpec UkImport = Base with
    {
        Currency = "GBP", Destination = "GB", Freight = 20.00m, Insurance = 5.00m, Lines = [Line("TEE", "610910", "CN", 20, 10.00m, "GBP")],
    };

    [Theory]
    // Customs value 200 + 20 + 5 = 225; duty 12% (sample tariff, GB 610910) = 27.00; import VAT 20% × 252 = 50.40;
    // landed cost 200 + 20 + 5 + 27 + 50.40 = 302.40. The seller pays nothing under E and F terms, the freight under CFR,
    // freight and insurance under CIF and the D terms, and duty and VAT as well under DDP (Incoterms® 2020).
    [InlineData(Incoterm.Exw, 0)]
    [InlineData(Incoterm.Fca, 0)]
    [InlineData(Incoterm.Fob, 0)]
    [InlineData(Incoterm.Cfr, 20.00)]
    [InlineData(Incoterm.Cif, 25.00)]
    [InlineData(Incoterm.Dap, 25.00)]
    [InlineData(Incoterm.Dpu, 25.00)]
    [InlineData(Incoterm.Ddp, 102.40)]
    public void The_incoterm_splits_the_landed_cost_between_seller_and_buyer(Incoterm incoterm, decimal seller)
    {
        var result = (UkImport with { Incoterm = incoterm }).Calculate();

        AssertTotals(result, goods: 200.00m, freight: 20.00m, insurance: 5.00m, customsValue: 225.00m, duty: 27.00m, importTax: 50.40m, saleTax: 0m, fees: 0m);
        Assert.Equal(M.Of(seller, "GBP"), result.Payer.Seller);
        Assert.Equal(M.Of(302.40m - seller, "GBP"), result.Payer.Buyer);
        Assert.Equal(incoterm == Incoterm.Ddp ? Party.Seller : Party.Buyer, result.ImporterOfRecord);

        // 302.40 / 20 = 15.12 a T-shirt.
        Assert.Equal(M.Of(15.12m, "GBP"), Assert.Single(result.Lines).LandedCostPerUnit);
    }

    [Theory]
    // Freight £30 over a line of £100 (4.2 kg, 1 item) and a line of £50 (1.8 kg, 2 items): by value 20.00 / 10.00; by
    // weight 4.2 : 1.8 = 21.00 / 9.00; by quantity 1 : 2 = 10.00 / 20.00. On the CIF basis each share enters its line's
    // customs value.
    [InlineData(AllocationMethod.ByValue, 20.00, 10.00)]
    [InlineData(AllocationMethod.ByWeight, 21.00, 9.00)]
    [InlineData(AllocationMethod.ByQuantity, 10.00, 20.00)]
    public void Freight_is_shared_by_the_orders_method(AllocationMethod method, decimal first, decimal second)
    {
        var result = (UkImport with
        {
            Insurance = 0m, Freight = 30.00m, Allocation = method,
            Lines = [Line("A", "851830", "CN", 1, 100.00m, "GBP", weightKg: 4.2m), Line("B", "851830", "CN", 2, 25.00m, "GBP", weightKg: 1.8m)],
        }).Calculate();

        Assert.Equal([M.Of(first, "GBP"), M.Of(second, "GBP")], result.Lines.Select(l => l.Amounts.Freight));
        Assert.Equal([M.Of(100.00m + first, "GBP"), M.Of(50.00m + second, "GBP")], result.Lines.Select(l => l.Amounts.CustomsValue));
    }

    [Fact]
    public void A_callers_charge_in_the_tax_base_is_a_fee_of_the_importer_and_raises_the_import_vat()
    {
        // UK import as above with a £10.00 brokerage charge in the VAT base (VATA 1994 s.21(2): incidental expenses):
        // VAT 20% × (225 + 27 + 10) = 52.40; fees 10.00, paid by the importer (the buyer under DAP).
        var result = (UkImport with { Incoterm = Incoterm.Dap, Charges = [new OrderCharge("BROKERAGE", M.Of(10.00m, "GBP"), InTaxBase: true)] }).Calculate();

        var fee = Assert.Single(result.Fees);
        Assert.Equal(("BROKERAGE", M.Of(10.00m, "GBP"), Party.Buyer), (fee.Code, fee.Amount, fee.Payer));
        AssertTotals(result, goods: 200.00m, freight: 20.00m, insurance: 5.00m, customsValue: 225.00m, duty: 27.00m, importTax: 52.40m, saleTax: 0m, fees: 10.00m);

        // Outside the base it is still a fee, but the VAT stays 50.40.
        var outside = (UkImport with { Incoterm = Incoterm.Dap, Charges = [new OrderCharge("BROKERAGE", M.Of(10.00m, "GBP"))] }).Calculate();
        Assert.Equal(M.Of(50.40m, "GBP"), outside.Totals.ImportTax);
    }

    [Fact]
    public void Canada_leaves_freight_out_of_the_value_for_duty_and_the_value_for_tax()
    {
        // CBSA D13-3-5 (as cited in the rules): value for duty excludes carriage after the place of direct shipment. The
        // CBSA example's C$115 with C$20 freight: duty 4% × 115 = 4.60, GST 5% × 119.60 = 5.98, as without freight; the
        // freight is still a cost: landed 115 + 20 + 4.60 + 5.98 = 145.58.
        var result = (Base with
        {
            Currency = "CAD", Origin = "CN", Destination = "CA", Subdivision = "AB", Incoterm = Incoterm.Dap, Freight = 20.00m,
            Lines = [Line("G", "851840", "CN", 1, 115.00m, "CAD", dutyPercent: 4m)],
        }).Calculate();

        Assert.Equal(ValuationBasis.Fob, result.Basis);
        AssertTotals(result, goods: 115.00m, freight: 20.00m, insurance: 0m, customsValue: 115.00m, duty: 4.60m, importTax: 5.98m, saleTax: 0m, fees: 0m);
    }

    [Fact]
    public void Inside_one_customs_area_nothing_is_due_at_a_border()
    {
        // Poland to Germany: no customs border in the EU; the sale is taxed by the seller (no import), no duty, no fees.
        var result = (Base with { Origin = "PL", Lines = [Line("TEE", "610910", "PL", 5, 8.00m, "EUR")] }).Calculate();

        Assert.Null(result.Basis);
        Assert.Equal(M.Eur(0m), result.Totals.Duty + result.Totals.ImportTax + result.Totals.Fees);
        Assert.Contains(result.Trace, t => t.Step == "border");
    }
}
