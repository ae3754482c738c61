using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.LandedCost.Tests.Calculation;

/// <summary>
/// An order the embedded data can compute, the result currency it is computed in (the destination's customs currency),
/// and another currency with a rate from the customs currency to it.
/// </summary>
public sealed record AnyOrder(OrderSpec Spec, string Other)
{
    public override string ToString() =>
        $"{Spec.Date} {Spec.Origin}→{Spec.Destination}{(Spec.Subdivision is { } s ? "-" + s : string.Empty)} {Spec.Mode} {Spec.Incoterm} {Spec.Entry} [{string.Join(",", Spec.Registrations)}] " +
        $"in {Spec.Currency}, freight {Spec.Freight} ins {Spec.Insurance} {Spec.FreightCurrency}, {Spec.Allocation}, rates [{string.Join("; ", Spec.Rates.Select(r => $"{r.Base}/{r.Quote} {r.Rate}"))}], lines " +
        string.Join(" | ", Spec.Lines.Select(l => $"{l.Sku} {l.HsCode} {l.OriginCountry} {l.Quantity}×{l.UnitValue} {l.WeightKg}kg {l.DutyRate?.AdValorem}"));
}

/// <summary>An order above every de minimis and low-value threshold of its destination, with freight shared by quantity.</summary>
public sealed record AnyOrderAboveThresholds(AnyOrder Order)
{
    public override string ToString() => Order.ToString();
}

/// <summary>
/// Bounded generators of orders the embedded data covers: Germany (before and after 2026-07-01, with or without IOSS),
/// France (TPC), Romania (logistics tax), the UK, Australia, Canada (Alberta, from China or the US) and the US (New York,
/// formal or informal). Unit values 0.01 to 2,000.00 (three times in four at most 50.00), quantities 1 to 10 (three times in four 1 or 2), weights 0.1 to 20 kg, 1 to 5 lines, freight
/// up to 500.00 and insurance up to 50.00; tariff codes the sample tariff has for the destination, or a known rate of
/// 0% to 20% where it has none. The invoice is in the customs currency, or a third of the time in another currency with
/// a rate. Every incoterm, the importer following it; every allocation method.
/// </summary>
public static class LandedCostArbitraries
{
    private sealed record Scenario(string Destination, string Currency, string[] Dates, string[] Origins, string? Subdivision, string[] Codes, bool KnownRates, string Other);

    private static readonly Scenario[] Scenarios =
    [
        new("DE", "EUR", ["2026-03-01", "2026-07-15"], ["CN"], null, ["610910", "851830", "620462", "711719", "330499"], false, "USD"),
        new("FR", "EUR", ["2026-03-02"], ["CN"], null, ["610910", "851830", "711719"], false, "USD"),
        new("RO", "RON", ["2026-03-02"], ["CN"], null, ["610910", "851830"], false, "EUR"),
        new("GB", "GBP", ["2026-03-01"], ["CN"], null, ["610910", "851830", "711719", "330499"], false, "USD"),
        new("AU", "AUD", ["2026-03-01"], ["CN", "US"], null, ["851840", "852580", "610910"], true, "USD"),
        new("CA", "CAD", ["2026-03-01"], ["CN", "US"], "AB", ["851840", "610910"], true, "USD"),
        new("US", "USD", ["2026-03-02"], ["CN"], "NY", ["851830", "61091000"], false, "EUR"),
    ];

    /// <summary>A rate from the customs currency to the other, with four decimals.</summary>
    private static readonly Dictionary<string, decimal> OtherRates = new() { ["EUR"] = 1.1650m, ["RON"] = 0.2000m, ["GBP"] = 1.3412m, ["AUD"] = 0.6543m, ["CAD"] = 0.7311m, ["USD"] = 0.8584m };

    public static Arbitrary<AnyOrder> Orders() => Arb.From(Order(aboveThresholds: false));

    public static Arbitrary<AnyOrderAboveThresholds> OrdersAboveThresholds() => Arb.From(Order(aboveThresholds: true).Select(o => new AnyOrderAboveThresholds(o)));

    private static Gen<AnyOrder> Order(bool aboveThresholds) =>
        from scenario in aboveThresholds ? Gen.Elements(Scenarios.Where(s => s.Destination is "DE" or "AU" or "US").ToArray()) : Gen.Elements(Scenarios)
        from date in aboveThresholds && scenario.Destination == "DE" ? Gen.Constant("2026-07-15") : Gen.Elements(scenario.Dates)
        from origin in Gen.Elements(scenario.Origins)
        from mode in Gen.Elements(ShippingMode.Post, ShippingMode.Courier, ShippingMode.Air, ShippingMode.Ocean)
        from incoterm in Gen.Elements(Enum.GetValues<Incoterm>())
        from allocation in aboveThresholds ? Gen.Elements(AllocationMethod.ByQuantity, AllocationMethod.ByWeight) : Gen.Elements(Enum.GetValues<AllocationMethod>())
        from ioss in Gen.Elements(false, true)
        from entry in aboveThresholds ? Gen.Constant(CustomsEntry.Formal) : Gen.Elements(CustomsEntry.Formal, CustomsEntry.Informal)
        from foreignInvoice in aboveThresholds ? Gen.Constant(false) : Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from freightCents in Gen.Choose(0, 50_000)
        from insuranceCents in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 5_000)))
        from count in Gen.Frequency((2, Gen.Constant(1)), (3, Gen.Choose(1, 5)))
        from lines in Line(scenario, origin).ArrayOf(count)
        let invoice = foreignInvoice ? scenario.Other : scenario.Currency
        let rates = new[] { (scenario.Currency, scenario.Other, OtherRates[scenario.Currency]) }
        let named = lines.Select((l, i) => l with { Sku = $"L{i}" }).ToArray()
        select new AnyOrder(
            new OrderSpec
            {
                Date = date,
                Currency = scenario.Currency,
                Origin = origin,
                Destination = scenario.Destination,
                Subdivision = scenario.Subdivision,
                Mode = mode,
                Incoterm = incoterm,
                Registrations = ioss && scenario.Currency is "EUR" or "RON" ? ["EU-IOSS"] : [],
                Entry = scenario.Destination == "US" ? entry : null,
                Rates = rates,
                Freight = freightCents / 100m,
                Insurance = insuranceCents / 100m,
                FreightCurrency = invoice,
                Allocation = allocation,
                Lines = [.. named.Select((l, i) => l.Build(invoice, aboveThresholds && i == 0 ? Floor(scenario) : 0m))],
            },
            scenario.Other);

    /// <summary>A first line's value that puts the consignment above every threshold of the destination (A$1,000, €150; any US value pays).</summary>
    private static decimal Floor(Scenario scenario) => scenario.Destination switch
    {
        "AU" => 1_000.01m,
        "DE" => 150.01m,
        _ => 0m,
    };

    private sealed record LineDraw(string Sku, string Code, string Origin, int Quantity, int UnitCents, int WeightTenths, int? DutyBasisPoints)
    {
        public LandedCostLine Build(string currency, decimal floor)
        {
            var unit = UnitCents / 100m;
            unit = unit * Quantity < floor ? Math.Ceiling(floor / Quantity * 100m) / 100m : unit;
            return new LandedCostLine(Sku, Code, CountryCode.FromAlpha2(Origin), Quantity, Money.Of(unit, currency), WeightTenths / 10m)
            {
                DutyRate = DutyBasisPoints is { } bp ? new DutyRate(Percentage.FromBasisPoints(bp)) : null,
            };
        }
    }

    private static Gen<LineDraw> Line(Scenario scenario, string origin) =>
        from code in Gen.Elements(scenario.Codes)
        from quantity in Gen.Frequency((3, Gen.Choose(1, 2)), (1, Gen.Choose(1, 10)))
        from unitCents in Gen.Frequency((3, Gen.Choose(1, 5_000)), (1, Gen.Choose(1, 200_000)))
        from weight in Gen.Choose(1, 200)
        from duty in Gen.Choose(0, 2_000)
        select new LineDraw("L", code, origin, quantity, unitCents, weight, scenario.KnownRates ? duty : null);
}
