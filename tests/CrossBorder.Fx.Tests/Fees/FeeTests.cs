using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Fees;

public sealed record FeeCase(CardFee Fee, Money Target, MidpointRounding Rounding)
{
    public override string ToString() => $"{Fee}, target {Target}, {Rounding}";
}

public static class FeeArbitraries
{
    public static Arbitrary<FeeCase> FeeCase() =>
        Arb.From(
            from currency in Gen.Elements("EUR", "JPY", "KWD", "USD", "CLF").Select(Currency.FromCode)
            from basisPoints in Gen.Frequency((4, Gen.Choose(0, 1000)), (1, Gen.Choose(0, 9999)), (1, Gen.Elements(0, 1, 9999)))
            from fixedUnits in Gen.Frequency((3, Gen.Choose(0, 500)), (1, Gen.Elements(0, 1)))
            // Up to 2^72 − 1 minor units: the gross at 99.99% is 10^4 times the target and must still fit a decimal.
            from targetUnits in Gen.Frequency(
                (1, Gen.Choose(0, 10).Select(i => (decimal)i)),
                (3, Gen.Choose(0, 2_000_000_000).Select(i => (decimal)i)),
                (1, from lo in Gen.Choose(int.MinValue, int.MaxValue)
                    from mid in Gen.Choose(int.MinValue, int.MaxValue)
                    from hi in Gen.Choose(0, 255)
                    select new decimal(lo, mid, hi, false, 0)))
            from rounding in Gen.Elements(MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToPositiveInfinity)
            select new FeeCase(
                CardFee.Of(Percentage.FromBasisPoints(basisPoints), Money.FromMinorUnits(fixedUnits, currency), "generated"),
                Money.Of(targetUnits * currency.MinorUnitValue, currency),
                rounding));
}

public class CardFeeTests
{
    private static readonly CardFee Stripe = CardFee.Of(Percentage.FromPercent(1.5m), Money.Of(0.25m, Eur), "test");

    [Fact]
    public void Net_down_takes_the_rounded_percentage_and_the_fixed_fee()
    {
        var breakdown = Stripe.NetDown(Money.Of(100m, Eur), MidpointRounding.ToEven);
        Assert.Equal(Money.Of(1.50m, Eur), breakdown.PercentageFee);
        Assert.Equal(Money.Of(1.75m, Eur), breakdown.TotalFee);
        Assert.Equal(Money.Of(98.25m, Eur), breakdown.Net);
        Assert.Equal(3, breakdown.Explain().Steps.Count);
    }

    [Fact]
    public void Gross_up_finds_the_smallest_charge_that_nets_the_target()
    {
        // By hand: (100 + 0.25) / (1 − 0.015) = 101.776…; at 101.78 the fee is round(1.5267) + 0.25 = 1.78, net 100.00;
        // at 101.77 it is round(1.52655) + 0.25 = 1.78 as well, net 99.99 — so 101.78 is the smallest.
        var breakdown = Stripe.GrossUp(Money.Of(100m, Eur), MidpointRounding.ToEven);
        Assert.Equal(Money.Of(101.78m, Eur), breakdown.Gross);
        Assert.Equal(Money.Of(100m, Eur), breakdown.Net);
        Assert.Equal(Money.Of(99.99m, Eur), Stripe.NetDown(Money.Of(101.77m, Eur), MidpointRounding.ToEven).Net);
    }

    [ScaledProperty(Arbitrary = [typeof(FeeArbitraries)])]
    public Property Gross_up_then_net_down_returns_the_target_exactly_and_the_gross_is_minimal(FeeCase c)
    {
        var up = c.Fee.GrossUp(c.Target, c.Rounding);
        var net = c.Fee.NetDown(up.Gross, c.Rounding).Net;
        var unit = c.Target.Currency.MinorUnitValue;
        var smaller = up.Gross.Amount - unit;
        var minimal = smaller < 0m || c.Fee.NetDown(new Money(smaller, c.Target.Currency), c.Rounding).Net < c.Target;
        return (net == c.Target && minimal).Label($"gross {up.Gross}, net {net}");
    }

    [Fact]
    public void Inconsistent_fees_and_amounts_are_rejected_naming_the_parameter()
    {
        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => CardFee.Of(Percentage.FromPercent(-1m), Money.Of(0m, Eur), "x")).ParamName);
        Assert.Equal("percent", Assert.Throws<ArgumentOutOfRangeException>(() => CardFee.Of(Percentage.OneHundred, Money.Of(0m, Eur), "x")).ParamName);
        Assert.Equal("fixedFee", Assert.Throws<ArgumentOutOfRangeException>(() => CardFee.Of(Percentage.Zero, Money.Of(-0.25m, Eur), "x")).ParamName);
        Assert.Equal("fixedFee", Assert.Throws<ArgumentOutOfRangeException>(() => CardFee.Of(Percentage.Zero, Money.Of(0.255m, Eur), "x")).ParamName);
        var currency = Assert.Throws<ArgumentException>(() => Stripe.NetDown(Money.Of(10m, Usd), MidpointRounding.ToEven));
        Assert.Equal("gross", currency.ParamName);
        Assert.Contains("USD", currency.Message, StringComparison.Ordinal);
        Assert.Equal("targetNet", Assert.Throws<ArgumentException>(() => Stripe.GrossUp(Money.Of(-1m, Eur), MidpointRounding.ToEven)).ParamName);
    }
}

public class FeeScheduleTests
{
    private static readonly LocalDate Before = new(2023, 4, 9);
    private static readonly LocalDate After = new(2023, 4, 10);

    [Theory]
    [InlineData(CardRegion.Eea, CardTier.Standard, "98.25")]
    [InlineData(CardRegion.Eea, CardTier.Premium, "97.85")]
    [InlineData(CardRegion.UnitedKingdom, CardTier.Standard, "97.25")]
    [InlineData(CardRegion.UnitedKingdom, CardTier.Premium, "97.25")]
    [InlineData(CardRegion.International, CardTier.Standard, "96.50")]
    public void Stripe_eea_from_2023_04_10(CardRegion region, CardTier tier, string net)
    {
        var breakdown = FeeSchedule.StripeEea.NetDown(Money.Of(100m, Eur), After, region, tier, MidpointRounding.ToEven);
        Assert.Equal(decimal.Parse(net, System.Globalization.CultureInfo.InvariantCulture), breakdown.Net.Amount);
        Assert.Contains("support.stripe.com", breakdown.Fee.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Stripe_standard_eea_cards_cost_1_4_percent_before_the_change()
    {
        var fee = FeeSchedule.StripeEea.FeeOn(Before, Eur, CardRegion.Eea, CardTier.Standard);
        Assert.Equal(Percentage.FromPercent(1.4m), fee.Percent);
        Assert.Equal(Money.Of(0.25m, Eur), fee.Fixed);
        Assert.Equal(Percentage.FromPercent(1.5m), FeeSchedule.StripeEea.FeeOn(After, Eur, CardRegion.Eea, CardTier.Standard).Percent);
    }

    [Fact]
    public void Facts_not_in_the_data_are_errors_naming_what_was_asked()
    {
        var uk = Assert.Throws<KeyNotFoundException>(() => FeeSchedule.StripeEea.FeeOn(Before, Eur, CardRegion.UnitedKingdom, CardTier.Standard));
        Assert.Contains("2023-04-09", uk.Message, StringComparison.Ordinal);
        Assert.Contains("UnitedKingdom", uk.Message, StringComparison.Ordinal);
        var domestic = Assert.Throws<KeyNotFoundException>(() => FeeSchedule.StripeEea.FeeOn(After, Eur, CardRegion.Domestic, CardTier.Standard));
        Assert.Contains("Domestic", domestic.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => FeeSchedule.StripeEea.FeeOn(After, Usd, CardRegion.Eea, CardTier.Standard));
        Assert.Empty(FeeSchedule.StripeEea.ConversionSpread);
    }

    [Fact]
    public void Routes_come_from_the_schedule_with_a_sourced_or_explicit_spread()
    {
        var explicitSpread = FeeSchedule.StripeEea.RouteOn(After, Eur, CardRegion.Eea, CardTier.Standard, Percentage.FromPercent(2m));
        Assert.Equal(Percentage.FromPercent(1.5m), explicitSpread.Fee.Percent);
        Assert.Equal(Percentage.FromPercent(2m), explicitSpread.ConversionSpread);
        var missing = Assert.Throws<KeyNotFoundException>(() => FeeSchedule.StripeEea.RouteOn(After, Eur, CardRegion.Eea, CardTier.Standard));
        Assert.Contains("conversion spread", missing.Message, StringComparison.Ordinal);
        var withSpread = FeeSchedule.StripeEea.WithConversionSpread(Timeline<Percentage>.FromChanges([(new LocalDate(2020, 1, 1), Percentage.FromPercent(1m))]));
        Assert.Equal(Percentage.FromPercent(1m), withSpread.RouteOn(After, Eur, CardRegion.Eea, CardTier.Standard).ConversionSpread);
        Assert.Empty(FeeSchedule.StripeEea.ConversionSpread);
    }

    [Fact]
    public void Schedules_parse_from_csv_and_reject_bad_rows()
    {
        const string csv = "provider,account_currency,card_region,card_tier,percent,fixed_amount,effective_from,effective_to,source\n" +
            "acme,GBP,Domestic,Any,1.2,0.20,2025-01-01,,\"made up, for the test\"\n";
        var schedule = Assert.Single(FeeSchedule.ParseCsv(new StringReader(csv)));
        Assert.Equal(Money.Of(0.20m, Gbp), schedule.FeeOn(new LocalDate(2025, 6, 1), Gbp, CardRegion.Domestic, CardTier.Premium).Fixed);
        var bad = Assert.Throws<FormatException>(() => FeeSchedule.ParseCsv(new StringReader(csv.Replace("Domestic", "Mars", StringComparison.Ordinal))));
        Assert.Contains("Mars", bad.Message, StringComparison.Ordinal);
        var overlap = csv + "acme,GBP,Domestic,Standard,1.3,0.20,2025-06-01,,x\n";
        Assert.Throws<ArgumentException>(() => FeeSchedule.ParseCsv(new StringReader(overlap)));
    }
}

public class PaymentCostsTests
{
    private static readonly FxRate EurUsd = Rate("EUR/USD", 1.05m, Day(2026, 11, 20));

    [Fact]
    public void All_in_cost_follows_formula_9()
    {
        var route = new PaymentRoute("A", CardFee.Of(Percentage.FromPercent(1.5m), Money.Of(0.25m, Eur), "test"), Percentage.FromPercent(2m));
        var cost = PaymentCosts.Of(Money.Of(100m, Eur), route, EurUsd, MidpointRounding.ToEven);
        Assert.Equal(Money.Of(98.25m, Eur), cost.Fees.Net);
        Assert.Equal(1.029m, cost.ProviderRate);
        Assert.Equal(Money.Of(101.10m, Usd), cost.Received.To);
        Assert.Equal(Money.Of(105.00m, Usd), cost.AtMid.To);
        Assert.Equal(Percentage.FromPercent(3.715m), cost.CostPercentage);
        Assert.Equal(Money.Of(3.90m, Usd), cost.Cost);
        Assert.Contains("All-in cost", cost.Explain().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_cost_is_the_same_whichever_way_the_mid_rate_is_quoted()
    {
        var route = new PaymentRoute("A", CardFee.Of(Percentage.FromPercent(1.5m), Money.Of(0.25m, Eur), "test"), Percentage.FromPercent(2m));
        var direct = PaymentCosts.Of(Money.Of(100m, Eur), route, EurUsd, MidpointRounding.ToEven);
        var inverse = PaymentCosts.Of(Money.Of(100m, Eur), route, EurUsd.Inverse(), MidpointRounding.ToEven);
        Assert.Equal(direct.Received.To, inverse.Received.To);
        Assert.Equal(direct.CostPercentage.Fraction, inverse.CostPercentage.Fraction, 20);
    }

    [Fact]
    public void Routes_are_sorted_by_all_in_cost()
    {
        var a = new PaymentRoute("A", CardFee.Of(Percentage.FromPercent(1.5m), Money.Of(0.25m, Eur), "test"), Percentage.FromPercent(2m));
        var b = new PaymentRoute("B", CardFee.Of(Percentage.FromPercent(1m), Money.Of(0.50m, Eur), "test"), Percentage.FromPercent(3m));
        var c = new PaymentRoute("C", CardFee.Of(Percentage.Zero, Money.Of(0m, Eur), "test"), Percentage.Zero);
        var ranking = PaymentCosts.Compare(Money.Of(100m, Eur), [b, a, c], EurUsd, MidpointRounding.ToEven);
        Assert.Equal(["C", "A", "B"], ranking.Select(r => r.Route.Name));
        Assert.Equal(Percentage.FromPercent(4.455m), ranking[2].CostPercentage);
        Assert.Equal(Percentage.Zero, ranking[0].CostPercentage);
        Assert.Equal(3, PaymentCosts.Explain(ranking).Steps.Count);
    }

    [Fact]
    public void Bad_inputs_are_rejected()
    {
        var route = new PaymentRoute("A", CardFee.Of(Percentage.FromPercent(1.5m), Money.Of(0.25m, Eur), "test"), Percentage.Zero);
        Assert.Equal("gross", Assert.Throws<ArgumentException>(() => PaymentCosts.Of(Money.Of(100m, Gbp), route, EurUsd, MidpointRounding.ToEven)).ParamName);
        Assert.Equal("routes", Assert.Throws<ArgumentException>(() => PaymentCosts.Compare(Money.Of(100m, Eur), [], EurUsd, MidpointRounding.ToEven)).ParamName);
        Assert.Equal("conversionSpread", Assert.Throws<ArgumentOutOfRangeException>(() => new PaymentRoute("x", route.Fee, Percentage.FromPercent(-1m))).ParamName);
    }
}
