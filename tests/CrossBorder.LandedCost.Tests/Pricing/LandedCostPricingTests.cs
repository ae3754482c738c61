using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrossBorder.LandedCost.Tests.Pricing;

public class LandedCostPricingTests
{
    private static readonly LandedCostCalculator Calculator = LandedCostCalculator.Default;

    /// <summary>
    /// A headphone sold into Germany above €150 in March 2026: no IOSS, so duty from the sample tariff (8518 30: 2%) and
    /// import VAT 19% on the customs value plus duty, all in EUR (no conversion to blur the arithmetic).
    /// </summary>
    private static LandedCostOrder Headphones(decimal unitValue, Incoterm incoterm = Incoterm.Ddp, Money? sellingPrice = null) =>
        new(new LocalDate(2026, 3, 1), Currency.FromCode("EUR"), CountryCode.Parse("CN"), new Destination(CountryCode.Parse("DE")), ShippingMode.Courier, incoterm,
            [new LandedCostLine("EAR-1", "851830", CountryCode.Parse("CN"), 1, Money.Of(unitValue, "EUR")) { DutyRate = new DutyRate(Percentage.FromPercent(2m)) }],
            Money.Of(20.00m, "EUR"), Money.Of(0m, "EUR"))
        {
            SellingPrice = sellingPrice,
        };

    [Fact]
    public void The_margin_is_the_price_less_the_landed_cost_and_the_break_even_is_the_landed_cost()
    {
        // EUR 200.00 goods + 20.00 freight = CIF 220.00; duty 2% = 4.40; import VAT 19% × 224.40 = 42.636 → 42.64;
        // landed 200 + 20 + 4.40 + 42.64 = 267.04. At 300.00: margin 32.96, 32.96 / 300 = 10.99% (10.9866…).
        var result = Calculator.Calculate(Headphones(200.00m, sellingPrice: Money.Of(300.00m, "EUR")));

        Assert.Equal(Money.Of(267.04m, "EUR"), result.Totals.LandedCost);
        var margin = Assert.IsType<LandedCostMargin>(result.Margin);
        Assert.Equal((Money.Of(32.96m, "EUR"), Percentage.FromPercent(10.99m), Money.Of(267.04m, "EUR")), (margin.Margin, margin.MarginPercent, margin.BreakEvenPrice));

        // A VAT-registered importer recovers the import VAT: costs 267.04 − 42.64 = 224.40.
        var recovered = LandedCostPricing.Margin(result, Money.Of(300.00m, "EUR"), importTaxRecoverable: true);
        Assert.Equal(Money.Of(224.40m, "EUR"), recovered.BreakEvenPrice);
    }

    [Fact]
    public void The_reverse_price_finds_the_unit_value_that_delivers_the_target()
    {
        // Forward from the example above: EUR 200.00 delivers 267.04, so 267.04 must give back 200.00 exactly.
        var reverse = LandedCostPricing.UnitValueFor(Calculator, Headphones(1m), "EAR-1", Money.Of(267.04m, "EUR"));

        Assert.Equal((Money.Of(200.00m, "EUR"), true), (reverse.UnitValue, reverse.IsExact));
        Assert.Equal(Money.Of(267.04m, "EUR"), reverse.Result.Totals.LandedCost);
    }

    [Fact]
    public void An_unreachable_target_gives_the_highest_value_below_it()
    {
        // Each cent of goods adds 1.0219 of delivered price (1.02 × 1.19 ... rounded), so some cents are skipped; 267.05
        // is between 200.00 (267.04) and 200.01 (267.05 or more): whichever holds, the answer never exceeds the target.
        var target = Money.Of(267.05m, "EUR");
        var reverse = LandedCostPricing.UnitValueFor(Calculator, Headphones(1m), "EAR-1", target);
        var next = Calculator.Calculate(Headphones(reverse.UnitValue.Amount + 0.01m)).Totals.LandedCost;

        Assert.True(reverse.Result.Totals.LandedCost <= target);
        Assert.True(next > target);
        Assert.Equal(reverse.IsExact, reverse.Result.Totals.LandedCost == target);
    }

    [Fact]
    public void Reverse_refuses_an_unknown_sku_a_foreign_currency_and_a_target_below_the_costs_of_nothing()
    {
        Assert.Equal("sku", Assert.Throws<ArgumentException>(() => LandedCostPricing.UnitValueFor(Calculator, Headphones(1m), "NOPE", Money.Of(10m, "EUR"))).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => LandedCostPricing.UnitValueFor(Calculator, Headphones(1m), "EAR-1", Money.Of(10m, "USD"))).ParamName);
        // At the least unit value, 0.01, the consignment is within the €150 duty relief of March 2026: CIF 20.01, no duty,
        // VAT 19% × 20.01 = 3.8019 → 3.80; delivered 0.01 + 20.00 + 3.80 = 23.81, so no price delivers 23.80.
        var e = Assert.Throws<ArgumentException>(() => LandedCostPricing.UnitValueFor(Calculator, Headphones(1m), "EAR-1", Money.Of(23.80m, "EUR")));
        Assert.Equal("target", e.ParamName);
        Assert.Contains("EUR 23.81", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_selling_price_in_another_currency_is_refused()
    {
        var result = Calculator.Calculate(Headphones(200m));

        Assert.Throws<CurrencyMismatchException>(() => LandedCostPricing.Margin(result, Money.Of(1m, "USD")));
        Assert.Equal("sellingPrice", Assert.Throws<ArgumentOutOfRangeException>(() => LandedCostPricing.Margin(result, Money.Of(-1m, "EUR"))).ParamName);
    }

    [ScaledProperty]
    public Property Reverse_then_forward_never_passes_the_target_and_one_cent_more_does(PositiveInt cents)
    {
        // Targets from EUR 23.81 (the delivered price at the least unit value, above) to about EUR 10,000, across the
        // jump where the €150 duty relief ends.
        var target = Money.Of(23.81m + (cents.Get % 1_000_000) / 100m, "EUR");
        var reverse = LandedCostPricing.UnitValueFor(Calculator, Headphones(1m), "EAR-1", target);
        var delivered = reverse.Result.Totals.LandedCost;
        var next = Calculator.Calculate(Headphones(reverse.UnitValue.Amount + 0.01m)).Totals.LandedCost;
        return (delivered <= target && next > target && reverse.IsExact == (delivered == target)).Label($"{target}: {reverse.UnitValue} → {delivered}, +0.01 → {next}");
    }

    [ScaledProperty]
    public Property The_margin_plus_the_break_even_price_is_the_selling_price(PositiveInt cents, bool recoverable)
    {
        var price = Money.Of((cents.Get % 10_000_000) / 100m, "EUR");
        var margin = LandedCostPricing.Margin(Calculator.Calculate(Headphones(150.00m)), price, recoverable);
        return (margin.Margin + margin.BreakEvenPrice == price && margin.Costs == margin.BreakEvenPrice).ToProperty();
    }
}
