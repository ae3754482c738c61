using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Tax.Tests.Helpers;

/// <summary>A tax rate between 0% and 99.999% with up to three decimals, weighted towards the rates laws use.</summary>
public sealed record AnyRate(Percentage Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>A non-negative amount in whole minor units.</summary>
public sealed record Cents(Money Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>An invoice of 1–8 lines in one currency, with prices in whole minor units and rates from a small set.</summary>
public sealed record AnyInvoice(PricedLine[] Lines)
{
    public override string ToString() =>
        string.Join("; ", Lines.Select(l => $"{l.Quantity} × {l.UnitPrice} @ {l.Rate}"));
}

/// <summary>Bounded generators for the tax tests.</summary>
public static class TaxArbitraries
{
    private static readonly Currency[] Currencies = [.. new[] { "EUR", "GBP", "JPY", "KWD", "SGD", "CLF" }.Select(Currency.FromCode)];

    private static readonly decimal[] CommonRates = [0m, 5m, 5.5m, 7m, 8m, 9m, 9.975m, 10m, 13m, 15m, 19m, 20m, 21m, 24m, 25.5m, 27m];

    public static Gen<Percentage> RateGen =>
        Gen.Frequency(
            (3, Gen.Elements(CommonRates)),
            (1, Gen.Choose(0, 99_999).Select(i => i / 1_000m)))
        .Select(Percentage.FromPercent);

    /// <summary>
    /// Whole minor units from zero and one unit to 2^72 − 1 (4.7e21 units: 4.7e19 EUR, 4.7e17 CLF), which leaves
    /// decimal room for 50 units of a line at any rate and an invoice of 8 lines.
    /// </summary>
    public static Gen<Money> CentsGen(Currency currency) =>
        Gen.Frequency(
            (1, Gen.Elements(0m, 1m)),
            (3, Gen.Choose(0, 100_000).Select(i => (decimal)i)),
            (1, Gen.Choose(0, 1_000_000_000).Select(i => (decimal)i)),
            (1, from lo in Gen.Choose(int.MinValue, int.MaxValue)
                from mid in Gen.Choose(int.MinValue, int.MaxValue)
                from hi in Gen.Frequency((1, Gen.Constant(255)), (2, Gen.Choose(0, 255)))
                select new decimal(lo, mid, hi, false, 0)))
        .Select(units => Money.Of(units * currency.MinorUnitValue, currency));

    public static Arbitrary<AnyRate> AnyRate() => Arb.From(RateGen.Select(r => new AnyRate(r)));

    public static Arbitrary<Cents> Cents() =>
        Arb.From(Gen.Elements(Currencies).SelectMany(CentsGen).Select(m => new Cents(m)));

    public static Arbitrary<TaxRoundingPolicy> Policy() =>
        Arb.From(
            from level in Gen.Elements(TaxRoundingLevel.PerUnit, TaxRoundingLevel.PerLine, TaxRoundingLevel.PerInvoice)
            from mode in Gen.Elements(MidpointRounding.AwayFromZero, MidpointRounding.ToEven)
            select new TaxRoundingPolicy(level, mode));

    public static Arbitrary<AnyInvoice> AnyInvoice() =>
        Arb.From(
            from currency in Gen.Elements(Currencies)
            from count in Gen.Choose(1, 8)
            from lines in Gen.ArrayOf(Line(currency), count)
            select new AnyInvoice(lines));

    private static Gen<PricedLine> Line(Currency currency) =>
        from price in CentsGen(currency)
        from quantity in Gen.Frequency((4, Gen.Choose(1, 50).Select(q => (decimal)q)), (1, Gen.Choose(1, 5_000).Select(q => q / 1_000m)))
        from rate in Gen.Elements(CommonRates).Select(Percentage.FromPercent)
        select new PricedLine(price, quantity, rate);
}
