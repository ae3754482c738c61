using System.Globalization;
using CrossBorder.Tax;

namespace CrossBorder.LandedCost;

/// <summary>
/// What crossing the border costs, in the customs currency: de minimis tests, duty, fees and import tax, each line's
/// amounts written to a <see cref="CustomsWork"/> and every test to the trace.
/// </summary>
internal sealed class BorderCosts(LandedCostRun run, string area, CustomsValuation valuation, TaxResult? tax, SpecialRegimeRule? special, CustomsWork work)
{
    private readonly LandedCostOrder _order = run.Order;
    private readonly LandedCostRules _rules = run.Calculator.Rules;
    private readonly Currency _customs = work.Customs;

    private Money Cif => valuation.Goods + valuation.Freight + valuation.Insurance;

    public void Compute()
    {
        for (var i = 0; i < work.CustomsValue.Length; i++)
        {
            work.CustomsValue[i] = valuation.Lines[i].CustomsValue;
        }

        var (dutyRelief, taxRelief, feeRelief) = DeMinimis();
        Duty(dutyRelief);
        var feesInBase = Fees(feeRelief);
        ImportTax(taxRelief, feesInBase);
    }

    private Money On(ValueBasis basis) => basis switch
    {
        ValueBasis.Intrinsic => valuation.Goods,
        ValueBasis.Cif => Cif,
        _ => valuation.CustomsValue,
    };

    private static string Name(ValueBasis basis) => basis switch
    {
        ValueBasis.Intrinsic => "intrinsic value",
        ValueBasis.Cif => "CIF value",
        ValueBasis.TaxAmount => "amount",
        _ => "customs value",
    };

    private static string Name(Relief relief) => LandedCostRules.ReliefName(relief);

    private (bool[] Duty, bool[] Tax, bool Fees) DeMinimis()
    {
        var n = _order.Lines.Count;
        var duty = new bool[n];
        var tax = new bool[n];
        var fees = false;
        // The area's rules in force: first every abolished relief, then the tests, each in the data's order.
        var rules = _rules.DeMinimisIn(area);
        var inForce = 0;
        foreach (var (rule, abolished) in rules)
        {
            if (rule.Period.Contains(_order.Date))
            {
                inForce++;
                if (abolished is not null)
                {
                    run.Add("de-minimis", abolished, rule.Source);
                }
            }
        }

        var tested = false;
        foreach (var (rule, _) in rules)
        {
            if (!rule.Period.Contains(_order.Date) || rule.IsAbolished || rule.Basis == ValueBasis.TaxAmount || !rule.AppliesTo(_order.Origin, _order.Mode))
            {
                continue;
            }

            tested = true;
            var value = run.Convert(On(rule.Basis), rule.Limit.Currency);
            var within = rule.Within(value);
            var comparison = within ? (rule.LimitIncluded ? "≤" : "<") : (rule.LimitIncluded ? ">" : "≥");
            var excluded = rule.ExcludedOrigins.Count == 0 ? [] : _order.Lines.Where(l => rule.ExcludedOrigins.Contains(l.OriginCountry)).Select(l => l.Sku).ToArray();
            run.Add("de-minimis", string.Create(CultureInfo.InvariantCulture,
                $"{Name(rule.Relieves)} into {area}: {Name(rule.Basis)} {value} {comparison} {rule.Limit}: {(within ? "relieved" : "not relieved")}{(within && excluded.Length > 0 ? $", except goods of {string.Join(", ", rule.ExcludedOrigins)} ({string.Join(", ", excluded)})" : string.Empty)}"), rule.Source);
            if (!within)
            {
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                var relieved = rule.ExcludedOrigins.Count == 0 || !rule.ExcludedOrigins.Contains(_order.Lines[i].OriginCountry);
                duty[i] |= relieved && rule.Relieves.HasFlag(Relief.Duty);
                tax[i] |= relieved && rule.Relieves.HasFlag(Relief.Tax);
            }

            fees |= excluded.Length == 0 && rule.Relieves.HasFlag(Relief.Fees);
        }

        if (!tested && inForce == 0)
        {
            run.Add("de-minimis", string.Create(CultureInfo.InvariantCulture, $"no de minimis into {area} in the rules for this date"));
        }

        return (duty, tax, fees);
    }

    private void Duty(bool[] relieved)
    {
        var lines = _order.Lines;
        if (tax is not null && _rules.DutyExemptRegimes.TryGetValue(tax.Regime, out var exemptSource))
        {
            run.Add("duty", string.Create(CultureInfo.InvariantCulture, $"no customs duty under {tax.Regime}"), exemptSource);
            Array.Fill(work.DutyWorking, string.Create(CultureInfo.InvariantCulture, $"none under {tax.Regime}"));
            return;
        }

        if (special is not null)
        {
            SpecialRegimeDuty(special);
            return;
        }

        if (FlatDuty())
        {
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var value = valuation.Lines[i].CustomsValue;
            if (relieved[i])
            {
                work.DutyWorking[i] = "relieved by de minimis";
                continue;
            }

            string how;
            DutyAmount baseDuty;
            IReadOnlyList<(string Layer, DutyAmount Duty)> layers = [];
            string? source;
            if (line.DutyRate is { } known)
            {
                baseDuty = InCustomsCurrency(known).Compute(value, line.Quantity, line.WeightKg, run.Rounding);
                how = "the line's known rate";
                source = "the order";
            }
            else
            {
                var match = run.Calculator.Tariff.Find(area, line.HsCode, line.OriginCountry, _order.Date)
                    ?? throw LandedCostRun.Invalid(string.Create(CultureInfo.InvariantCulture, $"Line {line.Sku}: the tariff has no line for HS {line.HsCode} into {area} on {NodaTime.Text.LocalDatePattern.Iso.Format(_order.Date)}; give the line a dutyRate or load a tariff that has the code."));
                var duty = Duties.Compute(InCustomsCurrency(match), value, line.Quantity, line.WeightKg, run.Calculator.Settings.IncompleteCodes, run.Rounding);
                (baseDuty, layers, how) = (duty.Base, duty.Layers, duty.How);
                source = match.Candidates.Count == 1 && match.Layers.Count == 0
                    ? match.Candidates[0].Source
                    : string.Join("; ", match.Candidates.Select(c => c.Source).Concat(match.Layers.Select(l => l.Source)).Distinct());
            }

            var total = baseDuty.Amount;
            foreach (var layer in layers)
            {
                total += layer.Duty.Amount;
            }

            work.Duty[i] = total;
            var working = layers.Count == 0
                ? string.Concat(baseDuty.Rate.ToString(), ": ", baseDuty.Working)
                : baseDuty.Rate + ": " + baseDuty.Working + string.Concat(layers.Select(l => string.Create(CultureInfo.InvariantCulture, $"; {l.Layer} {l.Duty.Rate}: {l.Duty.Working}")));
            work.DutyWorking[i] = working;
            run.Add("duty", string.Create(CultureInfo.InvariantCulture, $"{line.Sku}: HS {line.HsCode}, {how}; {working} = {total}"), source);
        }

        WaiveSmallAmounts(Relief.Duty, work.Duty, "duty");
    }

    /// <summary>The EU's €3 per distinct tariff subheading, where its scope and the consignment's value put it in place of the tariff.</summary>
    private bool FlatDuty()
    {
        var rule = _rules.FlatDutyOn(area, _order.Date);
        if (rule is null)
        {
            return false;
        }

        var intrinsic = run.Convert(valuation.Goods, rule.ConsignmentLimit.Currency);
        var within = rule.LimitIncluded ? intrinsic <= rule.ConsignmentLimit : intrinsic < rule.ConsignmentLimit;
        var scope = run.Calculator.Settings.FlatDutyScope == FlatDutyScope.AllConsumerSales
            ? (_order.BuyerType == BuyerType.Consumer, "a sale to a consumer (the wider reading, chosen by the host)")
            : tax?.Regime == "eu-ioss" ? (true, "imported under IOSS")
            : _order.Mode == ShippingMode.Post ? (true, "a postal consignment")
            : (false, "neither imported under IOSS nor a postal consignment");
        if (!within || !scope.Item1)
        {
            run.Add("flat-duty", string.Create(CultureInfo.InvariantCulture, $"{rule.Amount} per subheading does not apply: intrinsic value {intrinsic} {(within ? "within" : "above")} {rule.ConsignmentLimit}, {scope.Item2}; the tariff applies"), rule.Source);
            return false;
        }

        var amount = run.Convert(rule.Amount, _customs);
        var groups = _order.Lines.Select((l, i) => (Code: l.HsCode.Length >= 6 ? l.HsCode[..6] : l.HsCode, Index: i)).GroupBy(x => x.Code).ToArray();
        foreach (var group in groups)
        {
            var indices = group.Select(g => g.Index).ToArray();
            var shares = amount.Allocate(LandedCostRun.Weights([.. indices.Select(i => valuation.Lines[i].CustomsValue.Amount)]));
            var working = string.Create(CultureInfo.InvariantCulture, $"{rule.Amount} for subheading {group.Key}{(indices.Length > 1 ? string.Create(CultureInfo.InvariantCulture, $", shared over its {indices.Length} lines by value") : string.Empty)}");
            for (var k = 0; k < indices.Length; k++)
            {
                work.Duty[indices[k]] = shares[k];
                work.DutyWorking[indices[k]] = working;
            }
        }

        run.Add("flat-duty", string.Create(CultureInfo.InvariantCulture,
            $"{rule.Amount} × {groups.Length} tariff subheadings ({string.Join(", ", groups.Select(g => g.Key))}) = {amount * groups.Length}: intrinsic value {intrinsic} within {rule.ConsignmentLimit}, {scope.Item2}; the tariff does not apply"), rule.Source);
        return true;
    }

    private void SpecialRegimeDuty(SpecialRegimeRule regime)
    {
        var value = run.Convert(On(regime.Basis), regime.Bands[0].UpTo.Currency);
        var band = regime.Bands.FirstOrDefault(b => value <= b.UpTo)
            ?? throw LandedCostRun.Invalid(string.Create(CultureInfo.InvariantCulture, $"{regime.Code} covers consignments up to {regime.Bands[^1].UpTo}; this one is {value}, and the general regime is not in the data."));
        var computed = Money.Of(Math.Round(value.Amount * band.Rate.Fraction, value.Currency.MinorUnit ?? 0, run.Rounding), value.Currency);
        var due = computed - band.Deduction;
        due = due.IsNegative ? Money.Zero(value.Currency) : due;
        var inCustoms = run.Convert(due, _customs);
        var shares = inCustoms.Allocate(CustomsValueWeights());
        var working = string.Create(CultureInfo.InvariantCulture, $"{band.Rate} × {value} = {computed}{(band.Deduction.IsZero ? string.Empty : " − " + band.Deduction.ToString())} = {due}");
        for (var i = 0; i < shares.Length; i++)
        {
            work.Duty[i] = shares[i];
            work.DutyWorking[i] = string.Create(CultureInfo.InvariantCulture, $"{regime.Code}: {working}, shared by value");
        }

        run.Add("duty", string.Create(CultureInfo.InvariantCulture, $"import duty under {regime.Code} (band up to {band.UpTo}): {working}"), regime.Source);
    }

    private Money[] Fees(bool relieved)
    {
        var inBase = new Money[_order.Lines.Count];
        Array.Fill(inBase, Money.Zero(_customs));
        var customsFees = new List<CustomsFee>();
        if (relieved)
        {
            run.Add("fee", "no customs fees: the consignment is within the de minimis that relieves them");
        }
        else
        {
            var shipment = new FeeShipment(_order.Date, _order.Mode, _order.Entry, _order.Origin, _order.Lines.Count, valuation.Goods, valuation.CustomsValue, Cif);
            bool Outside(string group) => run.CustomsArea(_order.Origin) != group;
            var schedule = run.Calculator.Fees;
            customsFees.AddRange(schedule.FeesFor(area, shipment, Outside, run.Rates, run.Rounding));
            var country = _order.Destination.Country.Alpha2;
            if (country != area)
            {
                customsFees.AddRange(schedule.FeesFor(country, shipment, Outside, run.Rates, run.Rounding));
            }
        }

        decimal[]? weights = null;
        void Count(Money amount, bool taxed)
        {
            if (taxed && !amount.IsZero)
            {
                var shares = run.Convert(amount, _customs).Allocate(weights ??= CustomsValueWeights());
                for (var i = 0; i < shares.Length; i++)
                {
                    inBase[i] += shares[i];
                }
            }
        }

        foreach (var fee in customsFees)
        {
            var payer = fee.Rule.Payer ?? run.Importer;
            work.Fees.Add(new LandedCostFee(fee.Code, fee.Amount, payer, fee.Working, fee.Rule.Source));
            run.Add("fee", string.Create(CultureInfo.InvariantCulture, $"{fee.Code}: {fee.Working}, paid by the {Parties.Format(payer)}{(fee.Rule.InTaxBase ? ", in the import-tax base" : string.Empty)}"), fee.Rule.Source);
            Count(fee.Amount, fee.Rule.InTaxBase);
        }

        foreach (var charge in _order.Charges)
        {
            work.Fees.Add(new LandedCostFee(charge.Code, charge.Amount, run.Importer, "configured by the caller", "caller"));
            run.Add("fee", string.Create(CultureInfo.InvariantCulture, $"{charge.Code}: {charge.Amount}, configured by the caller, paid by the {Parties.Format(run.Importer)}{(charge.InTaxBase ? ", in the import-tax base" : string.Empty)}"));
            Count(charge.Amount, charge.InTaxBase);
        }

        return inBase;
    }

    private void ImportTax(bool[] relieved, Money[] feesInBase)
    {
        var lines = _order.Lines;
        if (special is not null)
        {
            var rate = _rules.ImportTaxRateOn(area, _order.Date)
                ?? throw new LandedCostRuleMissingException(area, _order.Date, "import tax rate");
            var r = rate.For(_order.Destination.Subdivision);
            for (var i = 0; i < lines.Count; i++)
            {
                var @base = valuation.Lines[i].CustomsValue + work.Duty[i];
                var amount = rate.GrossUp ? @base.Amount * r.Fraction / (1m - r.Fraction) : @base.Amount * r.Fraction;
                work.ImportTax[i] = Money.Of(Math.Round(amount, _customs.MinorUnit ?? 0, run.Rounding), _customs);
                work.TaxRate[i] = r;
                run.Add("import-tax", string.Create(CultureInfo.InvariantCulture,
                    $"{lines[i].Sku}: {rate.Tax} {r}{(_order.Destination.Subdivision is { } s ? $" ({s})" : " (the default rate; give the state for its own)")} on {@base} (customs value + duty){(rate.GrossUp ? string.Create(CultureInfo.InvariantCulture, $", grossed up: {@base} × {r} / (1 − {r})") : string.Empty)} = {work.ImportTax[i]}, collected at checkout"), rate.Source);
            }

            return;
        }

        if (tax is null || !AnyImportVatAtBorder(tax, lines.Count))
        {
            run.Add("import-tax", tax is null ? "no import tax at the border" : string.Create(CultureInfo.InvariantCulture, $"no import tax at the border: {tax.Regime}{(tax.Tax.IsZero ? string.Empty : ", " + tax.Tax.ToString() + " collected at sale by the " + TaxResultJson.CollectorCode(tax.Collector))}"));
            return;
        }

        var rule = _rules.ImportTaxOn(area, _order.Date);
        if (rule.None)
        {
            run.Add("import-tax", string.Create(CultureInfo.InvariantCulture, $"no import tax at the border into {area}"), rule.Source);
            return;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var taxLine = tax.Lines[i];
            if (taxLine.Reason != TaxabilityReason.ImportVatAtBorder)
            {
                continue;
            }

            var line = valuation.Lines[i];
            if (relieved[i])
            {
                run.Add("import-tax", string.Create(CultureInfo.InvariantCulture, $"{lines[i].Sku}: relieved by de minimis"));
                continue;
            }

            // The parts of the base, joined by " + " (each formatted as before: with the current culture).
            var parts = string.Create(CultureInfo.InvariantCulture, $"{line.CustomsValue} customs value");
            var @base = line.CustomsValue;
            if (rule.AddsFreightAndInsurance && valuation.Basis == ValuationBasis.Fob)
            {
                @base += line.Freight + line.Insurance;
                parts = string.Concat(parts, " + ", string.Create(CultureInfo.InvariantCulture, $"{line.Freight + line.Insurance} freight and insurance"));
            }

            if (rule.AddsDuty)
            {
                @base += work.Duty[i];
                parts = string.Concat(parts, " + ", string.Create(CultureInfo.InvariantCulture, $"{work.Duty[i]} duty"));
            }

            if (rule.AddsFees && !feesInBase[i].IsZero)
            {
                @base += feesInBase[i];
                parts = string.Concat(parts, " + ", string.Create(CultureInfo.InvariantCulture, $"{feesInBase[i]} fees"));
            }

            var rate = taxLine.ApplicableRate;
            work.TaxRate[i] = rate;
            work.ImportTax[i] = Money.Of(Math.Round(@base.Amount * rate.Fraction, _customs.MinorUnit ?? 0, run.Rounding), _customs);
            run.Add("import-tax", string.Create(CultureInfo.InvariantCulture, $"{lines[i].Sku}: {rate} × {@base} ({parts}) = {work.ImportTax[i]}, collected by customs; rate {taxLine.Rule}"), rule.Source);
        }

        WaiveSmallAmounts(Relief.Tax, work.ImportTax, "import tax");
    }

    /// <summary>De minimis on the amount itself (Switzerland's CHF 5): a total below the limit is not collected.</summary>
    private void WaiveSmallAmounts(Relief relief, Money[] amounts, string what)
    {
        foreach (var (rule, _) in _rules.DeMinimisIn(area))
        {
            if (rule.Basis != ValueBasis.TaxAmount || !rule.Relieves.HasFlag(relief) || !rule.Period.Contains(_order.Date) || !rule.AppliesTo(_order.Origin, _order.Mode))
            {
                continue;
            }

            var sum = Money.Zero(_customs);
            foreach (var amount in amounts)
            {
                sum += amount;
            }

            var total = run.Convert(sum, rule.Limit.Currency);
            var within = rule.Within(total);
            run.Add("de-minimis", string.Create(CultureInfo.InvariantCulture, $"{what} of {total} {(within ? "within" : "above")} the {rule.Limit} not collected: {(within ? "waived" : "collected")}"), rule.Source);
            if (within)
            {
                Array.Fill(amounts, Money.Zero(_customs));
            }
        }
    }

    /// <summary>Ratios by customs value, for sharing over the lines.</summary>
    private decimal[] CustomsValueWeights()
    {
        var values = new decimal[valuation.Lines.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = valuation.Lines[i].CustomsValue.Amount;
        }

        return LandedCostRun.Weights(values);
    }

    private static bool AnyImportVatAtBorder(TaxResult tax, int goodsLines)
    {
        for (var i = 0; i < goodsLines && i < tax.Lines.Count; i++)
        {
            if (tax.Lines[i].Reason == TaxabilityReason.ImportVatAtBorder)
            {
                return true;
            }
        }

        return false;
    }

    // Rates converted into the customs currency in this calculation, so that lines with the same rate share one.
    private List<(DutyRate Given, DutyRate Converted)>? _converted;

    private DutyRate InCustomsCurrency(DutyRate rate)
    {
        if (InCustoms(rate))
        {
            return rate;
        }

        _converted ??= [];
        foreach (var (given, converted) in _converted)
        {
            if (given.Equals(rate))
            {
                return converted;
            }
        }

        Money? Convert(Money? m) => m is { } x && x.Currency != _customs ? run.Convert(x, _customs) : m;
        var inCustoms = new DutyRate(rate.AdValorem, Convert(rate.Specific), rate.SpecificUnit, Convert(rate.Minimum), Convert(rate.Maximum));
        _converted.Add((rate, inCustoms));
        return inCustoms;
    }

    /// <summary>Whether the rate's specific part and bounds, if any, are in the customs currency already.</summary>
    private bool InCustoms(DutyRate rate) =>
        (rate.Specific is null || rate.Specific.Value.Currency == _customs)
        && (rate.Minimum is null || rate.Minimum.Value.Currency == _customs)
        && (rate.Maximum is null || rate.Maximum.Value.Currency == _customs);

    private bool InCustoms(IReadOnlyList<TariffLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!InCustoms(lines[i].Rate))
            {
                return false;
            }
        }

        return true;
    }

    private TariffMatch InCustomsCurrency(TariffMatch match)
    {
        if (InCustoms(match.Candidates) && InCustoms(match.Layers))
        {
            return match;
        }

        TariffLine Line(TariffLine l) => InCustomsCurrency(l.Rate) is var r && ReferenceEquals(r, l.Rate) ? l : new TariffLine(l.Area, l.Code, r, l.Period, l.Source, l.Origins, l.Layer);
        return new TariffMatch(match.Code, [.. match.Candidates.Select(Line)], [.. match.Layers.Select(Line)], match.How);
    }
}
