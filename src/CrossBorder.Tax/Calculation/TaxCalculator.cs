using System.Globalization;

namespace CrossBorder.Tax;

/// <summary>
/// Computes the tax of a sale from a rule pack: the regime and who collects it, each line's rate, tax and reason with
/// its source, totals exact to the minor unit, and a trace of every test. Pure and thread-safe: one instance serves a
/// whole host.
/// </summary>
public sealed class TaxCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="pack">The rules.</param>
    /// <param name="rounding">The rounding used when a sale does not say; default per line, half-up.</param>
    /// <param name="taxonomy">Decides categories from HS codes for lines that carry no category; null when none.</param>
    /// <param name="localRates">Local rates added to US state rates; null when the host has none (state rates only).</param>
    public TaxCalculator(TaxRulePack pack, TaxRoundingPolicy? rounding = null, ICommodityTaxonomy? taxonomy = null, ILocalTaxRates? localRates = null)
    {
        ArgumentNullException.ThrowIfNull(pack);
        Pack = pack;
        Rounding = rounding ?? TaxRoundingPolicy.PerLineHalfUp;
        Taxonomy = taxonomy;
        LocalRates = localRates;
    }

    /// <summary>A calculator over <see cref="TaxRulePack.Default"/>, rounding per line half-up.</summary>
    public static TaxCalculator Default { get; } = new(TaxRulePack.Default);

    /// <summary>The rules.</summary>
    public TaxRulePack Pack { get; }

    /// <summary>The default rounding.</summary>
    public TaxRoundingPolicy Rounding { get; }

    /// <summary>The HS-code taxonomy, if any.</summary>
    public ICommodityTaxonomy? Taxonomy { get; }

    /// <summary>The local-rate table, if any.</summary>
    public ILocalTaxRates? LocalRates { get; }

    /// <summary>Computes the tax of <paramref name="sale"/>.</summary>
    /// <exception cref="TaxRateNotFoundException">The rule pack has no rate for the jurisdiction and date (an unknown jurisdiction, or a date outside the data's coverage).</exception>
    /// <exception cref="ArgumentException">A US sale without the buyer's state, or a value test that needs an exchange rate the sale does not give.</exception>
    /// <exception cref="InvalidOperationException">The sale's currency has no minor unit.</exception>
    public TaxResult Calculate(TaxSale sale)
    {
        ArgumentNullException.ThrowIfNull(sale);
        var trace = new TaxTrace();
        var warnings = new List<string>();
        var decision = new RegimeSelector(Pack, sale, trace, warnings).Decide();
        var rules = decision.OutsideThePack ? null
            : Pack.TryGet(decision.RateJurisdiction, out var found) ? found
            : throw new TaxRateNotFoundException(decision.RateJurisdiction, TaxTier.Standard, sale.Date, TaxRateMissing.UnknownJurisdiction,
                $"the tax rule pack {Pack.Version} has no rules for {decision.RateJurisdiction}.");

        var goods = new LineRate[sale.Lines.Count];
        for (var i = 0; i < goods.Length; i++)
        {
            goods[i] = RateOf(sale.Lines[i], rules, sale, decision, trace);
        }

        var priced = new List<PricedLine>(goods.Length + 2);
        var described = new List<(string Sku, LineRate Rate)>(goods.Length + 2);
        for (var i = 0; i < goods.Length; i++)
        {
            priced.Add(new PricedLine(sale.Lines[i].UnitPrice, sale.Lines[i].Quantity, goods[i].Charged));
            described.Add((sale.Lines[i].Sku, goods[i]));
        }

        AddShipping(sale, goods, priced, described, trace);

        var policy = sale.Rounding ?? rules?.Rounding ?? Rounding;
        var invoice = TaxPricing.Compute(priced.ToArray(), sale.PricesIncludeTax, policy);
        var whose = sale.Rounding is not null ? "the sale's" : rules?.Rounding is not null ? $"{rules.Jurisdiction}'s" : "the calculator's default";
        trace.Add(new("rounding", string.Create(CultureInfo.InvariantCulture, $"{policy} ({whose}); prices {(sale.PricesIncludeTax ? "include" : "exclude")} tax")));
        if (sale.IsCreditNote)
        {
            invoice = Negate(invoice);
            trace.Add(new("credit note", "amounts computed as for the sale, then negated"));
        }

        var lines = new TaxResultLine[described.Count];
        for (var i = 0; i < lines.Length; i++)
        {
            var (sku, rate) = described[i];
            lines[i] = new TaxResultLine(sku, invoice.Lines[i], rate.Applicable, rate.Reason, rate.Rule, rate.Source);
        }

        return new TaxResult(decision.Regime, decision.Collector, decision.RateJurisdiction, lines, invoice, trace.ToArray(), [.. warnings]);
    }

    private LineRate RateOf(TaxSaleLine line, JurisdictionRules? rules, TaxSale sale, RegimeDecision decision, TaxTrace trace)
    {
        if (rules is null)
        {
            // Only imports into special territories reach here: customs charges a tax the pack does not hold (IGIC in the Canary Islands).
            var missing = string.Create(CultureInfo.InvariantCulture, $"no rules for the territory's own tax in the pack");
            trace.AddLine("rate", missing + ": ", line.Sku);
            return new LineRate(Percentage.Zero, Percentage.Zero, TaxabilityReason.ImportVatAtBorder, missing, "rule pack " + Pack.Version);
        }

        var category = line.Category ?? CategoryFromCode(line, rules.Jurisdiction, sale, trace);
        var (applicable, reason, rule, source) = category == TaxCategory.Exempt
            ? (Percentage.Zero, TaxabilityReason.ProductExempt, "exempt", "category exempt given by the caller")
            : category == TaxCategory.ZeroRated
            ? (Percentage.Zero, TaxabilityReason.ZeroRated, "zero-rated", "category zero-rated given by the caller")
            : decision.FixedRate is { } fixedRate
            ? (fixedRate, TaxabilityReason.StandardRated, string.Create(CultureInfo.InvariantCulture, $"{decision.Regime} {fixedRate}"), decision.Source ?? decision.Regime)
            : Layered(rules, line.Sku, category, sale.Date, trace);

        if (decision.Regime == TaxRegime.UsSalesTax && LocalRates?.RateFor(rules.Jurisdiction, sale.Buyer.Postcode, sale.Date) is { } local && applicable > Percentage.Zero)
        {
            applicable += local.Rate;
            rule = string.Create(CultureInfo.InvariantCulture, $"{rule} + {local.Name} {local.Rate}");
            source = source + "; " + local.Source;
            trace.AddLine("local rate", string.Create(CultureInfo.InvariantCulture, $"{local.Name} {local.Rate} on top of the state rate: "), line.Sku, local.Source);
        }

        if (decision.Share is { } share)
        {
            var effective = Percentage.FromFraction(applicable.Fraction * share.Fraction);
            trace.Add(new("share", string.Create(CultureInfo.InvariantCulture, $"{line.Sku}: {share} of {applicable} = {effective}"), decision.Source));
            return new LineRate(effective, effective, TaxabilityReason.CbecReducedShare, rule, source);
        }

        return decision.Charge switch
        {
            ChargeAtSale.Charged => new LineRate(applicable, applicable, reason, rule, source),
            ChargeAtSale.ReverseCharge => new LineRate(Percentage.Zero, applicable, TaxabilityReason.ReverseCharge, rule, source),
            ChargeAtSale.AtBorder => new LineRate(Percentage.Zero, applicable, TaxabilityReason.ImportVatAtBorder, rule, source),
            _ => new LineRate(Percentage.Zero, applicable, TaxabilityReason.NotCollecting, rule, source),
        };
    }

    /// <summary>The rate of a category in a jurisdiction, plus the rate of the jurisdiction it adds to (GST under a PST).</summary>
    private (Percentage Rate, string Reason, string Rule, string Source) Layered(JurisdictionRules rules, string sku, TaxCategory category, NodaTime.LocalDate date, TaxTrace trace)
    {
        var own = Single(rules, sku, category, date, trace);
        if (rules.AddsTo is not { } parent)
        {
            return own;
        }

        var under = Layered(Pack[parent], sku, category, date, trace);
        var reason = own.Reason == TaxabilityReason.StandardRated && under.Reason == TaxabilityReason.StandardRated ? TaxabilityReason.StandardRated
            : own.Rate == Percentage.Zero && under.Rate == Percentage.Zero ? own.Reason
            : TaxabilityReason.ReducedRated;
        return (under.Rate + own.Rate, reason, under.Rule + " + " + own.Rule, under.Source + "; " + own.Source);
    }

    private static (Percentage Rate, string Reason, string Rule, string Source) Single(JurisdictionRules rules, string sku, TaxCategory category, NodaTime.LocalDate date, TaxTrace trace)
    {
        var categoryRule = category == TaxCategory.Standard ? null : rules.CategoryRuleOn(category, date);
        if (category != TaxCategory.Standard && categoryRule is null)
        {
            trace.AddLine("category", string.Create(CultureInfo.InvariantCulture, $"the rule pack maps no '{category}' goods in {rules.Jurisdiction} on that date, standard rate: "), sku);
        }

        if (categoryRule is { IsExempt: true })
        {
            return (Percentage.Zero, TaxabilityReason.ProductExempt, categoryRule.ToString(), categoryRule.Source);
        }

        var tier = categoryRule?.Tier ?? TaxTier.Standard;
        var rate = rules.RateOn(tier, date);
        TraceRate(trace, sku, rate, categoryRule is null ? null : category);
        var reason = tier == TaxTier.Standard ? TaxabilityReason.StandardRated : tier == TaxTier.Zero ? TaxabilityReason.ZeroRated : TaxabilityReason.ReducedRated;
        return (rate.Rate, reason, rate.ToString(), rate.Source);
    }

    private static void TraceRate(TaxTrace trace, string sku, TaxRate rate, TaxCategory? category) =>
        trace.AddLine("rate", category is { } c ? string.Create(CultureInfo.InvariantCulture, $"{rate} for '{c}' goods: ") : rate + ": ", sku, rate.Source);

    private TaxCategory CategoryFromCode(TaxSaleLine line, TaxJurisdiction jurisdiction, TaxSale sale, TaxTrace trace)
    {
        if (line.HsCode is { } code && Taxonomy?.CategoryOf(code, jurisdiction, sale.Date) is { } decided)
        {
            trace.Add(new("category", string.Create(CultureInfo.InvariantCulture, $"{line.Sku}: HS {code} is '{decided}' goods in {jurisdiction}, by the host's taxonomy")));
            return decided;
        }

        trace.AddLine("category", line.HsCode is null ? "no category given, standard: " : "no category given and none decided from the HS code, standard: ", line.Sku);
        return TaxCategory.Standard;
    }

    /// <summary>Shipping follows the goods it carries: shared over the lines by value, one shipping line per rate.</summary>
    private static void AddShipping(TaxSale sale, LineRate[] goods, List<PricedLine> priced, List<(string Sku, LineRate Rate)> described, TaxTrace trace)
    {
        if (sale.Shipping.IsZero)
        {
            return;
        }

        var distinct = goods.Select(g => g.Charged).Distinct().ToArray();
        if (distinct.Length == 1 && goods.Select(g => g.Applicable).Distinct().Count() == 1)
        {
            priced.Add(new PricedLine(sale.Shipping, 1, goods[0].Charged));
            described.Add(("shipping", goods[0]));
            trace.Add(new("shipping", string.Create(CultureInfo.InvariantCulture, $"{sale.Shipping} taxed like the goods it carries, at {goods[0].Charged}")));
            return;
        }

        var weights = sale.Lines.Select(l => l.Value.Amount).ToArray();
        if (weights.All(w => w == 0m))
        {
            weights = [.. sale.Lines.Select(l => l.Quantity)];
        }

        var shares = sale.Shipping.Allocate(weights);
        foreach (var group in goods.Select((g, i) => (Rate: g, Share: shares[i])).GroupBy(x => (x.Rate.Charged, x.Rate.Applicable)))
        {
            var amount = group.Aggregate(Money.Zero(sale.Currency), (sum, x) => sum + x.Share);
            if (amount.IsZero)
            {
                continue;
            }

            var first = group.First().Rate;
            priced.Add(new PricedLine(amount, 1, first.Charged));
            described.Add(("shipping", first with { Reason = TaxabilityReason.ProportionallyRated }));
            trace.Add(new("shipping", string.Create(CultureInfo.InvariantCulture, $"{amount} of {sale.Shipping} shared by value to goods at {first.Charged}")));
        }
    }

    private static TaxedInvoice Negate(TaxedInvoice invoice) =>
        new([.. invoice.Lines.Select(l => new TaxedLine(-l.Net, -l.Tax, -l.Gross, l.Rate))], -invoice.Net, -invoice.Tax, -invoice.Gross, invoice.Policy, invoice.PricesIncludeTax);


    /// <summary>The rate charged on the invoice and the rate the goods bear, with the reason and the rule.</summary>
    private sealed record LineRate(Percentage Charged, Percentage Applicable, string Reason, string Rule, string Source);
}
