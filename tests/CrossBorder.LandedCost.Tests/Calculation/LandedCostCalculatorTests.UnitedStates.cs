namespace CrossBorder.LandedCost.Tests.Calculation;

/// <summary>
/// The US through the pipeline: CBP's user fees for FY2025 and FY2026 and the de minimis history. Fee figures are
/// CBP's (FY2026: CBP Dec. 25-10, 90 FR 34665, whose stored copy shows only its opening; the amounts as reported by
/// Buckland, SEKO and GHY: MPF 0.3464%, minimum $33.58, maximum $651.50, informal $2.69, dutiable mail $7.39); no CBP
/// worked example with an entry value was found, so the entries below are worked by hand from those figures.
/// </summary>
public partial class LandedCostCalculatorTests
{
    private static readonly OrderSpec Us = Base with
    {
        Date = "2026-03-02", Currency = "USD", Destination = "US", Subdivision = "NY", Incoterm = Incoterm.Dap, Entry = CustomsEntry.Formal, Mode = ShippingMode.Air,
    };

    private static (string Code, decimal Amount)[] Fees(LandedCostResult result) => [.. result.Fees.Select(f => (f.Code, f.Amount.Amount))];

    [Theory]
    // 0.3464% × 5,000 = 17.32, raised to the minimum 33.58.
    [InlineData(5_000.00, 33.58)]
    // 0.3464% × 10,000 = 34.64, between the bounds.
    [InlineData(10_000.00, 34.64)]
    // 0.3464% × 200,000 = 692.80, held to the maximum 651.50.
    [InlineData(200_000.00, 651.50)]
    public void Mpf_on_a_formal_entry_is_held_between_its_fy2026_minimum_and_maximum(decimal value, decimal mpf)
    {
        var result = (Us with { Lines = [Line("A", "851830", "CN", 1, value, "USD", dutyPercent: 0m)] }).Calculate();

        Assert.Equal([("US-MPF", mpf)], Fees(result));
        Assert.Equal(Party.Buyer, Assert.Single(result.Fees).Payer);
        AssertTotals(result, goods: value, freight: 0m, insurance: 0m, customsValue: value, duty: 0m, importTax: 0m, saleTax: 0m, fees: mpf);
    }

    [Fact]
    public void Ocean_freight_adds_the_harbor_maintenance_fee()
    {
        // 19 CFR 24.24(a): 0.125% of the value: 0.00125 × 200,000 = 250.00; MPF at its maximum 651.50; 901.50 in fees.
        var result = (Us with { Mode = ShippingMode.Ocean, Lines = [Line("A", "851830", "CN", 1, 200_000.00m, "USD", dutyPercent: 0m)] }).Calculate();

        Assert.Equal([("US-MPF", 651.50m), ("US-HMF", 250.00m)], Fees(result));
        Assert.Equal(M.Of(901.50m, "USD"), result.Totals.Fees);
    }

    [Fact]
    public void An_informal_courier_entry_pays_the_informal_fee_and_the_express_consignment_fee()
    {
        // FY2026: informal entry $2.69 (Buckland: "Informal Entry/Release Fee (Class Code 311a) - Adjusts to $2.69");
        // express consignment $1.34 per the fee schedule (CBP Dec. 25-10 as cited there). Duty 10% × 500 = 50.00.
        var result = (Us with { Entry = CustomsEntry.Informal, Mode = ShippingMode.Courier, Lines = [Line("A", "851830", "CN", 1, 500.00m, "USD", dutyPercent: 10m)] }).Calculate();

        Assert.Equal([("US-MPF-INFORMAL", 2.69m), ("US-EXPRESS-CONSIGNMENT", 1.34m)], Fees(result));
        AssertTotals(result, goods: 500.00m, freight: 0m, insurance: 0m, customsValue: 500.00m, duty: 50.00m, importTax: 0m, saleTax: 0m, fees: 4.03m);
    }

    [Fact]
    public void Dutiable_mail_pays_the_mail_fee()
    {
        // Buckland: "Dutiable Mail Fee (Class Code 496) - Adjusts to $7.39", with the informal fee $2.69.
        var result = (Us with { Entry = CustomsEntry.Informal, Mode = ShippingMode.Post, Lines = [Line("A", "851830", "CN", 1, 100.00m, "USD", dutyPercent: 0m)] }).Calculate();

        Assert.Equal([("US-MPF-INFORMAL", 2.69m), ("US-DUTIABLE-MAIL", 7.39m)], Fees(result));
    }

    [Fact]
    public void Fy2025_fees_apply_before_2025_10_01()
    {
        // FY2025 (89 FR 59126 as cited in the schedule): minimum $32.71: 0.3464% × 5,000 = 17.32 → 32.71.
        var result = (Us with { Date = "2025-09-30", Lines = [Line("A", "851830", "CN", 1, 5_000.00m, "USD", dutyPercent: 0m)] }).Calculate();

        Assert.Equal([("US-MPF", 32.71m)], Fees(result));
    }

    [Fact]
    public void De_minimis_800_dollars_relieves_duty_and_fees_before_may_2025()
    {
        // 19 U.S.C. 1321 ($800, TFTEA s.901), before the suspension for China of 2025-05-02: $500 pays nothing.
        var result = (Us with { Date = "2025-04-01", Entry = CustomsEntry.Informal, Mode = ShippingMode.Courier, Lines = [Line("A", "851830", "CN", 1, 500.00m, "USD", dutyPercent: 10m)] }).Calculate();

        Assert.Empty(result.Fees);
        AssertTotals(result, goods: 500.00m, freight: 0m, insurance: 0m, customsValue: 500.00m, duty: 0m, importTax: 0m, saleTax: 0m, fees: 0m);
    }

    [Fact]
    public void From_2025_05_02_goods_of_china_lose_the_de_minimis_and_goods_of_vietnam_keep_it()
    {
        // EO 14256 / 90 FR 17608: no de minimis for products of China or Hong Kong from 2025-05-02. One consignment of
        // $300 of Chinese goods and $200 of Vietnamese goods (10% duty): the Chinese line pays 30.00, the Vietnamese line
        // none; the consignment is entered, so the FY2025 informal fee $2.62 and the express fee $1.31 are due.
        var result = (Us with
        {
            Date = "2025-06-01", Entry = CustomsEntry.Informal, Mode = ShippingMode.Courier,
            Lines = [Line("A", "851830", "CN", 1, 300.00m, "USD", dutyPercent: 10m), Line("B", "851830", "VN", 1, 200.00m, "USD", dutyPercent: 10m)],
        }).Calculate();

        Assert.Equal([M.Of(30.00m, "USD"), M.Of(0m, "USD")], result.Lines.Select(l => l.Amounts.Duty));
        Assert.Equal([("US-MPF-INFORMAL", 2.62m), ("US-EXPRESS-CONSIGNMENT", 1.31m)], Fees(result));

        // Vietnamese goods alone stay relieved of duty and fees.
        var vietnam = (Us with { Date = "2025-06-01", Entry = CustomsEntry.Informal, Mode = ShippingMode.Courier, Lines = [Line("B", "851830", "VN", 1, 500.00m, "USD", dutyPercent: 10m)] }).Calculate();
        Assert.Empty(vietnam.Fees);
        Assert.Equal(M.Of(0m, "USD"), vietnam.Totals.Duty);
    }

    [Fact]
    public void From_2025_08_29_no_origin_has_a_de_minimis()
    {
        // EO 14324 / 90 FR 42418: suspended for all countries from 2025-08-29. $500 of Vietnamese goods at 10%: 50.00.
        var result = (Us with { Date = "2025-09-01", Entry = CustomsEntry.Informal, Mode = ShippingMode.Courier, Lines = [Line("A", "851830", "VN", 1, 500.00m, "USD", dutyPercent: 10m)] }).Calculate();

        Assert.Equal(M.Of(50.00m, "USD"), result.Totals.Duty);
        Assert.Equal([("US-MPF-INFORMAL", 2.62m), ("US-EXPRESS-CONSIGNMENT", 1.31m)], Fees(result));
    }

    [Fact]
    public void The_usmca_rate_of_the_sample_tariff_applies_to_goods_of_mexico()
    {
        // Sample tariff: US 61091000 at 16.5% general, 0% for goods of CA and MX (USMCA). $10,000 of T-shirts:
        // of China 0.165 × 10,000 = 1,650.00; of Mexico 0.
        var china = (Us with { Lines = [Line("TEE", "61091000", "CN", 1000, 10.00m, "USD")] }).Calculate();
        var mexico = (Us with { Origin = "MX", Lines = [Line("TEE", "61091000", "MX", 1000, 10.00m, "USD")] }).Calculate();

        Assert.Equal(M.Of(1650.00m, "USD"), china.Totals.Duty);
        Assert.Equal(M.Of(0m, "USD"), mexico.Totals.Duty);
    }
}
