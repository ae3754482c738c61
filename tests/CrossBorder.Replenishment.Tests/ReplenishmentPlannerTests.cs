using CrossBorder.Forecasting.Tests.Helpers;
using NodaTime;

namespace CrossBorder.Replenishment.Tests;

public class ReplenishmentPlannerTests
{
    private static readonly LocalDate Monday = new(2026, 11, 2);
    private static readonly ReplenishmentPlanner Planner = new(ReplenishmentSettings.Default, AutoForecaster.Default);

    private static PlanRequest Request(double onHand, IEnumerable<ScheduledReceipt>? transit = null, double[]? forecast = null) =>
        new("SKU-1", Monday, PeriodUnit.Week, forecast ?? Enumerable.Repeat(100.0, 20).ToArray(), 20, LeadTime.Fixed(4, PeriodUnit.Week), new InventorySnapshot(onHand, 0, transit));

    [Fact]
    public void Weekly_plan_worked_by_hand()
    {
        // Forecast 100/week, σ = 20, L = 4 weeks, R = 1 week, 95% CSL → SS = 1.6449·20·√5 = 73.56.
        // On hand 500 + 200 arriving in week 2: closing stock 400, 300, 400, 300, 200, 100, 0, −100, …
        // Stock-out: end of week 6 = day 49 = 2026-12-21. Below SS during week 6: day (6 + (100 − 73.56)/100)·7 = 43.85;
        // latest order day ⌊43.85 − 28⌋ = 15 = 2026-11-17, arriving day 43 = 2026-12-15. Quantity: bring the stock at
        // arrival + R (day 50, projected −14.29) up to SS: 73.56 + 14.29 = 87.85 → 88 units.
        var plan = Planner.Plan(Request(500, [new ScheduledReceipt(new LocalDate(2026, 11, 16), 200)]));
        Assert.Equal(700, plan.InventoryPosition);
        Assert.Equal(73.56, plan.SafetyStock.Units, 2);
        Assert.Equal([400.0, 300, 400, 300, 200, 100, 0, -100], plan.Projection.Take(8).Select(p => p.ClosingStock));
        Assert.Equal(200, plan.Projection[2].Receipts);
        Assert.Equal(new LocalDate(2026, 12, 21), plan.StockoutDate);
        Assert.Equal(49, plan.DaysOfSupply!.Value, 9);
        Assert.Equal(7, plan.WeeksOfSupply!.Value, 9);
        Assert.Equal(new LocalDate(2026, 11, 17), plan.RecommendedOrderDate);
        Assert.Equal(new LocalDate(2026, 12, 15), plan.ExpectedArrival);
        Assert.False(plan.IsUrgent);
        Assert.Equal(88, plan.RecommendedOrder.Quantity);

        // Expected fill rate 1 − σ_{R+L}·G(z)/Q = 1 − 44.72·0.02089/88 = 0.9894.
        Assert.Equal(0.9894, plan.ExpectedFillRate, 3);

        // Turnover: 100·365/7 = 5,214 units/year ÷ (73.56 + 88/2) = 44.35; days of inventory 365/44.35 = 8.2.
        Assert.Equal(100.0 * 365 / 7 / (73.56 + 44), plan.ExpectedTurnover, 1);
        Assert.Equal(365 / plan.ExpectedTurnover, plan.DaysOfInventory, 9);
        Assert.Empty(plan.Alerts);
    }

    [Fact]
    public void Supplier_constraints_round_the_order()
    {
        var request = new PlanRequest("SKU-1", Monday, PeriodUnit.Week, Enumerable.Repeat(100.0, 20).ToArray(), 20, LeadTime.Fixed(4, PeriodUnit.Week), new InventorySnapshot(500))
        {
            Constraints = new OrderConstraints(minimumOrderQuantity: 120, casePack: 24),
        };
        var plan = Planner.Plan(request);
        Assert.Equal(0, plan.RecommendedOrder.Quantity % 24);
        Assert.True(plan.RecommendedOrder.Quantity >= 120);
    }

    [Fact]
    public void Order_now_and_expedite_when_stock_runs_out_within_the_lead_time()
    {
        var plan = Planner.Plan(Request(150));
        Assert.True(plan.IsUrgent);
        Assert.Equal(Monday, plan.RecommendedOrderDate);
        Assert.Equal(new LocalDate(2026, 11, 12), plan.StockoutDate); // 150 units last 1.5 weeks = 10.5 days
        Assert.Contains(plan.Alerts, a => a.Kind == InventoryAlertKind.StockoutBeforeLeadTime);

        // Backorders during the lead time are ordered too: stock at arrival + R = 150 − 500 = −350 → 73.56 + 350.
        Assert.Equal(424, plan.RecommendedOrder.Quantity);
    }

    [Fact]
    public void Slow_dead_and_excess_stock_alerts()
    {
        var history = Enumerable.Repeat(5.0, 30).Concat(Enumerable.Repeat(0.0, 20)).ToArray();
        var request = new PlanRequest("SKU-2", Monday, PeriodUnit.Week, Enumerable.Repeat(1.0, 20).ToArray(), 1, LeadTime.Fixed(4, PeriodUnit.Week), new InventorySnapshot(400))
        {
            History = history,
        };
        var plan = Planner.Plan(request);
        Assert.Contains(plan.Alerts, a => a.Kind == InventoryAlertKind.NoRecentSales);
        Assert.Contains(plan.Alerts, a => a.Kind == InventoryAlertKind.Obsolete);
        Assert.Contains(plan.Alerts, a => a.Kind == InventoryAlertKind.ExcessCover);
        Assert.Null(plan.StockoutDate);
        Assert.Null(plan.RecommendedOrderDate);
        Assert.Equal(0, plan.RecommendedOrder.Quantity);
    }

    [Fact]
    public void Seasonal_peak_raises_the_order_before_it_starts()
    {
        // Q4 build: weeks 10–17 forecast 400 instead of 100. The order-up-to level covers R + L = 5 weeks from each
        // period, so it starts rising at week 6 = 10 − (R + L) + 1, four weeks (L) before the peak.
        var forecast = Enumerable.Range(0, 26).Select(w => w is >= 10 and < 18 ? 400.0 : 100.0).ToArray();
        var schedule = InventoryPolicies.ForecastOrderUpTo(forecast, 1, 4, [50.0]);
        Assert.Equal(550, schedule.Levels[5], 9);
        Assert.Equal(850, schedule.Levels[6], 9);
        Assert.Equal(2050, schedule.Levels[10], 9);

        // A monthly (4-week) review: SS = 1.645·20·√8 = 93; the stock falls below it in week 8, so the order goes out on
        // day 28 and arrives on day 56 (start of week 8); it covers weeks 8–11, two of them in the peak: the plan orders
        // 2 × 300 = 600 more than for flat demand (993 against 393).
        var monthly = new ReplenishmentPlanner(new ReplenishmentSettings(ServiceTarget.CycleServiceLevel(0.95), reviewPeriodDays: 28), AutoForecaster.Default);
        var flat = monthly.Plan(Request(900, forecast: Enumerable.Repeat(100.0, 26).ToArray()));
        var peak = monthly.Plan(Request(900, forecast: forecast));
        Assert.Equal(flat.RecommendedOrderDate, peak.RecommendedOrderDate);
        Assert.Equal(600, peak.RecommendedOrder.Requested - flat.RecommendedOrder.Requested, 9);
        Assert.Equal(394, flat.RecommendedOrder.Quantity);
    }

    [Fact]
    public void Daily_periods_and_unit_checks()
    {
        var request = new PlanRequest("SKU-3", Monday, PeriodUnit.Day, Enumerable.Repeat(10.0, 60).ToArray(), 4, LeadTime.Of(10, 2, PeriodUnit.Day), new InventorySnapshot(300));
        var plan = Planner.Plan(request);
        Assert.Equal(Monday.PlusDays(30), plan.StockoutDate);
        Assert.Equal(30, plan.DaysOfSupply!.Value, 9);

        Assert.Equal("leadTime", Assert.Throws<ArgumentException>(() => new PlanRequest("SKU-3", Monday, PeriodUnit.Day, [1.0], 1, LeadTime.Fixed(1, PeriodUnit.Week), new InventorySnapshot(1))).ParamName);
        var tenDays = new ReplenishmentPlanner(new ReplenishmentSettings(ServiceTarget.CycleServiceLevel(0.9), reviewPeriodDays: 10), AutoForecaster.Default);
        Assert.Equal("unit", Assert.Throws<ArgumentException>(() => tenDays.Plan(Request(100))).ParamName);
        Assert.Equal("request", Assert.Throws<ArgumentException>(() => Planner.Plan(Request(100, forecast: [1.0, 2.0]))).ParamName);
        Assert.Equal("onHand", Assert.Throws<ArgumentOutOfRangeException>(() => new InventorySnapshot(-1)).ParamName);
    }

    [Fact]
    public void Ets_safety_stock_can_be_supplied()
    {
        var random = new Random(4);
        var y = Enumerable.Range(0, 120).Select(_ => 100 + (10 * (random.NextDouble() - 0.5))).ToArray();
        var model = CrossBorder.Forecasting.Ets.Fit(y, 1, new EtsSpec(EtsError.Additive, EtsTrend.None, EtsSeason.None));
        var ss = SafetyStock.FromEts(model, 5, ServiceTarget.CycleServiceLevel(0.95));
        var request = new PlanRequest("SKU-4", Monday, PeriodUnit.Week, model.Forecast(20).Mean.ToArray(), 0, LeadTime.Fixed(4, PeriodUnit.Week), new InventorySnapshot(600)) { SafetyStock = ss };
        var plan = Planner.Plan(request);
        Assert.Same(ss, plan.SafetyStock);
        Assert.Equal(SafetyStockMethod.EtsCumulativeError, plan.SafetyStock.Method);
    }

    [Fact]
    public void Plan_from_history_chooses_the_safety_stock_by_demand_class()
    {
        var random = new Random(12);
        var regular = Enumerable.Range(0, 104).Select(_ => Math.Round(Math.Max(0, 100 + (15 * (random.NextDouble() + random.NextDouble() - 1))))).ToArray();
        var lead = LeadTime.Of(6, 1, PeriodUnit.Week);
        var plan = Planner.PlanFromHistory("R", regular, 52, Monday, PeriodUnit.Week, 26, lead, new InventorySnapshot(400));
        Assert.Equal(SafetyStockMethod.EtsCumulativeError, plan.SafetyStock.Method);
        Assert.Equal(7, plan.SafetyStock.ProtectionPeriods); // R + L = 1 + 6
        Assert.True(plan.RecommendedOrder.Quantity > 0);
        Assert.True(plan.IsUrgent); // 400 units last 4 weeks, the lead time is 6

        var sparse = Enumerable.Range(0, 104).Select(t => t % 5 == 0 ? 3.0 + (t % 3) : 0).ToArray();
        var intermittent = Planner.PlanFromHistory("I", sparse, 1, Monday, PeriodUnit.Week, 26, lead, new InventorySnapshot(2));
        Assert.Equal(SafetyStockMethod.DiscreteDistribution, intermittent.SafetyStock.Method);
        Assert.Contains("random lead time", intermittent.SafetyStock.Source, StringComparison.Ordinal);
        Assert.Equal(Math.Round(intermittent.SafetyStock.ReorderPoint), intermittent.SafetyStock.ReorderPoint, 9);
        Assert.Equal(intermittent.SafetyStock.Distribution!.PeriodicReviewFillRate(intermittent.SafetyStock.ReorderPoint, intermittent.SafetyStock.LeadTimeDistribution!), intermittent.ExpectedFillRate, 12);

        var dead = Planner.PlanFromHistory("D", new double[30], 1, Monday, PeriodUnit.Week, 10, lead, new InventorySnapshot(50));
        Assert.Equal(0, dead.RecommendedOrder.Quantity);
        Assert.Contains(dead.Alerts, a => a.Kind == InventoryAlertKind.NoRecentSales);
        Assert.Contains(dead.Alerts, a => a.Kind == InventoryAlertKind.ExcessCover);
    }

    [Theory]
    [MemberData(nameof(Cultures.Names), MemberType = typeof(Cultures))]
    public void Alerts_and_warnings_read_the_same_in_every_culture(string culture)
    {
        // 300 on hand + 23 past due = 323 units against 10 a week (20 weeks forecast, no stock-out within them): cover 323/10 = 32.3 weeks, beyond 26.
        var request = new PlanRequest("SKU-1", Monday, PeriodUnit.Week, Enumerable.Repeat(10.0, 20).ToArray(), 2, LeadTime.Fixed(2, PeriodUnit.Week), new InventorySnapshot(300, 0, [new ScheduledReceipt(Monday.PlusDays(-3), 23)]));
        var plan = Cultures.With(culture, () => Planner.Plan(request));
        Assert.Contains(plan.Alerts, a => a.Message == "Stock covers 32.3 weeks, beyond 26 weeks.");
        Assert.Equal(["In-transit receipt of 23 units was due 2026-10-30, 3 days before the plan starts: counted as arriving on 2026-11-02; check whether it has arrived."], plan.Warnings);
    }

    [Fact]
    public void The_demand_class_is_the_forecasters_own()
    {
        // 60 weeks before launch, then 52 weeks of 90–110: counted raw, 52 sales in 112 weeks is an ADI of 2.15
        // (intermittent); the forecaster trims the pre-launch run (60 ≥ 4 × ADI 1 of the rest) and sees smooth demand.
        // The plan must follow the forecaster: an ETS safety stock, not a discrete one.
        var history = Enumerable.Repeat(0.0, 60).Concat(Enumerable.Range(0, 52).Select(t => 100.0 + (10 * Math.Sin(t)))).ToArray();
        Assert.Equal(DemandClass.Intermittent, IntermittentDemand.Classify(history).Class);
        Assert.Equal(DemandClass.Smooth, AutoForecaster.Default.Classify(history).Class);
        var plan = Planner.PlanFromHistory("SKU-1", history, 52, Monday, PeriodUnit.Week, 26, LeadTime.Fixed(4, PeriodUnit.Week), new InventorySnapshot(300));
        Assert.Equal(SafetyStockMethod.EtsCumulativeError, plan.SafetyStock.Method);
    }

    [Fact]
    public void Intermittent_plan_reports_the_periodic_review_fill_rate()
    {
        // Sales of 1 in 30 of 100 weeks (occurrence 0.3, size 1), R = 1 week, L = 8 weeks fixed: demand over R + L is
        // Binomial(9, 0.3) and over L Binomial(8, 0.3). From the binomial pmfs (Python): P(B9 ≤ 4) = 0.901191,
        // P(B9 ≤ 5) = 0.974705, so the 95% order-up-to level is 5; E(B9 − 5)⁺ = 0.0300384, E(B8 − 5)⁺ = 0.0126481, so
        // the fill rate is 1 − (0.0300384 − 0.0126481)/0.3 = 0.942032 (the Q = d̄R form would say 0.9747).
        var history = Enumerable.Range(0, 100).Select(i => i % 10 is 0 or 3 or 6 ? 1.0 : 0.0).ToArray();
        var plan = Planner.PlanFromHistory("SKU-1", history, 52, Monday, PeriodUnit.Week, 26, LeadTime.Fixed(8, PeriodUnit.Week), new InventorySnapshot(3));
        Assert.Equal(SafetyStockMethod.DiscreteDistribution, plan.SafetyStock.Method);
        Assert.Equal(5, plan.SafetyStock.ReorderPoint, 9);
        Assert.Equal(0.942032, plan.ExpectedFillRate, 5);
    }

    [Fact]
    public void Ets_safety_stock_adds_lead_time_variability()
    {
        var random = new Random(6);
        var y = Enumerable.Range(0, 100).Select(_ => 50 + (8 * (random.NextDouble() - 0.5))).ToArray();
        var model = CrossBorder.Forecasting.Ets.Fit(y, 1, new EtsSpec(EtsError.Additive, EtsTrend.None, EtsSeason.None));
        var fixedLead = SafetyStock.FromEts(model, 4, ServiceTarget.CycleServiceLevel(0.9));
        var variable = SafetyStock.FromEts(model, 4, ServiceTarget.CycleServiceLevel(0.9), leadTimeStandardDeviation: 1.5);
        var dbar = fixedLead.LeadTimeDemandMean / 4;
        Assert.Equal(
            Math.Sqrt((fixedLead.LeadTimeDemandStandardDeviation * fixedLead.LeadTimeDemandStandardDeviation) + (dbar * dbar * 2.25)),
            variable.LeadTimeDemandStandardDeviation,
            9);
    }
}
