using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Fx.Tests.Helpers;

/// <summary>A positive rate between 0.0001 and 20000 with up to 6 decimals.</summary>
public sealed record PositiveRate(decimal Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An amount in whole minor units of a currency with a minor unit (0, 2, 3 or 4 digits), either sign.</summary>
public sealed record MinorAmount(Money Value)
{
    public override string ToString() => Value.ToString();
}

/// <summary>An amount in whole minor units and another currency to convert it into.</summary>
public sealed record ForeignPair(Money Amount, Currency Target)
{
    public override string ToString() => $"{Amount} → {Target.Code}";
}

/// <summary>Bounded generators for Fx's tests.</summary>
public static class FxArbitraries
{
    private static readonly Currency[] Currencies =
        [.. new[] { "EUR", "USD", "CNY", "GBP", "JPY", "KWD", "CHF", "SEK", "CLF" }.Select(CrossBorder.Currency.FromCode)];

    public static Gen<decimal> RateGen =>
        Gen.Frequency(
            (3, Gen.Choose(1, 2_000_000).Select(i => i / 10_000m)),
            (1, Gen.Choose(1, 20_000).Select(i => (decimal)i)),
            (1, Gen.Choose(1, 10_000).Select(i => i / 1_000_000m)));

    public static Arbitrary<PositiveRate> PositiveRate() => Arb.From(RateGen.Select(r => new PositiveRate(r)));

    public static Arbitrary<Currency> Currency() => Arb.From(Gen.Elements(Currencies));

    public static Arbitrary<MinorAmount> MinorAmount() =>
        Arb.From(
            from c in Gen.Elements(Currencies)
            from units in MinorUnitsGen
            select new MinorAmount(Money.Of(units * c.MinorUnitValue, c)));

    /// <summary>
    /// Whole minor units of either sign, from zero and one unit up to 2^64 − 1 (20 digits): times a rate of at most
    /// 8 significant digits the product still has decimal's 28 digits, so a conversion is exact before it rounds.
    /// </summary>
    public static Gen<decimal> MinorUnitsGen =>
        Gen.Frequency(
            (1, Gen.Elements(0m, 1m, -1m, ulong.MaxValue, -(decimal)ulong.MaxValue)),
            (3, Gen.Choose(-1_000_000_000, 1_000_000_000).Select(i => (decimal)i)),
            (1, from lo in Gen.Choose(int.MinValue, int.MaxValue)
                from mid in Gen.Choose(int.MinValue, int.MaxValue)
                from negative in Gen.Elements(true, false)
                select new decimal(lo, mid, 0, negative, 0)));

    /// <summary>Two different currencies: the target is drawn from the currencies other than the amount's.</summary>
    public static Arbitrary<ForeignPair> ForeignPair() =>
        Arb.From(
            from amount in MinorAmount().Generator
            from target in Gen.Elements(Currencies.Where(c => !c.Equals(amount.Value.Currency)).ToArray())
            select new ForeignPair(amount.Value, target));
}
