using System.Globalization;
using CrossBorder.Tax;
using CrossBorder.Text;
using NodaTime.Text;

namespace CrossBorder.LandedCost;

/// <summary>
/// One calculation, step by step. Amounts are worked in the customs currency (the destination's), as customs does,
/// then each line's parts are converted into the result's currency, so that totals are the sums of the lines there.
/// </summary>
internal sealed class LandedCostRun
{
    private readonly LandedCostCalculator _calculator;
    private readonly LandedCostOrder _order;
    private readonly RateTable _rates;
    private readonly List<TaxTraceStep> _trace;
    private readonly List<string> _warnings = [];
    private readonly int _n;
    private readonly Party _importer;
    private readonly MidpointRounding _rounding;

    public LandedCostRun(LandedCostCalculator calculator, LandedCostOrder order)
    {
        _calculator = calculator;
        _order = order;
        _rates = new RateTable(order.Rates);
        _n = order.Lines.Count;
        _trace = new List<TaxTraceStep>(24 + (3 * _n)); // about what an order writes: a dozen steps, and per line its duty and import tax
        _rounding = calculator.Settings.Rounding;
        _importer = Incoterms.Importer(order.Incoterm);
        if (order.ImporterOfRecord is { } declared && declared != _importer)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"importerOfRecord {Parties.Format(declared)} contradicts {Incoterms.Format(order.Incoterm)}: under DDP the seller imports and pays duty and import tax, under every other term the buyer does. Change the incoterm or the importer of record."),
                nameof(order));
        }

        foreach (var charge in order.Charges)
        {
            if (charge is null || string.IsNullOrWhiteSpace(charge.Code) || charge.Amount.IsDefault || charge.Amount.IsNegative)
            {
                throw new ArgumentException("Every charge has a code and a non-negative amount.", nameof(order));
            }
        }
    }

    public LandedCostResult Run()
    {
        var order = _order;
        var destination = order.Destination.Country;
        var area = CustomsArea(destination);
        var originArea = CustomsArea(order.Origin);
        var customs = destination.CurrencyOn(order.Date)
            ?? throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{destination} has no currency on {LocalDatePattern.Iso.Format(order.Date)}."), nameof(order));
        Add("customs-area", area == destination.Alpha2
            ? string.Create(CultureInfo.InvariantCulture, $"{destination} is its own customs area; customs works in {customs.Code}")
            : string.Create(CultureInfo.InvariantCulture, $"{destination} is in the {area} customs union; customs works in {customs.Code}"));
        Add("importer", ImporterText[(int)order.Incoterm]);

        var goods = new Money[_n];
        var shipment = new ShipmentLine[_n];
        for (var i = 0; i < _n; i++)
        {
            var line = order.Lines[i];
            goods[i] = ToCustoms(line.Value.Round(MidpointRounding.AwayFromZero), customs);
            shipment[i] = new ShipmentLine(line.Sku, goods[i], line.Quantity, line.WeightKg);
        }

        var freight = ToCustoms(order.Freight, customs);
        var insurance = ToCustoms(order.Insurance, customs);

        var special = area == "BR" ? SpecialRegime(area) : null;
        var tax = special is null ? _calculator.Tax.Calculate(TaxSale()) : null;
        var regime = special?.Code ?? tax!.Regime;
        if (tax is not null)
        {
            Add("regime", string.Create(CultureInfo.InvariantCulture, $"{regime}, tax collected by the {TaxResultJson.CollectorCode(tax.Collector)}"));
            foreach (var step in tax.Trace)
            {
                _trace.Add(step with { Step = TaxStep(step.Step) });
            }

            _warnings.AddRange(tax.Warnings);
        }

        var work = new CustomsWork(_n, customs);
        ValuationBasis? basis = null;
        if (area == originArea)
        {
            Add("border", string.Create(CultureInfo.InvariantCulture, $"{order.Origin} and {destination} are in the same customs area ({area}): no duty, import tax or customs fees"));
        }
        else
        {
            var valuationRule = _calculator.Rules.ValuationOn(area, order.Date);
            basis = valuationRule.Basis;
            var valuation = CustomsValuation.Of(shipment, freight, insurance, valuationRule.Basis, order.Allocation);
            Add("valuation", string.Create(CultureInfo.InvariantCulture, $"customs value on a {valuationRule.Basis.ToString().ToUpperInvariant()} basis: {valuation.CustomsValue} (goods {valuation.Goods}, freight {valuation.Freight}, insurance {valuation.Insurance}, shared {Describe(order.Allocation)})"), valuationRule.Source);
            new BorderCosts(this, area, valuation, tax, special, work).Compute();
        }

        return Assemble(regime, area, basis, tax, work);
    }

    // ---- shared helpers for the border steps ----

    internal LandedCostCalculator Calculator => _calculator;

    internal LandedCostOrder Order => _order;

    internal Party Importer => _importer;

    internal MidpointRounding Rounding => _rounding;

    internal RateTable Rates => _rates;

    internal void Add(string step, string detail, string? source = null) => _trace.Add(new TaxTraceStep(step, detail, source));

    internal void Warn(string warning) => _warnings.Add(warning);

    internal Money ToCustoms(Money amount, Currency customs)
    {
        if (amount.Currency == customs)
        {
            return amount.Round(MidpointRounding.AwayFromZero);
        }

        TraceRate(amount.Currency, customs);
        return _rates.Convert(amount, customs);
    }

    internal Money Convert(Money amount, Currency target)
    {
        if (amount.Currency == target)
        {
            return amount;
        }

        TraceRate(amount.Currency, target);
        return _rates.Convert(amount, target);
    }

    // The pairs already in the trace: an order converts between two or three currencies, so a list is enough.
    private List<(Currency From, Currency To)>? _tracedRates;

    private void TraceRate(Currency from, Currency to)
    {
        _tracedRates ??= [];
        foreach (var (tracedFrom, tracedTo) in _tracedRates)
        {
            if (tracedFrom.Equals(from) && tracedTo.Equals(to))
            {
                return;
            }
        }

        _tracedRates.Add((from, to));
        Add("exchange-rate", string.Create(CultureInfo.InvariantCulture, $"{_rates.Describe(from, to)} (the order's rates; results rounded half away from zero)"));
    }

    /// <summary>The trace line of each incoterm: who imports, who pays the carriage and the insurance.</summary>
    private static readonly string[] ImporterText = [.. Enum.GetValues<Incoterm>().Select(term =>
        string.Create(CultureInfo.InvariantCulture, $"{Incoterms.Format(term)}: the {Parties.Format(Incoterms.Importer(term))} imports, the {Parties.Format(Incoterms.Carriage(term))} pays the carriage, the {Parties.Format(Incoterms.Insurance(term))} the insurance"))];

    /// <summary>A tax step's name in this trace: <c>tax:</c> and the tax calculator's name, without building the known ones.</summary>
    private static string TaxStep(string step) => step switch
    {
        "territory" => "tax:territory",
        "place" => "tax:place",
        "regime" => "tax:regime",
        "value test" => "tax:value test",
        "annual limit" => "tax:annual limit",
        "exchange rate" => "tax:exchange rate",
        "rounding" => "tax:rounding",
        "credit note" => "tax:credit note",
        "rate" => "tax:rate",
        "local rate" => "tax:local rate",
        "category" => "tax:category",
        "share" => "tax:share",
        _ => "tax:" + step,
    };

    internal string CustomsArea(CountryCode country) =>
        CountryGroup.EuVatArea.Contains(country, _order.Date) ? "EU" : country.Alpha2;

    private SpecialRegimeRule SpecialRegime(string area)
    {
        var rule = _calculator.Rules.SpecialRegimeOn(area, _order.Date)
            ?? throw new LandedCostRuleMissingException(area, _order.Date, "import regime");
        if (!_order.SellerRegistrations.Contains(rule.Registration, StringComparer.OrdinalIgnoreCase))
        {
            throw new LandedCostRuleMissingException(area, _order.Date, string.Create(CultureInfo.InvariantCulture, $"rule for sellers outside {rule.Code} (only {rule.Registration} sellers are in the data; the general regime's rates were not confirmed)"));
        }

        return rule;
    }

    private TaxSale TaxSale()
    {
        var order = _order;
        var lines = new TaxSaleLine[_n];
        for (var i = 0; i < _n; i++)
        {
            var l = order.Lines[i];
            lines[i] = new TaxSaleLine(l.Sku, l.Quantity, l.UnitValue, l.TaxCategory, l.HsCode);
        }

        var buyer = new TaxBuyer(order.Destination.Country, order.BuyerType, order.Destination.Subdivision, order.Destination.Postcode, order.BuyerVatId);
        return new TaxSale(order.Date, new TaxSeller(order.SellerCountry ?? order.Origin, order.SellerRegistrations), order.Origin, order.Channel, buyer, lines, order.ShippingCharged ?? Money.Zero(order.InvoiceCurrency), pricesIncludeTax: false)
        {
            Rates = order.Rates,
        };
    }

    private LandedCostResult Assemble(string regime, string area, ValuationBasis? basis, TaxResult? tax, CustomsWork work)
    {
        var order = _order;
        var target = order.Currency;
        var goods = new Money[_n];
        for (var i = 0; i < _n; i++)
        {
            goods[i] = Convert(order.Lines[i].Value.Round(MidpointRounding.AwayFromZero), target);
        }

        var freightShares = Share(Convert(order.Freight, target), goods);
        var insuranceShares = Share(Convert(order.Insurance, target), goods);

        // Tax at sale: each goods line's tax plus its share of the tax on shipping, by value.
        var saleTax = new Money[_n];
        if (tax is not null)
        {
            for (var i = 0; i < _n; i++)
            {
                saleTax[i] = tax.Lines[i].Tax;
            }

            var shippingTax = Money.Zero(tax.Tax.Currency);
            for (var i = _n; i < tax.Lines.Count; i++)
            {
                shippingTax += tax.Lines[i].Tax;
            }

            if (!shippingTax.IsZero)
            {
                var shares = shippingTax.Allocate(Weights([.. order.Lines.Select(l => l.Value.Amount)]));
                for (var i = 0; i < _n; i++)
                {
                    saleTax[i] += shares[i];
                }
            }
        }

        // Fees: each converted once, then shared over the lines by customs value.
        var fees = new LandedCostFee[work.Fees.Count];
        var lineFees = new Money[_n];
        Array.Fill(lineFees, Money.Zero(target));
        decimal[]? cvWeights = null;
        for (var f = 0; f < fees.Length; f++)
        {
            var fee = work.Fees[f];
            fees[f] = fee = fee with { Amount = Convert(fee.Amount, target) };
            if (fee.Amount.IsZero)
            {
                continue;
            }

            var shares = fee.Amount.Allocate(cvWeights ??= Weights([.. work.CustomsValue.Select(v => v.Amount)]));
            for (var i = 0; i < _n; i++)
            {
                lineFees[i] += shares[i];
            }
        }

        var lines = new LandedCostLineResult[_n];
        var zero = Money.Zero(target);
        var (tGoods, tFreight, tInsurance, tCustoms, tDuty, tImportTax, tSale, tFees, tLanded) = (zero, zero, zero, zero, zero, zero, zero, zero, zero);
        var seller = Money.Zero(target);
        var carriage = Incoterms.Carriage(order.Incoterm);
        var insurer = Incoterms.Insurance(order.Incoterm);
        for (var i = 0; i < _n; i++)
        {
            var duty = Convert(work.Duty[i], target);
            var importTax = Convert(work.ImportTax[i], target);
            var sale = tax is null ? Money.Zero(target) : Convert(saleTax[i], target);
            var customsValue = basis == ValuationBasis.Cif ? goods[i] + freightShares[i] + insuranceShares[i] : goods[i];
            var landed = goods[i] + freightShares[i] + insuranceShares[i] + duty + importTax + sale + lineFees[i];
            var amounts = new LandedCostAmounts(goods[i], freightShares[i], insuranceShares[i], customsValue, duty, importTax, sale, lineFees[i], landed);
            var line = order.Lines[i];
            lines[i] = new LandedCostLineResult(line.Sku, line.Quantity, amounts, Money.Of(landed.Amount / line.Quantity, target).Round(MidpointRounding.AwayFromZero), work.DutyWorking[i] ?? "no customs border", work.TaxRate[i]);
            (tGoods, tFreight, tInsurance, tCustoms) = (tGoods + goods[i], tFreight + freightShares[i], tInsurance + insuranceShares[i], tCustoms + customsValue);
            (tDuty, tImportTax, tSale, tFees, tLanded) = (tDuty + duty, tImportTax + importTax, tSale + sale, tFees + lineFees[i], tLanded + landed);
            if (carriage == Party.Seller)
            {
                seller += freightShares[i];
            }

            if (insurer == Party.Seller)
            {
                seller += insuranceShares[i];
            }

            if (_importer == Party.Seller)
            {
                seller += duty + importTax;
            }
        }

        foreach (var fee in fees)
        {
            if (fee.Payer == Party.Seller)
            {
                seller += fee.Amount;
            }
        }

        // The totals, each summed over the lines in order (as LandedCostAmounts.Add would, without an object per line).
        var totals = new LandedCostAmounts(tGoods, tFreight, tInsurance, tCustoms, tDuty, tImportTax, tSale, tFees, tLanded);
        var payer = new PayerSplit(seller, totals.LandedCost - seller);
        Add("payer", string.Create(CultureInfo.InvariantCulture, $"the seller pays {payer.Seller}, the buyer {payer.Buyer} (the goods' price{(tax is not null && !totals.SaleTax.IsZero ? " and the tax collected at sale" : string.Empty)} included) of the landed cost {totals.LandedCost}"));
        return new LandedCostResult(target, regime, area, basis, totals, lines, fees, payer, _importer, [.. _trace], [.. _warnings]);
    }

    /// <summary>An amount shared over the lines by the order's allocation method, in the result's currency.</summary>
    private Money[] Share(Money amount, Money[] goods)
    {
        if (amount.IsZero)
        {
            var zeros = new Money[goods.Length];
            Array.Fill(zeros, amount);
            return zeros;
        }

        var lines = _order.Lines;
        var weights = new decimal[lines.Count];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = _order.Allocation switch
            {
                AllocationMethod.ByQuantity => lines[i].Quantity,
                AllocationMethod.ByWeight => lines[i].WeightKg ?? 0m,
                _ => goods[i].Amount,
            };
        }

        return amount.Allocate(Weights(weights));
    }

    /// <summary>Ratios for an allocation (<paramref name="values"/> itself); equal shares when every ratio is zero.</summary>
    internal static decimal[] Weights(decimal[] values)
    {
        foreach (var value in values)
        {
            if (value != 0m)
            {
                return values;
            }
        }

        var equal = new decimal[values.Length];
        Array.Fill(equal, 1m);
        return equal;
    }

    /// <summary>An error in the order, named as the calculator's <c>order</c> argument.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2208", Justification = "The fault is in the order passed to LandedCostCalculator.Calculate, whose parameter this names.")]
    internal static ArgumentException Invalid(string message) => new(message, "order");

    private static string Describe(AllocationMethod method) => method switch
    {
        AllocationMethod.ByWeight => "by weight",
        AllocationMethod.ByQuantity => "by quantity",
        _ => "by value",
    };
}

/// <summary>The border's amounts per line, in the customs currency, filled in by <see cref="BorderCosts"/>.</summary>
internal sealed class CustomsWork
{
    public CustomsWork(int lines, Currency customs)
    {
        Customs = customs;
        CustomsValue = Zeros(lines, customs);
        Duty = Zeros(lines, customs);
        ImportTax = Zeros(lines, customs);
        TaxRate = new Percentage[lines];
        DutyWorking = new string?[lines];
    }

    public Currency Customs { get; }

    public Money[] CustomsValue { get; }

    public Money[] Duty { get; }

    public Money[] ImportTax { get; }

    public Percentage[] TaxRate { get; }

    public string?[] DutyWorking { get; }

    public List<LandedCostFee> Fees { get; } = [];

    private static Money[] Zeros(int lines, Currency customs)
    {
        var zeros = new Money[lines];
        Array.Fill(zeros, Money.Zero(customs));
        return zeros;
    }
}
