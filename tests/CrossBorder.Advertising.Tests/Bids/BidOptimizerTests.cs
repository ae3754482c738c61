using FsCheck;
using FsCheck.Fluent;
using static CrossBorder.Advertising.Tests.Bids.Rows;

namespace CrossBorder.Advertising.Tests.Bids;

public class BidOptimizerTests
{
    private const string Key = "C / G / kw";

    // A prior worth 10⁻⁹ clicks: the shrunk CVR is the raw one to 12 digits, so the worked examples read as printed.
    private static readonly BidSettings Unshrunk = new() { Shrinkage = new CvrShrinkageSettings { FallbackStrength = 1e-9 } };

    private static readonly AcosGoal Goal = new(Percentage.FromPercent(25m), Percentage.FromPercent(40m));

    private static Recommendation Only(IReadOnlyList<Recommendation> recommendations) => Assert.Single(recommendations);

    private static string[] Codes(Recommendation r) => [.. r.Reasons.Select(x => x.Code)];

    [Fact]
    public void Amalyzes_worked_rational_bid_rounds_down_to_the_cent()
    {
        // amalyze (ads-kpi.md §1.4): AOV €25 × CVR 9% × target ACoS 25% = €0.5625, shown as €0.56. Here 9 orders of €25 in
        // 100 clicks, CPC €0.45: expected ACoS 0.45 / (0.09 × 25) = 20%, outside 25% ± 2.5 points, so the bid moves from
        // €0.50 to the rational €0.5625, rounded down to €0.56 (within the +30% cap of €0.65).
        var report = Report(Row("C", "G", "kw", 100, 45m, 225m, 9));

        var r = Only(new BidOptimizer(Unshrunk).Recommend(report, [new CurrentBid(Key, Eur(0.50m))], Goal));

        Assert.Equal(RecommendationKind.RaiseBid, r.Kind);
        Assert.Equal(Eur(0.56m), r.NewBid);
        Assert.Equal(Eur(0.50m), r.CurrentBid);
        Assert.Equal(0.5625m, r.Numbers["rationalMaxCpc"], 9);
        Assert.Equal(0.09m, r.Numbers["cvrShrunk"], 9);
        Assert.Equal(25m, r.Numbers["aov"]);
        Assert.Equal(0.2m, r.Numbers["expectedAcos"], 9);
        Assert.True(r.Numbers["wilsonLower"] < 0.09m && 0.09m < r.Numbers["wilsonUpper"]);
        Assert.Equal(["cvr-shrunk", "rational-bid"], Codes(r));
    }

    [Fact]
    public void Placement_and_dynamic_multipliers_are_divided_out()
    {
        // €0.5625 ÷ (1 + 50% top of search) = €0.375 → €0.37; with dynamic "up and down" averaging ×1.25 as well:
        // €0.5625 ÷ 1.5 ÷ 1.25 = €0.30 exactly. From €0.40 both are cuts within −30% (€0.28).
        var report = Report(Row("C", "G", "kw", 100, 45m, 225m, 9));
        var optimizer = new BidOptimizer(Unshrunk);

        var placement = Only(optimizer.Recommend(report, [new CurrentBid(Key, Eur(0.40m)) { PlacementAdjustment = Percentage.FromPercent(50m) }], Goal));
        var both = Only(optimizer.Recommend(report, [new CurrentBid(Key, Eur(0.40m)) { PlacementAdjustment = Percentage.FromPercent(50m), DynamicFactor = 1.25m }], Goal));

        Assert.Equal((RecommendationKind.LowerBid, Eur(0.37m)), (placement.Kind, placement.NewBid));
        Assert.Equal(1.5m, placement.Numbers["placementFactor"]);
        Assert.Equal((RecommendationKind.LowerBid, Eur(0.30m)), (both.Kind, both.NewBid));
    }

    [Fact]
    public void Step_caps_then_ceiling_limit_a_raise()
    {
        // From €0.30 the rational €0.5625 is capped at +30% = €0.39; with a €0.35 ceiling, €0.35.
        var report = Report(Row("C", "G", "kw", 100, 45m, 225m, 9));

        var capped = Only(new BidOptimizer(Unshrunk).Recommend(report, [new CurrentBid(Key, Eur(0.30m))], Goal));
        var ceiling = Only(new BidOptimizer(new BidSettings { Shrinkage = Unshrunk.Shrinkage, MaxBid = Eur(0.35m) }).Recommend(report, [new CurrentBid(Key, Eur(0.30m))], Goal));

        Assert.Equal((RecommendationKind.RaiseBid, Eur(0.39m)), (capped.Kind, capped.NewBid));
        Assert.Contains("step-capped", Codes(capped));
        Assert.Equal((RecommendationKind.RaiseBid, Eur(0.35m)), (ceiling.Kind, ceiling.NewBid));
        Assert.Contains("ceiling", Codes(ceiling));
    }

    [Fact]
    public void Within_the_tolerance_band_the_bid_is_kept()
    {
        // CPC €0.55: expected ACoS 0.55 / (0.09 × 25) = 24.4%, within 25% ± 2.5 points.
        var report = Report(Row("C", "G", "kw", 100, 55m, 225m, 9));

        var r = Only(new BidOptimizer(Unshrunk).Recommend(report, [new CurrentBid(Key, Eur(0.60m))], Goal));

        Assert.Equal(RecommendationKind.KeepBid, r.Kind);
        Assert.Contains("within-tolerance", Codes(r));
        Assert.Null(r.NewBid);
    }

    [Fact]
    public void A_target_probably_below_break_even_cvr_is_cut_and_capped()
    {
        // Target "kw" 0/200 at CPC €0.50 beside "good" 10/100 at €20 AOV. Break-even CVR = 0.50 / (20 × 40%) = 6.25%.
        // Bounds by hand: the account's CVR is 10.5/301 = 0.0349 and the raw ad group's 10/300 = 0.0333; a shrunk CVR lies
        // between its raw CVR and its prior mean, so the ad group's is ≤ 0.0349. The target's prior (two siblings: the
        // 20-click pseudo-count) has α ≤ 20 × 0.0349 = 0.698, so its posterior mean is ≤ 0.698 / 220 = 0.00318 and, by
        // Markov's inequality, P(CVR ≥ 6.25%) ≤ 0.00318 / 0.0625 = 0.051: P(below) ≥ 0.949 ≥ 0.9, a cut. The rational bid
        // 20 × 0.00318 × 25% ≤ €0.016 is capped at −30% of €0.60 = €0.42. The spend guard (100 / 5 = 20 target CPAs) is
        // set out of reach at 1,000.
        var report = Report(Row("C", "G", "kw", 200, 100m, 0m, 0), Row("C", "G", "good", 100, 40m, 200m, 10));
        var settings = new BidSettings { SpendWithoutSaleCpas = 1_000m };

        var r = new BidOptimizer(settings).Recommend(report, [new CurrentBid(Key, Eur(0.60m)), new CurrentBid("C / G / good", Eur(0.50m))], Goal)[0];

        Assert.Equal((RecommendationKind.LowerBid, Eur(0.42m)), (r.Kind, r.NewBid));
        Assert.Equal(["cvr-shrunk", "aov-from-parent", "rational-bid", "cvr-below-break-even", "step-capped"], Codes(r));
        Assert.InRange(r.Numbers["cvrShrunk"], 0m, 0.00318m);
        Assert.InRange(r.Numbers["pBelowBreakEven"], 0.949m, 1m);
        Assert.Equal(0.0625m, r.Numbers["breakEvenCvr"]);
    }

    [Fact]
    public void Spend_without_a_sale_beyond_the_target_cpa_is_cut()
    {
        // 12 clicks, €6 spend, no order; AOV €20 from the ad group, target CPA = 25% × 20 = €5 ≤ €6: cut.
        var report = Report(Row("C", "G", "kw", 12, 6m, 0m, 0), Row("C", "G", "good", 100, 40m, 200m, 10));

        var r = new BidOptimizer().Recommend(report, [new CurrentBid(Key, Eur(0.60m)), new CurrentBid("C / G / good", Eur(0.50m))], Goal)[0];

        Assert.Equal(RecommendationKind.LowerBid, r.Kind);
        Assert.Contains("spend-without-sale", Codes(r));
        Assert.Equal(5m, r.Numbers["targetCpa"]);
    }

    [Fact]
    public void Thin_or_unbid_targets_are_kept_with_their_reason()
    {
        var report = Report(Row("C", "G", "kw", 5, 3m, 0m, 0), Row("C", "G", "other", 50, 20m, 60m, 3));

        var all = new BidOptimizer().Recommend(report, [new CurrentBid(Key, Eur(0.60m)), new CurrentBid("C / G / idle", Eur(0.20m))], Goal);

        Assert.Equal([Key, "C / G / other", "C / G / idle"], all.Select(r => r.Key));
        Assert.All(all, r => Assert.Equal(RecommendationKind.KeepBid, r.Kind));
        Assert.Equal(["too-few-clicks"], Codes(all[0]));
        Assert.Equal(["no-current-bid"], Codes(all[1]));
        Assert.Equal(["too-few-clicks"], Codes(all[2]));
    }

    [Fact]
    public void Without_any_order_the_fallback_aov_is_needed()
    {
        var report = Report(Row("C", "G", "kw", 40, 8m, 0m, 0));

        var none = Only(new BidOptimizer().Recommend(report, [new CurrentBid(Key, Eur(0.20m))], Goal));
        var priced = Only(new BidOptimizer().Recommend(report, [new CurrentBid(Key, Eur(0.20m))], Goal, Eur(30m)));

        Assert.Equal(["cvr-shrunk", "no-aov"], Codes(none));
        Assert.Equal(30m, priced.Numbers["aov"]);
    }

    [Fact]
    public void The_goal_follows_the_unit_economics()
    {
        // Price 25, cost 10: pre-ad margin 15/25 = 60% break-even; 20% desired margin leaves a 40% target.
        var goal = AcosGoal.FromUnitProfit(new UnitProfit(Eur(25m), Eur(10m)), Percentage.FromPercent(20m));

        Assert.Equal((Percentage.FromPercent(40m), Percentage.FromPercent(60m)), (goal.Target, goal.BreakEven));
        Assert.Equal(Percentage.FromPercent(25m), AcosGoal.TargetOnly(Percentage.FromPercent(25m)).BreakEven);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => AcosGoal.TargetOnly(Percentage.FromPercent(120m))).ParamName);
    }

    [Fact]
    public void A_minimum_roas_is_a_target_acos()
    {
        // ROAS 4 → target ACoS 1/4 = 25%; ROAS 3 → 1/3.
        Assert.Equal(Percentage.FromPercent(25m), AcosGoal.FromMinimumRoas(4m, Percentage.FromPercent(40m)).Target);
        Assert.Equal(1m / 3m, AcosGoal.FromMinimumRoas(3m, Percentage.FromPercent(40m)).Target.Fraction);
        Assert.Equal("roas", Assert.Throws<ArgumentOutOfRangeException>(() => AcosGoal.FromMinimumRoas(1m, Percentage.FromPercent(40m))).ParamName);
        Assert.Equal("breakEven", Assert.Throws<ArgumentOutOfRangeException>(() => AcosGoal.FromMinimumRoas(2m, Percentage.FromPercent(40m))).ParamName);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        var report = Report(Row("C", "G", "kw", 100, 45m, 225m, 9));
        var optimizer = new BidOptimizer();

        Assert.Equal("bid", Assert.Throws<ArgumentOutOfRangeException>(() => new CurrentBid(Key, Eur(-0.10m))).ParamName);
        Assert.Equal("bid", Assert.Throws<ArgumentException>(() => new CurrentBid(Key, Eur(0.105m))).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => new AcosGoal(Percentage.Zero, Percentage.FromPercent(30m))).ParamName);
        Assert.Equal("breakEven", Assert.Throws<ArgumentOutOfRangeException>(() => new AcosGoal(Percentage.FromPercent(30m), Percentage.FromPercent(20m))).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => optimizer.Recommend(report, [new CurrentBid(Key, Money.Of(0.5m, "USD"))], Goal));
        Assert.Throws<CurrencyMismatchException>(() => new BidOptimizer(new BidSettings { MaxBid = Money.Of(2m, "USD") }).Recommend(report, [], Goal));
        Assert.Equal("currentBids", Assert.Throws<ArgumentException>(() => optimizer.Recommend(report, [new CurrentBid(Key, Eur(0.5m)), new CurrentBid(Key, Eur(0.6m))], Goal)).ParamName);
        Assert.Equal("settings", Assert.Throws<ArgumentException>(() => new BidOptimizer(new BidSettings { MinBid = Eur(1m), MaxBid = Eur(0.5m) })).ParamName);
        Assert.Equal("MaxStepDown", Assert.Throws<ArgumentOutOfRangeException>(() => new BidSettings { MaxStepDown = Percentage.OneHundred }).ParamName);
        Assert.Equal("CutProbability", Assert.Throws<ArgumentOutOfRangeException>(() => new BidSettings { CutProbability = 1.0 }).ParamName);
        Assert.Equal("DynamicFactor", Assert.Throws<ArgumentOutOfRangeException>(() => new CurrentBid(Key, Eur(0.5m)) { DynamicFactor = 0m }).ParamName);
        Assert.Equal("fallbackAov", Assert.Throws<ArgumentOutOfRangeException>(() => optimizer.Recommend(report, [], Goal, Eur(0m))).ParamName);
    }

    private sealed record Case(AdRecord[] Rows, decimal[] Bids, BidSettings Settings);

    private static readonly string[] Targets = ["a", "b", "c", "d"];

    private static Gen<Case> Cases =>
        from clicks in Gen.Choose(0, 400).ArrayOf(4)
        from orders in Gen.Choose(0, 30).ArrayOf(4)
        from cpcCents in Gen.Choose(5, 300).ArrayOf(4)
        from bidCents in Gen.Choose(10, 300).ArrayOf(4)
        from aovEuros in Gen.Choose(5, 80)
        from up in Gen.Choose(1, 100)
        from down in Gen.Choose(1, 90)
        from minClicks in Gen.Choose(1, 50)
        select new Case(
            [.. Targets.Select((t, i) => Row("C", "G", t, clicks[i], clicks[i] * cpcCents[i] / 100m, Math.Min(orders[i], clicks[i]) * (decimal)aovEuros, Math.Min(orders[i], clicks[i])))],
            [.. bidCents.Select(c => c / 100m)],
            new BidSettings { MaxStepUp = Percentage.FromPercent(up), MaxStepDown = Percentage.FromPercent(down), MinBid = Eur(0.10m), MaxBid = Eur(3m), MinClicks = minClicks });

    private static IReadOnlyList<Recommendation> Run(Case c) =>
        new BidOptimizer(c.Settings).Recommend(new AdReport(c.Rows), Targets.Select((t, i) => new CurrentBid("C / G / " + t, Eur(c.Bids[i]))), Goal);

    [ScaledProperty(Cases = 200)]
    public Property The_new_bid_never_exceeds_the_ceiling_nor_the_step_caps() =>
        Prop.ForAll(Cases.ToArbitrary(), c => Run(c).Where(r => r.NewBid is not null).All(r =>
        {
            var current = r.CurrentBid!.Value.Amount;
            var bid = r.NewBid!.Value.Amount;
            return bid <= c.Settings.MaxBid!.Value.Amount && bid <= current * (1m + c.Settings.MaxStepUp.Fraction)
                && bid >= c.Settings.MinBid!.Value.Amount && bid >= current * (1m - c.Settings.MaxStepDown.Fraction)
                && bid == Math.Round(bid, 2);
        }));

    [ScaledProperty(Cases = 200)]
    public Property A_target_with_fewer_clicks_than_the_minimum_is_kept_for_too_few_clicks() =>
        Prop.ForAll(Cases.ToArbitrary(), c => Run(c).Zip(c.Rows).Where(p => p.Second.Metrics.Clicks < c.Settings.MinClicks).All(p =>
            p.First.Kind == RecommendationKind.KeepBid && p.First.Reasons.Single().Code == "too-few-clicks" && p.First.NewBid is null));
}
