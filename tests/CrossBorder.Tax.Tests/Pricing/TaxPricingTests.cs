using CrossBorder.Tax.Tests.Helpers;
using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Tax.Tests.Pricing;

public class TaxPricingTests
{
    private static readonly TaxRoundingPolicy PerLineHalfEven = new(TaxRoundingLevel.PerLine, MidpointRounding.ToEven);

    private static Money Gbp(decimal amount) => Money.Of(amount, "GBP");

    [Fact]
    public void Tax_inside_a_price_is_taken_out_without_rounding_the_net_first()
    {
        // £9.99 incl. 20%: the VAT fraction is 20/120 = 1/6, and 9.99 / 6 = 1.665 exactly, a midpoint:
        // half-up gives 1.67 (net 8.32), half-even gives 1.66 (net 8.33). Rounding the net first (9.99 / 1.2 = 8.325
        // → 8.33) and subtracting would give 1.66 under either rule.
        var halfUp = TaxPricing.Compute([new PricedLine(Gbp(9.99m), 1, Percentage.Parse("20%"))], pricesIncludeTax: true, TaxRoundingPolicy.PerLineHalfUp);
        var halfEven = TaxPricing.Compute([new PricedLine(Gbp(9.99m), 1, Percentage.Parse("20%"))], pricesIncludeTax: true, PerLineHalfEven);

        Assert.Equal((Gbp(8.32m), Gbp(1.67m), Gbp(9.99m)), (halfUp.Net, halfUp.Tax, halfUp.Gross));
        Assert.Equal((Gbp(8.33m), Gbp(1.66m), Gbp(9.99m)), (halfEven.Net, halfEven.Tax, halfEven.Gross));
    }

    [Fact]
    public void Singapore_tax_fraction_at_8_percent()
    {
        // The 8/108 tax fraction on SGD 1,070 (the IRAS example quoted in the shared reference's clarifications):
        // 1070 × 8 / 108 = 79.259… → SGD 79.26.
        Assert.Equal(Money.Of(79.26m, "SGD"), TaxPricing.TaxInGross(Money.Of(1070m, "SGD"), Percentage.Parse("8%"), MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Rounding_levels_differ_as_their_definitions_say()
    {
        // 3 × EUR 0.05 at 19%: per unit round(0.0095) = 0.01, × 3 = 0.03; per line round(0.15 × 0.19 = 0.0285) = 0.03;
        // 7 × EUR 0.05: per unit 0.07; per line round(0.35 × 0.19 = 0.0665) = 0.07 half-up.
        // Two lines per invoice: round((0.15 + 0.35) × 0.19 = 0.095) = 0.10 half-up, shared 0.15 : 0.35 → 0.03 + 0.07.
        PricedLine[] lines = [new(Money.Of(0.05m, "EUR"), 3, Percentage.Parse("19%")), new(Money.Of(0.05m, "EUR"), 7, Percentage.Parse("19%"))];

        var perUnit = TaxPricing.Compute(lines, false, new TaxRoundingPolicy(TaxRoundingLevel.PerUnit, MidpointRounding.AwayFromZero));
        var perLine = TaxPricing.Compute(lines, false, TaxRoundingPolicy.PerLineHalfUp);
        var perInvoice = TaxPricing.Compute(lines, false, new TaxRoundingPolicy(TaxRoundingLevel.PerInvoice, MidpointRounding.AwayFromZero));

        Assert.Equal([0.03m, 0.07m], perUnit.Lines.Select(l => l.Tax.Amount));
        Assert.Equal([0.03m, 0.07m], perLine.Lines.Select(l => l.Tax.Amount));
        Assert.Equal([0.03m, 0.07m], perInvoice.Lines.Select(l => l.Tax.Amount));
        Assert.Equal(0.10m, perInvoice.Tax.Amount);

        // 10 lines of EUR 0.03 at 19%: each line 0.0057 → 0.01, so per line 0.10; per invoice round(0.30 × 0.19 = 0.057) = 0.06.
        var tenLines = Enumerable.Repeat(new PricedLine(Money.Of(0.03m, "EUR"), 1, Percentage.Parse("19%")), 10).ToArray();
        Assert.Equal(0.10m, TaxPricing.Compute(tenLines, false, TaxRoundingPolicy.PerLineHalfUp).Tax.Amount);
        var shared = TaxPricing.Compute(tenLines, false, new TaxRoundingPolicy(TaxRoundingLevel.PerInvoice, MidpointRounding.AwayFromZero));
        Assert.Equal(0.06m, shared.Tax.Amount);
        Assert.Equal([0.01m, 0.01m, 0.01m, 0.01m, 0.01m, 0.01m, 0m, 0m, 0m, 0m], shared.Lines.Select(l => l.Tax.Amount));
    }

    [Fact]
    public void Per_invoice_rounding_keeps_each_rate_apart()
    {
        // 19% on 10.00 = 1.90 and 7% on 10.00 = 0.70; one pooled rounding would have no rate to apply.
        PricedLine[] lines = [new(Money.Of(10m, "EUR"), 1, Percentage.Parse("19%")), new(Money.Of(10m, "EUR"), 1, Percentage.Parse("7%"))];

        var taxed = TaxPricing.Compute(lines, false, new TaxRoundingPolicy(TaxRoundingLevel.PerInvoice, MidpointRounding.ToEven));

        Assert.Equal([1.90m, 0.70m], taxed.Lines.Select(l => l.Tax.Amount));
    }

    [Fact]
    public void Reversing_an_unreachable_price_says_so_and_never_overcharges()
    {
        // At 20% half-up: net 8.32 → 8.32 + 1.66 (1.664) = 9.98; net 8.33 → 8.33 + 1.67 (1.666) = 10.00. No net in pence gives 9.99.
        var reversed = TaxPricing.NetUnitPriceFor(Gbp(9.99m), Percentage.Parse("20%"), MidpointRounding.AwayFromZero);

        Assert.False(reversed.IsExact);
        Assert.Equal((Gbp(8.32m), Gbp(1.66m), Gbp(9.98m)), (reversed.Unit.Net, reversed.Unit.Tax, reversed.Unit.Gross));

        var exact = TaxPricing.NetUnitPriceFor(Gbp(10m), Percentage.Parse("20%"), MidpointRounding.AwayFromZero);
        Assert.True(exact.IsExact);
        Assert.Equal(Gbp(8.33m), exact.Unit.Net);
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("lines", Assert.Throws<ArgumentException>(() => TaxPricing.Compute([], false, TaxRoundingPolicy.PerLineHalfUp)).ParamName);
        Assert.Equal("quantity", Assert.Throws<ArgumentOutOfRangeException>(() => new PricedLine(Gbp(1m), -1, Percentage.Zero)).ParamName);
        Assert.Equal("unitPrice", Assert.Throws<ArgumentOutOfRangeException>(() => new PricedLine(Gbp(-1m), 1, Percentage.Zero)).ParamName);
        Assert.Equal("unitPrice", Assert.Throws<ArgumentOutOfRangeException>(() => new PricedLine(default, 1, Percentage.Zero)).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentOutOfRangeException>(() => new PricedLine(Gbp(1m), 1, Percentage.OneHundred)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => new TaxRoundingPolicy(TaxRoundingLevel.PerLine, MidpointRounding.ToZero)).ParamName);
        Assert.Equal("gross", Assert.Throws<ArgumentOutOfRangeException>(() => TaxPricing.NetUnitPriceFor(Gbp(9.995m), Percentage.Parse("20%"), MidpointRounding.ToEven)).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => TaxPricing.Compute([new(Gbp(1m), 1, Percentage.Zero), new(Money.Of(1m, "EUR"), 1, Percentage.Zero)], false, TaxRoundingPolicy.PerLineHalfUp));
        Assert.Throws<InvalidOperationException>(() => TaxPricing.TaxOnNet(Money.Of(1m, "XAU"), Percentage.Parse("5%"), MidpointRounding.ToEven));
    }

    [ScaledProperty(Arbitrary = [typeof(TaxArbitraries)])]
    public bool Net_plus_tax_is_gross_on_every_line_and_the_totals_are_the_sums(AnyInvoice invoice, TaxRoundingPolicy policy, bool included)
    {
        var taxed = TaxPricing.Compute(invoice.Lines, included, policy);
        var decimals = invoice.Lines[0].UnitPrice.Currency.MinorUnit!.Value;
        return taxed.Lines.All(l => l.Net + l.Tax == l.Gross && l.Tax.Amount == Math.Round(l.Tax.Amount, decimals) && !l.Tax.IsNegative && !l.Net.IsNegative)
            && taxed.Net.Amount == taxed.Lines.Sum(l => l.Net.Amount)
            && taxed.Tax.Amount == taxed.Lines.Sum(l => l.Tax.Amount)
            && taxed.Gross.Amount == taxed.Lines.Sum(l => l.Gross.Amount)
            && (!included || taxed.Lines.Zip(invoice.Lines).All(p => p.First.Gross.Amount == Math.Round(p.Second.UnitPrice.Amount * p.Second.Quantity, decimals, policy.Mode)));
    }

    [ScaledProperty(Arbitrary = [typeof(TaxArbitraries)])]
    public Property Rounding_policies_differ_by_no_more_than_their_rounding_steps(AnyInvoice invoice, bool included)
    {
        // |Σ round(xᵢ) − round(Σ xᵢ)| ≤ (n + 1)/2 minor units per rate; per unit, each line's q unit roundings add ≤ q/2 + 1/2.
        var unit = invoice.Lines[0].UnitPrice.Currency.MinorUnitValue;
        var perLine = TaxPricing.Compute(invoice.Lines, included, TaxRoundingPolicy.PerLineHalfUp);
        var perInvoice = TaxPricing.Compute(invoice.Lines, included, new TaxRoundingPolicy(TaxRoundingLevel.PerInvoice, MidpointRounding.AwayFromZero));
        var perUnit = TaxPricing.Compute(invoice.Lines, included, new TaxRoundingPolicy(TaxRoundingLevel.PerUnit, MidpointRounding.AwayFromZero));
        var invoiceBound = (invoice.Lines.Length + invoice.Lines.Select(l => l.Rate).Distinct().Count()) * unit / 2;
        var unitBound = invoice.Lines.Sum(l => (Math.Ceiling(l.Quantity) + 2) * unit / 2);
        return (Math.Abs(perLine.Tax.Amount - perInvoice.Tax.Amount) <= invoiceBound).Label("per invoice")
            .And(Math.Abs(perLine.Tax.Amount - perUnit.Tax.Amount) <= unitBound).Label("per unit");
    }

    [ScaledProperty(Arbitrary = [typeof(TaxArbitraries)])]
    public bool Tax_is_monotonic_in_the_base(Cents a, Cents b, AnyRate rate, bool included)
    {
        var currency = a.Value.Currency;
        var (low, high) = a.Value.Amount <= b.Value.Amount * 1m ? (a.Value.Amount, Math.Max(a.Value.Amount, b.Value.Amount)) : (b.Value.Amount, a.Value.Amount);
        Money Tax(decimal amount) => included
            ? TaxPricing.TaxInGross(Money.Of(amount, currency), rate.Value, MidpointRounding.AwayFromZero)
            : TaxPricing.TaxOnNet(Money.Of(amount, currency), rate.Value, MidpointRounding.AwayFromZero);
        return Tax(low) <= Tax(high);
    }

    [ScaledProperty(Arbitrary = [typeof(TaxArbitraries)])]
    public bool Exclusive_to_inclusive_and_back_returns_the_same_net_price(Cents net, AnyRate rate, bool halfEven)
    {
        var mode = halfEven ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero;
        var gross = net.Value + TaxPricing.TaxOnNet(net.Value, rate.Value, mode);

        var reversed = TaxPricing.NetUnitPriceFor(gross, rate.Value, mode);

        return reversed.IsExact && reversed.Unit.Net == net.Value && reversed.Unit.Gross == gross;
    }

    [ScaledProperty(Arbitrary = [typeof(TaxArbitraries)])]
    public Property Inclusive_to_exclusive_and_back_returns_the_price_whenever_a_net_price_can(Cents gross, AnyRate rate, bool halfEven)
    {
        var mode = halfEven ? MidpointRounding.ToEven : MidpointRounding.AwayFromZero;
        var currency = gross.Value.Currency;

        var reversed = TaxPricing.NetUnitPriceFor(gross.Value, rate.Value, mode);
        var forward = reversed.Unit.Net + TaxPricing.TaxOnNet(reversed.Unit.Net, rate.Value, mode);
        var nextNet = reversed.Unit.Net + Money.Of(currency.MinorUnitValue, currency);
        var nextGross = nextNet + TaxPricing.TaxOnNet(nextNet, rate.Value, mode);

        return (forward == reversed.Unit.Gross).Label("the result is what the forward calculation gives")
            .And((reversed.Unit.Gross == gross.Value) == reversed.IsExact).Label("exact means equal")
            .And(reversed.Unit.Gross <= gross.Value).Label("never above the target")
            .And(nextGross > gross.Value).Label("the next net price would overshoot");
    }
}
