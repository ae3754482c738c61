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

/// <summary>
/// Money small enough to convert at any rate up to 10,000 and back without overflowing decimal:
/// at most 2^71 minor units (2.4e21 units, 2.4e19 USD, 2.4e17 CLF).
/// </summary>
public sealed record ConvertibleMoney(Money Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>Bounded domain generators for Core's types.</summary>
public static class CoreArbitraries
{
    public static readonly Currency[] CurrenciesWithMinorUnit =
        [.. CurrencyRegistry.Iso4217.Currencies.Where(c => c.MinorUnit is not null)];

    /// <summary>Any currency with a minor unit, with the 0-, 3- and 4-digit ones (JPY, KWD, CLF…) over-represented.</summary>
    public static Gen<Currency> CurrencyGen =>
        Gen.Frequency(
            (4, Gen.Elements(CurrenciesWithMinorUnit)),
            (1, Gen.Elements(WithMinorUnit(0))),
            (1, Gen.Elements(WithMinorUnit(3))),
            (1, Gen.Elements(WithMinorUnit(4))));

    /// <summary>
    /// Largest magnitude in whole minor units that two amounts can each have and still add without overflow:
    /// decimal's mantissa has 96 bits, so two 95-bit mantissas always fit.
    /// </summary>
    public const int HugeHighBits = int.MaxValue;

    /// <summary>
    /// Whole minor units from zero and one unit to the largest that two amounts can add
    /// (mantissas up to 2^95 − 1: 3.96e26 USD, 3.96e24 CLF), either sign, with the edge cases over-represented.
    /// </summary>
    public static Gen<decimal> MinorUnitsGen => MinorUnitsUpTo(HugeHighBits);

    /// <summary>Like <see cref="MinorUnitsGen"/> with the top 32 bits of the 96-bit mantissa at most <paramref name="maxHigh"/>.</summary>
    public static Gen<decimal> MinorUnitsUpTo(int maxHigh) =>
        Gen.Frequency(
            (1, Gen.Elements(0m, 1m, -1m, 5m, -5m, 99m, 100m, 999_999_999_999m, -999_999_999_999m)),
            (3, Gen.Choose(-100_000, 100_000).Select(i => (decimal)i)),
            (2, Gen.Choose(int.MinValue, int.MaxValue).Two().Select(t => ((decimal)t.Item1 * 1000) + (t.Item2 % 1000))),
            (1, from lo in Gen.Choose(int.MinValue, int.MaxValue)
                from mid in Gen.Choose(int.MinValue, int.MaxValue)
                from hi in Gen.Frequency((1, Gen.Constant(maxHigh)), (3, Gen.Choose(0, maxHigh)))
                from negative in Gen.Elements(true, false)
                select new decimal(lo, mid, hi, negative, 0)));

    public static Arbitrary<Currency> Currency() => Arb.From(CurrencyGen);

    public static Arbitrary<Money> Money() => Arb.From(MoneyUpTo(HugeHighBits));

    public static Arbitrary<ConvertibleMoney> ConvertibleMoney() => Arb.From(MoneyUpTo(127).Select(m => new ConvertibleMoney(m)));

    /// <summary>Money in whole minor units of <see cref="CurrencyGen"/>, its mantissa's top 32 bits at most <paramref name="maxHigh"/>.</summary>
    public static Gen<Money> MoneyUpTo(int maxHigh) =>
        CurrencyGen.SelectMany(c => MinorUnitsUpTo(maxHigh).Select(units => CrossBorder.Money.Of(WithScale(units, c.MinorUnit!.Value), c)));

    /// <summary>The decimal with the same digits as <paramref name="units"/> and <paramref name="scale"/> decimals (exact: no arithmetic).</summary>
    public static decimal WithScale(decimal units, int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(units, bits);
        return new decimal(bits[0], bits[1], bits[2], units < 0m, (byte)scale);
    }

    private static Currency[] WithMinorUnit(int digits) => [.. CurrenciesWithMinorUnit.Where(c => c.MinorUnit == digits)];

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
