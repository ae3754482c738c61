using CrossBorder.Fx;
using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.LandedCost.Tests.Economics;

public class UnitEconomicsTests
{
    private static readonly Currency EurCurrency = Currency.FromCode("EUR");
    private static readonly Currency UsdCurrency = Currency.FromCode("USD");
    private static readonly NodaTime.LocalDate Date = new(2026, 12, 1);

    private static Money Eur(decimal amount) => Money.Of(amount, "EUR");

    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    private static Money Cny(decimal amount) => Money.Of(amount, "CNY");

    /// <summary>An illustrative EU marketplace sale; every fee is a made-up illustration, not any marketplace's figure.</summary>
    private static UnitEconomics EuSale(decimal price = 36.00m) => new(
        Eur(price),
        Eur(8.00m),
        includedTaxRate: Percentage.Parse("20%"),
        firstLegFreight: Eur(1.50m),
        duty: Eur(0.40m),
        importTax: Eur(1.98m),
        importTaxRecoverable: true,
        referralRate: Percentage.Parse("15%"),
        referralMinimum: Eur(0.30m),
        fulfilmentFee: Eur(3.20m),
        paymentFee: CardFee.Of(Percentage.Parse("1.5%"), Eur(0.25m), "illustration"),
        advertisingShareOfPrice: Percentage.Parse("10%"),
        returnRate: Percentage.Parse("5%"),
        costPerReturn: Eur(6.00m));

    [Fact]
    public void Every_cost_line_its_share_and_the_contribution_of_a_tax_inclusive_price()
    {
        // Net revenue 36.00 / 1.20 = 30.00. Lines: purchase 8.00, freight 1.50, duty 0.40, import tax 0 (recoverable),
        // referral 15% × 36.00 = 5.40, fulfilment 3.20, payment 1.5% × 36.00 + 0.25 = 0.79, ads 10% × 36.00 = 3.60,
        // returns 5% × 6.00 = 0.30. Total 23.19; contribution 30.00 − 23.19 = 6.81, margin 6.81 / 30.00 = 22.7%.
        var result = EuSale().Compute(EurCurrency);

        Assert.Equal(Eur(30.00m), result.NetRevenue);
        Assert.Equal(
            [Eur(8.00m), Eur(1.50m), Eur(0.40m), Eur(0m), Eur(5.40m), Eur(3.20m), Eur(0.79m), Eur(3.60m), Eur(0.30m)],
            result.Lines.Select(l => l.Amount));
        Assert.Equal(Enum.GetValues<UnitCostKind>(), result.Lines.Select(l => l.Kind));
        Assert.Equal(Eur(23.19m), result.TotalCost);
        Assert.Equal(Eur(6.81m), result.Contribution);
        Assert.Equal(Percentage.Parse("22.7%"), result.ContributionMargin);

        // Referral 5.40 of 30.00 net = 18%.
        Assert.Equal(Percentage.Parse("18%"), result[UnitCostKind.ReferralFee].ShareOfNetRevenue);
    }

    [Fact]
    public void The_break_even_is_the_exact_root_rounded_up_to_the_cent()
    {
        // Costs that do not move with the price: 8.00 + 1.50 + 0.40 + 3.20 + 0.25 + 0.30 = 13.65. Each euro of price
        // leaves 1/1.2 − 15% − 1.5% − 10% = 341/600; 13.65 × 600 / 341 = 8190 / 341 = 24.0175…, up to 24.02.
        // (With the referral at its minimum: (13.65 + 0.30) / (1/1.2 − 11.5%) = 19.42, lower, so the percentage holds.)
        var result = EuSale().Compute(EurCurrency);

        Assert.Equal(Eur(24.02m), result.BreakEvenPrice);

        // At 24.02: 24.02 × 341/600 − 13.65 = +0.0014; at 24.01: −0.0043.
        Assert.False(EuSale(24.02m).Compute(EurCurrency).Contribution.IsNegative);
        Assert.True(EuSale(24.01m).Compute(EurCurrency).Contribution.IsNegative);
    }

    [Fact]
    public void A_referral_minimum_that_holds_sets_the_break_even()
    {
        // Price excludes tax; purchase 0.80, referral 15% with a minimum of 0.50. Roots: 0.80 / 0.85 = 0.94 with the
        // percentage (but 15% of 0.94 is below 0.50, so the minimum holds) and (0.80 + 0.50) / 1 = 1.30: 1.30.
        var economics = new UnitEconomics(Eur(2.00m), Eur(0.80m), referralRate: Percentage.Parse("15%"), referralMinimum: Eur(0.50m));

        var result = economics.Compute(EurCurrency);

        Assert.Equal(Eur(0.50m), result[UnitCostKind.ReferralFee].Amount);
        Assert.Equal(Eur(1.30m), result.BreakEvenPrice);
        Assert.Equal(Eur(0m), economics.WithSellingPrice(Eur(1.30m)).Compute(EurCurrency).Contribution);
        Assert.Equal(Eur(-0.01m), economics.WithSellingPrice(Eur(1.29m)).Compute(EurCurrency).Contribution);
    }

    [Fact]
    public void Costs_in_several_currencies_are_converted_exactly_and_crossed_where_needed()
    {
        // USD/CNY 7: purchase CNY 35.00 = USD 5.00, freight CNY 7.00 = USD 1.00. With duty 0.50, referral 15% × 20.00 = 3.00,
        // fulfilment 4.00 and ads 1.20 the total is 14.70; contribution 20.00 − 14.70 = 5.30 (26.5%).
        // Break-even: (5.00 + 1.00 + 0.50 + 4.00 + 1.20) / 0.85 = 11.70 / 0.85 = 13.7647…, up to USD 13.77.
        var economics = new UnitEconomics(
            Usd(20.00m), Cny(35.00m), firstLegFreight: Cny(7.00m), duty: Usd(0.50m), referralRate: Percentage.Parse("15%"),
            fulfilmentFee: Usd(4.00m), advertisingPerUnit: Usd(1.20m));
        var usdCny = new ExchangeRate(UsdCurrency, Currency.FromCode("CNY"), 7m, Date);

        var inUsd = economics.Compute(UsdCurrency, [usdCny]);
        Assert.Equal(Usd(5.30m), inUsd.Contribution);
        Assert.Equal(Percentage.Parse("26.5%"), inUsd.ContributionMargin);
        Assert.Equal(Usd(13.77m), inUsd.BreakEvenPrice);

        // In EUR with EUR/USD 1.25, CNY crossed through USD: every figure / 1.25, so the contribution is EUR 4.24;
        // the break-even stays in the price's currency. The crossed rate is carried to decimal's 28 digits, so compare rounded.
        var inEur = economics.Compute(EurCurrency, [usdCny, new ExchangeRate(EurCurrency, UsdCurrency, 1.25m, Date)]);
        Assert.Equal(Eur(4.24m), inEur.Contribution.Round(MidpointRounding.AwayFromZero));
        Assert.True(Math.Abs(inEur.Contribution.Amount - 4.24m) < 1e-20m);
        Assert.Equal(Eur(4.00m), inEur[UnitCostKind.PurchaseCost].Amount.Round(MidpointRounding.AwayFromZero));
        Assert.Equal(Usd(13.77m), inEur.BreakEvenPrice);
    }

    [Fact]
    public void The_break_even_is_zero_when_nothing_is_fixed_and_one_cent_when_a_cent_is()
    {
        // Only a referral of 15%: every price earns 85% of itself, so the root is 0. A purchase cost of 0.01 on a 1.00
        // price excluding tax: 0.01 / 0.85 = 0.0117…, up to 0.02 (0.02 × 0.85 − 0.01 = +0.007; 0.01 × 0.85 − 0.01 < 0).
        Assert.Equal(Eur(0m), new UnitEconomics(Eur(1m), Eur(0m), referralRate: Percentage.Parse("15%")).Compute(EurCurrency).BreakEvenPrice);
        Assert.Equal(Eur(0.02m), new UnitEconomics(Eur(1m), Eur(0.01m), referralRate: Percentage.Parse("15%")).Compute(EurCurrency).BreakEvenPrice);
        Assert.Equal(Eur(0.01m), new UnitEconomics(Eur(1m), Eur(0.01m)).Compute(EurCurrency).BreakEvenPrice);
    }

    [Fact]
    public void Import_tax_is_a_cost_only_when_it_is_not_recovered()
    {
        // Purchase 10.00 and import tax 2.00 on a price of 20.00: contribution 8.00 when the tax is a cost, 10.00 when recovered.
        var paid = new UnitEconomics(Eur(20m), Eur(10m), importTax: Eur(2m)).Compute(EurCurrency);
        var recovered = new UnitEconomics(Eur(20m), Eur(10m), importTax: Eur(2m), importTaxRecoverable: true).Compute(EurCurrency);

        Assert.Equal(Eur(8m), paid.Contribution);
        Assert.Equal(Eur(10m), recovered.Contribution);
    }

    [Fact]
    public void The_working_names_each_line_and_the_break_even()
    {
        var text = EuSale().Compute(EurCurrency).Explain().ToString();

        Assert.Contains("ReferralFee (18% of net revenue)", text, StringComparison.Ordinal);
        Assert.Contains("Break-even selling price", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("sellingPrice", Assert.Throws<ArgumentOutOfRangeException>(() => new UnitEconomics(Eur(0m), Eur(1m))).ParamName);
        Assert.Equal("purchaseCost", Assert.Throws<ArgumentOutOfRangeException>(() => new UnitEconomics(Eur(5m), Eur(-1m))).ParamName);
        Assert.Equal("duty", Assert.Throws<ArgumentOutOfRangeException>(() => new UnitEconomics(Eur(5m), Eur(1m), duty: default(Money))).ParamName);
        Assert.Equal("referralRate", Assert.Throws<ArgumentOutOfRangeException>(() => new UnitEconomics(Eur(5m), Eur(1m), referralRate: Percentage.OneHundred)).ParamName);
        Assert.Equal("returnRate", Assert.Throws<ArgumentOutOfRangeException>(() => new UnitEconomics(Eur(5m), Eur(1m), returnRate: Percentage.Parse("101%"))).ParamName);
        Assert.Equal("includedTaxRate", Assert.Throws<ArgumentOutOfRangeException>(() => new UnitEconomics(Eur(5m), Eur(1m), includedTaxRate: Percentage.Parse("-1%"))).ParamName);
        Assert.Equal("referralMinimum", Assert.Throws<ArgumentException>(() => new UnitEconomics(Eur(5m), Eur(1m), referralMinimum: Usd(0.3m))).ParamName);
        Assert.Equal("paymentFee", Assert.Throws<ArgumentException>(() => new UnitEconomics(Eur(5m), Eur(1m), paymentFee: CardFee.Of(Percentage.Zero, Usd(0.3m), "illustration"))).ParamName);
        Assert.Equal("sellingPrice", Assert.Throws<ArgumentException>(() => new UnitEconomics(Money.Of(5m, "XAU"), Money.Of(1m, "XAU"))).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => EuSale().WithSellingPrice(Usd(5m)));

        var missing = Assert.Throws<ArgumentException>(() => new UnitEconomics(Eur(5m), Cny(1m)).Compute(EurCurrency));
        Assert.Equal("rates", missing.ParamName);
        Assert.Equal("currency", Assert.Throws<ArgumentException>(() => EuSale().Compute(Currency.FromCode("XAU"))).ParamName);
        Assert.Contains("No rate converts CNY into EUR", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentage_fees_that_take_the_whole_net_price_leave_no_break_even_and_say_why()
    {
        // 20% VAT included leaves 83.33% of the price; referral 15% + payment 3% + advertising 70% = 88% of it.
        var error = Assert.Throws<ArgumentException>(() => new UnitEconomics(
            Eur(30m), Eur(5m), includedTaxRate: Percentage.Parse("20%"), referralRate: Percentage.Parse("15%"),
            paymentFee: CardFee.Of(Percentage.Parse("3%"), Eur(0m), "illustration"), advertisingShareOfPrice: Percentage.Parse("70%")));

        Assert.Equal("advertisingShareOfPrice", error.ParamName);
        Assert.Contains("take 88% of the price, and the net revenue is 83.33%", error.Message, StringComparison.Ordinal);
        Assert.Contains("no break-even", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void Results_and_messages_do_not_depend_on_the_culture(string name)
    {
        var invariant = EuSale().Compute(EurCurrency);
        var (culture, ui) = (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture);
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo(name);
            var result = EuSale().Compute(EurCurrency);
            Assert.Equal(invariant.BreakEvenPrice, result.BreakEvenPrice);
            Assert.Equal(invariant.Contribution, result.Contribution);
            Assert.Equal(invariant.ToString(), result.ToString());
            var error = Assert.Throws<ArgumentException>(() => new UnitEconomics(Eur(30m), Eur(5m), includedTaxRate: Percentage.Parse("20%"), advertisingShareOfPrice: Percentage.Parse("90%")));
            Assert.Contains("take 90% of the price, and the net revenue is 83.33%", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            (System.Globalization.CultureInfo.CurrentCulture, System.Globalization.CultureInfo.CurrentUICulture) = (culture, ui);
        }
    }

    [ScaledProperty(Arbitrary = [typeof(EconomicsArbitraries)])]
    public Property The_break_even_price_earns_zero_or_more_and_a_minor_unit_less_loses(AnyEconomics any)
    {
        var result = any.Economics.Compute(any.Result, any.Rates);
        var breakEven = result.BreakEvenPrice;
        var unit = breakEven.Currency.MinorUnitValue;

        // The generator's purchase cost of 2 major units or more puts every break-even above one minor unit.
        var atBreakEven = any.Economics.WithSellingPrice(breakEven).Compute(any.Result, any.Rates).Contribution;
        var below = any.Economics.WithSellingPrice(Money.Of(breakEven.Amount - unit, breakEven.Currency)).Compute(any.Result, any.Rates).Contribution;
        return (!atBreakEven.IsNegative).Label("contribution at the break-even ≥ 0")
            .And(below.IsNegative).Label("contribution a minor unit below < 0")
            .And(breakEven.IsRounded && breakEven.Currency == any.Economics.SellingPrice.Currency).Label("whole minor units of the price's currency");
    }

    [ScaledProperty(Arbitrary = [typeof(EconomicsArbitraries)])]
    public Property Lines_sum_to_the_total_and_the_contribution_is_net_less_total(AnyEconomics any)
    {
        var result = any.Economics.Compute(any.Result, any.Rates);
        var sum = result.Lines.Aggregate(Money.Zero(any.Result), (s, l) => s + l.Amount);
        return (sum == result.TotalCost).Label("Σ lines = total cost")
            .And(result.Contribution == result.NetRevenue - result.TotalCost).Label("contribution = net − total")
            .And(result.Lines.All(l => !l.Amount.IsNegative && l.Amount.Currency == any.Result)).Label("lines non-negative in the result currency")
            .And(result.Lines.Count == Enum.GetValues<UnitCostKind>().Length).Label("every line present");
    }

    [ScaledProperty(Arbitrary = [typeof(EconomicsArbitraries)])]
    public Property The_result_currency_only_converts(AnyEconomics any)
    {
        // Computing in USD is computing in the price's currency and converting at the same rate, up to decimal's 28 digits.
        var usd = Currency.FromCode("USD");
        var rate = any.Rates[0];
        var inPrice = any.Economics.Compute(any.Economics.SellingPrice.Currency, any.Rates);
        var inUsd = any.Economics.Compute(usd, any.Rates);
        var converted = rate.ConvertExact(inPrice.Contribution);
        return (Math.Abs(converted.Amount - inUsd.Contribution.Amount) < 1e-12m).Label("contribution converts")
            .And(Math.Abs(inPrice.ContributionMargin.Fraction - inUsd.ContributionMargin.Fraction) < 1e-15m).Label("margin is the same")
            .And(Math.Abs(inPrice.BreakEvenPrice.Amount - inUsd.BreakEvenPrice.Amount) <= inPrice.BreakEvenPrice.Currency.MinorUnitValue).Label("break-even within a minor unit");
    }

    [ScaledProperty(Arbitrary = [typeof(EconomicsArbitraries)])]
    public Property Contribution_rises_with_the_price_and_the_margin_never_falls(AnyEconomics any, PositiveInt step)
    {
        var price = any.Economics.SellingPrice;
        var higher = Money.Of(price.Amount + (step.Get % 100_000 * price.Currency.MinorUnitValue), price.Currency);
        var low = any.Economics.Compute(any.Result, any.Rates);
        var high = any.Economics.WithSellingPrice(higher).Compute(any.Result, any.Rates);
        return (high.Contribution > low.Contribution).Label("contribution strictly higher")
            .And(high.ContributionMargin >= low.ContributionMargin).Label("margin not lower");
    }
}
