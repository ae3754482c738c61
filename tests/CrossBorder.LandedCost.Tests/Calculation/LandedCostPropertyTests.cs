using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.LandedCost.Tests.Calculation;

/// <summary>Laws of every landed-cost result, on the bounded orders of <see cref="LandedCostArbitraries"/>.</summary>
public class LandedCostPropertyTests
{
    private static readonly (string Name, Func<LandedCostAmounts, Money> Of)[] Parts =
    [
        ("goods", a => a.Goods), ("freight", a => a.Freight), ("insurance", a => a.Insurance), ("customsValue", a => a.CustomsValue),
        ("duty", a => a.Duty), ("importTax", a => a.ImportTax), ("saleTax", a => a.SaleTax), ("fees", a => a.Fees), ("landedCost", a => a.LandedCost),
    ];

    /// <summary>True, or false labelled with the first check that fails.</summary>
    private static Property All(IEnumerable<(bool Holds, string Label)> checks) =>
        checks.FirstOrDefault(c => !c.Holds) is { Label: { } failed } ? false.Label(failed) : true.Label("all hold");

    private static Money Sum(IEnumerable<Money> amounts, Currency currency) => amounts.Aggregate(Money.Zero(currency), (s, m) => s + m);

    /// <summary>goods + freight + insurance + duty + import tax + sale tax + fees.</summary>
    private static Money PartsOf(LandedCostAmounts a) => a.Goods + a.Freight + a.Insurance + a.Duty + a.ImportTax + a.SaleTax + a.Fees;

    /// <summary>The order's rate from its customs currency to the other, applied as 1 base = rate quote and rounded half away from zero.</summary>
    private static Money ToOther(AnyOrder order, Money amount)
    {
        var rate = order.Spec.Rates.Single(r => r.Base == order.Spec.Currency && r.Quote == order.Other).Rate;
        var other = Currency.FromCode(order.Other);
        return Money.Of(Math.Round(amount.Amount * rate, other.MinorUnit ?? 0, MidpointRounding.AwayFromZero), other);
    }

    /// <summary>An order's freight or insurance in its customs currency: as given, or divided by the customs→other rate.</summary>
    private static Money InCustoms(AnyOrder order, decimal amount)
    {
        var spec = order.Spec;
        var customs = Currency.FromCode(spec.Currency);
        return spec.FreightCurrency == spec.Currency
            ? Money.Of(amount, customs)
            : Money.Of(Math.Round(amount / spec.Rates.Single(r => r.Base == spec.Currency && r.Quote == spec.FreightCurrency).Rate, customs.MinorUnit ?? 0, MidpointRounding.AwayFromZero), customs);
    }

    [ScaledProperty(Arbitrary = [typeof(LandedCostArbitraries)])]
    public Property Lines_sum_to_the_totals_fees_to_their_total_and_the_payers_to_the_landed_cost(AnyOrder order)
    {
        var result = order.Spec.Calculate();
        var c = result.Currency;
        var t = result.Totals;
        return All(
            Parts.Select(p => (Sum(result.Lines.Select(l => p.Of(l.Amounts)), c) == p.Of(t), $"lines' {p.Name} sum to the total"))
                .Concat(result.Lines.Select(l => (l.Amounts.LandedCost == PartsOf(l.Amounts), $"{l.Sku}: landed cost is the sum of its parts")))
                .Append((t.LandedCost == PartsOf(t), "total landed cost is the sum of its parts"))
                .Append((Sum(result.Fees.Select(f => f.Amount), c) == t.Fees, "fees[] sum to totals.fees"))
                .Append((result.Payer.Seller + result.Payer.Buyer == t.LandedCost, "seller + buyer = landed cost"))
                .Append((!result.Payer.Seller.IsNegative && !result.Payer.Buyer.IsNegative, "neither part is negative"))
                .Concat(Parts.SelectMany(p => result.Lines.Select(l => (!p.Of(l.Amounts).IsNegative && p.Of(l.Amounts).IsRounded, $"{l.Sku}: {p.Name} is a non-negative amount in whole minor units")))));
    }

    [ScaledProperty(Arbitrary = [typeof(LandedCostArbitraries)])]
    public Property Ddp_and_dap_give_the_same_totals_and_dap_moves_duty_tax_and_importer_fees_to_the_buyer(AnyOrder order)
    {
        var ddp = (order.Spec with { Incoterm = Incoterm.Ddp }).Calculate();
        var dap = (order.Spec with { Incoterm = Incoterm.Dap }).Calculate();
        var c = ddp.Currency;
        var importerFees = Sum(dap.Fees.Where(f => f.Payer == Party.Buyer).Select(f => f.Amount), c);
        var t = ddp.Totals;

        // Under DDP the seller carries, insures, imports and pays every fee: the buyer pays the goods and the tax at sale.
        return All(
            Parts.Select(p => (p.Of(ddp.Totals) == p.Of(dap.Totals), $"{p.Name} is the same under DDP and DAP"))
                .Append((ddp.Payer.Buyer == t.Goods + t.SaleTax, "the DDP buyer pays the goods and the tax at sale"))
                .Append((dap.Payer.Buyer == ddp.Payer.Buyer + t.Duty + t.ImportTax + importerFees, "buyer(DAP) = buyer(DDP) + duty + import tax + importer's fees")));
    }

    [ScaledProperty(Arbitrary = [typeof(LandedCostArbitraries)])]
    public Property Freight_and_insurance_shares_sum_to_the_orders_for_every_allocation_method(AnyOrder order)
    {
        var freight = InCustoms(order, order.Spec.Freight);
        var insurance = InCustoms(order, order.Spec.Insurance);
        return All(Enum.GetValues<AllocationMethod>().SelectMany(method =>
        {
            var result = (order.Spec with { Allocation = method }).Calculate();
            return new[]
            {
                (Sum(result.Lines.Select(l => l.Amounts.Freight), result.Currency) == freight, $"{method}: freight shares sum to {freight}"),
                (Sum(result.Lines.Select(l => l.Amounts.Insurance), result.Currency) == insurance, $"{method}: insurance shares sum to {insurance}"),
            };
        }));
    }

    [ScaledProperty(Arbitrary = [typeof(LandedCostArbitraries)])]
    public Property Changing_the_result_currency_only_converts(AnyOrder order)
    {
        // With the invoice in the customs currency, each amount in the other currency is the customs-currency amount at the
        // order's rate, rounded half away from zero: per line for goods, duty, import tax and tax at sale (converted per
        // line), in total for freight and insurance (converted before sharing), per fee for the fees.
        var local = InCustomsCurrency(order.Spec);
        var inCustoms = local.Calculate();
        var inOther = (local with { Currency = order.Other }).Calculate();
        return All(
            new[] { (inCustoms.Regime == inOther.Regime, "same regime"), (inCustoms.Basis == inOther.Basis, "same basis") }
                .Concat(inCustoms.Lines.Zip(inOther.Lines).SelectMany(pair => new[] { "goods", "duty", "importTax", "saleTax" }.Select(name =>
                {
                    var part = Parts.Single(p => p.Name == name).Of;
                    return (ToOther(order, part(pair.First.Amounts)) == part(pair.Second.Amounts), $"{pair.First.Sku}: {name} converts");
                })))
                .Append((ToOther(order, inCustoms.Totals.Freight) == inOther.Totals.Freight, "freight converts"))
                .Append((ToOther(order, inCustoms.Totals.Insurance) == inOther.Totals.Insurance, "insurance converts"))
                .Concat(inCustoms.Fees.Zip(inOther.Fees).Select(pair => (pair.First.Code == pair.Second.Code && ToOther(order, pair.First.Amount) == pair.Second.Amount, $"fee {pair.First.Code} converts")))
                .Append((inCustoms.Fees.Count == inOther.Fees.Count, "the same fees")));
    }

    [ScaledProperty(Arbitrary = [typeof(LandedCostArbitraries)])]
    public Property Landed_cost_never_falls_as_goods_value_rises_above_the_thresholds(AnyOrderAboveThresholds above, PositiveInt lineSeed, PositiveInt bumpCents)
    {
        // Above A$1,000 in Australia, above €150 in the EU after 2026-07-01 and on a US formal entry, raising one line's
        // unit value by 0.01 to 1,000.00 raises the landed cost by at least the goods' increase: duty, import tax and fees
        // never fall (freight is shared by quantity or weight here, so no other line's base moves).
        var spec = above.Order.Spec;
        var i = lineSeed.Get % spec.Lines.Length;
        var bump = ((bumpCents.Get % 100_000) + 1) / 100m;
        var line = spec.Lines[i];
        var raisedLine = new LandedCostLine(line.Sku, line.HsCode, line.OriginCountry, line.Quantity, line.UnitValue + Money.Of(bump, line.UnitValue.Currency), line.WeightKg) { DutyRate = line.DutyRate };
        var before = spec.Calculate();
        var after = (spec with { Lines = [.. spec.Lines.Select((l, k) => k == i ? raisedLine : l)] }).Calculate();
        var (b, a) = (before.Totals, after.Totals);
        return All(
        [
            (before.Regime == after.Regime, $"same regime ({before.Regime}, {after.Regime})"),
            (a.Duty >= b.Duty, "duty does not fall"),
            (a.ImportTax >= b.ImportTax, "import tax does not fall"),
            (a.Fees >= b.Fees, "fees do not fall"),
            (a.LandedCost - b.LandedCost >= Money.Of(bump * line.Quantity, a.LandedCost.Currency), $"landed cost rises by at least {bump} × {line.Quantity}"),
        ]);
    }

    /// <summary>The same order with its lines and freight in the customs currency (the same figures, not converted).</summary>
    /// <summary>The order with its numbers read in the customs currency (rounded to its minor unit, a line's unit value to at least one).</summary>
    private static OrderSpec InCustomsCurrency(OrderSpec spec)
    {
        var customs = Currency.FromCode(spec.Currency);
        var minor = customs.MinorUnit ?? 0;
        return spec with
        {
            FreightCurrency = spec.Currency,
            Freight = Math.Round(spec.Freight, minor, MidpointRounding.AwayFromZero),
            Insurance = Math.Round(spec.Insurance, minor, MidpointRounding.AwayFromZero),
            Lines = [.. spec.Lines.Select(l => new LandedCostLine(l.Sku, l.HsCode, l.OriginCountry, l.Quantity, Money.Of(Math.Max(Math.Round(l.UnitValue.Amount, minor, MidpointRounding.AwayFromZero), customs.MinorUnitValue), customs), l.WeightKg) { DutyRate = l.DutyRate })],
        };
    }
}
