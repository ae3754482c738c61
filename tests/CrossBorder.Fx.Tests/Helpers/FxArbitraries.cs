using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Fx.Tests.Helpers;

/// <summary>A positive rate between 0.0001 and 20000 with up to 6 decimals.</summary>
public sealed record PositiveRate(decimal Value)
{
    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>An amount in whole minor units of a currency with a minor unit.</summary>
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
        [.. new[] { "EUR", "USD", "CNY", "GBP", "JPY", "KWD", "CHF", "SEK" }.Select(CrossBorder.Currency.FromCode)];

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
            from units in Gen.Choose(0, 1_000_000_000)
            select new MinorAmount(Money.FromMinorUnits(units, c)));

    /// <summary>Two different currencies: the target is drawn from the currencies other than the amount's.</summary>
    public static Arbitrary<ForeignPair> ForeignPair() =>
        Arb.From(
            from amount in MinorAmount().Generator
            from target in Gen.Elements(Currencies.Where(c => !c.Equals(amount.Value.Currency)).ToArray())
            select new ForeignPair(amount.Value, target));
}
