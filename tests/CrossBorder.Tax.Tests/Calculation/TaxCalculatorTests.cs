using CrossBorder.Tax.Tests.Helpers;

namespace CrossBorder.Tax.Tests.Calculation;

public class TaxCalculatorTests
{
    private static readonly TaxCalculator Calculator = TaxCalculator.Default;

    [Fact]
    public void The_issue_example_an_eu_oss_sale_to_estonia_after_its_rise_to_24_percent()
    {
        // A coat of EUR 140.00 shipped from a German warehouse to an Estonian consumer on 2025-07-01, the day
        // Estonia's standard rate became 24%: 140.00 × 24% = 33.60.
        var sale = Sales.Of("2025-07-01", "DE", "EE", [("COAT-1", 1, 140m, "standard")], registrations: ["EU-OSS", "EU-IOSS", "GB"]);

        var result = Calculator.Calculate(sale);

        Assert.Equal(TaxRegime.EuOss, result.Regime);
        Assert.Equal(TaxCollector.Seller, result.Collector);
        Assert.Equal("EE", result.Jurisdiction.ToString());
        Assert.Equal(Percentage.Parse("24%"), result.Lines[0].Rate);
        Assert.Equal((140m, 33.60m, 173.60m), (result.Net.Amount, result.Tax.Amount, result.Gross.Amount));
        Assert.Equal(TaxabilityReason.StandardRated, result.Lines[0].Reason);
        Assert.Empty(result.Warnings);

        var dayBefore = Calculator.Calculate(Sales.Of("2025-06-30", "DE", "EE", [("COAT-1", 1, 140m, "standard")], registrations: ["EU-OSS"]));
        Assert.Equal(Percentage.Parse("22%"), dayBefore.Lines[0].Rate);
    }

    [Fact]
    public void Intra_eu_business_sale_with_a_vat_number_is_reverse_charged()
    {
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "DE", "FR", [("PART", 10, 12.5m, null)], seller: "DE", type: BuyerType.Business, vatId: "FR40303265045"));

        Assert.Equal(TaxRegime.ReverseCharge, result.Regime);
        Assert.Equal(TaxCollector.Buyer, result.Collector);
        Assert.Equal(0m, result.Tax.Amount);
        Assert.Equal(125m, result.Gross.Amount);
        Assert.Equal(Percentage.Parse("20%"), result.Lines[0].ApplicableRate);
        Assert.Equal(TaxabilityReason.ReverseCharge, result.Lines[0].Reason);
    }

    [Fact]
    public void An_eu_seller_within_the_10000_euro_threshold_charges_its_own_vat()
    {
        // A German seller shipping from Germany to France, within EUR 10,000 of EU distance sales: German 19%.
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "DE", "FR", [("MUG", 2, 10m, null)], seller: "DE", belowEuThreshold: true));

        Assert.Equal(TaxRegime.EuOrigin, result.Regime);
        Assert.Equal("DE", result.Jurisdiction.ToString());
        Assert.Equal(3.80m, result.Tax.Amount);

        // The threshold does not apply to a seller established outside the EU: French 20%.
        var foreign = Calculator.Calculate(Sales.Of("2025-03-01", "DE", "FR", [("MUG", 2, 10m, null)], seller: "CN", belowEuThreshold: true, registrations: ["EU-OSS"]));
        Assert.Equal(TaxRegime.EuOss, foreign.Regime);
        Assert.Equal(4.00m, foreign.Tax.Amount);
        Assert.Contains(foreign.Trace, t => t.Detail.Contains("the €10,000 threshold does not apply", StringComparison.Ordinal));
    }

    [Fact]
    public void A_marketplace_is_the_deemed_supplier_for_a_foreign_sellers_goods_in_the_eu()
    {
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "DE", "FR", [("MUG", 1, 10m, null)], channel: SalesChannel.Marketplace));

        Assert.Equal(TaxRegime.EuOss, result.Regime);
        Assert.Equal(TaxCollector.Marketplace, result.Collector);

        var domestic = Calculator.Calculate(Sales.Of("2025-03-01", "DE", "DE", [("MUG", 1, 10m, null)], channel: SalesChannel.Marketplace));
        Assert.Equal(TaxRegime.Domestic, domestic.Regime);
        Assert.Equal(TaxCollector.Marketplace, domestic.Collector);
        Assert.Equal(1.90m, domestic.Tax.Amount);
    }

    [Fact]
    public void Without_ioss_an_imported_consignment_pays_vat_at_the_border_and_a_warning_free_result_says_why()
    {
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "CN", "FR", [("CASE", 1, 20m, null)]));

        Assert.Equal(TaxRegime.Import, result.Regime);
        Assert.Contains(result.Trace, t => t.Detail.Contains("not registered for IOSS", StringComparison.Ordinal));
    }

    [Fact]
    public void Ioss_through_a_marketplace_makes_it_the_deemed_supplier()
    {
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "CN", "IT", [("CASE", 3, 20m, null)], channel: SalesChannel.Marketplace));

        Assert.Equal(TaxRegime.EuIoss, result.Regime);
        Assert.Equal(TaxCollector.Marketplace, result.Collector);
        Assert.Equal(13.20m, result.Tax.Amount); // 60.00 × 22%
    }

    [Fact]
    public void Value_tests_convert_with_the_rates_the_caller_supplies_inverted_or_crossed()
    {
        // USD 155 at 1 EUR = 1.08 USD is EUR 143.52 (within EUR 150); at 1 EUR = 1.02 USD it is EUR 151.96 (above).
        var within = Sales.Of("2025-03-01", "CN", "FR", [("CASE", 1, 155m, null)], currency: "USD", registrations: ["EU-IOSS"], rates: [Sales.Rate("EUR", "USD", 1.08m)]);
        var above = Sales.Of("2025-03-01", "CN", "FR", [("CASE", 1, 155m, null)], currency: "USD", registrations: ["EU-IOSS"], rates: [Sales.Rate("EUR", "USD", 1.02m)]);
        var crossed = Sales.Of("2025-03-01", "CN", "FR", [("CASE", 1, 155m, null)], currency: "USD", registrations: ["EU-IOSS"], rates: [Sales.Rate("USD", "CNY", 7.2m), Sales.Rate("EUR", "CNY", 7.776m)]);

        Assert.Equal(TaxRegime.EuIoss, Calculator.Calculate(within).Regime);
        Assert.Contains(Calculator.Calculate(within).Trace, t => t.Detail.Contains("EUR 143.52", StringComparison.Ordinal));
        Assert.Equal(TaxRegime.Import, Calculator.Calculate(above).Regime);
        Assert.Equal(TaxRegime.EuIoss, Calculator.Calculate(crossed).Regime); // 155 × 7.2 / 7.776 = 143.52

        var missing = Assert.Throws<ArgumentException>(() => Calculator.Calculate(Sales.Of("2025-03-01", "CN", "FR", [("CASE", 1, 155m, null)], currency: "USD", registrations: ["EU-IOSS"])));
        Assert.Equal("sale", missing.ParamName);
        Assert.Contains("a rate from USD to EUR on 2025-03-01", missing.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(135.00, "uk-low-value", 27.00)]
    [InlineData(135.01, "import", 0.00)]
    public void The_uk_135_pound_limit_includes_135(double price, string regime, double tax)
    {
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "CN", "GB", [("LAMP", 1, (decimal)price, null)], currency: "GBP", registrations: ["GB"]));

        Assert.Equal(regime, result.Regime);
        Assert.Equal((decimal)tax, result.Tax.Amount);
    }

    [Fact]
    public void Uk_business_buyers_with_a_vat_number_reverse_charge_consignments_within_135_pounds()
    {
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "CN", "GB", [("LAMP", 1, 100m, null)], currency: "GBP", type: BuyerType.Business, vatId: "GB123456789"));

        Assert.Equal(TaxRegime.ReverseCharge, result.Regime);
        Assert.Equal(TaxCollector.Buyer, result.Collector);
    }

    [Fact]
    public void An_unregistered_overseas_seller_into_great_britain_is_warned()
    {
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "CN", "GB", [("LAMP", 1, 100m, null)], currency: "GBP"));

        Assert.Equal(TaxRegime.UkLowValue, result.Regime);
        Assert.Contains(result.Warnings, w => w.Contains("no GB VAT registration", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2999.00, new[] { "NO-VOEC" }, "no-voec", 749.75)]
    [InlineData(3000.00, new[] { "NO-VOEC" }, "import", 0.00)]
    [InlineData(2999.00, new string[0], "import", 0.00)]
    public void Norway_voec_is_for_items_below_3000_crowns_sold_by_registered_sellers(double price, string[] registrations, string regime, double tax)
    {
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "CN", "NO", [("JACKET", 1, (decimal)price, null)], currency: "NOK", registrations: registrations));

        Assert.Equal(regime, result.Regime);
        Assert.Equal((decimal)tax, result.Tax.Amount);
    }

    [Fact]
    public void Australian_goods_shipped_together_above_a_1000_dollars_are_taxed_at_the_border()
    {
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "CN", "AU", [("A", 1, 600m, null), ("B", 1, 600m, null)], currency: "AUD", registrations: ["AU"]));

        Assert.Equal(TaxRegime.Import, result.Regime);
        Assert.Contains(result.Trace, t => t.Detail.Contains("shipped together", StringComparison.Ordinal));
    }

    [Fact]
    public void Malaysia_charges_its_low_value_goods_rate_of_10_percent()
    {
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "CN", "MY", [("CABLE", 2, 100m, null)], currency: "MYR", registrations: ["MY"]));

        Assert.Equal(TaxRegime.MyLowValue, result.Regime);
        Assert.Equal(20.00m, result.Tax.Amount);
    }

    [Fact]
    public void China_cbec_charges_70_percent_of_vat_within_the_limits()
    {
        // 13% × 70% = 9.1%; CNY 1,000 → CNY 91.00.
        var within = Calculator.Calculate(Sales.Of("2025-03-01", "JP", "CN", [("SERUM", 2, 500m, null)], currency: "CNY", seller: "JP", registrations: ["CN-CBEC"], cbecAnnual: 20_000m));

        Assert.Equal(TaxRegime.CnCbec, within.Regime);
        Assert.Equal(Percentage.Parse("9.1%"), within.Lines[0].Rate);
        Assert.Equal(91.00m, within.Tax.Amount);
        Assert.Equal(TaxabilityReason.CbecReducedShare, within.Lines[0].Reason);

        var overAnnual = Calculator.Calculate(Sales.Of("2025-03-01", "JP", "CN", [("SERUM", 2, 500m, null)], currency: "CNY", seller: "JP", registrations: ["CN-CBEC"], cbecAnnual: 25_500m));
        Assert.Equal(TaxRegime.Import, overAnnual.Regime);

        var overTransaction = Calculator.Calculate(Sales.Of("2025-03-01", "JP", "CN", [("SERUM", 1, 4_990m, null)], currency: "CNY", seller: "JP", registrations: ["CN-CBEC"], shipping: 20m));
        Assert.Equal(TaxRegime.Import, overTransaction.Regime); // 4,990 + 20 shipping > 5,000
    }

    [Fact]
    public void Us_sales_tax_is_collected_by_the_marketplace_or_a_registered_seller_and_otherwise_owed_by_the_buyer()
    {
        var marketplace = Calculator.Calculate(Sales.Of("2026-03-01", "US", "US", [("DESK", 1, 200m, null)], currency: "USD", subdivision: "CA", channel: SalesChannel.Marketplace));
        var registered = Calculator.Calculate(Sales.Of("2026-03-01", "CN", "US", [("DESK", 1, 200m, null)], currency: "USD", subdivision: "CA", registrations: ["US-CA"]));
        var unregistered = Calculator.Calculate(Sales.Of("2026-03-01", "CN", "US", [("DESK", 1, 200m, null)], currency: "USD", subdivision: "CA"));

        Assert.Equal((TaxRegime.UsSalesTax, TaxCollector.Marketplace, 14.50m), (marketplace.Regime, marketplace.Collector, marketplace.Tax.Amount));
        Assert.Equal((TaxCollector.Seller, 14.50m), (registered.Collector, registered.Tax.Amount));
        Assert.Equal((TaxCollector.Buyer, 0m, TaxabilityReason.NotCollecting), (unregistered.Collector, unregistered.Tax.Amount, unregistered.Lines[0].Reason));
        Assert.Single(unregistered.Warnings);

        var noState = Assert.Throws<ArgumentException>(() => Calculator.Calculate(Sales.Of("2026-03-01", "US", "US", [("DESK", 1, 200m, null)], currency: "USD")));
        Assert.Contains("buyer's state", noState.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_outside_the_data_is_an_error_never_the_nearest_rate()
    {
        var before = Assert.Throws<TaxRateNotFoundException>(() => Calculator.Calculate(Sales.Of("2019-12-31", "DE", "DE", [("MUG", 1, 10m, null)], seller: "DE")));
        Assert.Equal(TaxRateMissing.OutsideCoverage, before.Reason);

        var thailand = Assert.Throws<TaxRateNotFoundException>(() => Calculator.Calculate(Sales.Of("2026-10-01", "TH", "TH", [("MUG", 1, 10m, null)], currency: "THB", seller: "TH")));
        Assert.Equal(TaxRateMissing.OutsideCoverage, thailand.Reason);
        Assert.Equal(0.70m, Calculator.Calculate(Sales.Of("2026-09-30", "TH", "TH", [("MUG", 1, 10m, null)], currency: "THB", seller: "TH")).Tax.Amount);
    }

    [Fact]
    public void A_country_the_pack_does_not_know_is_an_error_naming_it()
    {
        var e = Assert.Throws<TaxRateNotFoundException>(() => Calculator.Calculate(Sales.Of("2025-03-01", "CN", "BR", [("PHONE", 1, 100m, null)], currency: "BRL")));

        Assert.Equal(TaxRateMissing.UnknownJurisdiction, e.Reason);
        Assert.Contains("no rules for BR", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shipping_over_goods_at_two_rates_is_shared_by_value_and_taxed_at_each()
    {
        var calculator = new TaxCalculator(TestPacks.Load());
        // Goods: book 30.00 (reduced 9% in the test pack) and lamp 10.00 (standard 20%); shipping 4.00 shared 3.00 : 1.00.
        var sale = Sales.Of("2023-06-01", "EE", "EE", [("BOOK", 1, 30m, "books"), ("LAMP", 1, 10m, null)], seller: "EE", shipping: 4m);

        var result = calculator.Calculate(sale);

        var shipping = result.Lines.Where(l => l.Sku == "shipping").ToArray();
        Assert.Equal([3.00m, 1.00m], shipping.Select(l => l.Net.Amount));
        Assert.Equal([0.27m, 0.20m], shipping.Select(l => l.Tax.Amount));
        Assert.All(shipping, l => Assert.Equal(TaxabilityReason.ProportionallyRated, l.Reason));
        Assert.Equal(TaxabilityReason.ReducedRated, result.Lines[0].Reason);
        Assert.Equal(2.70m + 2.00m + 0.27m + 0.20m, result.Tax.Amount);
    }

    [Fact]
    public void Categories_exempt_zero_rate_or_fall_back_to_standard_with_a_trace()
    {
        var calculator = new TaxCalculator(TestPacks.Load());
        var sale = Sales.Of("2026-02-01", "EE", "EE", [("STAMP", 1, 5m, "postage-stamps"), ("BOOK", 1, 10m, "books"), ("FOOD", 1, 10m, "food"), ("EXPORT", 1, 10m, "zero-rated"), ("GIFT", 1, 10m, "exempt")], seller: "EE");

        var result = calculator.Calculate(sale);

        Assert.Equal([TaxabilityReason.ProductExempt, TaxabilityReason.StandardRated, TaxabilityReason.StandardRated, TaxabilityReason.ZeroRated, TaxabilityReason.ProductExempt], result.Lines.Select(l => l.Reason));
        Assert.Equal([0m, 2.40m, 2.40m, 0m, 0m], result.Lines.Select(l => l.Tax.Amount));
        Assert.Contains(result.Trace, t => t.Detail.Contains("maps no 'food' goods in EE", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("DE", "books", "EUR", 7.00)]        // UStG Anlage 2 Nr. 49: 7% on EUR 100
    [InlineData("FR", "newspapers", "EUR", 2.10)]   // CGI: 2.1%
    [InlineData("AU", "food", "AUD", 0.00)]         // GST Act Div 38-A: GST-free
    [InlineData("DE", "childrens-clothing", "EUR", 19.00)]
    public void The_default_pack_maps_common_categories_to_their_tiers(string country, string category, string currency, double tax)
    {
        var result = Calculator.Calculate(Sales.Of("2025-03-01", country, country, [("ITEM", 1, 100m, category)], currency: currency, seller: country));

        Assert.Equal((decimal)tax, result.Tax.Amount);
        Assert.DoesNotContain(result.Trace, t => t.Detail.Contains("maps no", StringComparison.Ordinal));
    }

    [Fact]
    public void A_taxonomy_decides_categories_from_hs_codes()
    {
        var calculator = new TaxCalculator(TestPacks.Load(), taxonomy: new BooksByChapter49());
        var sale = new TaxSale(Sales.Day("2024-06-01"), new TaxSeller(CountryCode.Parse("EE")), CountryCode.Parse("EE"), SalesChannel.OwnStore,
            new TaxBuyer(CountryCode.Parse("EE"), BuyerType.Consumer), [new TaxSaleLine("NOVEL", 1, Money.Of(20m, "EUR"), hsCode: "490199")], Money.Of(0m, "EUR"), false);

        var result = calculator.Calculate(sale);

        Assert.Equal(Percentage.Parse("9%"), result.Lines[0].Rate);
        Assert.Contains(result.Trace, t => t.Detail.Contains("HS 490199 is 'books' goods", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("BC", 12.00)] // GST 5% + PST 7%
    [InlineData("QC", 14.98)] // GST 5% + QST 9.975% = 14.975 → 14.98 half-up
    [InlineData("ON", 13.00)] // HST 13% already includes the GST
    public void A_canadian_provinces_sales_tax_adds_to_the_gst_unless_it_is_harmonised(string province, double tax)
    {
        var result = Calculator.Calculate(Sales.Of("2026-03-01", "CA", "CA", [("BOOT", 1, 100m, null)], currency: "CAD", seller: "CA", subdivision: province));

        Assert.Equal(TaxRegime.Domestic, result.Regime);
        Assert.Equal((decimal)tax, result.Tax.Amount);
        Assert.Equal(province == "ON", !result.Lines[0].Rule.Contains('+', StringComparison.Ordinal));
    }

    [Fact]
    public void A_hosts_local_rates_add_to_a_us_state_rate()
    {
        var calculator = new TaxCalculator(TaxRulePack.Default, localRates: new LosAngeles());
        var sale = Sales.Of("2026-03-01", "US", "US", [("DESK", 1, 200m, null)], currency: "USD", subdivision: "CA", channel: SalesChannel.Marketplace);

        var result = calculator.Calculate(sale);

        // 7.25% state + 2.25% illustrative local = 9.5% of 200.00 = 19.00.
        Assert.Equal(19.00m, result.Tax.Amount);
        Assert.Contains("+ test district 2.25%", result.Lines[0].Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ES", "35001", "ES-CN")]
    [InlineData("ES", "51001", "ES-CE")]
    [InlineData("DE", "27498", "DE-HELGOLAND")]
    [InlineData("FR", "97400", "RE")]
    [InlineData("IT", "23041", "IT-LIVIGNO")]
    public void Special_territories_outside_the_eu_vat_area_are_found_by_postcode(string country, string postcode, string territory)
    {
        var sale = new TaxSale(Sales.Day("2025-03-01"), new TaxSeller(CountryCode.Parse("CN"), ["EU-IOSS"]), CountryCode.Parse("CN"), SalesChannel.OwnStore,
            new TaxBuyer(CountryCode.Parse(country), BuyerType.Consumer, postcode: postcode), [new TaxSaleLine("CASE", 1, Money.Of(20m, "EUR"))], Money.Of(0m, "EUR"), false);

        var result = Calculator.Calculate(sale);

        Assert.Equal(TaxRegime.Import, result.Regime);
        Assert.Equal(0m, result.Tax.Amount);
        Assert.Contains(result.Trace, t => t.Step == "territory" && t.Detail.Contains($"({territory})", StringComparison.Ordinal));

        var mainland = new TaxSale(sale.Date, sale.Seller, sale.ShipFrom, sale.Channel, new TaxBuyer(CountryCode.Parse(country), BuyerType.Consumer, postcode: "10115"), sale.Lines, sale.Shipping, false);
        Assert.Equal(TaxRegime.EuIoss, Calculator.Calculate(mainland).Regime);
    }

    [Fact]
    public void Rounding_is_the_sales_then_the_jurisdictions_then_the_calculators()
    {
        // 3 × EUR 0.05 at 24% (EE from 2025-07-01): per unit round(0.012) = 0.01 × 3 = 0.03; per line round(0.036) = 0.04.
        var json = TestPacks.With("\"tax\": \"VAT\", \"coverageFrom\"", "\"tax\": \"VAT\", \"rounding\": { \"level\": \"per-unit\", \"mode\": \"half-up\" }, \"coverageFrom\"");
        var calculator = new TaxCalculator(TestPacks.Load(json));
        var sale = Sales.Of("2025-07-01", "EE", "EE", [("PIN", 3, 0.05m, null)], seller: "EE");

        var byJurisdiction = calculator.Calculate(sale);
        Assert.Equal(0.03m, byJurisdiction.Tax.Amount);
        Assert.Contains(byJurisdiction.Trace, t => t.Step == "rounding" && t.Detail.StartsWith("per unit, half-up (EE's)", StringComparison.Ordinal));

        var bySale = calculator.Calculate(new TaxSale(sale.Date, sale.Seller, sale.ShipFrom, sale.Channel, sale.Buyer, sale.Lines, sale.Shipping, false) { Rounding = TaxRoundingPolicy.PerLineHalfUp });
        Assert.Equal(0.04m, bySale.Tax.Amount);
        Assert.Equal(0.04m, new TaxCalculator(TestPacks.Load()).Calculate(sale).Tax.Amount);
    }

    [Fact]
    public void The_trace_names_each_rate_once_with_the_lines_that_use_it()
    {
        var result = Calculator.Calculate(Sales.Of("2025-07-01", "DE", "EE", [("A", 1, 1m, null), ("B", 1, 2m, null), ("C", 1, 3m, null)], registrations: ["EU-OSS"]));

        var rate = Assert.Single(result.Trace, t => t.Step == "rate");
        Assert.Equal("EE standard 24% 2025-07-01..: A, B, C", rate.Detail);
    }

    [Fact]
    public void A_credit_note_negates_every_amount()
    {
        var sale = Sales.Of("2025-07-01", "DE", "EE", [("COAT-1", 1, 140m, null)], registrations: ["EU-OSS"], creditNote: true);

        var result = Calculator.Calculate(sale);

        Assert.Equal((-140m, -33.60m, -173.60m), (result.Net.Amount, result.Tax.Amount, result.Gross.Amount));
    }

    [Fact]
    public void Tax_inclusive_prices_keep_the_price_and_take_the_tax_out()
    {
        var result = Calculator.Calculate(Sales.Of("2025-03-01", "DE", "DE", [("MUG", 1, 11.90m, null)], seller: "DE", pricesIncludeTax: true));

        Assert.Equal((10.00m, 1.90m, 11.90m), (result.Net.Amount, result.Tax.Amount, result.Gross.Amount));
    }

    [Fact]
    public void Bad_sales_are_refused_naming_the_parameter()
    {
        Assert.Equal("quantity", Assert.Throws<ArgumentOutOfRangeException>(() => new TaxSaleLine("A", -1, Money.Of(1m, "EUR"))).ParamName);
        Assert.Equal("hsCode", Assert.Throws<ArgumentException>(() => new TaxSaleLine("A", 1, Money.Of(1m, "EUR"), hsCode: "49.01")).ParamName);
        Assert.Equal("unitPrice", Assert.Throws<ArgumentOutOfRangeException>(() => new TaxSaleLine("A", 1, Money.Of(1_000_000_000_000_000.01m, "EUR"))).ParamName);
        Assert.Equal("quantity", Assert.Throws<ArgumentOutOfRangeException>(() => new TaxSaleLine("A", 1_000_000_001m, Money.Of(1m, "EUR"))).ParamName);
        // At the limits nothing overflows: 10^15 × 10^9 × 24% over 3 lines.
        var largest = Sales.Of("2025-07-01", "DE", "EE", [("A", 1_000_000_000m, 1_000_000_000_000_000m, null), ("B", 1_000_000_000m, 1_000_000_000_000_000m, null), ("C", 1_000_000_000m, 1_000_000_000_000_000m, null)], registrations: ["EU-OSS"], shipping: 1_000_000_000_000_000m);
        Assert.Equal(720_000_000_240_000_000_000_000m, Calculator.Calculate(largest).Tax.Amount);
        var mixed = Assert.Throws<ArgumentException>(() => Sales.Of("2025-03-01", "DE", "DE", [("A", 1, 1m, null)], currency: "EUR") is { } s
            ? new TaxSale(s.Date, s.Seller, s.ShipFrom, s.Channel, s.Buyer, [new TaxSaleLine("A", 1, Money.Of(1m, "USD"))], Money.Of(0m, "EUR"), false)
            : null);
        Assert.Contains("One currency per sale", mixed.Message, StringComparison.Ordinal);
        Assert.Equal("lines", Assert.Throws<ArgumentException>(() => new TaxSale(Sales.Day("2025-03-01"), new TaxSeller(CountryCode.Parse("DE")), CountryCode.Parse("DE"), SalesChannel.OwnStore, new TaxBuyer(CountryCode.Parse("DE"), BuyerType.Consumer), [], Money.Of(0m, "EUR"), false)).ParamName);
        Assert.Equal("subdivision", Assert.Throws<ArgumentException>(() => new TaxBuyer(CountryCode.Parse("US"), BuyerType.Consumer, "california")).ParamName);
    }

    private sealed class LosAngeles : ILocalTaxRates
    {
        public LocalTaxRate? RateFor(TaxJurisdiction jurisdiction, string? postcode, NodaTime.LocalDate date) =>
            jurisdiction.ToString() == "US-CA" ? new LocalTaxRate("test district", Percentage.Parse("2.25%"), "test fixture") : null;
    }

    private sealed class BooksByChapter49 : ICommodityTaxonomy
    {
        public TaxCategory? CategoryOf(string hsCode, TaxJurisdiction jurisdiction, NodaTime.LocalDate date) =>
            hsCode.StartsWith("49", StringComparison.Ordinal) ? TaxCategory.Parse("books") : null;
    }
}

public class TaxCalculatorCultureTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Trace_rules_and_json_do_not_depend_on_the_current_culture(string culture)
    {
        static string Render()
        {
            var sale = Sales.Of("2025-03-01", "CN", "FR", [("CASE", 1, 155m, null)], currency: "USD", registrations: ["EU-IOSS"], rates: [Sales.Rate("EUR", "USD", 1.08m)]);
            using var stream = new MemoryStream();
            TaxResultJson.Write(stream, TaxCalculator.Default.Calculate(sale));
            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }

        var invariant = Render();
        Cultures.With(culture, () => Assert.Equal(invariant, Render()));

        Assert.Contains("\"rule\": \"FR standard 20% 2020-01-01..\"", invariant, StringComparison.Ordinal);
    }
}
