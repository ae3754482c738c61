namespace CrossBorder.LandedCost.Tests.Calculation;

/// <summary>Bad orders: each is refused with an exception that names the field at fault and says why.</summary>
public partial class LandedCostCalculatorTests
{
    [Fact]
    public void An_hs_code_without_a_tariff_line_and_without_a_known_rate_is_refused_naming_the_line()
    {
        // 999999 is in no chapter of the sample tariff; the lead's message asks for a dutyRate or a fuller tariff.
        var error = Assert.Throws<ArgumentException>(() => (Base with { Date = "2026-07-15", Lines = [Line("X-1", "999999", "CN", 1, 200.00m, "EUR")] }).Calculate());

        Assert.Equal("order", error.ParamName);
        Assert.Contains("Line X-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("HS 999999", error.Message, StringComparison.Ordinal);
        Assert.Contains("dutyRate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_code_with_a_known_rate_is_computed()
    {
        // A known rate replaces the lookup: 200 × 5% = 10.00.
        var result = (Base with { Date = "2026-07-15", Lines = [Line("X-1", "999999", "CN", 1, 200.00m, "EUR", dutyPercent: 5m)] }).Calculate();

        Assert.Equal(M.Eur(10.00m), result.Totals.Duty);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("12AB56")]
    [InlineData("12345678901")]
    [InlineData("")]
    public void A_malformed_hs_code_is_refused_naming_hs_code(string code)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => Line("A", code, "CN", 1, 10.00m, "EUR"));

        Assert.Equal("hsCode", error.ParamName);
    }

    [Fact]
    public void A_missing_exchange_rate_is_refused_naming_the_rates_and_the_pair()
    {
        var error = Assert.Throws<ArgumentException>(() => (Base with { FreightCurrency = "USD", Lines = [Line("A", "851830", "CN", 1, 10.00m, "USD")] }).Calculate());

        Assert.Equal("rates", error.ParamName);
        Assert.Contains("USD", error.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Incoterm.Ddp, Party.Buyer)]
    [InlineData(Incoterm.Dap, Party.Seller)]
    [InlineData(Incoterm.Exw, Party.Seller)]
    public void An_importer_of_record_that_contradicts_the_incoterm_is_refused(Incoterm incoterm, Party importer)
    {
        var error = Assert.Throws<ArgumentException>(() => (Base with { Incoterm = incoterm, Importer = importer, Lines = [Line("A", "851830", "CN", 1, 10.00m, "EUR")] }).Calculate());

        Assert.Equal("order", error.ParamName);
        Assert.Contains("importerOfRecord", error.Message, StringComparison.Ordinal);
        Assert.Contains(Incoterms.Format(incoterm), error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Incoterm.Ddp, Party.Seller)]
    [InlineData(Incoterm.Dap, Party.Buyer)]
    public void An_importer_of_record_that_agrees_with_the_incoterm_is_accepted(Incoterm incoterm, Party importer)
    {
        var result = (Base with { Incoterm = incoterm, Importer = importer, Lines = [Line("A", "851830", "CN", 1, 10.00m, "EUR")] }).Calculate();

        Assert.Equal(importer, result.ImporterOfRecord);
    }

    [Fact]
    public void A_date_past_the_fee_data_is_refused_rather_than_reusing_the_last_fiscal_year()
    {
        // FY2027 starts on 2026-10-01; the schedule ends FY2026 on 2026-09-30.
        var error = Assert.Throws<InvalidOperationException>(() => (Us with { Date = "2026-10-01", Lines = [Line("A", "851830", "CN", 1, 10_000.00m, "USD", dutyPercent: 0m)] }).Calculate());

        Assert.Contains("No US-MPF data for 2026-10-01", error.Message, StringComparison.Ordinal);
        Assert.Contains("2025-10-01..2026-09-30", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_us_entry_without_its_type_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => (Us with { Entry = null, Lines = [Line("A", "851830", "CN", 1, 100.00m, "USD", dutyPercent: 0m)] }).Calculate());

        Assert.Contains("US-MPF depends on the entry type", error.Message, StringComparison.Ordinal);
        Assert.Contains("formal or informal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_us_sale_without_the_state_is_refused_naming_the_subdivision()
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => (Us with { Subdivision = null, Lines = [Line("A", "851830", "CN", 1, 100.00m, "USD", dutyPercent: 0m)] }).Calculate());

        Assert.Contains("subdivision", error.Message, StringComparison.Ordinal);
        Assert.Contains("state", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_in_two_currencies_are_refused_naming_both()
    {
        var error = Assert.Throws<ArgumentException>(() => (Base with { Lines = [Line("A", "851830", "CN", 1, 10.00m, "EUR"), Line("B", "851830", "CN", 1, 10.00m, "USD")] }).Build());

        Assert.Equal("lines", error.ParamName);
        Assert.Contains("Line B is in USD, line A in EUR", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_quantity_that_is_not_positive_is_refused(decimal quantity)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Line("A", "851830", "CN", quantity, 10.00m, "EUR"));

        Assert.Equal("quantity", error.ParamName);
    }

    [Fact]
    public void Negative_amounts_are_refused_naming_them()
    {
        Assert.Equal("unitValue", Assert.Throws<ArgumentOutOfRangeException>(() => Line("A", "851830", "CN", 1, -0.01m, "EUR")).ParamName);
        Assert.Equal("weightKg", Assert.Throws<ArgumentOutOfRangeException>(() => Line("A", "851830", "CN", 1, 1m, "EUR", weightKg: -1m)).ParamName);
        Assert.Equal("freight", Assert.Throws<ArgumentOutOfRangeException>(() => (Base with { Freight = -1m, Lines = [Line("A", "851830", "CN", 1, 1m, "EUR")] }).Build()).ParamName);
        Assert.Equal("insurance", Assert.Throws<ArgumentOutOfRangeException>(() => (Base with { Insurance = 0.001m, Lines = [Line("A", "851830", "CN", 1, 1m, "EUR")] }).Build()).ParamName);
        Assert.Equal("lines", Assert.Throws<ArgumentException>(() => Base.Build()).ParamName);
    }

    [Fact]
    public void A_negative_charge_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => (Base with { Charges = [new OrderCharge("BROKERAGE", M.Eur(-5m))], Lines = [Line("A", "851830", "CN", 1, 1m, "EUR")] }).Calculate());

        Assert.Equal("order", error.ParamName);
        Assert.Contains("charge", error.Message, StringComparison.Ordinal);
    }
}
