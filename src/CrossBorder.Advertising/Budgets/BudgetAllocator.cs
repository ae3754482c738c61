using System.Globalization;

namespace CrossBorder.Advertising;

/// <summary>
/// Shares a daily budget between campaigns so that the last unit of spend returns the same in each (equal marginal
/// ROAS), from concave response curves fitted on each campaign's history; campaigns whose curve is missing or not
/// trusted share their part in proportion to recent sales (or spend). Per-campaign minimums and maximums hold, and the
/// parts sum exactly to the budget in minor units.
/// </summary>
public static class BudgetAllocator
{
    /// <summary>Allocates <paramref name="budget"/> (a daily budget, like the history's days) between <paramref name="campaigns"/>.</summary>
    /// <param name="budget">The daily budget, non-negative and in whole minor units.</param>
    /// <param name="campaigns">The campaigns, at least one, names unique.</param>
    /// <param name="policy">When a curve is trusted and how the fallback shares; <see cref="BudgetPolicy.Default"/> when null.</param>
    /// <returns>One allocation per campaign, in input order, with its method and reasons.</returns>
    /// <exception cref="ArgumentException">
    /// The budget is negative or has digits below the minor unit; the campaigns are empty, null, repeated or in another
    /// currency; or the budget is infeasible: below the sum of the minimums or above the sum of the maximums.
    /// </exception>
    public static BudgetAllocation Allocate(Money budget, IReadOnlyList<BudgetCampaign> campaigns, BudgetPolicy? policy = null)
    {
        ArgumentNullException.ThrowIfNull(campaigns);
        policy ??= BudgetPolicy.Default;
        var currency = Validate(budget, campaigns);
        var scale = Math.Pow(10d, currency.MinorUnit!.Value);
        var n = campaigns.Count;
        var min = new long[n];
        var max = new long[n];
        for (var i = 0; i < n; i++)
        {
            min[i] = MinorUnits(campaigns[i].Minimum, "campaigns");
            max[i] = campaigns[i].Maximum is { } m ? MinorUnits(m, "campaigns") : MarginalAllocator.Unbounded;
        }

        var pool = budget.ToMinorUnits();
        RequireFeasible(budget, min, max, pool);

        var plans = new Plan[n];
        // Recent means the last RecentDays days up to the last day of any history (no day is recent when there is none).
        var days = campaigns.SelectMany(c => c.History).Select(d => d.Date).ToArray();
        var recentEnd = days.Length > 0 ? days.Max() : default;
        var recentStart = days.Length > 0 ? recentEnd.PlusDays(1 - policy.RecentDays) : recentEnd.PlusDays(1);
        for (var i = 0; i < n; i++)
        {
            plans[i] = Plan.For(campaigns[i], policy, recentStart, recentEnd);
        }

        var curves = Indices(plans, p => p.Trusted);
        var fallback = Indices(plans, p => !p.Trusted);

        // The proportional campaigns' part of the budget is their share of the basis over all campaigns (equal shares
        // when nobody has any), held inside what both groups' bounds allow.
        var totalWeight = plans.Sum(p => p.Weight);
        var fallbackWeight = fallback.Sum(i => plans[i].Weight);
        var ideal = totalWeight > 0m
            ? (long)decimal.Floor(pool * (fallbackWeight / totalWeight))
            : pool * fallback.Length / n;
        var fallbackPool = Clamp(ideal, pool, fallback, curves, min, max);

        var spend = new long[n];
        Share(pool - fallbackPool, curves, min, max, spend, (i, k) => plans[i].Curve!.MarginalRoasAt((k - 0.5d) / scale));

        // Within the fallback: campaigns with weight share by it (Sainte-Laguë); those without get their minimum unless the
        // others' maximums leave them more, which they then share equally.
        var weighted = fallback.Where(i => plans[i].Weight > 0m).ToArray();
        var unweighted = fallback.Where(i => plans[i].Weight == 0m).ToArray();
        var weightedPool = Clamp(fallbackPool - unweighted.Sum(i => min[i]), fallbackPool, weighted, unweighted, min, max);
        Share(weightedPool, weighted, min, max, spend, (i, k) => (double)plans[i].Weight / (k - 0.5d));
        Share(fallbackPool - weightedPool, unweighted, min, max, spend, (_, k) => 1d / (k - 0.5d));

        var lines = new CampaignAllocation[n];
        for (var i = 0; i < n; i++)
        {
            var amount = Money.FromMinorUnits(spend[i], currency);
            lines[i] = plans[i].Result(amount, (double)(decimal)spend[i] / scale, spend[i] == min[i], spend[i] == max[i], fallbackWeight, policy);
        }

        return new BudgetAllocation(budget, lines);
    }

    private static Currency Validate(Money budget, IReadOnlyList<BudgetCampaign> campaigns)
    {
        Checks.RequireNonNegative(budget, nameof(budget), "A budget");
        if (budget.Currency.MinorUnit is null || !budget.IsRounded)
        {
            throw new ArgumentException($"The budget {budget} is not in whole minor units of a currency that has them: round it first.", nameof(budget));
        }

        if (campaigns.Count == 0)
        {
            throw new ArgumentException("There is no campaign to allocate a budget to.", nameof(campaigns));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var campaign in campaigns)
        {
            if (campaign is null)
            {
                throw new ArgumentException("A campaign is null.", nameof(campaigns));
            }

            if (!names.Add(campaign.Name))
            {
                throw new ArgumentException($"The campaign '{campaign.Name}' appears twice.", nameof(campaigns));
            }

            if (campaign.Minimum.Currency != budget.Currency)
            {
                throw new ArgumentException($"'{campaign.Name}' is in {campaign.Minimum.Currency.Code} and the budget in {budget.Currency.Code}: convert first.", nameof(campaigns));
            }
        }

        return budget.Currency;
    }

    private static long MinorUnits(Money amount, string parameter) =>
        amount.IsRounded ? amount.ToMinorUnits() : throw new ArgumentException($"The bound {amount} is not in whole minor units: round it first.", parameter);

    private static void RequireFeasible(Money budget, long[] min, long[] max, long pool)
    {
        long sumMin = 0, sumMax = 0;
        for (var i = 0; i < min.Length; i++)
        {
            sumMin += min[i];
            sumMax = Math.Min(sumMax + max[i], MarginalAllocator.Unbounded);
        }

        if (sumMin > pool)
        {
            throw new ArgumentException($"The campaigns' minimums sum to {Money.FromMinorUnits(sumMin, budget.Currency)}, more than the budget {budget}: lower a minimum or raise the budget.", nameof(budget));
        }

        if (sumMax < pool)
        {
            throw new ArgumentException($"The campaigns' maximums sum to {Money.FromMinorUnits(sumMax, budget.Currency)}, less than the budget {budget}: raise a maximum or lower the budget.", nameof(budget));
        }
    }

    private static int[] Indices(Plan[] plans, Func<Plan, bool> predicate) => [.. Enumerable.Range(0, plans.Length).Where(i => predicate(plans[i]))];

    /// <summary><paramref name="ideal"/> held to what group <paramref name="a"/> and the rest <paramref name="b"/> of <paramref name="pool"/> can both take.</summary>
    private static long Clamp(long ideal, long pool, int[] a, int[] b, long[] min, long[] max)
    {
        long minA = 0, maxA = 0, minB = 0, maxB = 0;
        foreach (var i in a)
        {
            minA += min[i];
            maxA = Math.Min(maxA + max[i], MarginalAllocator.Unbounded);
        }

        foreach (var i in b)
        {
            minB += min[i];
            maxB = Math.Min(maxB + max[i], MarginalAllocator.Unbounded);
        }

        return Math.Clamp(ideal, Math.Max(minA, pool - maxB), Math.Min(maxA, pool - minB));
    }

    private static void Share(long pool, int[] members, long[] min, long[] max, long[] spend, Func<int, long, double> value)
    {
        if (members.Length == 0)
        {
            return;
        }

        var lo = new long[members.Length];
        var hi = new long[members.Length];
        for (var j = 0; j < members.Length; j++)
        {
            lo[j] = min[members[j]];
            hi[j] = max[members[j]];
        }

        var parts = MarginalAllocator.Allocate(pool, lo, hi, (j, k) => value(members[j], k));
        for (var j = 0; j < members.Length; j++)
        {
            spend[members[j]] = parts[j];
        }
    }

    /// <summary>What is known about one campaign before the allocation: its curve, whether it is trusted and why, its recent weight.</summary>
    private sealed class Plan
    {
        private readonly List<Reason> _reasons = [];

        private Plan(BudgetCampaign campaign) => Campaign = campaign;

        public BudgetCampaign Campaign { get; }

        public ResponseCurve? Curve { get; private set; }

        public bool Trusted { get; private set; }

        public decimal Weight { get; private set; }

        public decimal RecentSpend { get; private set; }

        public decimal RecentSales { get; private set; }

        public double MaxObservedSpend { get; private set; }

        public static Plan For(BudgetCampaign campaign, BudgetPolicy policy, NodaTime.LocalDate recentStart, NodaTime.LocalDate recentEnd)
        {
            var plan = new Plan(campaign);
            var days = campaign.History;
            var spend = new double[days.Count];
            var sales = new double[days.Count];
            for (var i = 0; i < days.Count; i++)
            {
                spend[i] = (double)days[i].Spend.Amount;
                sales[i] = (double)days[i].Sales.Amount;
                plan.MaxObservedSpend = Math.Max(plan.MaxObservedSpend, spend[i]);
                if (days[i].Date >= recentStart && days[i].Date <= recentEnd)
                {
                    plan.RecentSpend += days[i].Spend.Amount;
                    plan.RecentSales += days[i].Sales.Amount;
                }
            }

            plan.Weight = policy.FallbackBasis == ProportionalBasis.Sales ? plan.RecentSales : plan.RecentSpend;
            var usable = ResponseCurve.CountUsable(spend, sales);
            plan.Curve = ResponseCurve.Fit(spend, sales);
            var curve = plan.Curve;
            if (usable < policy.MinimumDays)
            {
                plan.Add("too-few-days", $"{usable} days with spend and sales; a curve needs {policy.MinimumDays}.");
            }
            else if (curve is null)
            {
                plan.Add("no-spend-variation", $"Spend was the same on all {usable} days with sales: no slope can be fitted.");
            }
            else if (curve.Elasticity <= 0d)
            {
                plan.Add("not-increasing", $"Fitted {curve}: sales do not rise with spend.");
            }
            else if (curve.Elasticity >= 1d)
            {
                plan.Add("not-concave", $"Fitted {curve}: elasticity ≥ 1 has no diminishing returns, so no marginal return to equalise.");
            }
            else if (curve.RSquared < policy.MinimumRSquared)
            {
                plan.Add("poor-fit", Invariant($"Fitted {curve}: R² below {policy.MinimumRSquared}."));
            }
            else
            {
                plan.Trusted = true;
                plan.Add("response-curve", $"Fitted {curve}.");
            }

            return plan;
        }

        public CampaignAllocation Result(Money spend, double spendValue, bool atMinimum, bool atMaximum, decimal fallbackWeight, BudgetPolicy policy)
        {
            var reasons = new List<Reason>(_reasons);
            Money? expected;
            double? marginal = null;
            if (Trusted)
            {
                expected = Round(Curve!.SalesAt(spendValue), spend.Currency, policy);
                marginal = spendValue > 0d ? Curve.MarginalRoasAt(spendValue) : null;
                if (spendValue > MaxObservedSpend)
                {
                    reasons.Add(new("beyond-observed-spend", Invariant($"{spend} is above the most it spent in a day ({MaxObservedSpend:0.##}): the curve is extrapolated.")));
                }
            }
            else
            {
                expected = RecentSpend > 0m ? Round((double)(spend.Amount * (RecentSales / RecentSpend)), spend.Currency, policy) : null;
                reasons.Add(Weight > 0m
                    ? new("proportional-share", Invariant($"Shares the fallback part by recent {policy.FallbackBasis.ToString().ToLowerInvariant()}: {Weight} of {fallbackWeight} over the last {policy.RecentDays} days."))
                    : new("no-recent-basis", Invariant($"No recent {policy.FallbackBasis.ToString().ToLowerInvariant()} in the last {policy.RecentDays} days: gets its minimum unless the others' maximums leave more.")));
            }

            if (atMinimum)
            {
                reasons.Add(new("at-minimum", $"Held at its minimum {Campaign.Minimum}."));
            }

            if (atMaximum)
            {
                reasons.Add(new("at-maximum", $"Held at its maximum {Campaign.Maximum}."));
            }

            return new(Campaign.Name, spend, expected, marginal, Trusted ? AllocationMethod.ResponseCurve : AllocationMethod.Proportional, Curve, reasons);
        }

        private static Money Round(double amount, Currency currency, BudgetPolicy policy) =>
            Money.Of((decimal)amount, currency).Round(policy.ExpectedSalesRounding);

        private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

        private void Add(string code, string detail) => _reasons.Add(new(code, detail));
    }
}
