using FsCheck;
using FsCheck.Fluent;
using static CrossBorder.Advertising.Tests.Bids.Rows;

namespace CrossBorder.Advertising.Tests.Rules;

public class SearchTermRulesTests
{
    private static readonly AcosGoal Goal = new(Percentage.FromPercent(25m), Percentage.FromPercent(40m));

    // A prior worth 10⁻⁹ clicks: shrunk CVRs are the raw ones to 12 digits, so the examples read as printed.
    private static readonly SearchTermRuleSettings Unshrunk = new() { Shrinkage = new CvrShrinkageSettings { FallbackStrength = 1e-9 }, ProtectedTerms = ["BrandX"] };

    // Rules run on day 10 after Rows.Day: with a 3-day lag the window ends on day 7.
    private static readonly NodaTime.LocalDate AsOf = Day.PlusDays(10);

    private static AdRecord Auto(string term, long clicks, decimal spend, decimal sales, long orders, int day = 0) =>
        Row("Auto", "G", "*", clicks, spend, sales, orders, term, Day.PlusDays(day)) with { Key = new AdKey("Auto", "G", "*", "BROAD", term) };

    private static readonly AdReport Report = Report(
        Auto("red mug", 40, 20m, 90m, 3),
        Auto("Blue  Mug", 25, 10m, 0m, 0),
        Auto("brandx mug", 30, 12m, 0m, 0),
        Auto("green mug", 5, 2m, 0m, 0),
        Auto("mug", 20, 8m, 60m, 2),
        Auto("tea cup", 20, 8m, 60m, 2),
        Auto("red mug", 100, 50m, 0m, 0, day: 9),
        Row("Manual", "Exact", "mug", 30, 15m, 60m, 2, "mug"));

    private static string[] Codes(Recommendation r) => [.. r.Reasons.Select(x => x.Code)];

    [Fact]
    public void A_converting_term_is_harvested_to_exact_at_its_rational_bid()
    {
        // "red mug": 3 orders ≥ 2, ACoS 20/90 = 22.2% ≤ 25% (its 100 clicks on day 9 are immature and left out).
        // Bid = AOV 30 × CVR 3/40 = 7.5% × 25% = 0.5625, rounded down to €0.56. "mug" is an exact keyword already
        // (the report shows it) and "tea cup" is one by the caller's list.
        var all = SearchTermRules.Evaluate(Report, Goal, AsOf, Unshrunk, exactKeywords: ["Tea Cup "]);

        var harvest = Assert.Single(all, r => r.Kind == RecommendationKind.Harvest);
        Assert.Equal(("red mug", "EXACT", Eur(0.56m)), (harvest.Key, harvest.MatchType, harvest.NewBid));
        Assert.Equal(40m, harvest.Numbers["clicks"]);
        Assert.Equal(["harvest-converting-term", "rational-bid"], Codes(harvest));
    }

    [Fact]
    public void A_wasting_term_is_negated_in_its_ad_group_by_every_rule_that_fires()
    {
        // "blue mug": 25 clicks ≥ 20 without an order; spend €10 ≥ 1 × target CPA 25% × €30 (the ad group's AOV,
        // 210 / 7) = €7.50; P(CVR < 0.40 / (30 × 40%) = 3.33%) under Beta(≈0, 25) is ≈ 1. "brandx mug" is protected,
        // "green mug" has 5 clicks and €2 of spend: no rule fires.
        var all = SearchTermRules.Evaluate(Report, Goal, AsOf, Unshrunk);

        var negative = Assert.Single(all, r => r.Kind == RecommendationKind.Negate);
        Assert.Equal(("Auto / G / blue mug", "EXACT"), (negative.Key, negative.MatchType));
        Assert.Equal(["clicks-without-order", "aov-from-parent", "spend-without-order", "cvr-below-break-even"], Codes(negative));
        Assert.Equal(7.5m, negative.Numbers["targetCpa"]);
        Assert.Equal(0.4m / 12m, negative.Numbers["breakEvenCvr"], 10);
        Assert.True(negative.Numbers["pBelowBreakEven"] > 0.999m);
    }

    [Fact]
    public void The_probability_rule_alone_negates_a_term_that_converts_below_break_even()
    {
        // 1 order in 60 clicks at CPC €1.00, AOV €30: break-even CVR = 1 / (30 × 40%) = 1/12. The posterior is Beta(1, 59)
        // (prior worth 10⁻⁹ clicks), whose CDF is 1 − (1 − x)^59: P(CVR < 1/12) = 1 − (11/12)^59 = 0.99411 ≥ 0.9.
        var report = Report(Auto("mug cheap", 60, 60m, 30m, 1));
        var settings = new SearchTermRuleSettings { Shrinkage = Unshrunk.Shrinkage, NegateClicksWithoutOrder = null, NegateSpendWithoutOrderCpas = null, NegativeMatchType = NegativeMatchType.Phrase };

        var negative = Assert.Single(SearchTermRules.Evaluate(report, Goal, AsOf, settings));

        Assert.Equal((RecommendationKind.Negate, "PHRASE"), (negative.Kind, negative.MatchType));
        Assert.Equal(["cvr-below-break-even"], Codes(negative));
        Assert.Equal(0.99411m, negative.Numbers["pBelowBreakEven"], 5);
        Assert.Empty(SearchTermRules.Evaluate(report, Goal, AsOf, new SearchTermRuleSettings { Shrinkage = Unshrunk.Shrinkage, NegateClicksWithoutOrder = null, NegateSpendWithoutOrderCpas = null, NegateProbability = 0.995 }));
    }

    [Fact]
    public void Rules_read_only_the_mature_look_back_window()
    {
        // Window of 5 days ending day 7: day 2 is out, so the "red mug" rows are not seen; day 9 is immature.
        var report = Report(Auto("red mug", 40, 20m, 90m, 3, day: 2), Auto("red mug", 100, 50m, 0m, 0, day: 9), Auto("other", 1, 1m, 0m, 0, day: 5));

        Assert.Empty(SearchTermRules.Evaluate(report, Goal, AsOf, new SearchTermRuleSettings { LookbackDays = 5 }));
        Assert.Throws<InvalidOperationException>(() => SearchTermRules.Evaluate(report, Goal, Day.PlusDays(100)));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("LookbackDays", Assert.Throws<ArgumentOutOfRangeException>(() => new SearchTermRuleSettings { LookbackDays = 0 }).ParamName);
        Assert.Equal("NegateProbability", Assert.Throws<ArgumentOutOfRangeException>(() => new SearchTermRuleSettings { NegateProbability = 1.5 }).ParamName);
        Assert.Equal("NegateClicksWithoutOrder", Assert.Throws<ArgumentOutOfRangeException>(() => new SearchTermRuleSettings { NegateClicksWithoutOrder = 0 }).ParamName);
        Assert.Equal("ProtectedTerms", Assert.Throws<ArgumentException>(() => new SearchTermRuleSettings { ProtectedTerms = [" "] }).ParamName);
        Assert.Equal("fallbackAov", Assert.Throws<ArgumentOutOfRangeException>(() => SearchTermRules.Evaluate(Report, Goal, AsOf, fallbackAov: Eur(-1m))).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => SearchTermRules.Evaluate(Report, Goal, AsOf, fallbackAov: Money.Of(20m, "USD")));
    }

    private static readonly string[] Terms = ["a mug", "b mug", "brandx c", "d mug", "e mug", "f mug"];

    private static Gen<AdReport> Reports =>
        from clicks in Gen.Choose(0, 200).ArrayOf(Terms.Length)
        from orders in Gen.Choose(0, 8).ArrayOf(Terms.Length)
        from cpcCents in Gen.Choose(10, 200).ArrayOf(Terms.Length)
        from aov in Gen.Choose(5, 60)
        select Report([.. Terms.Select((t, i) => Auto(t, clicks[i], clicks[i] * cpcCents[i] / 100m, Math.Min(orders[i], clicks[i]) * (decimal)aov, Math.Min(orders[i], clicks[i])))]);

    [ScaledProperty(Cases = 200)]
    public Property Harvests_meet_their_thresholds_and_protected_terms_are_never_negated() =>
        Prop.ForAll(Reports.ToArbitrary(), report => SearchTermRules.Evaluate(report, Goal, AsOf, new SearchTermRuleSettings { ProtectedTerms = ["brandx"] }).All(r =>
            r.Kind == RecommendationKind.Harvest
                ? r.Numbers["orders"] >= 2m && r.Numbers["acos"] <= 0.25m && (r.NewBid is null || r.NewBid.Value.Amount <= r.Numbers["rationalBid"])
                : r.Kind == RecommendationKind.Negate && !r.Key.Contains("brandx", StringComparison.Ordinal) && r.Reasons.Any(x => x.Code is "clicks-without-order" or "spend-without-order" or "cvr-below-break-even")));
}
