using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Hedging;

public class ForwardsTests
{
    [Fact]
    public void Covered_interest_parity_gives_the_worked_example()
    {
        // Worked by hand from F = S × (1 + r_quote × d/360) / (1 + r_base × d/360) with S = 7.10, r_CNY = 1.5%,
        // r_USD = 4.0%, 180 days: F = 7.10 × 1.0075 / 1.02 = 7.01299…; points (F − S) × 10⁴ = −870.1;
        // annualised premium (F/S − 1) × 360/180 = −2.45%.
        var quote = Forwards.Price(Pair("USD/CNY"), 7.10m, Percentage.FromPercent(4m), Percentage.FromPercent(1.5m), 180, DayCountBasis.Act360, DayCountBasis.Act360);
        Assert.Equal(7.0130m, Math.Round(quote.Forward, 4, MidpointRounding.AwayFromZero));
        Assert.Equal(7.10m * 1.0075m / 1.02m, quote.Forward);
        Assert.Equal(-870m, Math.Round(quote.Points, 0, MidpointRounding.AwayFromZero));
        Assert.Equal(-2.45m, Math.Round(quote.AnnualisedPremium.Percent, 2, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Each_currency_uses_its_own_basis()
    {
        var quote = Forwards.Price(Pair("GBP/USD"), 1.25m, Percentage.FromPercent(5m), Percentage.FromPercent(4m), 90, DayCountBasis.For(Gbp), DayCountBasis.For(Usd));
        Assert.Equal(1.25m * (1m + (0.04m * 90m / 360m)) / (1m + (0.05m * 90m / 365m)), quote.Forward);
        var jpy = Forwards.Price(Pair("USD/JPY"), 150m, Percentage.FromPercent(4m), Percentage.FromPercent(0.5m), 90, DayCountBasis.Act360, DayCountBasis.Act365);
        Assert.Equal((jpy.Forward - 150m) * 100m, jpy.Points);
    }

    [Fact]
    public void The_basis_table_has_only_sourced_entries()
    {
        Assert.Equal(360, DayCountBasis.For(Usd).DaysInYear);
        Assert.Equal(360, DayCountBasis.For(Eur).DaysInYear);
        Assert.Equal(365, DayCountBasis.For(Gbp).DaysInYear);
        Assert.Contains("https://wiki.treasurers.org/wiki/Money_market", DayCountBasis.SourceFor(Gbp), StringComparison.Ordinal);
        Assert.StartsWith("NOT CONFIRMED", DayCountBasis.SourceFor(Currency.FromCode("AUD")), StringComparison.Ordinal);
        var ex = Assert.Throws<KeyNotFoundException>(() => DayCountBasis.For(Cny));
        Assert.Contains("CNY", ex.Message, StringComparison.Ordinal);
        Assert.Equal("daysInYear", Assert.Throws<ArgumentOutOfRangeException>(() => DayCountBasis.Of(364)).ParamName);
        Assert.Throws<InvalidOperationException>(() => default(DayCountBasis).DaysInYear);
    }

    [Fact]
    public void Mark_to_market_gives_the_worked_example()
    {
        // Worked by hand: sold USD 100,000 forward at K = 7.0130, 90 days left, F_t = 6.95, r_CNY = 1.5% on 360:
        // value = (K − F_t) × N / (1 + r × d/360) = 0.0630 × 100,000 / 1.00375 = CNY 6,276.463… → 6,276.46.
        var sold = ForwardContract.Of(Pair("USD/CNY"), ForwardPosition.SellBase, Money.Of(100_000m, Usd), 7.0130m, new LocalDate(2027, 5, 20), "FWD-1");
        var value = Forwards.MarkToMarket(sold, 6.95m, Percentage.FromPercent(1.5m), 90, DayCountBasis.Act360, MidpointRounding.AwayFromZero);
        Assert.Equal(Money.Of(6276.46m, Cny), value.Value);
        var bought = ForwardContract.Of(Pair("USD/CNY"), ForwardPosition.BuyBase, Money.Of(100_000m, Usd), 7.0130m, new LocalDate(2027, 5, 20), "FWD-2");
        Assert.Equal(Money.Of(-6276.46m, Cny), Forwards.MarkToMarket(bought, 6.95m, Percentage.FromPercent(1.5m), 90, DayCountBasis.Act360, MidpointRounding.AwayFromZero).Value);
    }

    [ScaledProperty]
    public bool Equal_rates_on_equal_bases_give_the_spot_and_a_contract_at_the_forward_is_worth_nothing(PositiveInt spotTicks, byte ratePercent, PositiveInt days, bool act365)
    {
        var spot = spotTicks.Get / 10_000m;
        var r = Percentage.FromPercent(ratePercent % 20);
        var basis = act365 ? DayCountBasis.Act365 : DayCountBasis.Act360;
        var d = (days.Get % 720) + 1;
        var quote = Forwards.Price(Pair("USD/CNY"), spot, r, r, d, basis, basis);
        var contract = ForwardContract.Of(Pair("USD/CNY"), ForwardPosition.BuyBase, Money.Of(1_000_000m, Usd), quote.Forward, new LocalDate(2027, 1, 1), "x");
        var value = Forwards.MarkToMarket(contract, quote.Forward, r, d, basis, MidpointRounding.ToEven);
        return quote.Forward == spot && quote.Points == 0m && value.ExactValue.Amount == 0m;
    }

    [ScaledProperty]
    public bool The_forward_is_at_a_premium_exactly_when_the_quote_rate_is_higher(PositiveInt spotTicks, byte baseTenthPercent, byte quoteTenthPercent, PositiveInt days)
    {
        var spot = spotTicks.Get / 10_000m;
        var rb = Percentage.FromPercent(baseTenthPercent / 10m);
        var rq = Percentage.FromPercent(quoteTenthPercent / 10m);
        var quote = Forwards.Price(Pair("EUR/USD"), spot, rb, rq, (days.Get % 720) + 1, DayCountBasis.Act360, DayCountBasis.Act360);
        return Math.Sign(quote.Forward - spot) == Math.Sign(rq.Fraction - rb.Fraction) || Math.Abs(quote.Forward - spot) < 1e-20m;
    }

    [Fact]
    public void Bad_forward_inputs_are_rejected_naming_the_parameter()
    {
        Assert.Equal("spot", Assert.Throws<ArgumentOutOfRangeException>(() => Forwards.Price(Pair("USD/CNY"), -7m, Percentage.Zero, Percentage.Zero, 90, DayCountBasis.Act360, DayCountBasis.Act360)).ParamName);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => Forwards.Price(Pair("USD/CNY"), 7m, Percentage.Zero, Percentage.Zero, 0, DayCountBasis.Act360, DayCountBasis.Act360)).ParamName);
        Assert.Equal("notional", Assert.Throws<ArgumentException>(() => ForwardContract.Of(Pair("USD/CNY"), ForwardPosition.SellBase, Money.Of(1m, Cny), 7m, new LocalDate(2027, 1, 1), "x")).ParamName);
        Assert.Equal("contractRate", Assert.Throws<ArgumentOutOfRangeException>(() => ForwardContract.Of(Pair("USD/CNY"), ForwardPosition.SellBase, Money.Of(1m, Usd), 0m, new LocalDate(2027, 1, 1), "x")).ParamName);
    }
}

public class HedgeBookTests
{
    [Fact]
    public void Blended_and_effective_rates()
    {
        var book = new[]
        {
            ForwardContract.Of(Pair("USD/CNY"), ForwardPosition.SellBase, Money.Of(100_000m, Usd), 7.00m, new LocalDate(2027, 1, 1), "a"),
            ForwardContract.Of(Pair("USD/CNY"), ForwardPosition.SellBase, Money.Of(300_000m, Usd), 7.10m, new LocalDate(2027, 2, 1), "b"),
        };
        // By hand: K̄ = (100,000 × 7.00 + 300,000 × 7.10) / 400,000 = 2,830,000 / 400,000 = 7.075;
        // R_eff = 0.75 × 7.075 + 0.25 × 6.90 = 5.30625 + 1.725 = 7.03125.
        Assert.Equal(7.075m, HedgeBook.BlendedRate(book));
        Assert.Equal(7.03125m, HedgeBook.EffectiveRate(Percentage.FromPercent(75m), 7.075m, 6.90m));
        Assert.Equal(7.075m, HedgeBook.WeightedEntryRate([(Money.Of(1m, Usd), 7.00m), (Money.Of(3m, Usd), 7.10m)]));
        var mixed = book.Append(ForwardContract.Of(Pair("EUR/CNY"), ForwardPosition.SellBase, Money.Of(1m, Eur), 7.8m, new LocalDate(2027, 1, 1), "c"));
        Assert.Contains("EUR/CNY", Assert.Throws<ArgumentException>(() => HedgeBook.BlendedRate(mixed)).Message, StringComparison.Ordinal);
        Assert.Equal("hedgeRatio", Assert.Throws<ArgumentOutOfRangeException>(() => HedgeBook.EffectiveRate(Percentage.FromPercent(120m), 7m, 7m)).ParamName);
    }
}

public class LayeredHedgePolicyTests
{
    private static readonly LayeredHedgePolicy Policy = new([
        new HedgeLayer(0, 3, Percentage.FromPercent(75m)),
        new HedgeLayer(3, 6, Percentage.FromPercent(50m)),
        new HedgeLayer(6, 9, Percentage.FromPercent(25m)),
    ]);

    [Fact]
    public void Targets_follow_the_layers_and_top_ups_fill_the_gap()
    {
        var ledger = new ExposureLedger([
            ExposureItem.Receivable(Money.Of(1000m, Usd), new LocalDate(2026, 11, 30), "now"),
            ExposureItem.Receivable(Money.Of(1000m, Usd), new LocalDate(2027, 2, 1), "3 ahead"),
            ExposureItem.Receivable(Money.Of(1000m, Usd), new LocalDate(2027, 5, 1), "6 ahead"),
            ExposureItem.Receivable(Money.Of(1000m, Usd), new LocalDate(2027, 8, 1), "9 ahead"),
            ExposureItem.Payable(Money.Of(1000m, Eur), new LocalDate(2026, 12, 1), "supplier"),
            ExposureItem.Receivable(Money.Of(1000m, Usd), new LocalDate(2026, 10, 1), "overdue"),
        ]);
        var existing = new[]
        {
            new ExistingHedge(Money.Of(500m, Usd), new YearMonth(2026, 11)),
            new ExistingHedge(Money.Of(600m, Usd), new YearMonth(2027, 2)),
        };
        var plan = Policy.Plan(ledger.Buckets(), new YearMonth(2026, 11), existing);
        Assert.Empty(plan.UnmatchedHedges);
        var targets = plan.Targets;
        Assert.Equal(5, targets.Count);
        var eur = targets[0];
        Assert.Equal(Money.Of(-750m, Eur), eur.Target);
        Assert.Equal(Money.Of(-750m, Eur), eur.TopUp);
        var now = targets[1];
        Assert.Equal((0, 750m, 250m, false), (now.MonthsAhead, now.Target.Amount, now.TopUp.Amount, now.IsOverHedged));
        var three = targets[2];
        Assert.Equal((3, 500m, 0m, false), (three.MonthsAhead, three.Target.Amount, three.TopUp.Amount, three.IsOverHedged));
        Assert.Equal(250m, targets[3].Target.Amount);
        Assert.Equal(Percentage.Zero, targets[4].Ratio);
    }

    [Fact]
    public void Hedges_beyond_the_exposure_are_over_hedged_and_opposite_ones_wrong_way()
    {
        // A USD 1,000 receivable: selling USD 1,200 forward exceeds it (over-hedged); buying USD 10 forward adds to the
        // long USD position instead of reducing it (wrong-way, not over-hedged); selling exactly 1,000 is neither.
        var bucket = new ExposureLedger([ExposureItem.Receivable(Money.Of(1000m, Usd), new LocalDate(2026, 11, 30), "x")]).Buckets();
        HedgeTarget Only(decimal hedged) => Policy.Plan(bucket, new YearMonth(2026, 11), [new ExistingHedge(Money.Of(hedged, Usd), new YearMonth(2026, 11))]).Targets[0];
        Assert.Equal((true, false), (Only(1200m).IsOverHedged, Only(1200m).IsWrongWay));
        Assert.Equal((false, true), (Only(-10m).IsOverHedged, Only(-10m).IsWrongWay));
        Assert.Equal((false, false), (Only(1000m).IsOverHedged, Only(1000m).IsWrongWay));
        Assert.Contains("WRONG-WAY", Only(-10m).ToString(), StringComparison.Ordinal);

        // A payable (net −1,000): buying 1,200 forward is over-hedged, selling any is wrong-way.
        var payable = new ExposureLedger([ExposureItem.Payable(Money.Of(1000m, Usd), new LocalDate(2026, 11, 30), "x")]).Buckets();
        HedgeTarget OnPayable(decimal hedged) => Policy.Plan(payable, new YearMonth(2026, 11), [new ExistingHedge(Money.Of(hedged, Usd), new YearMonth(2026, 11))]).Targets[0];
        Assert.Equal((true, false), (OnPayable(-1200m).IsOverHedged, OnPayable(-1200m).IsWrongWay));
        Assert.Equal((false, true), (OnPayable(5m).IsOverHedged, OnPayable(5m).IsWrongWay));
    }

    [Fact]
    public void Hedges_with_no_exposure_in_the_plan_are_reported_not_dropped()
    {
        var bucket = new ExposureLedger([ExposureItem.Receivable(Money.Of(1000m, Usd), new LocalDate(2026, 11, 30), "x")]).Buckets();
        ExistingHedge[] hedges =
        [
            new(Money.Of(500m, Usd), new YearMonth(2026, 11)), // matches the bucket
            new(Money.Of(300m, Usd), new YearMonth(2027, 1)), // no USD exposure in January
            new(Money.Of(200m, Gbp), new YearMonth(2026, 11)), // no GBP exposure at all
            new(Money.Of(100m, Usd), new YearMonth(2026, 10)), // a month before the plan
        ];
        var plan = Policy.Plan(bucket, new YearMonth(2026, 11), hedges);
        Assert.Equal(Money.Of(500m, Usd), Assert.Single(plan.Targets).Existing);
        Assert.Equal([hedges[1], hedges[2], hedges[3]], plan.UnmatchedHedges);
    }

    [Fact]
    public void A_withdrawn_currency_cannot_be_hedged_after_its_withdrawal()
    {
        // HRK's last valid day is 2022-12-31 (ISO 4217 amendment 174): a 2023 exposure or hedge in it is refused.
        var hrk = Currency.FromCode("HRK");
        var exposure = new ExposureLedger([ExposureItem.Receivable(Money.Of(1000m, hrk), new LocalDate(2023, 1, 15), "x")]).Buckets();
        var ex = Assert.Throws<CurrencyWithdrawnException>(() => Policy.Plan(exposure, new YearMonth(2023, 1), []));
        Assert.Equal("exposure", ex.ParamName);
        Assert.Contains("HRK", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2022-12-31", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2023-01-01", ex.Message, StringComparison.Ordinal);
        var hedge = Assert.Throws<CurrencyWithdrawnException>(() => Policy.Plan([], new YearMonth(2023, 1), [new ExistingHedge(Money.Of(1m, hrk), new YearMonth(2023, 2))]));
        Assert.Equal("existing", hedge.ParamName);

        // In 2022 the kuna was still current.
        var before = new ExposureLedger([ExposureItem.Receivable(Money.Of(1000m, hrk), new LocalDate(2022, 12, 15), "x")]).Buckets();
        Assert.Single(Policy.Plan(before, new YearMonth(2022, 12), []).Targets);
    }

    [Fact]
    public void Forwards_count_as_existing_hedges_signed_for_the_exposure_currency()
    {
        var sold = ForwardContract.Of(Pair("USD/CNY"), ForwardPosition.SellBase, Money.Of(1000m, Usd), 7.1m, new LocalDate(2027, 2, 15), "a");
        var bought = ForwardContract.Of(Pair("USD/CNY"), ForwardPosition.BuyBase, Money.Of(1000m, Usd), 7.1m, new LocalDate(2027, 2, 15), "b");
        Assert.Equal((Money.Of(1000m, Usd), new YearMonth(2027, 2)), (ExistingHedge.FromForward(sold, Usd).Amount, ExistingHedge.FromForward(sold, Usd).Month));
        Assert.Equal(Money.Of(-1000m, Usd), ExistingHedge.FromForward(bought, Usd).Amount);
        Assert.Equal(Money.Of(-7100m, Cny), ExistingHedge.FromForward(sold, Cny).Amount);
        Assert.Equal(Money.Of(7100m, Cny), ExistingHedge.FromForward(bought, Cny).Amount);
        Assert.Equal("exposureCurrency", Assert.Throws<ArgumentException>(() => ExistingHedge.FromForward(sold, Eur)).ParamName);

        var exposure = new ExposureLedger([ExposureItem.Receivable(Money.Of(2000m, Usd), new LocalDate(2027, 2, 28), "x")]).Buckets();
        var target = Assert.Single(Policy.Plan(exposure, new YearMonth(2027, 1), [ExistingHedge.FromForward(sold, Usd)]).Targets);
        Assert.Equal(Money.Of(500m, Usd), target.TopUp);
    }

    [Fact]
    public void Inconsistent_policies_are_rejected()
    {
        Assert.Equal("layers", Assert.Throws<ArgumentException>(() => new LayeredHedgePolicy([new HedgeLayer(0, 4, Percentage.FromPercent(75m)), new HedgeLayer(3, 6, Percentage.FromPercent(50m))])).ParamName);
        Assert.Equal("layers", Assert.Throws<ArgumentException>(() => new LayeredHedgePolicy([])).ParamName);
        Assert.Equal("ratio", Assert.Throws<ArgumentOutOfRangeException>(() => new HedgeLayer(0, 3, Percentage.FromPercent(101m))).ParamName);
        Assert.Equal("toMonth", Assert.Throws<ArgumentOutOfRangeException>(() => new HedgeLayer(3, 3, Percentage.FromPercent(50m))).ParamName);
    }
}

public sealed record GainLossCase(long Units, int TxnRate, int[] Closings, int SettleRate, bool Payable)
{
    public override string ToString() => $"N={Units}c txn={TxnRate} closings=[{string.Join(",", Closings)}] settle={SettleRate} payable={Payable}";
}

public static class GainLossArbitraries
{
    public static Arbitrary<GainLossCase> Case() =>
        Arb.From(
            from units in Gen.Choose(1, int.MaxValue)
            from txn in Gen.Choose(1, 2_000_000)
            from closings in Gen.Choose(1, 2_000_000).ArrayOf()
            from settle in Gen.Choose(1, 2_000_000)
            from payable in Gen.Elements(true, false)
            select new GainLossCase(units, txn, closings.Take(6).ToArray(), settle, payable));
}

public class FxGainLossTests
{
    [Fact]
    public void A_receivable_remeasured_then_settled()
    {
        // Hand-derived (IAS 21 §23 and §28): USD 1,000 booked at 7.10 (carrying CNY 7,100.00), closing 7.00 on
        // 2026-12-31 (carrying 7,000.00: unrealised −100.00) and 7.20 on 2027-01-31 (7,200.00: unrealised +200.00),
        // settled at 7.05 (CNY 7,050.00). Realised on settlement = 1,000 × (7.05 − 7.10) = −50.00; the unrealised
        // −100 + 200 = +100 is reversed (−100.00, carrying 7,200.00 back to 7,100.00). Total −100 + 200 − 100 − 50 = −50.
        (LocalDate, decimal)[] closings = [(new LocalDate(2026, 12, 31), 7.00m), (new LocalDate(2027, 1, 31), 7.20m)];
        var steps = FxGainLoss.Schedule(Money.Of(1000m, Usd), MonetaryItemKind.Receivable, Cny, new LocalDate(2026, 12, 10), 7.10m,
            closings, new LocalDate(2027, 2, 15), 7.05m, MidpointRounding.ToEven);
        Assert.Equal([GainLossKind.Unrealised, GainLossKind.Unrealised, GainLossKind.UnrealisedReversal, GainLossKind.Realised], steps.Select(s => s.Kind));
        Assert.Equal([Money.Of(-100m, Cny), Money.Of(200m, Cny), Money.Of(-100m, Cny), Money.Of(-50m, Cny)], steps.Select(s => s.GainLoss));
        Assert.Equal([7.10m, 7.00m, 7.20m, 7.10m], steps.Select(s => s.FromRate));
        Assert.Equal([7.00m, 7.20m, 7.10m, 7.05m], steps.Select(s => s.ToRate));
        Assert.Equal(Money.Of(7200m, Cny), steps[2].CarryingBefore);
        Assert.Equal(Money.Of(7100m, Cny), steps[2].CarryingAfter);
        Assert.Equal(Money.Of(7100m, Cny), steps[3].CarryingBefore);
        Assert.Equal(Money.Of(7050m, Cny), steps[3].CarryingAfter);
        Assert.Equal(new LocalDate(2027, 2, 15), steps[2].Date);

        // A payable: the same movements with the opposite sign.
        var payable = FxGainLoss.Schedule(Money.Of(1000m, Usd), MonetaryItemKind.Payable, Cny, new LocalDate(2026, 12, 10), 7.10m,
            closings, new LocalDate(2027, 2, 15), 7.05m, MidpointRounding.ToEven);
        Assert.Equal([Money.Of(100m, Cny), Money.Of(-200m, Cny), Money.Of(100m, Cny), Money.Of(50m, Cny)], payable.Select(s => s.GainLoss));
    }

    [Fact]
    public void Settled_before_any_period_end_there_is_nothing_to_reverse()
    {
        // USD 1,000 from 7.10 to 7.05 within one period: realised 1,000 × (7.05 − 7.10) = −50.00, one step.
        var steps = FxGainLoss.Schedule(Money.Of(1000m, Usd), MonetaryItemKind.Receivable, Cny, new LocalDate(2026, 12, 10), 7.10m,
            [], new LocalDate(2026, 12, 20), 7.05m, MidpointRounding.ToEven);
        var step = Assert.Single(steps);
        Assert.Equal(GainLossKind.Realised, step.Kind);
        Assert.Equal(Money.Of(-50m, Cny), step.GainLoss);
    }

    [Fact]
    public void Budget_variance_is_positive_when_favourable()
    {
        Assert.Equal(Money.Of(-1000m, Cny), FxGainLoss.BudgetVariance(Money.Of(10_000m, Usd), MonetaryItemKind.Receivable, Cny, 7.00m, 7.10m));
        Assert.Equal(Money.Of(1000m, Cny), FxGainLoss.BudgetVariance(Money.Of(10_000m, Usd), MonetaryItemKind.Payable, Cny, 7.00m, 7.10m));
        Assert.Equal(Money.Of(250m, Cny), FxGainLoss.HedgeVersusBudget(Money.Of(10_000m, Usd), MonetaryItemKind.Receivable, Cny, 7.125m, 7.10m));
        Assert.Equal("budgetRate", Assert.Throws<ArgumentOutOfRangeException>(() => FxGainLoss.BudgetVariance(Money.Of(1m, Usd), MonetaryItemKind.Receivable, Cny, 7m, -7m)).ParamName);
    }

    [Fact]
    public void Period_ends_out_of_order_or_bad_rates_are_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => FxGainLoss.Schedule(Money.Of(1m, Usd), MonetaryItemKind.Receivable, Cny, new LocalDate(2026, 12, 10), 7m,
            [(new LocalDate(2027, 2, 1), 7m)], new LocalDate(2027, 1, 15), 7m, MidpointRounding.ToEven));
        Assert.Equal("periodEnds", ex.ParamName);
        Assert.Contains("2027-02-01", ex.Message, StringComparison.Ordinal);
        var early = Assert.Throws<ArgumentException>(() => FxGainLoss.Schedule(Money.Of(1m, Usd), MonetaryItemKind.Receivable, Cny, new LocalDate(2026, 12, 10), 7m,
            [(new LocalDate(2026, 11, 30), 7m)], new LocalDate(2027, 1, 15), 7m, MidpointRounding.ToEven));
        Assert.Contains("2026-11-30", early.Message, StringComparison.Ordinal);
        Assert.Equal("settlementDate", Assert.Throws<ArgumentException>(() => FxGainLoss.Schedule(Money.Of(1m, Usd), MonetaryItemKind.Receivable, Cny, new LocalDate(2026, 12, 10), 7m,
            [], new LocalDate(2026, 12, 9), 7m, MidpointRounding.ToEven)).ParamName);
        Assert.Equal("transactionRate", Assert.Throws<ArgumentOutOfRangeException>(() => FxGainLoss.Schedule(Money.Of(1m, Usd), MonetaryItemKind.Receivable, Cny, new LocalDate(2026, 12, 10), 0m,
            [], new LocalDate(2027, 1, 15), 7m, MidpointRounding.ToEven)).ParamName);
    }

    [ScaledProperty(Arbitrary = [typeof(GainLossArbitraries)])]
    public Property The_steps_sum_to_the_realised_total_and_the_reversal_undoes_the_unrealised_steps(GainLossCase c)
    {
        var amount = Money.FromMinorUnits(c.Units, Usd);
        decimal Rate(int r) => r / 10_000m;
        var start = new LocalDate(2026, 1, 31);
        var closings = c.Closings.Select((r, i) => (start.PlusMonths(i), Rate(r))).ToList();
        var kind = c.Payable ? MonetaryItemKind.Payable : MonetaryItemKind.Receivable;
        var steps = FxGainLoss.Schedule(amount, kind, Cny, start.PlusDays(-1), Rate(c.TxnRate), closings, start.PlusMonths(closings.Count), Rate(c.SettleRate), MidpointRounding.ToEven);

        // Expected values from the definitions, not from the schedule: the total is the change in the rounded
        // carrying amount from the transaction to settlement, and its unrounded value N × (S_settle − S_txn).
        var sign = c.Payable ? -1m : 1m;
        var exact = sign * amount.Amount * (Rate(c.SettleRate) - Rate(c.TxnRate));
        var rounded = sign * (Math.Round(amount.Amount * Rate(c.SettleRate), 2, MidpointRounding.ToEven) - Math.Round(amount.Amount * Rate(c.TxnRate), 2, MidpointRounding.ToEven));
        var unrealised = steps.Where(s => s.Kind == GainLossKind.Unrealised).Sum(s => s.GainLoss.Amount);
        var reversal = steps.Where(s => s.Kind == GainLossKind.UnrealisedReversal).Sum(s => s.GainLoss.Amount);
        var realised = steps.Single(s => s.Kind == GainLossKind.Realised);
        return (steps.Sum(s => s.GainLoss.Amount) == rounded).Label($"steps sum to the rounded total {rounded}")
            .And(realised.GainLoss.Amount == rounded).Label("the realised step is the whole difference since the transaction")
            .And(realised.ExactGainLoss.Amount == exact).Label($"the realised step's exact value is N × (S_settle − S_txn) = {exact}")
            .And(steps.Sum(s => s.ExactGainLoss.Amount) == exact).Label("the exact steps sum to N × (S_settle − S_txn)")
            .And(reversal == -unrealised).Label($"the reversal {reversal} undoes the unrealised {unrealised}")
            .And(Math.Abs(rounded - exact) <= 0.01m).Label("rounding moves the total by at most one minor unit")
            .And(steps.Count == closings.Count + (closings.Count > 0 ? 2 : 1)).Label("one step per period end, a reversal when there were any, one realised step")
            .And(steps.Skip(1).Zip(steps).All(p => p.First.CarryingBefore == p.Second.CarryingAfter)).Label("each step starts where the previous one ended");
    }
}
