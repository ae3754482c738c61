using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Thresholds;

public sealed record Walk(FxRate[] Observations, Instant EvaluationTime, int Split)
{
    public override string ToString() =>
        string.Join(" ", Observations.Select(o => o.Mid.ToString(System.Globalization.CultureInfo.InvariantCulture))) + $" | split {Split}";
}

public sealed record RuleCase(ThresholdDirection Direction, int BandCents, int Debounce)
{
    public ThresholdRule Rule => ThresholdRule.Create("r", Pair("USD/CNY"), Direction, 7.00m, PriceSide.Mid, BandCents / 100m, Debounce, Duration.FromHours(6), [FxAction.PauseNewOrders]);
}

public static class ThresholdArbitraries
{
    public static Arbitrary<Walk> Walk() =>
        Arb.From(
            from n in Gen.Choose(0, 80)
            from steps in Gen.Choose(-4, 4).ArrayOf(n)
            from gaps in Gen.Frequency((9, Gen.Choose(1, 60)), (1, Gen.Choose(300, 900))).ArrayOf(n)
            from lag in Gen.Choose(0, 1200)
            from split in Gen.Choose(0, n)
            select Build(steps, gaps, lag, split));

    public static Arbitrary<RuleCase> RuleCase() =>
        Arb.From(
            from direction in Gen.Elements(ThresholdDirection.FallsBelow, ThresholdDirection.RisesAbove)
            from band in Gen.Choose(0, 5)
            from debounce in Gen.Choose(1, 4)
            select new RuleCase(direction, band, debounce));

    private static Walk Build(int[] steps, int[] gaps, int lag, int split)
    {
        var t = Day(2026, 11, 20);
        var price = 7.00m;
        var list = new List<FxRate>();
        for (var i = 0; i < steps.Length; i++)
        {
            price = Math.Clamp(price + (steps[i] / 100m), 6.80m, 7.20m);
            t += Duration.FromMinutes(gaps[i]);
            list.Add(FxRate.Of(Pair("USD/CNY"), price, t, "walk", RateKind.Spot));
        }

        return new Walk([.. list], t + Duration.FromMinutes(lag), split);
    }
}

public class ThresholdRuleTests
{
    private static readonly Instant T0 = Day(2026, 11, 20);

    private static ThresholdRule BreaksSeven(int debounce = 2, decimal band = 0.02m) =>
        ThresholdRule.Create("usdcny-7", Pair("USD/CNY"), ThresholdDirection.FallsBelow, 7.00m, PriceSide.Mid, band, debounce, Duration.FromDays(1), [FxAction.PauseNewOrders, FxAction.Notify]);

    private static FxRate[] Series(params decimal[] mids) =>
        [.. mids.Select((m, i) => FxRate.Of(Pair("USD/CNY"), m, T0 + Duration.FromHours(i), "feed", RateKind.Spot))];

    [Fact]
    public void Fires_once_per_arming_after_debounce_and_re_arms_only_past_the_band()
    {
        var observations = Series(7.05m, 6.99m, 6.98m, 6.97m, 7.01m, 7.03m, 6.99m, 6.98m);
        var result = BreaksSeven().Evaluate(observations, T0 + Duration.FromHours(8));
        Assert.Equal(2, result.Events.Count);
        Assert.Equal(["usdcny-7/1", "usdcny-7/2"], result.Events.Select(e => e.IdempotencyKey));
        Assert.Equal(6.98m, result.Events[0].Price);
        Assert.Same(observations[2], result.Events[0].Observation);
        Assert.Equal([FxAction.PauseNewOrders, FxAction.Notify], result.Events[0].Actions);
        Assert.Equal(
            [ThresholdAuditKind.Breach, ThresholdAuditKind.Fired, ThresholdAuditKind.ReArmed, ThresholdAuditKind.Breach, ThresholdAuditKind.Fired],
            result.Audit.Select(a => a.Kind));
        Assert.Contains("7.03", result.Audit[2].Reason, StringComparison.Ordinal);
        Assert.False(result.FinalState.IsArmed);
    }

    [Fact]
    public void A_price_back_inside_the_threshold_restarts_the_debounce()
    {
        var result = BreaksSeven().Evaluate(Series(6.99m, 7.01m, 6.99m, 7.00m, 6.99m), T0 + Duration.FromHours(5));
        Assert.Empty(result.Events);
        Assert.True(result.FinalState.IsArmed);
        Assert.Equal(1, result.FinalState.Consecutive);
    }

    [Fact]
    public void Stale_observations_are_ignored_and_audited()
    {
        var observations = Series(6.99m, 6.98m, 6.97m);
        var result = BreaksSeven(debounce: 1).Evaluate(observations, T0 + Duration.FromDays(2));
        Assert.Empty(result.Events);
        Assert.All(result.Audit, a => Assert.Equal(ThresholdAuditKind.IgnoredStale, a.Kind));
        Assert.Equal(3, result.Audit.Count);
    }

    [Fact]
    public void A_gap_longer_than_the_max_age_restarts_the_debounce()
    {
        var rule = ThresholdRule.Create("gap", Pair("USD/CNY"), ThresholdDirection.FallsBelow, 7m, PriceSide.Mid, 0m, 2, Duration.FromHours(2), [FxAction.Hedge]);
        var observations = new[]
        {
            FxRate.Of(Pair("USD/CNY"), 6.99m, T0, "feed", RateKind.Spot),
            FxRate.Of(Pair("USD/CNY"), 6.98m, T0 + Duration.FromHours(3), "feed", RateKind.Spot),
            FxRate.Of(Pair("USD/CNY"), 6.97m, T0 + Duration.FromHours(4), "feed", RateKind.Spot),
        };
        var result = rule.Evaluate(observations, T0 + Duration.FromHours(4));
        Assert.Equal([ThresholdAuditKind.IgnoredStale, ThresholdAuditKind.Breach, ThresholdAuditKind.Fired], result.Audit.Select(a => a.Kind));
        var lenient = ThresholdRule.Create("gap", Pair("USD/CNY"), ThresholdDirection.FallsBelow, 7m, PriceSide.Mid, 0m, 3, Duration.FromHours(2.5), [FxAction.Hedge]);

        // Evaluated as the feed arrives: the first observation is fresh at its own time, the second comes after a gap.
        var first = lenient.Evaluate([observations[0]], T0);
        var withGap = lenient.Evaluate([FxRate.Of(Pair("USD/CNY"), 6.98m, T0 + Duration.FromHours(2.6), "feed", RateKind.Spot)], T0 + Duration.FromHours(2.6), first.FinalState);
        Assert.Equal([ThresholdAuditKind.Breach], first.Audit.Select(a => a.Kind));
        Assert.Equal([ThresholdAuditKind.GapReset, ThresholdAuditKind.Breach], withGap.Audit.Select(a => a.Kind));
        Assert.Equal(1, withGap.FinalState.Consecutive);
    }

    [Fact]
    public void The_price_side_matters()
    {
        var quote = FxRate.TwoWay(Pair("USD/CNY"), 6.99m, 7.00m, 7.01m, T0, "bank", RateKind.Spot);
        ThresholdRule On(PriceSide side) => ThresholdRule.Create("s", Pair("USD/CNY"), ThresholdDirection.FallsBelow, 7m, side, 0m, 1, Duration.FromHours(1), [FxAction.Reprice]);
        Assert.Single(On(PriceSide.Bid).Evaluate([quote], T0).Events);
        Assert.Empty(On(PriceSide.Mid).Evaluate([quote], T0).Events);
        Assert.Empty(On(PriceSide.Ask).Evaluate([quote], T0).Events);
    }

    [Fact]
    public void Rises_above_mirrors_falls_below_and_other_pairs_are_ignored()
    {
        var rule = ThresholdRule.Create("up", Pair("USD/CNY"), ThresholdDirection.RisesAbove, 7.2m, PriceSide.Mid, 0.05m, 1, Duration.FromDays(1), [FxAction.Hedge]);
        var observations = Series(7.21m, 7.16m, 7.14m, 7.25m).Append(FxRate.Of(Pair("EUR/USD"), 9m, T0 + Duration.FromHours(5), "feed", RateKind.Spot));
        var result = rule.Evaluate(observations, T0 + Duration.FromHours(6));
        Assert.Equal(["up/1", "up/2"], result.Events.Select(e => e.IdempotencyKey));
        Assert.Equal(7.15m, rule.ReArmLevel);
    }

    [Fact]
    public void Out_of_order_and_future_observations_are_rejected()
    {
        var observations = Series(6.9m, 6.8m);
        var ex = Assert.Throws<ArgumentException>(() => BreaksSeven().Evaluate(observations.Reverse(), T0 + Duration.FromHours(3)));
        Assert.Equal("observations", ex.ParamName);
        Assert.Contains("order", ex.Message, StringComparison.Ordinal);
        Assert.Contains("after the evaluation instant", Assert.Throws<ArgumentException>(() => BreaksSeven().Evaluate(observations, T0)).Message, StringComparison.Ordinal);
        Assert.Contains("Observation 1 is null", Assert.Throws<ArgumentException>(() => BreaksSeven().Evaluate([observations[0], null!], T0 + Duration.FromHours(3))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stop_loss_and_take_profit_sit_around_the_reference_rate()
    {
        var stop = ThresholdRule.StopLoss("sl", Pair("USD/CNY"), 7.10m, Percentage.FromPercent(2m), PriceSide.Bid, 0m, 1, Duration.FromDays(1), [FxAction.Hedge]);
        Assert.Equal((ThresholdDirection.FallsBelow, 6.958m), (stop.Direction, stop.Threshold));
        var take = ThresholdRule.TakeProfit("tp", Pair("USD/CNY"), 7.10m, Percentage.FromPercent(3m), PriceSide.Bid, 0m, 1, Duration.FromDays(1), [FxAction.Hedge]);
        Assert.Equal((ThresholdDirection.RisesAbove, 7.313m), (take.Direction, take.Threshold));
        Assert.Equal("loss", Assert.Throws<ArgumentOutOfRangeException>(() => ThresholdRule.StopLoss("sl", Pair("USD/CNY"), 7.10m, Percentage.Zero, PriceSide.Bid, 0m, 1, Duration.FromDays(1), [FxAction.Hedge])).ParamName);
    }

    [Theory]
    [InlineData(-1, 0.1, 1, 60, "threshold")]
    [InlineData(0, 0.1, 1, 60, "threshold")]
    [InlineData(7, -0.01, 1, 60, "band")]
    [InlineData(7, 0.1, 0, 60, "debounce")]
    [InlineData(7, 0.1, -3, 60, "debounce")]
    [InlineData(7, 0.1, 1, 0, "maxAge")]
    public void Inconsistent_rules_are_rejected_naming_the_setting(double threshold, double band, int debounce, int maxAgeMinutes, string param)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ThresholdRule.Create(
            "bad", Pair("USD/CNY"), ThresholdDirection.FallsBelow, (decimal)threshold, PriceSide.Mid, (decimal)band, debounce, Duration.FromMinutes(maxAgeMinutes), [FxAction.Notify]));
        Assert.Equal(param, ex.ParamName);
        Assert.Contains("Rule bad", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_that_puts_the_re_arm_level_at_zero_and_a_rule_without_actions_are_rejected()
    {
        var band = Assert.Throws<ArgumentOutOfRangeException>(() => ThresholdRule.Create("b", Pair("USD/CNY"), ThresholdDirection.RisesAbove, 7m, PriceSide.Mid, 7m, 1, Duration.FromHours(1), [FxAction.Notify]));
        Assert.Equal("band", band.ParamName);
        Assert.Equal("actions", Assert.Throws<ArgumentException>(() => ThresholdRule.Create("b", Pair("USD/CNY"), ThresholdDirection.RisesAbove, 7m, PriceSide.Mid, 0m, 1, Duration.FromHours(1), [])).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => ThresholdRule.Create(" ", Pair("USD/CNY"), ThresholdDirection.RisesAbove, 7m, PriceSide.Mid, 0m, 1, Duration.FromHours(1), [FxAction.Notify])).ParamName);
    }

    [Fact]
    public void A_persisted_state_is_restored_and_checked()
    {
        var restored = ThresholdState.Restore(false, 3, 0, T0);
        var result = BreaksSeven(debounce: 1).Evaluate(Series(7.05m, 6.9m), T0 + Duration.FromHours(2), restored);
        Assert.Equal("usdcny-7/4", Assert.Single(result.Events).IdempotencyKey);
        Assert.Equal("arming", Assert.Throws<ArgumentOutOfRangeException>(() => ThresholdState.Restore(true, 0, 0, null)).ParamName);
        Assert.Equal("consecutive", Assert.Throws<ArgumentOutOfRangeException>(() => ThresholdState.Restore(false, 1, 2, null)).ParamName);
    }

    [ScaledProperty(Arbitrary = [typeof(ThresholdArbitraries)], Cases = 300)]
    public Property Hysteresis_never_fires_twice_without_re_arming(Walk walk, RuleCase c)
    {
        var result = c.Rule.Evaluate(walk.Observations, walk.EvaluationTime);
        var armed = true;
        var ok = true;
        foreach (var record in result.Audit)
        {
            if (record.Kind == ThresholdAuditKind.Fired)
            {
                ok &= armed;
                armed = false;
            }
            else if (record.Kind == ThresholdAuditKind.ReArmed)
            {
                ok &= !armed;
                armed = true;
            }
        }

        var keys = result.Events.Select(e => e.IdempotencyKey).ToList();
        return (ok && keys.Distinct(StringComparer.Ordinal).Count() == keys.Count
            && result.Events.Count == result.Audit.Count(a => a.Kind == ThresholdAuditKind.Fired)
            && result.Events.All(e => c.Rule.IsBreach(e.Price)))
            .Label(string.Join(" ", result.Audit.Select(a => a.Kind)));
    }

    [ScaledProperty(Arbitrary = [typeof(ThresholdArbitraries)], Cases = 300)]
    public bool Each_firing_follows_debounce_consecutive_fresh_breaches(Walk walk, RuleCase c)
    {
        var rule = c.Rule;
        var result = rule.Evaluate(walk.Observations, walk.EvaluationTime);
        return result.Events.All(e =>
        {
            var i = Array.IndexOf(walk.Observations, e.Observation);
            var run = walk.Observations.Skip(i - rule.Debounce + 1).Take(rule.Debounce).ToList();
            return i + 1 >= rule.Debounce
                && run.All(o => rule.IsBreach(o.Mid) && walk.EvaluationTime - o.AsOf <= rule.MaxAge)
                && run.Zip(run.Skip(1)).All(p => p.Second.AsOf - p.First.AsOf <= rule.MaxAge);
        });
    }

    [ScaledProperty(Arbitrary = [typeof(ThresholdArbitraries)], Cases = 300)]
    public bool Evaluating_in_two_parts_with_the_carried_state_equals_evaluating_at_once(Walk walk, RuleCase c)
    {
        var whole = c.Rule.Evaluate(walk.Observations, walk.EvaluationTime);
        var first = c.Rule.Evaluate(walk.Observations.Take(walk.Split), walk.EvaluationTime);
        var second = c.Rule.Evaluate(walk.Observations.Skip(walk.Split), walk.EvaluationTime, first.FinalState);
        return whole.Events.Select(e => e.IdempotencyKey).SequenceEqual(first.Events.Concat(second.Events).Select(e => e.IdempotencyKey), StringComparer.Ordinal)
            && whole.FinalState == second.FinalState
            && whole.Audit.SequenceEqual(first.Audit.Concat(second.Audit));
    }
}
