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
/// formal or informal). Amounts in minor units of the invoice currency: unit values 1 to 200,000 (most at most 5,000),
/// one in ten at the edges (1, 99, 100) and one in ten up to 2^31 − 1 (21 million euros a unit); quantities 1 to 10
/// (three times in four 1 or 2), weights 0.1 to 20 kg, 1 to 5 lines, freight up to 50,000 (sometimes 0 or 1) and
/// insurance up to 5,000 (often 0, sometimes 1); tariff codes the sample tariff has for the destination, or a known
/// rate of 0% to 20% where it has none. The other currency is the scenario's or, half the time, JPY (no minor unit) or
/// KWD (three decimals); the invoice is in the customs currency, or a third of the time in the other currency with a
/// rate. The order always has the scenario's own rate too (Romania's thresholds are in euros). Every incoterm, the
/// importer following it; every allocation method.
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

    /// <summary>
    /// A rate from the customs currency to each other currency, with four decimals (test inputs, not market data): the
    /// scenario's own, JPY (no minor unit) and KWD (three decimals), so that conversions reach 0- and 3-digit currencies.
    /// </summary>
    private static readonly Dictionary<(string Customs, string Other), decimal> OtherRates = new()
    {
        [("EUR", "USD")] = 1.1650m, [("RON", "EUR")] = 0.2000m, [("GBP", "USD")] = 1.3412m, [("AUD", "USD")] = 0.6543m,
        [("CAD", "USD")] = 0.7311m, [("USD", "EUR")] = 0.8584m,
        [("EUR", "JPY")] = 172.4512m, [("RON", "JPY")] = 34.0123m, [("GBP", "JPY")] = 199.8765m, [("AUD", "JPY")] = 98.7654m,
        [("CAD", "JPY")] = 110.1234m, [("USD", "JPY")] = 148.2345m,
        [("EUR", "KWD")] = 0.3561m, [("RON", "KWD")] = 0.0702m, [("GBP", "KWD")] = 0.4123m, [("AUD", "KWD")] = 0.2011m,
        [("CAD", "KWD")] = 0.2234m, [("USD", "KWD")] = 0.3071m,
    };

    /// <summary>An amount of <paramref name="minorUnits"/> of <paramref name="currency"/>'s minor unit (yen, cents, fils).</summary>
    private static decimal InMinorUnits(long minorUnits, string currency) =>
        minorUnits / (decimal)Math.Pow(10, Currency.FromCode(currency).MinorUnit ?? 0);

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
        from other in Gen.Frequency((2, Gen.Constant(scenario.Other)), (1, Gen.Constant("JPY")), (1, Gen.Constant("KWD")))
        from freightMinorUnits in Gen.Frequency((6, Gen.Choose(0, 50_000)), (1, Gen.Elements(0, 1)))
        from insuranceMinorUnits in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(0, 5_000)), (1, Gen.Constant(1)))
        from count in Gen.Frequency((2, Gen.Constant(1)), (3, Gen.Choose(1, 5)))
        from lines in Line(scenario, origin).ArrayOf(count)
        let invoice = foreignInvoice ? other : scenario.Currency
        let rates = new[] { scenario.Other, other }.Distinct().Select(quote => (scenario.Currency, quote, OtherRates[(scenario.Currency, quote)])).ToArray()
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
                Freight = InMinorUnits(freightMinorUnits, invoice),
                Insurance = InMinorUnits(insuranceMinorUnits, invoice),
                FreightCurrency = invoice,
                Allocation = allocation,
                Lines = [.. named.Select((l, i) => l.Build(invoice, aboveThresholds && i == 0 ? Floor(scenario) : 0m, foreignInvoice ? 100 : 1))],
            },
            other);

    /// <summary>A first line's value that puts the consignment above every threshold of the destination (A$1,000, €150; any US value pays).</summary>
    private static decimal Floor(Scenario scenario) => scenario.Destination switch
    {
        "AU" => 1_000.01m,
        "DE" => 150.01m,
        _ => 0m,
    };

    private sealed record LineDraw(string Sku, string Code, string Origin, int Quantity, int UnitMinorUnits, int WeightTenths, int? DutyBasisPoints)
    {
        /// <summary>
        /// The line in <paramref name="currency"/>, raised to <paramref name="floor"/> in total and to at least
        /// <paramref name="minimum"/> minor units a unit (a foreign invoice's single fils would be worth 0.00 in customs
        /// currency: a line of no value, which by-value sharing rightly refuses).
        /// </summary>
        public LandedCostLine Build(string currency, decimal floor, int minimum)
        {
            var unit = InMinorUnits(Math.Max(UnitMinorUnits, minimum), currency);
            var scale = InMinorUnits(1, currency);
            unit = unit * Quantity < floor ? Math.Ceiling(floor / Quantity / scale) * scale : unit;
            return new LandedCostLine(Sku, Code, CountryCode.FromAlpha2(Origin), Quantity, Money.Of(unit, currency), WeightTenths / 10m)
            {
                DutyRate = DutyBasisPoints is { } bp ? new DutyRate(Percentage.FromBasisPoints(bp)) : null,
            };
        }
    }

    private static Gen<LineDraw> Line(Scenario scenario, string origin) =>
        from code in Gen.Elements(scenario.Codes)
        from quantity in Gen.Frequency((3, Gen.Choose(1, 2)), (1, Gen.Choose(1, 10)))
        from unitMinorUnits in Gen.Frequency((6, Gen.Choose(1, 5_000)), (2, Gen.Choose(1, 200_000)), (1, Gen.Elements(1, 99, 100)), (1, Gen.Choose(1, int.MaxValue)))
        from weight in Gen.Choose(1, 200)
        from duty in Gen.Choose(0, 2_000)
        select new LineDraw("L", code, origin, quantity, unitMinorUnits, weight, scenario.KnownRates ? duty : null);
}
