using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Tests.Helpers;

/// <summary>Ratios for allocation: non-negative, at least one positive, integer or decimal, sometimes zero.</summary>
public sealed record Ratios(decimal[] Values)
{
    public override string ToString() => "[" + string.Join(", ", Values) + "]";
}

/// <summary>A decimal of any scale and magnitude (within a range that cannot overflow when added twice).</summary>
public sealed record AnyAmount(decimal Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Bounded domain generators for Core's types.</summary>
public static class CoreArbitraries
{
    public static readonly Currency[] CurrenciesWithMinorUnit =
        [.. CurrencyRegistry.Iso4217.Currencies.Where(c => c.MinorUnit is not null)];

    public static Gen<Currency> CurrencyGen => Gen.Elements(CurrenciesWithMinorUnit);

    /// <summary>Amounts in whole minor units, from tiny to trillions, with the edge cases over-represented.</summary>
    public static Gen<long> MinorUnitsGen =>
        Gen.Frequency(
            (1, Gen.Elements(0L, 1L, -1L, 5L, -5L, 99L, 100L, 999_999_999_999L)),
            (3, Gen.Choose(-100_000, 100_000).Select(i => (long)i)),
            (2, Gen.Choose(int.MinValue, int.MaxValue).Two().Select(t => ((long)t.Item1 * 1000) + t.Item2 % 1000)));

    public static Arbitrary<Currency> Currency() => Arb.From(CurrencyGen);

    public static Arbitrary<Money> Money() =>
        Arb.From(CurrencyGen.SelectMany(c => MinorUnitsGen.Select(units => CrossBorder.Money.FromMinorUnits(units, c))));

    public static Arbitrary<AnyAmount> AnyAmount() =>
        Arb.From(
            from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Choose(int.MinValue, int.MaxValue)
            from hi in Gen.Choose(0, 1 << 28)
            from negative in Gen.Elements(true, false)
            from scale in Gen.Choose(0, 28)
            select new AnyAmount(new decimal(lo, mid, hi, negative, (byte)scale)));

    public static Arbitrary<Ratios> Ratios()
    {
        var integer = Gen.Choose(0, 1000).Select(i => (decimal)i);
        var fractional = Gen.Choose(0, 1_000_000).Select(i => i / 10_000m);
        var third = Gen.Elements(1m / 3m, 2m / 3m, 0.1m, 1m / 7m);
        var ratio = Gen.Frequency((3, integer), (3, fractional), (1, third), (1, Gen.Constant(0m)));
        return Arb.From(
            Gen.Choose(1, 24)
                .SelectMany(n => ratio.ArrayOf(n))
                .Where(r => r.Any(x => x > 0))
                .Select(r => new Ratios(r)));
    }

    public static Arbitrary<Percentage> Percentage() =>
        Arb.From(Gen.Choose(-100_000, 10_000_000).Select(i => CrossBorder.Percentage.FromPercent(i / 1000m)));
}
