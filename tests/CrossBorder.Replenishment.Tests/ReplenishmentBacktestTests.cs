using MathNet.Numerics.Distributions;

namespace CrossBorder.Replenishment.Tests;

/// <summary>
/// Backtests on simulated demand. Tolerances: a CSL measured over N cycles has a binomial standard error
/// √(p(1 − p)/N); with p = 0.95 and N ≈ 6,000 cycles whose exposure windows overlap (R + L = 3 periods, so about
/// N/3 = 2,000 independent ones) that is √(0.95·0.05/2,000) = 0.5 point, and ±2 points is four standard errors. A fill
/// rate averages shortages over 600,000 units of demand and moves much less (±1 point). Seeds are fixed, so the tests
/// are deterministic; the tolerances say how far a different seed could reasonably land.
/// </summary>
public class ReplenishmentBacktestTests
{
    private static double[] NormalDemand(int seed, int n, double mean, double sd)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => Math.Max(0, Normal.Sample(random, mean, sd)))];
    }

    private static double[] IntermittentDemand(int seed, int n, double p)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, n).Select(_ => random.NextDouble() < p ? random.Next(1, 7) : 0.0)];
    }

    [Fact]
    public void Periodic_review_meets_its_cycle_service_level_on_normal_demand()
    {
        var demand = NormalDemand(1, 6000, 100, 20);
        var target = ServiceTarget.CycleServiceLevel(0.95);
        var policy = InventoryPolicies.PeriodicReview(target, DemandRate.Of(100, 20, PeriodUnit.Week), LeadTime.Fixed(2, PeriodUnit.Week), 1);
        Assert.Equal(300 + (1.644854 * 20 * Math.Sqrt(3)), policy.OrderUpToLevel, 3);
        var result = ReplenishmentBacktest.Run(demand, PolicyRules.Fixed(policy), leadTimePeriods: 2);
        Assert.InRange(result.AchievedCycleServiceLevel, 0.93, 0.97);
        Assert.True(result.Cycles > 5900);
        Assert.True(result.OrdersPlaced > 5900);
    }

    [Fact]
    public void Periodic_review_meets_its_fill_rate_on_normal_demand()
    {
        // G(k) = 0.02·100/34.64 = 0.0577 → k = 1.18; the approximation ignores backorders carried into the cycle, which
        // with S − d̄L = 141 units above the lead-time demand are negligible here.
        var demand = NormalDemand(2, 6000, 100, 20);
        var target = ServiceTarget.FillRate(0.98);
        var policy = InventoryPolicies.PeriodicReview(target, DemandRate.Of(100, 20, PeriodUnit.Week), LeadTime.Fixed(2, PeriodUnit.Week), 1);
        var result = ReplenishmentBacktest.Run(demand, PolicyRules.Fixed(policy), leadTimePeriods: 2);
        Assert.InRange(result.AchievedFillRate, 0.97, 0.99);
        Assert.True(result.AchievedCycleServiceLevel < 0.95); // a 98% fill rate is a much lower CSL
    }

    [Fact]
    public void Review_every_four_weeks_with_a_forecaster()
    {
        // The policy is re-estimated every review from a 52-week moving average (estimation error widens the spread, so the
        // tolerance is ±3 points: 1,500 non-overlapping 4-week cycles give a 0.6-point standard error plus the estimation effect).
        var demand = NormalDemand(3, 6000, 100, 20);
        var target = ServiceTarget.CycleServiceLevel(0.95);
        var rule = PolicyRules.Forecasting((y, h) => Baseline.Mean(y, h), target, reviewPeriods: 4, leadTimePeriods: 3, window: 52);
        var result = ReplenishmentBacktest.Run(demand, rule, leadTimePeriods: 3, warmup: 52);
        Assert.InRange(result.AchievedCycleServiceLevel, 0.92, 0.98);
        Assert.InRange(result.Cycles, 1480, 1500);
        Assert.InRange(result.AverageOnHand, 150, 300); // about SS + d̄R/2 = 63 + 200 minus the lead-time part of the last cycle
    }

    [Fact]
    public void Intermittent_demand_with_a_discrete_distribution()
    {
        // P(demand) = 0.3, sizes 1–6 uniform. S = the 90% quantile of demand over R + L = 3 periods; because the
        // distribution is discrete the theoretical CSL is F(S) ≥ 0.9, and the backtest must match F(S) within 2 points.
        var demand = IntermittentDemand(4, 8000, 0.3);
        var target = ServiceTarget.CycleServiceLevel(0.90);
        var truth = LeadTimeDemand.CompoundBernoulli(0.3, [1.0, 2, 3, 4, 5, 6], 3);
        var s = truth.Quantile(0.9);
        var result = ReplenishmentBacktest.Run(demand, PolicyRules.Fixed(new OrderUpToPolicy(1, s)), leadTimePeriods: 2);
        Assert.InRange(result.AchievedCycleServiceLevel, truth.Cdf(s) - 0.02, truth.Cdf(s) + 0.02);

        var estimated = ReplenishmentBacktest.Run(demand, PolicyRules.Intermittent(target, 1, 2, window: 104), leadTimePeriods: 2, warmup: 104);
        Assert.InRange(estimated.AchievedCycleServiceLevel, 0.88, 0.96);
    }

    [Fact]
    public void Continuous_review_undershoot_and_the_one_plus_three_rule()
    {
        // (s,Q) with s from the continuous-review formula but stock checked once per period: the position is already
        // below s by an undershoot U when the order goes out, and the cycle (to the end of t + L − 1) has no stock-out
        // when U + D_L ≤ s. Expected values, derived outside this code:
        // - U follows the renewal (equilibrium) density P(d > u)/E[d] for d ~ N(100, 20²), D_L ~ N(200, 2·20²); numerical
        //   integration of P(U + D_L ≤ s) in Python gives 0.4620 for s = 200 + 1.6449·20·√2 = 246.52 (L only) and 0.9928
        //   for s = 300 + 1.6449·20·√3 = 356.98 (L + R). A separate Python simulation of the policy (2,000,000 periods)
        //   gives 0.4623 and 0.9928.
        // - Spread: 200 Python replicates of 6,000 periods give standard deviations of 1.5 points (L only) and 0.24
        //   points (L + R); about 1,200 cycles (600,000 units / Q = 500).
        var demand = NormalDemand(5, 6000, 100, 20);
        var rate = DemandRate.Of(100, 20, PeriodUnit.Week);
        var lead = LeadTime.Fixed(2, PeriodUnit.Week);
        var target = ServiceTarget.CycleServiceLevel(0.95);
        var naive = ReplenishmentBacktest.Run(demand, PolicyRules.Fixed(InventoryPolicies.ContinuousReview(target, rate, lead, 500)), leadTimePeriods: 2);
        Assert.InRange(naive.AchievedCycleServiceLevel, 0.462 - 0.06, 0.462 + 0.06); // ±4 standard deviations
        var sq = InventoryPolicies.ContinuousReview(target, rate, lead, 500, reviewPeriods: 1);
        var result = ReplenishmentBacktest.Run(demand, PolicyRules.Fixed(sq), leadTimePeriods: 2);

        // 0.72% of about 1,200 cycles fail: 8.6 expected failures, so between 1 (P(0) = e^−8.6 ≈ 0.0002) and
        // 8.6 + 4·√8.6 ≈ 20 (Poisson), a two-sided bound where "CSL ≤ 1" would be none.
        var failures = Math.Round((1 - result.AchievedCycleServiceLevel) * result.Cycles);
        Assert.InRange(failures, 1, 20);
        // Each order adds Q = 500 to the position, which starts at s and ends within (s − d, s + Q]: the orders are the
        // total demand over Q give or take one.
        Assert.InRange(result.OrdersPlaced, (demand.Sum() / 500) - 2, (demand.Sum() / 500) + 2);

        // 1+3: SS = 1 week = 100 units = 3.5 σ_L → implied CSL 99.98%; S − s = 3 weeks.
        var rule = InventoryPolicies.OnePlusThree(rate, lead);
        Assert.Equal(300, rule.ReorderPoint, 9);
        Assert.Equal(600, rule.OrderUpToLevel, 9);
        Assert.True(rule.SafetyStock!.Target.Level > 0.999);

        // Checked weekly, the undershoot eats part of that week. A Python simulation of this (s,S) = (300, 600) policy
        // (orders rounded up to whole units, 2,000,000 periods, two seeds) gives a CSL of 0.8594 and a fill rate of
        // 0.99107; 200 replicates of 6,000 periods spread by 0.83 and 0.066 points (standard deviations). ±4 of them:
        var achieved = ReplenishmentBacktest.Run(demand, PolicyRules.Fixed(rule), leadTimePeriods: 2);
        Assert.InRange(achieved.AchievedCycleServiceLevel, 0.8594 - 0.033, 0.8594 + 0.033);
        Assert.InRange(achieved.AchievedFillRate, 0.99107 - 0.0026, 0.99107 + 0.0026);
    }

    [Fact]
    public void Case_packs_and_moq_shape_the_orders_and_raise_the_stock()
    {
        var demand = NormalDemand(6, 3000, 100, 20);
        var policy = InventoryPolicies.PeriodicReview(ServiceTarget.CycleServiceLevel(0.95), DemandRate.Of(100, 20, PeriodUnit.Week), LeadTime.Fixed(2, PeriodUnit.Week), 1);
        var plain = ReplenishmentBacktest.Run(demand, PolicyRules.Fixed(policy), 2);
        var packed = ReplenishmentBacktest.Run(demand, PolicyRules.Fixed(policy), 2, constraints: new OrderConstraints(minimumOrderQuantity: 240, casePack: 48));
        Assert.Equal(0, packed.UnitsOrdered % 48);
        Assert.True(packed.OrdersPlaced < plain.OrdersPlaced / 2); // an MOQ of 2.4 weeks means an order every 2–3 weeks
        Assert.True(packed.AverageOnHand > plain.AverageOnHand + 50);
        Assert.True(packed.AchievedCycleServiceLevel >= plain.AchievedCycleServiceLevel);
    }

    [Fact]
    public void Bad_inputs()
    {
        var policy = new OrderUpToPolicy(1, 10);
        Assert.Equal("demand", Assert.Throws<ArgumentException>(() => ReplenishmentBacktest.Run([1.0, -1], PolicyRules.Fixed(policy), 1)).ParamName);
        Assert.Equal("demand", Assert.Throws<ArgumentException>(() => ReplenishmentBacktest.Run([1.0, 1], PolicyRules.Fixed(policy), 1)).ParamName);
        Assert.Equal("leadTimePeriods", Assert.Throws<ArgumentOutOfRangeException>(() => ReplenishmentBacktest.Run([1.0, 1], PolicyRules.Fixed(policy), -1)).ParamName);
    }
}
