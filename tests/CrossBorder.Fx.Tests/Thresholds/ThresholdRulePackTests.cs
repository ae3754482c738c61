using NodaTime;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Thresholds;

public class ThresholdRulePackTests
{
    private static ThresholdRulePack Parse(string json) => ThresholdRulePack.Parse(new StringReader(json), "rules.json", null);

    private static string Error(string json) => Assert.Throws<FormatException>(() => Parse(json)).Message;

    [Fact]
    public void A_pack_gives_rules_with_their_defaults_and_descriptions()
    {
        var pack = Parse("""
            {"rules":[
              {"id":"pause","description":"Stop USD orders","pair":"usd/cny","direction":"below","threshold":7.00,"side":"bid","band":0.02,"debounce":2,"maxStaleness":"1d12h","actions":["pauseNewOrders","notify"]},
              {"id":"tp","pair":"EUR/USD","direction":"above","threshold":1.2,"action":"hedge"}
            ]}
            """);
        Assert.Equal(2, pack.Rules.Count);
        var pause = pack.Rules[0];
        Assert.Equal((Pair("USD/CNY"), ThresholdDirection.FallsBelow, 7.00m, PriceSide.Bid, 0.02m, 2, Duration.FromHours(36)), (pause.Pair, pause.Direction, pause.Threshold, pause.PriceSide, pause.Band, pause.Debounce, pause.MaxAge));
        Assert.Equal([FxAction.PauseNewOrders, FxAction.Notify], pause.Actions);
        Assert.Equal("Stop USD orders", pack.DescriptionOf("pause"));
        var tp = pack.Rules[1];
        Assert.Equal((PriceSide.Mid, 0m, 1, ThresholdRulePack.DefaultMaxStaleness), (tp.PriceSide, tp.Band, tp.Debounce, tp.MaxAge));
        Assert.Null(pack.DescriptionOf("tp"));
    }

    [Theory]
    [InlineData("""{"rules":[{"id":"a","pair":"USD/CNY","direction":"below","threshold":7,"threshold":9,"actions":["notify"]}]}""", "the property 'threshold' appears twice in one object (at $.rules[0].threshold, line 1)")]
    [InlineData("""{"rules":[],"rules":[]}""", "the property 'rules' appears twice in one object (at $.rules, line 1)")]
    [InlineData("""{"rules":[{"id":"a","pair":"USD/CNY","direction":"below","threshold":7,"actions":["notify"],"colour":"red"}]}""", "rules.json: rule 1: unknown property 'colour'; a rule has")]
    [InlineData("""{"rules":[{"id":"a","pair":"USD/CNY","direction":"below","threshold":"7","actions":["notify"]}]}""", "rule 1 ('a'): \"threshold\" must be a number within decimal's range (±7.9 × 10^28), not a string")]
    [InlineData("""{"rules":[{"id":"a","pair":"USD/CNY","direction":"below","threshold":1e40,"actions":["notify"]}]}""", "(at $.rules[0].threshold)")]
    [InlineData("""{"rules":[{"id":"a","pair":"USD/CNY","direction":"below","threshold":7,"debounce":3000000000,"actions":["notify"]}]}""", "\"debounce\" must be a whole number")]
    [InlineData("""{"rules":[{"id":"a","pair":"USD/CNY","direction":"below","threshold":7,"maxStaleness":"999999d","actions":["notify"]}]}""", "maxStaleness '999999d' is not a duration such as 4d, 36h or 90m, from 1m up to 3650d. (at $.rules[0].maxStaleness)")]
    [InlineData("""{"rules":[{"id":"a","pair":"USD/CNY","direction":"sideways","threshold":7,"actions":["notify"]}]}""", "(at $.rules[0].direction)")]
    [InlineData("""{"rules":[{"id":"a","pair":"USD/USD","direction":"below","threshold":7,"actions":["notify"]}]}""", "pair 'USD/USD' is not two different known currency codes")]
    [InlineData("""{"rules":[{"id":"a","pair":"USD/CNY","direction":"below","threshold":7,"actions":["notify","panic"]}]}""", "action 'panic' is not pauseNewOrders, reprice, hedge or notify. (at $.rules[0].actions[1])")]
    [InlineData("""{"rules":[{"id":"a","pair":"USD/CNY","direction":"below","threshold":-7,"actions":["notify"]}]}""", "rule 1 ('a') is inconsistent: Rule a: the threshold must be a positive rate, not -7. (at $.rules[0])")]
    [InlineData("""{"rules":[{"id":"a","pair":"USD/CNY","direction":"below","threshold":7,"actions":["notify"]},{"id":"a","pair":"USD/CNY","direction":"above","threshold":8,"actions":["notify"]}]}""", "rule 2 ('a'): the id 'a' is used twice")]
    [InlineData("""{"rulez":[]}""", "unknown property 'rulez' (at $)")]
    [InlineData("""{"rules":[]}""", "\"rules\" must be a non-empty array")]
    [InlineData("""{"rules":[{"id":"a",}""", "rules.json: not a valid rule pack")]
    public void Bad_packs_are_refused_naming_the_property_and_path(string json, string expected) =>
        Assert.Contains(expected, Error(json), StringComparison.Ordinal);
}

public class ThresholdReplayTests
{
    private static FxRate At(int day, decimal mid) => Rate("USD/CNY", mid, Day(2026, 11, day));

    [Fact]
    public void Replay_evaluates_each_observation_when_it_arrives()
    {
        // Falls below 7.00, debounce 2, band 0.05 (re-arm above 7.05), max age 2 days. Worked by hand:
        // 11-02 6.98 breach 1 of 2; 11-03 6.97 breach 2 → fires (key r/1), disarmed; 11-04 7.04 not past 7.05;
        // 11-05 7.06 re-arms (arming 2); 11-09 6.90 after a 4-day gap — no count to restart, breach 1 of 2;
        // 11-10 6.95 breach 2 → fires (key r/2).
        var rule = ThresholdRule.Create("r", Pair("USD/CNY"), ThresholdDirection.FallsBelow, 7.00m, PriceSide.Mid, 0.05m, 2, Duration.FromDays(2), [FxAction.Notify]);
        FxRate[] history = [At(1, 7.10m), At(2, 6.98m), At(3, 6.97m), At(4, 7.04m), At(5, 7.06m), At(9, 6.90m), At(10, 6.95m), Rate("EUR/USD", 1.05m, Day(2026, 11, 10))];
        var replay = rule.Replay(history);
        Assert.Equal(["r/1", "r/2"], replay.Events.Select(e => e.IdempotencyKey));
        Assert.Equal([Day(2026, 11, 3), Day(2026, 11, 10)], replay.Events.Select(e => e.At));
        Assert.Equal(
            [ThresholdAuditKind.Breach, ThresholdAuditKind.Fired, ThresholdAuditKind.ReArmed, ThresholdAuditKind.Breach, ThresholdAuditKind.Fired],
            replay.Audit.Select(a => a.Kind));
        Assert.Equal((false, 2, 0), (replay.FinalState.IsArmed, replay.FinalState.Arming, replay.FinalState.Consecutive));

        // Evaluating the same history once at its last instant ignores the five quotes older than two days (11-01 to
        // 11-05) instead, so the first firing is lost and the 11-10 one is the first arming's.
        var atEnd = rule.Evaluate(history, Day(2026, 11, 10));
        Assert.Equal(5, atEnd.Audit.Count(a => a.Kind == ThresholdAuditKind.IgnoredStale));
        Assert.Equal("r/1", Assert.Single(atEnd.Events).IdempotencyKey);
    }

    [Fact]
    public void A_gap_longer_than_the_max_age_restarts_the_debounce()
    {
        // Debounce 2, max age 2 days: a breach on 11-01, then the next quote on 11-05 (4 days later) restarts the count.
        var rule = ThresholdRule.Create("g", Pair("USD/CNY"), ThresholdDirection.FallsBelow, 7.00m, PriceSide.Mid, 0m, 2, Duration.FromDays(2), [FxAction.Notify]);
        var replay = rule.Replay([At(1, 6.9m), At(5, 6.9m), At(6, 6.9m)]);
        Assert.Equal([ThresholdAuditKind.Breach, ThresholdAuditKind.GapReset, ThresholdAuditKind.Breach, ThresholdAuditKind.Fired], replay.Audit.Select(a => a.Kind));
        Assert.Equal(Day(2026, 11, 6), Assert.Single(replay.Events).At);
    }

    [Fact]
    public void Replay_continues_from_a_state_and_refuses_out_of_order_history()
    {
        var rule = ThresholdRule.Create("c", Pair("USD/CNY"), ThresholdDirection.FallsBelow, 7.00m, PriceSide.Mid, 0m, 2, Duration.FromDays(2), [FxAction.Notify]);
        var first = rule.Replay([At(1, 6.9m)]);
        Assert.Single(rule.Replay([At(2, 6.9m)], first.FinalState).Events);
        var ex = Assert.Throws<ArgumentException>(() => rule.Replay([At(2, 6.9m), At(1, 6.9m)]));
        Assert.Equal("observations", ex.ParamName);
        Assert.Equal("observations", Assert.Throws<ArgumentException>(() => rule.Replay([At(2, 6.9m), null!])).ParamName);
    }
}

public class CompactDurationTests
{
    [Theory]
    [InlineData("5d", 5 * 24 * 60)]
    [InlineData("36h", 36 * 60)]
    [InlineData("90m", 90)]
    [InlineData("1d12h", 36 * 60)]
    [InlineData(" 3650d ", 3650 * 24 * 60)]
    public void Durations_parse_to_minutes(string text, int minutes)
    {
        Assert.True(CompactDuration.TryParse(text, out var duration));
        Assert.Equal(Duration.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData("3651d")]
    [InlineData("3650d1m")]
    [InlineData("999999d")]
    [InlineData("1234567d")]
    [InlineData("5")]
    [InlineData("d")]
    [InlineData("5w")]
    [InlineData("-5d")]
    [InlineData("")]
    [InlineData(null)]
    public void Malformed_or_longer_than_ten_years_is_refused(string? text) => Assert.False(CompactDuration.TryParse(text, out _));

    [Fact]
    public void Durations_format_back_compactly() =>
        Assert.Equal(
            ["4d", "1d12h", "1h30m", "0m"],
            new[] { Duration.FromDays(4), Duration.FromHours(36), Duration.FromMinutes(90), Duration.FromSeconds(30) }.Select(CompactDuration.Format));
}
