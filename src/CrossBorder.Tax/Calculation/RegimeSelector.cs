using CrossBorder.Text;
using System.Globalization;
using NodaTime;

namespace CrossBorder.Tax;

/// <summary>
/// Decides the regime of a sale by the place of supply rules, in a fixed order that the trace records: inside one
/// tax area (domestic, EU distance sales, reverse charge), then the destination's import regimes (EU IOSS, UK £135,
/// the low-value regimes of Australia, New Zealand, Norway, Singapore and Malaysia, China CBEC), US sales tax, and
/// import at the border for everything else. Limits, dates and sources come from the rule pack.
/// </summary>
internal sealed class RegimeSelector(TaxRulePack pack, TaxSale sale, TaxTrace trace, List<string> warnings)
{
    private const string EuArea = "EU-VAT";

    private static readonly CountryCode Us = CountryCode.Parse("US");
    private static readonly CountryCode Gb = CountryCode.Parse("GB");
    private static readonly CountryCode Cn = CountryCode.Parse("CN");

    /// <summary>The parameter of <see cref="TaxCalculator.Calculate"/> that input errors name.</summary>
    private const string SaleParameter = "sale";

    /// <summary>The destination's low-value regime and the registration that lets a seller collect under it.</summary>
    private static readonly Dictionary<string, (string Regime, string Registration, bool ImportIfUnregistered)> LowValueRegimes = new(StringComparer.Ordinal)
    {
        ["AU"] = (TaxRegime.AuLowValue, "AU", false),
        ["NZ"] = (TaxRegime.NzLowValue, "NZ", false),
        ["NO"] = (TaxRegime.NoVoec, "NO-VOEC", true),
        ["SG"] = (TaxRegime.SgLowValue, "SG", false),
        ["MY"] = (TaxRegime.MyLowValue, "MY", false),
    };

    private RateTable? _rates;

    private LocalDate Date => sale.Date;

    private bool ViaMarketplace => sale.Channel == SalesChannel.Marketplace;

    public RegimeDecision Decide()
    {
        var destination = sale.Buyer.Country;
        var eu = CountryGroup.EuVatArea;
        var destinationInEu = eu.Contains(destination, Date);
        var fromInEu = eu.Contains(sale.ShipFrom, Date);
        if (destinationInEu && pack.TerritoryOf(destination, sale.Buyer.Postcode) is { } postcodes
            && SpecialTerritory.Find(postcodes.Territory, Date) is { Treatment: VatTerritoryTreatment.OutsideVatTerritory or VatTerritoryTreatment.OutsideVatAndCustomsTerritory } territory)
        {
            trace.Add(new("territory", string.Create(CultureInfo.InvariantCulture, $"postcode {sale.Buyer.Postcode} is in {territory.Name} ({territory.Code}), outside the EU VAT area"), territory.Source + "; postcodes: " + postcodes.Source));
            var where = TaxJurisdiction.TryParse(territory.Code, out var code) ? code : TaxJurisdiction.Of(destination);
            return AtBorder(destination, string.Create(CultureInfo.InvariantCulture, $"{territory.Name} levies its own indirect tax, not EU VAT"), where) with { OutsideThePack = true };
        }
        trace.Add(new("place", string.Create(CultureInfo.InvariantCulture, $"goods ship from {sale.ShipFrom} to {destination}{(sale.Buyer.Subdivision is { } s ? "-" + s : string.Empty)} on {Format(Date)}; {(sale.Buyer.Type == BuyerType.Business ? "business" : "consumer")} buyer{(sale.Buyer.VatId is not null ? " with a validated tax number" : string.Empty)}; sold through {(ViaMarketplace ? "a marketplace" : "the seller's own store")}; seller established in {sale.Seller.Country}")));

        if (destination == Us)
        {
            return UsSalesTax();
        }

        if (destinationInEu && fromInEu)
        {
            return WithinEu(destination);
        }

        if (destination == sale.ShipFrom)
        {
            return Domestic(destination, DeemedSupplierForForeignSellers(destination));
        }

        if (destinationInEu)
        {
            return ImportIntoEu(destination);
        }

        if (destination == Gb)
        {
            return ImportIntoGreatBritain();
        }

        if (LowValueRegimes.TryGetValue(destination.Alpha2, out var lowValue))
        {
            return LowValueImport(destination, lowValue.Regime, lowValue.Registration, lowValue.ImportIfUnregistered);
        }

        if (destination == Cn)
        {
            return ImportIntoChina();
        }

        return AtBorder(destination, "no regime collects this country's tax at sale on imports");
    }

    private RegimeDecision WithinEu(CountryCode destination)
    {
        var dest = TaxJurisdiction.Of(destination);
        if (sale.ShipFrom == destination)
        {
            return Domestic(destination, deemedSupplier: ViaMarketplace && !CountryGroup.EuVatArea.Contains(sale.Seller.Country, Date));
        }

        if (sale.Buyer.IsRegisteredBusiness)
        {
            trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"intra-Community supply from {sale.ShipFrom} to a business with VAT number {sale.Buyer.VatId}: exempt at dispatch, the buyer accounts for VAT on the acquisition in {destination}"), "VAT Directive 2006/112/EC Art. 138(1), 200"));
            return new(TaxRegime.ReverseCharge, TaxCollector.Buyer, dest, ChargeAtSale.ReverseCharge);
        }

        var sellerInEu = CountryGroup.EuVatArea.Contains(sale.Seller.Country, Date);
        if (ViaMarketplace && !sellerInEu)
        {
            trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"a marketplace facilitates a distance sale within the EU by a seller established outside it ({sale.Seller.Country}): the marketplace is the deemed supplier and charges {destination} VAT"), "VAT Directive 2006/112/EC Art. 14a(2), 33(a)"));
            return new(TaxRegime.EuOss, TaxCollector.Marketplace, dest, ChargeAtSale.Charged);
        }

        var threshold = pack.RegimeOn(TaxRegime.EuOrigin, EuArea, Date);
        if (threshold is not null && sellerInEu && sale.Seller.Country == sale.ShipFrom && sale.SellerBelowEuThreshold)
        {
            trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"the seller, established only in {sale.ShipFrom} and dispatching from there, stayed within the EU threshold of {threshold.Limit} in this and the previous year: {sale.ShipFrom} VAT applies"), threshold.Source));
            return new(TaxRegime.EuOrigin, TaxCollector.Seller, TaxJurisdiction.Of(sale.ShipFrom), ChargeAtSale.Charged);
        }

        var why = !sellerInEu ? string.Create(CultureInfo.InvariantCulture, $"the seller is established outside the EU ({sale.Seller.Country}), so the €10,000 threshold does not apply")
            : sale.Seller.Country != sale.ShipFrom ? string.Create(CultureInfo.InvariantCulture, $"the goods ship from {sale.ShipFrom}, not from the seller's member state {sale.Seller.Country}, so the €10,000 threshold does not apply")
            : sale.SellerBelowEuThreshold ? "no EU threshold rule is in force on that date"
            : "the seller's EU cross-border sales exceed the €10,000 threshold, or the caller did not say they stay within it";
        trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"intra-EU distance sale to a consumer: {destination} VAT, declared through the One-Stop Shop; {why}"), "VAT Directive 2006/112/EC Art. 33(a), 59c, 369b"));
        if (!sale.Seller.IsRegistered("EU-OSS") && !sale.Seller.IsRegistered(destination.Alpha2))
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"The seller holds neither an EU-OSS nor a {destination} VAT registration; it needs one to charge {destination} VAT."));
        }

        return new(TaxRegime.EuOss, TaxCollector.Seller, dest, ChargeAtSale.Charged);
    }

    private RegimeDecision Domestic(CountryCode country, bool deemedSupplier)
    {
        var jurisdiction = Subdivision(country);
        if (deemedSupplier)
        {
            trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"goods already in {country} sold through a marketplace by a seller established abroad ({sale.Seller.Country}): the marketplace is the deemed supplier"), country == Gb ? "VATA 1994 s. 5A" : "VAT Directive 2006/112/EC Art. 14a(2)"));
            return new(TaxRegime.Domestic, TaxCollector.Marketplace, jurisdiction, ChargeAtSale.Charged);
        }

        if (sale.Buyer.IsRegisteredBusiness && sale.Seller.Country != country && country == Gb)
        {
            trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"an overseas seller's goods in the UK sold to a VAT-registered business ({sale.Buyer.VatId}): the buyer accounts for the VAT"), "VATA 1994 s. 55A (reverse charge for overseas sellers, from 2021-01-01)"));
            return new(TaxRegime.ReverseCharge, TaxCollector.Buyer, jurisdiction, ChargeAtSale.ReverseCharge);
        }

        trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"goods ship within {country}: domestic {country} tax, charged by the seller")));
        return new(TaxRegime.Domestic, TaxCollector.Seller, jurisdiction, ChargeAtSale.Charged);
    }

    private bool DeemedSupplierForForeignSellers(CountryCode country) =>
        ViaMarketplace && sale.Seller.Country != country && country == Gb;

    private RegimeDecision ImportIntoEu(CountryCode destination)
    {
        var dest = TaxJurisdiction.Of(destination);
        var rule = pack.RegimeOn(TaxRegime.EuIoss, EuArea, Date);
        if (rule is null)
        {
            return AtBorder(destination, "no IOSS rule is in force on that date");
        }

        if (sale.Buyer.Type == BuyerType.Business)
        {
            return AtBorder(destination, "IOSS covers distance sales to consumers only; a business imports and pays import VAT (or postpones it)");
        }

        var (value, within) = ValueTest(rule, "intrinsic value of the consignment");
        if (!within)
        {
            return AtBorder(destination, string.Create(CultureInfo.InvariantCulture, $"the consignment's intrinsic value {value} exceeds {rule.Limit}, so IOSS cannot be used"));
        }

        if (ViaMarketplace)
        {
            trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"a marketplace facilitates a distance sale of imported goods in a consignment of at most {rule.Limit}: the marketplace is the deemed supplier and charges {destination} VAT through IOSS; the import is exempt"), "VAT Directive 2006/112/EC Art. 14a(1), 143(1)(ca); " + rule.Source));
            return new(TaxRegime.EuIoss, TaxCollector.Marketplace, dest, ChargeAtSale.Charged);
        }

        if (sale.Seller.IsRegistered("EU-IOSS"))
        {
            trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"the seller is registered for IOSS and the consignment is within {rule.Limit}: {destination} VAT is charged at sale and the import is exempt"), "VAT Directive 2006/112/EC Art. 143(1)(ca), 369l; " + rule.Source));
            return new(TaxRegime.EuIoss, TaxCollector.Seller, dest, ChargeAtSale.Charged);
        }

        return AtBorder(destination, "the seller is not registered for IOSS (EU-IOSS), so VAT is paid at import");
    }

    private RegimeDecision ImportIntoGreatBritain()
    {
        var gb = TaxJurisdiction.Of(Gb);
        var rule = pack.RegimeOn(TaxRegime.UkLowValue, "GB", Date);
        if (rule is null)
        {
            return AtBorder(gb.Country, "no low-value consignment rule is in force on that date");
        }

        var (value, within) = ValueTest(rule, "intrinsic value of the consignment");
        if (!within)
        {
            return AtBorder(gb.Country, string.Create(CultureInfo.InvariantCulture, $"the consignment's value {value} exceeds {rule.Limit}: import VAT at the border"));
        }

        if (sale.Buyer.IsRegisteredBusiness)
        {
            trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"a consignment of at most {rule.Limit} to a VAT-registered business ({sale.Buyer.VatId}): the buyer accounts for the VAT by reverse charge"), rule.Source));
            return new(TaxRegime.ReverseCharge, TaxCollector.Buyer, gb, ChargeAtSale.ReverseCharge) { Source = rule.Source };
        }

        var collector = ViaMarketplace ? TaxCollector.Marketplace : TaxCollector.Seller;
        trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"a consignment of at most {rule.Limit}: UK VAT is charged at sale by the {(ViaMarketplace ? "marketplace (deemed supplier)" : "seller")}, not at import"), rule.Source));
        if (!ViaMarketplace && !sale.Seller.IsRegistered("GB"))
        {
            warnings.Add("The seller holds no GB VAT registration; an overseas seller must register from its first sale of goods of at most £135 into Great Britain.");
        }

        return new(TaxRegime.UkLowValue, collector, gb, ChargeAtSale.Charged) { Source = rule.Source };
    }

    private RegimeDecision LowValueImport(CountryCode destination, string regime, string registration, bool importIfUnregistered)
    {
        var dest = TaxJurisdiction.Of(destination);
        var rule = pack.RegimeOn(regime, destination.Alpha2, Date);
        if (rule is null)
        {
            return AtBorder(destination, string.Create(CultureInfo.InvariantCulture, $"no {regime} rule is in force on that date"));
        }

        if (sale.Buyer.Type == BuyerType.Business)
        {
            return AtBorder(destination, string.Create(CultureInfo.InvariantCulture, $"{regime} covers sales to consumers; a business buyer imports the goods"));
        }

        var (value, within) = ValueTest(rule, rule.Basis == ValueBasis.Item ? "value of each item" : "value of the consignment");
        if (!within)
        {
            return AtBorder(destination, string.Create(CultureInfo.InvariantCulture, $"{(rule.Basis == ValueBasis.Item ? "an item's" : "the consignment's")} value {value} is not within {rule.Limit}"));
        }

        if (rule.Basis == ValueBasis.Item && rule.ConsignmentAlsoLimited && sale.Lines.Count > 0)
        {
            var goods = Convert(sale.GoodsValue, rule.Limit!.Value.Currency);
            if (!rule.IsWithin(goods.Amount))
            {
                trace.Add(new("value test", string.Create(CultureInfo.InvariantCulture, $"goods shipped together: {goods} > {rule.Limit}"), rule.Source));
                return AtBorder(destination, string.Create(CultureInfo.InvariantCulture, $"items within {rule.Limit} each but shipped together above it are imported as a taxable importation"));
            }
        }

        if (!ViaMarketplace && !sale.Seller.IsRegistered(registration))
        {
            if (importIfUnregistered)
            {
                return AtBorder(destination, string.Create(CultureInfo.InvariantCulture, $"the seller is not registered ({registration}), so tax is paid at import"));
            }

            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"The seller holds no {registration} registration; under {regime} it must register and charge the tax once its sales reach the registration threshold."));
        }

        var collector = ViaMarketplace ? TaxCollector.Marketplace : TaxCollector.Seller;
        trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"goods within {rule.Limit} per {(rule.Basis == ValueBasis.Item ? "item" : "consignment")}: {destination} tax is charged at sale by the {(ViaMarketplace ? "marketplace" : "seller")}{(rule.Rate is { } r ? string.Create(CultureInfo.InvariantCulture, $" at the regime's rate of {r}") : string.Empty)}"), rule.Source));
        return new(regime, collector, dest, ChargeAtSale.Charged) { FixedRate = rule.Rate, Source = rule.Source };
    }

    private RegimeDecision ImportIntoChina()
    {
        var cn = Cn;
        var rule = pack.RegimeOn(TaxRegime.CnCbec, "CN", Date);
        if (rule is null || !sale.Seller.IsRegistered("CN-CBEC"))
        {
            return AtBorder(cn, rule is null ? "no CBEC rule is in force on that date" : "the goods are not sold on a listed cross-border e-commerce platform (CN-CBEC)");
        }

        if (sale.Buyer.Type == BuyerType.Business)
        {
            return AtBorder(cn, "the CBEC retail import regime is for consumers");
        }

        // The dutiable price includes freight and insurance, so shipping counts towards the per-transaction limit.
        var (value, within) = ValueTest(rule, "transaction value including shipping", includeShipping: true);
        if (!within)
        {
            return AtBorder(cn, string.Create(CultureInfo.InvariantCulture, $"the transaction value {value} exceeds the per-transaction limit {rule.Limit}: general trade duty and tax apply"));
        }

        if (rule.AnnualLimit is { } annual)
        {
            var before = sale.CbecAnnualPurchases is { } p ? Convert(p, annual.Currency) : Money.Zero(annual.Currency);
            var after = before + value;
            var inside = after.Amount <= annual.Amount;
            trace.Add(new("annual limit", string.Create(CultureInfo.InvariantCulture, $"{before} bought this year + {value} = {after} {(inside ? "≤" : ">")} {annual}{(sale.CbecAnnualPurchases is null ? " (no purchases this year given: taken as zero)" : string.Empty)}"), rule.Source));
            if (!inside)
            {
                return AtBorder(cn, "the buyer's annual CBEC limit would be exceeded: general trade duty and tax apply");
            }
        }

        trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"cross-border e-commerce retail import within the limits: no duty, {rule.TaxShare} of import VAT (and consumption tax), withheld by the platform"), rule.Source));
        return new(TaxRegime.CnCbec, TaxCollector.Marketplace, TaxJurisdiction.Of(cn), ChargeAtSale.Charged) { Share = rule.TaxShare, Source = rule.Source };
    }

    private RegimeDecision UsSalesTax()
    {
        if (sale.Buyer.Subdivision is null)
        {
            throw SaleError("A sale to the US needs the buyer's state (buyer.subdivision, such as CA): sales tax is a state tax.");
        }

        var state = TaxJurisdiction.Of(sale.Buyer.Country, sale.Buyer.Subdivision);
        if (ViaMarketplace)
        {
            trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"a marketplace facilitator collects {state} sales tax on the sales it facilitates")));
            return new(TaxRegime.UsSalesTax, TaxCollector.Marketplace, state, ChargeAtSale.Charged);
        }

        if (sale.Seller.IsRegistered(state.ToString()))
        {
            trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"the seller is registered in {state} (nexus): it collects {state} sales tax")));
            return new(TaxRegime.UsSalesTax, TaxCollector.Seller, state, ChargeAtSale.Charged);
        }

        trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"the seller is not registered in {state} and sells through its own store: it does not collect; the buyer owes use tax. Check its economic nexus with the threshold monitor")));
        warnings.Add(string.Create(CultureInfo.InvariantCulture, $"The seller does not collect {state} sales tax; once its sales into {state} cross the state's economic-nexus threshold it must register."));
        return new(TaxRegime.UsSalesTax, TaxCollector.Buyer, state, ChargeAtSale.NotCollected);
    }

    private RegimeDecision AtBorder(CountryCode destination, string why, TaxJurisdiction? jurisdiction = null)
    {
        var where = jurisdiction ?? Subdivision(destination);
        trace.Add(new("regime", string.Create(CultureInfo.InvariantCulture, $"import into {where}: {why}; customs collects import tax on the import value (customs value + duty; CrossBorder.LandedCost computes it)")));
        return new(TaxRegime.Import, TaxCollector.Customs, where, ChargeAtSale.AtBorder);
    }

    private TaxJurisdiction Subdivision(CountryCode country) =>
        sale.Buyer.Country == country && sale.Buyer.Subdivision is { } s && pack.TryGet(TaxJurisdiction.Of(country, s), out _)
            ? TaxJurisdiction.Of(country, s)
            : TaxJurisdiction.Of(country);

    /// <summary>The value test of a low-value regime, converted into the limit's currency, traced.</summary>
    private (Money Value, bool Within) ValueTest(RegimeRule rule, string what, bool includeShipping = false)
    {
        if (rule.Limit is not { } limit)
        {
            return (Money.Zero(sale.Currency), true);
        }

        // Tax-inclusive prices carry the tax of the sale itself: intrinsic value is the price without other taxes.
        Money value;
        if (rule.Basis == ValueBasis.Item)
        {
            value = Convert(sale.Lines.Select(l => l.UnitPrice).Max(), limit.Currency);
        }
        else
        {
            value = Convert(includeShipping ? sale.GoodsValue + sale.Shipping : sale.GoodsValue, limit.Currency);
        }

        var within = rule.IsWithin(value.Amount);
        trace.Add(new("value test", string.Create(CultureInfo.InvariantCulture, $"{what}: {value} {(within ? (rule.LimitIncluded ? "≤" : "<") : (rule.LimitIncluded ? ">" : "≥"))} {limit}{(sale.PricesIncludeTax ? " (prices as given, tax included)" : string.Empty)}"), rule.Source));
        return (value, within);
    }

    private Money Convert(Money amount, Currency target)
    {
        if (amount.Currency == target)
        {
            return amount;
        }

        Money converted;
        try
        {
            converted = (_rates ??= new RateTable(sale.Rates)).Convert(amount, target);
        }
        catch (ArgumentException)
        {
            throw SaleError(string.Create(CultureInfo.InvariantCulture, $"The value test needs a rate from {amount.Currency.Code} to {target.Code} on {Format(Date)} (the rate the law prescribes); add it to the sale's rates."));
        }

        trace.Add(new("exchange rate", string.Create(CultureInfo.InvariantCulture, $"{amount} → {converted} at {_rates!.Describe(amount.Currency, target)}")));
        return converted;
    }

    /// <summary>An error in the sale the caller passed to <see cref="TaxCalculator.Calculate"/>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2208", Justification = "The error is in the argument of TaxCalculator.Calculate, which this type serves.")]
    private static ArgumentException SaleError(string message) => new(message, SaleParameter);

    private static string Format(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

}
