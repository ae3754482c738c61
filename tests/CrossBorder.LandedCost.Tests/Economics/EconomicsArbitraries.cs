using CrossBorder.Fx;
using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.LandedCost.Tests.Economics;

/// <summary>Unit economics with the rates that convert its costs, and the result currency to compute in.</summary>
public sealed record AnyEconomics(UnitEconomics Economics, Currency Result, ExchangeRate[] Rates)
{
    public override string ToString() =>
        $"{Economics.SellingPrice} incl. {Economics.IncludedTaxRate?.ToString() ?? "no tax"}, purchase {Economics.PurchaseCost}, freight {Economics.FirstLegFreight}, " +
        $"referral {Economics.ReferralRate} min {Economics.ReferralMinimum}, payment {Economics.PaymentFee}, ads {Economics.AdvertisingPerUnit} + {Economics.AdvertisingShareOfPrice}, " +
        $"returns {Economics.ReturnRate} × {Economics.CostPerReturn} → {Result.Code} via [{string.Join("; ", Rates.Select(r => r.ToString()))}]";
}

/// <summary>Two fulfilment options with costs in whole minor units of one currency.</summary>
public sealed record AnyOptionPair(FulfilmentOption First, FulfilmentOption Second)
{
    public override string ToString() => $"{string.Join(", ", First.Costs)} | {string.Join(", ", Second.Costs)}";
}

/// <summary>
/// Bounded generators for the economics tests: amounts in whole minor units up to 10,000 major units, referral ≤ 30%,
/// payment ≤ 5%, advertising ≤ 40% and included tax ≤ 27%, so that the price-proportional shares never take more than
/// 75% of a net share of at least 78.7% and a break-even always exists; costs are in the price's currency or in USD,
/// converted with a USD rate between 0.5 and 200. The purchase cost is at least 2 major units of the price's currency, so
/// that every break-even price is above one minor unit and both of its sides can be checked.
/// </summary>
public static class EconomicsArbitraries
{
    private static readonly Currency[] PriceCurrencies = [.. new[] { "EUR", "GBP", "JPY", "KWD" }.Select(Currency.FromCode)];

    private static readonly Currency Usd = Currency.FromCode("USD");

    private static readonly NodaTime.LocalDate Date = new(2026, 12, 1);

    public static Arbitrary<AnyEconomics> Economics() => Arb.From(
        from currency in Gen.Elements(PriceCurrencies)
        from usdRate in Gen.Choose(50, 20_000).Select(r => r / 100m)
        from resultInUsd in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from price in Amount(currency, 1, 1_000_000)
        from purchase in Amount(currency, 2, 2_000)
        from freight in OptionalCost(currency)
        from duty in OptionalCost(currency)
        from importTax in OptionalCost(currency)
        from recoverable in Gen.Elements(false, true)
        from tax in Gen.Frequency((1, Gen.Constant<Percentage?>(null)), (2, Share(27).Select(p => (Percentage?)p)))
        from referral in Share(30)
        from referralMinimum in Gen.Frequency((2, Gen.Constant<Money?>(null)), (1, Amount(currency, 0, 20_000).Select(m => (Money?)m)))
        from fulfilment in OptionalCost(currency)
        from payment in Gen.Frequency((1, Gen.Constant<CardFee?>(null)), (2, PaymentFee(currency)))
        from adPerUnit in OptionalCost(currency)
        from adShare in Share(40)
        from returnRate in Share(30)
        from perReturn in OptionalCost(currency)
        select new AnyEconomics(
            new UnitEconomics(
                price,
                purchase,
                tax,
                freight,
                duty,
                importTax,
                recoverable,
                referral,
                referralMinimum,
                fulfilment,
                payment,
                adPerUnit,
                adShare,
                returnRate,
                perReturn),
            resultInUsd ? Usd : currency,
            [new ExchangeRate(Usd, currency, usdRate, Date)]));

    public static Arbitrary<AnyOptionPair> OptionPair() => Arb.From(
        from first in Option("first")
        from second in Option("second")
        select new AnyOptionPair(first, second));

    /// <summary>A share between 0% and <paramref name="maxPercent"/>%, in steps of 0.01%, a fifth of them zero.</summary>
    public static Gen<Percentage> Share(int maxPercent) =>
        Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Choose(0, maxPercent * 100))).Select(b => Percentage.FromBasisPoints(b));

    private static Gen<Money> Amount(Currency currency, int minMajor, int maxMajor)
    {
        var perMajor = (int)Math.Round(1m / currency.MinorUnitValue);
        return Gen.Choose(minMajor, maxMajor).SelectMany(major => Gen.Choose(0, perMajor - 1).Select(minor => Money.FromMinorUnits(((long)major * perMajor) + minor, currency)));
    }

    /// <summary>A cost in the price's currency, or a fifth of the time in USD.</summary>
    private static Gen<Money> Cost(Currency currency) =>
        Gen.Frequency((4, Amount(currency, 0, 2_000)), (1, Amount(Usd, 0, 2_000)));

    private static Gen<Money?> OptionalCost(Currency currency) =>
        Gen.Frequency((1, Gen.Constant<Money?>(null)), (3, Cost(currency).Select(m => (Money?)m)));

    private static Gen<CardFee?> PaymentFee(Currency currency) =>
        from percent in Share(5)
        from fixedFee in Amount(currency, 0, 2)
        select (CardFee?)CardFee.Of(percent, fixedFee, "test illustration");

    private static Gen<FulfilmentOption> Option(string name)
    {
        var eur = Currency.FromCode("EUR");
        var amount = Amount(eur, 0, 5_000);
        var small = Amount(eur, 0, 20);
        return Gen.OneOf(
            from postage in small
            from monthly in Gen.Frequency((2, Gen.Constant<Money?>(null)), (1, amount.Select(m => (Money?)m)))
            select FulfilmentOption.DirectMail(postage, monthly, name),
            from freight in amount
            from shipments in Gen.Elements(0.5m, 1m, 2m, 4m)
            from storage in small
            from months in Gen.Choose(0, 60).Select(m => m / 10m)
            from pick in small
            from lastMile in small
            select FulfilmentOption.OverseasWarehouse(freight, shipments, storage, months, pick, lastMile, name: name),
            from freight in amount
            from shipments in Gen.Elements(0.5m, 1m, 2m)
            from storage in small
            from months in Gen.Choose(0, 60).Select(m => m / 10m)
            from fee in small
            select FulfilmentOption.FulfilmentCentre(freight, shipments, storage, months, fee, name: name));
    }
}
