using FsCheck;
using FsCheck.Fluent;
using static CrossBorder.Advertising.Tests.Budgets.BudgetFixtures;

namespace CrossBorder.Advertising.Tests.Budgets;

public class BudgetAllocatorTests
{
    [Fact]
    public void Two_curves_get_the_spends_that_equalise_their_marginal_returns()
    {
        // By hand: A = 10·s^0.5, B = 20·s^0.5. Marginals 5/√a = 10/√b ⇒ b = 4a; a + b = 100 ⇒ a = 20, b = 80.
        // Expected sales 10·√20 = 44.72 and 20·√80 = 178.89; both marginals 5/√20 = 1.1180.
        var allocation = BudgetAllocator.Allocate(Usd(100m), [Campaign("A", PowerHistory(10, 0.5)), Campaign("B", PowerHistory(20, 0.5))]);

        var (a, b) = (allocation.Campaigns[0], allocation.Campaigns[1]);
        Assert.Equal((Usd(20m), Usd(80m)), (a.Spend, b.Spend));
        Assert.Equal((Usd(44.72m), Usd(178.89m)), (a.ExpectedSales, b.ExpectedSales));
        Assert.Equal(5d / Math.Sqrt(20d), a.MarginalRoas!.Value, 1e-9);
        Assert.Equal(a.MarginalRoas.Value, b.MarginalRoas!.Value, 1e-9);
        Assert.All(allocation.Campaigns, c => Assert.Equal(AllocationMethod.ResponseCurve, c.Method));
        Assert.Equal("response-curve", a.Reasons[0].Code);
    }

    [Fact]
    public void A_maximum_holds_and_the_rest_goes_to_the_other_campaign()
    {
        // Unbounded B would take 80 (above); held at 70, A takes the remaining 30. A's marginal 5/√30 is now above B's 10/√70.
        var allocation = BudgetAllocator.Allocate(Usd(100m), [Campaign("A", PowerHistory(10, 0.5)), Campaign("B", PowerHistory(20, 0.5), maximum: 70m)]);

        Assert.Equal((Usd(30m), Usd(70m)), (allocation.Campaigns[0].Spend, allocation.Campaigns[1].Spend));
        Assert.Contains(allocation.Campaigns[1].Reasons, r => r.Code == "at-maximum");
        Assert.Contains(allocation.Campaigns[1].Reasons, r => r.Code == "beyond-observed-spend");
    }

    [Fact]
    public void Untrusted_curves_fall_back_to_shares_of_recent_sales_and_say_why()
    {
        // All three fall back: "Few" has 5 days (< 8), "Linear" has sales = 2·s^1.2 (not concave), "Idle" no sales (0 usable days).
        // Recent (14-day) sales: Few 5 × 20 = 100, Linear 2·Σ k^1.2 (k = 1..10), Idle 0. Idle gets its minimum 0.50;
        // the other two share the remaining 10.50 in proportion 100 : L (both stay above their minimums), with L computed here from the generating curve.
        var linear = PowerHistory(2, 1.2);
        var l = linear.Sum(d => d.Sales.Amount);
        var campaigns = new[]
        {
            Campaign("Few", FlatHistory(4m, 20m, 5), minimum: 0.50m),
            Campaign("Linear", linear, minimum: 0.50m),
            Campaign("Idle", FlatHistory(3m, 0m, 10), minimum: 0.50m),
        };

        var allocation = BudgetAllocator.Allocate(Usd(11.00m), campaigns);

        var expectedFew = 10.50m * 100m / (100m + l);
        Assert.Equal((double)expectedFew, (double)allocation.Campaigns[0].Spend.Amount, 0.005);
        Assert.Equal(Usd(11.00m), allocation.Campaigns.Aggregate(Usd(0m), (sum, c) => sum + c.Spend));
        Assert.Equal(Usd(0.50m), allocation.Campaigns[2].Spend);
        Assert.All(allocation.Campaigns, c => Assert.Equal(AllocationMethod.Proportional, c.Method));
        Assert.Equal(["too-few-days", "not-concave", "too-few-days"], allocation.Campaigns.Select(c => c.Reasons[0].Code));
        Assert.Contains(allocation.Campaigns[2].Reasons, r => r.Code == "no-recent-basis");
        Assert.Null(allocation.Campaigns[0].MarginalRoas);
        Assert.Equal(Usd(Math.Round(allocation.Campaigns[0].Spend.Amount * 5m, 2)), allocation.Campaigns[0].ExpectedSales); // recent ROAS 20/4 = 5
    }

    [Fact]
    public void Fallback_shares_are_exactly_proportional_when_they_divide_evenly()
    {
        // Recent sales 100 and 300 (both too few days): 10.00 splits 2.50 : 7.50.
        var allocation = BudgetAllocator.Allocate(Usd(10m), [Campaign("A", FlatHistory(1m, 20m, 5)), Campaign("B", FlatHistory(1m, 60m, 5))]);

        Assert.Equal((Usd(2.50m), Usd(7.50m)), (allocation.Campaigns[0].Spend, allocation.Campaigns[1].Spend));
    }

    [Fact]
    public void The_curve_group_and_the_fallback_group_share_by_recent_sales()
    {
        // A (curve 10·s^0.5 on spends 1..10) and F (fallback, 5 days of 20 sales): F's part is 100 / (100 + A's recent sales) of the budget.
        var history = PowerHistory(10, 0.5);
        var aSales = history.Sum(d => d.Sales.Amount);
        var allocation = BudgetAllocator.Allocate(Usd(50m), [Campaign("A", history), Campaign("F", FlatHistory(2m, 20m, 5))]);

        var fPart = decimal.Floor(5000m * 100m / (100m + aSales)) / 100m;
        Assert.Equal(Usd(fPart), allocation.Campaigns[1].Spend);
        Assert.Equal(Usd(50m - fPart), allocation.Campaigns[0].Spend);
    }

    [Fact]
    public void Campaigns_without_any_history_share_equally_above_their_minimums()
    {
        // No history anywhere: every weight is 0, so the budget splits equally (Sainte-Laguë on equal weights), 10.00 → 3.34, 3.33, 3.33
        // (the first part takes the odd cent: ties go by input order).
        var allocation = BudgetAllocator.Allocate(Usd(10m), [Campaign("A", []), Campaign("B", []), Campaign("C", [])]);

        Assert.Equal([Usd(3.34m), Usd(3.33m), Usd(3.33m)], allocation.Campaigns.Select(c => c.Spend));
        Assert.All(allocation.Campaigns, c => Assert.Null(c.ExpectedSales));
    }

    [Fact]
    public void The_fallback_can_share_by_recent_spend()
    {
        // By spend instead of sales: A spent 5 × 1 = 5 and B 5 × 3 = 15 recently (sales 60 and 20 would say the opposite), so 8.00 → 2.00 : 6.00.
        var campaigns = new[] { Campaign("A", FlatHistory(1m, 12m, 5)), Campaign("B", FlatHistory(3m, 4m, 5)) };

        var bySpend = BudgetAllocator.Allocate(Usd(8m), campaigns, BudgetPolicy.Default with { FallbackBasis = ProportionalBasis.Spend });
        var bySales = BudgetAllocator.Allocate(Usd(8m), campaigns);

        Assert.Equal([Usd(2m), Usd(6m)], bySpend.Campaigns.Select(c => c.Spend));
        Assert.Equal([Usd(6m), Usd(2m)], bySales.Campaigns.Select(c => c.Spend));
    }

    [Fact]
    public void A_reports_rows_become_each_campaigns_days()
    {
        // Two rows of A on one day add up (3 + 2 spend, 10 + 0 sales); days come out in date order, campaigns in first-appearance order.
        static AdRecord Row(int day, string campaign, decimal spend, decimal sales) =>
            new(Start.PlusDays(day), new AdKey(campaign, "G", "t", "EXACT", "s"), new AdMetrics(100, 5, Usd(spend), Usd(sales), sales > 0 ? 1 : 0, sales > 0 ? 1 : 0), Attribution.SevenDayClick);
        var report = new AdReport([Row(2, "B", 1m, 0m), Row(1, "A", 3m, 10m), Row(0, "A", 4m, 8m), Row(1, "A", 2m, 0m)]);

        var days = DailySpend.ByCampaign(report);

        Assert.Equal(["B", "A"], days.Keys);
        Assert.Equal([(Start, Usd(4m), Usd(8m)), (Start.PlusDays(1), Usd(5m), Usd(10m))], days["A"].Select(d => (d.Date, d.Spend, d.Sales)));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void Reasons_do_not_depend_on_the_culture(string culture)
    {
        var campaigns = new[] { Campaign("A", PowerHistory(10, 0.5)), Campaign("B", PowerHistory(20, 0.5), maximum: 70m), Campaign("F", FlatHistory(2m, 20m, 5)) };
        var invariant = Texts(BudgetAllocator.Allocate(Usd(100m), campaigns));

        Assert.Equal(invariant, Cultures.Run(culture, () => Texts(BudgetAllocator.Allocate(Usd(100m), campaigns))));

        static string[] Texts(BudgetAllocation a) => [.. a.Campaigns.SelectMany(c => c.Reasons.Select(r => r.Detail).Append(c.Spend.ToString()))];
    }

    [Fact]
    public void Infeasible_and_bad_input_are_refused_naming_the_parameter()
    {
        var a = Campaign("A", PowerHistory(10, 0.5), minimum: 30m, maximum: 40m);
        var b = Campaign("B", PowerHistory(20, 0.5), minimum: 30m, maximum: 40m);

        Assert.Contains("minimums sum to", Assert.Throws<ArgumentException>("budget", () => BudgetAllocator.Allocate(Usd(50m), [a, b])).Message);
        Assert.Contains("maximums sum to", Assert.Throws<ArgumentException>("budget", () => BudgetAllocator.Allocate(Usd(90m), [a, b])).Message);
        Assert.Throws<ArgumentException>("budget", () => BudgetAllocator.Allocate(Usd(60.001m), [a, b]));
        Assert.Throws<ArgumentOutOfRangeException>("budget", () => BudgetAllocator.Allocate(Usd(-1m), [a, b]));
        Assert.Throws<ArgumentException>("campaigns", () => BudgetAllocator.Allocate(Usd(60m), []));
        Assert.Throws<ArgumentException>("campaigns", () => BudgetAllocator.Allocate(Usd(60m), [a, a]));
        Assert.Throws<ArgumentException>("campaigns", () => BudgetAllocator.Allocate(Money.Of(60m, "EUR"), [a, b]));
        Assert.Throws<ArgumentOutOfRangeException>("maximum", () => Campaign("C", [], minimum: 5m, maximum: 4m));
        Assert.Throws<ArgumentException>("history", () => Campaign("C", [.. FlatHistory(1m, 1m, 2), .. FlatHistory(1m, 1m, 1)]));
        Assert.Throws<ArgumentOutOfRangeException>("MinimumDays", () => BudgetPolicy.Default with { MinimumDays = 2 });
    }

    /// <summary>2 to 5 campaigns with exact power-curve histories (trusted) and bounds in cents, and a feasible budget.</summary>
    private static Gen<(BudgetCampaign[] Campaigns, long Budget, long Extra)> Problems =>
        from count in Gen.Choose(2, 5)
        from specs in Gen.ArrayOf(
            from a in Gen.Choose(1, 50)
            from b in Gen.Choose(20, 90)
            from min in Gen.Choose(0, 2_000)
            from room in Gen.Choose(0, 20_000)
            from bounded in Gen.Elements(true, false)
            select (a, b / 100d, min, bounded ? min + room : (int?)null), count)
        let campaigns = specs.Select((s, i) => Campaign("c" + i, PowerHistory(s.a, s.Item2), s.min / 100m, s.Item4 / 100m)).ToArray()
        let sumMin = specs.Sum(s => (long)s.min)
        let room = specs.All(s => s.Item4 is not null) ? specs.Sum(s => (long)(s.Item4!.Value - s.min)) : 100_000L
        from extra in Gen.Choose(0, (int)room)
        from more in Gen.Choose(0, 5_000)
        select (campaigns, sumMin + extra, (long)Math.Min(more, room - extra));

    [ScaledProperty]
    public Property Allocations_sum_to_the_budget_exactly_and_respect_every_bound() =>
        Prop.ForAll(Problems.ToArbitrary(), p =>
        {
            var allocation = BudgetAllocator.Allocate(Money.FromMinorUnits(p.Budget, Currency.FromCode("USD")), p.Campaigns);
            var sum = allocation.Campaigns.Sum(c => c.Spend.ToMinorUnits());
            var bounded = allocation.Campaigns.Zip(p.Campaigns).All(x => x.First.Spend >= x.Second.Minimum && (x.Second.Maximum is null || x.First.Spend <= x.Second.Maximum));
            return sum == p.Budget && bounded;
        });

    [ScaledProperty]
    public Property Raising_the_budget_never_lowers_any_campaigns_allocation() =>
        Prop.ForAll(Problems.ToArbitrary(), p =>
        {
            var usd = Currency.FromCode("USD");
            var before = BudgetAllocator.Allocate(Money.FromMinorUnits(p.Budget, usd), p.Campaigns);
            var after = BudgetAllocator.Allocate(Money.FromMinorUnits(p.Budget + p.Extra, usd), p.Campaigns);
            return before.Campaigns.Zip(after.Campaigns).All(x => x.Second.Spend >= x.First.Spend)
                .Label($"{string.Join(", ", before.Campaigns.Select(c => c.Spend))} → {string.Join(", ", after.Campaigns.Select(c => c.Spend))}");
        });

    /// <summary>
    /// Optimality with bounds (the discrete Lagrange condition): for any two campaigns, if one is above its minimum and the
    /// other below its maximum, the last cent the first got is worth at least the next cent the second would get — else
    /// moving that cent would sell more. A cent's worth is the fitted curve's marginal ROAS at its midpoint.
    /// </summary>
    [ScaledProperty]
    public Property No_cent_would_sell_more_in_another_campaign() =>
        Prop.ForAll(Problems.ToArbitrary(), p =>
        {
            var allocation = BudgetAllocator.Allocate(Money.FromMinorUnits(p.Budget, Currency.FromCode("USD")), p.Campaigns);
            var cents = allocation.Campaigns.Select(c => c.Spend.ToMinorUnits()).ToArray();
            double Worth(int i, long k) => allocation.Campaigns[i].Curve!.MarginalRoasAt((k - 0.5d) / 100d);
            bool CanGive(int i) => cents[i] > p.Campaigns[i].Minimum.ToMinorUnits();
            bool CanTake(int j) => p.Campaigns[j].Maximum is not { } max || cents[j] < max.ToMinorUnits();

            var n = cents.Length;
            return Enumerable.Range(0, n).All(i => Enumerable.Range(0, n).All(j =>
                i == j || !CanGive(i) || !CanTake(j) || Worth(i, cents[i]) >= Worth(j, cents[j] + 1)));
        });
}
