using NodaTime;

namespace CrossBorder.Replenishment.Tests;

public class ReplenishmentProperties
{
    private static double Ss(double level, double mean, double sigma, double lead, double leadSigma) =>
        SafetyStock.Calculate(ServiceTarget.CycleServiceLevel(level), DemandRate.Of(mean, sigma, PeriodUnit.Week), LeadTime.Of(lead, leadSigma, PeriodUnit.Week)).Units;

    [ScaledProperty(Arbitrary = [typeof(ReplenishmentArbitraries)], Cases = 300)]
    public bool Safety_stock_increases_with_service_level(StockCase c) =>
        Ss(c.Level, c.Mean, c.Sigma, c.Lead, c.LeadSigma) < Ss(Math.Min(c.Level + 0.0005, 0.9999), c.Mean, c.Sigma, c.Lead, c.LeadSigma);

    [ScaledProperty(Arbitrary = [typeof(ReplenishmentArbitraries)], Cases = 300)]
    public bool Safety_stock_increases_with_lead_time_and_variability(StockCase c)
    {
        var baseSs = Ss(c.Level, c.Mean, c.Sigma, c.Lead, c.LeadSigma);
        return Ss(c.Level, c.Mean, c.Sigma, c.Lead * 1.5, c.LeadSigma) > baseSs
            && Ss(c.Level, c.Mean, c.Sigma * 1.5, c.Lead, c.LeadSigma) > baseSs
            && Ss(c.Level, c.Mean, c.Sigma, c.Lead, c.LeadSigma + 1) >= baseSs;
    }

    [ScaledProperty(Arbitrary = [typeof(ReplenishmentArbitraries)], Cases = 300)]
    public bool Combined_never_exceeds_additive_and_covers_each_source(StockCase c)
    {
        var z = ServiceLevel.SafetyFactor(c.Level);
        var combined = SafetyStock.Combined(z, c.Mean, c.Sigma, c.Lead, c.LeadSigma);
        var demand = SafetyStock.DemandVariability(z, c.Sigma, c.Lead);
        var lead = SafetyStock.LeadTimeVariability(z, c.Mean, c.LeadSigma);
        return combined <= demand + lead + 1e-9 && combined >= Math.Max(demand, lead) - 1e-9;
    }

    [ScaledProperty(Arbitrary = [typeof(ReplenishmentArbitraries)], Cases = 300)]
    public bool Fill_rate_factor_never_exceeds_the_csl_factor_when_q_is_large(StockCase c)
    {
        // For β ≥ 0.5, G(Φ⁻¹(β))/(1 − β) = E[X − k | X > k] ≤ E[X | X > 0] = 0.798, so Q ≥ σ is enough.
        var sigma = c.Sigma;
        var q = sigma * (1 + (c.Lead / 6));
        return ServiceLevel.FillRateSafetyFactor(c.Level, q, sigma) <= ServiceLevel.SafetyFactor(c.Level) + 1e-9;
    }

    [ScaledProperty(Arbitrary = [typeof(ReplenishmentArbitraries)], Cases = 500)]
    public bool Normal_loss_and_its_inverse_round_trip(StockCase c)
    {
        var z = -5 + (11 * (c.Level - 0.5) / 0.499); // −5 … 6
        return Math.Abs(ServiceLevel.InverseNormalLoss(ServiceLevel.NormalLoss(z)) - z) < 1e-7;
    }

    [ScaledProperty(Arbitrary = [typeof(ReplenishmentArbitraries)], Cases = 500)]
    public bool Orders_respect_moq_and_case_packs(RoundingCase c)
    {
        var order = new OrderConstraints(c.Moq, c.Pack, c.Rounding).Round(c.Requested);
        var q = order.Quantity;
        return q >= 0
            && q % c.Pack == 0
            && (q == 0 || q >= c.Moq)
            && (q == 0) == (c.Requested < 0.5)
            && (c.Rounding != PackRounding.Up || c.Requested < 0.5 || q >= c.Requested); // below half a unit is no order (checked above)
    }

    [ScaledProperty(Arbitrary = [typeof(ReplenishmentArbitraries)], Cases = 200)]
    public bool Plans_never_propose_a_negative_order(PlanCase c)
    {
        var start = new LocalDate(2026, 1, 5);
        ScheduledReceipt[] transit = c.InTransit > 0 ? [new ScheduledReceipt(start.PlusWeeks(c.TransitWeek), c.InTransit)] : [];
        var request = new PlanRequest("P", start, PeriodUnit.Week, c.Forecast, c.Sigma, LeadTime.Fixed(c.Lead, PeriodUnit.Week), new InventorySnapshot(c.OnHand, c.Backorders, transit))
        {
            Constraints = new OrderConstraints(c.Moq, c.Pack),
        };
        var plan = new ReplenishmentPlanner(ReplenishmentSettings.Default, AutoForecaster.Default).Plan(request);
        var q = plan.RecommendedOrder.Quantity;
        return q >= 0 && q % c.Pack == 0 && (q == 0 || q >= c.Moq)
            && plan.Projection.Count == c.Forecast.Length
            && (plan.RecommendedOrderDate is null || plan.RecommendedOrderDate >= start)
            && plan.ExpectedFillRate is >= 0 and <= 1;
    }

    [ScaledProperty(Arbitrary = [typeof(ReplenishmentArbitraries)], Cases = 100)]
    public bool Discrete_reorder_points_are_minimal_quantiles(StockCase c)
    {
        var mean = 0.5 + (c.Mean / 50);
        var d = LeadTimeDemand.NegativeBinomial(mean, mean * (1 + (c.LeadSigma / 2)));
        var s = d.Quantile(c.Level);
        var fr = d.ReorderPointForFillRate(c.Level, 1 + c.Lead);
        return d.Cdf(s) >= c.Level - 1e-12 && (s == 0 || d.Cdf(s - 1) < c.Level)
            && d.FillRate(fr, 1 + c.Lead) >= c.Level && (fr == 0 || d.FillRate(fr - 1, 1 + c.Lead) < c.Level);
    }

    [ScaledProperty(Arbitrary = [typeof(ReplenishmentArbitraries)], Cases = 100)]
    public bool Periodic_review_order_up_to_levels_are_minimal(StockCase c)
    {
        // Poisson demand of λ per period, R = 1 to 4, L = 0 to 20 periods: the (R,S) fill rate rises with S, so the
        // level found is the first that reaches β and the one below it falls short.
        var lambda = 0.05 + (c.Mean / 200);
        var review = 1 + (int)(c.Lead % 4);
        var lead = (int)(c.Sigma % 21);
        var protection = LeadTimeDemand.NegativeBinomial(lambda * (review + lead), lambda * (review + lead));
        var leadOnly = lead == 0 ? LeadTimeDemand.FromProbabilities([1.0]) : LeadTimeDemand.NegativeBinomial(lambda * lead, lambda * lead);
        var s = protection.OrderUpToLevelForFillRate(c.Level, leadOnly);
        return protection.PeriodicReviewFillRate(s, leadOnly) >= c.Level
            && (s == 0 || protection.PeriodicReviewFillRate(s - 1, leadOnly) < c.Level)
            && protection.PeriodicReviewFillRate(s + 1, leadOnly) >= protection.PeriodicReviewFillRate(s, leadOnly);
    }
}
