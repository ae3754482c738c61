using System.Globalization;

namespace CrossBorder.Replenishment;

/// <summary>
/// Chooses the policy at a review from the demand seen so far (oldest first): a fixed policy, or one recomputed from a
/// forecast of the history.
/// </summary>
/// <param name="history">Demand before the review period.</param>
/// <returns>The policy to apply at this review.</returns>
public delegate InventoryPolicy PolicyRule(ReadOnlySpan<double> history);

/// <summary>Ready-made <see cref="PolicyRule"/>s for <see cref="ReplenishmentBacktest"/>.</summary>
public static class PolicyRules
{
    /// <summary>The same policy at every review (known demand parameters).</summary>
    public static PolicyRule Fixed(InventoryPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return _ => policy;
    }

    /// <summary>
    /// (R,S) recomputed at every review from a forecaster: S = Σ of the forecast over R + L periods + z·σ·√(R + L), σ the
    /// RMSE of the forecaster's one-step in-sample errors over the last <paramref name="window"/> periods (the sample σ
    /// of demand when it has no fitted values).
    /// </summary>
    /// <param name="forecaster">The forecasting method, such as <c>(y, h) =&gt; AutoForecaster.Default.Forecast(y, 1, h)</c>.</param>
    /// <param name="target">The service target.</param>
    /// <param name="reviewPeriods">R, at least 1.</param>
    /// <param name="leadTimePeriods">L, at least 0.</param>
    /// <param name="window">Periods of history the forecaster sees, at least 2.</param>
    /// <exception cref="ArgumentException">A default target.</exception>
    public static PolicyRule Forecasting(ForecastMethod forecaster, ServiceTarget target, int reviewPeriods, int leadTimePeriods, int window)
    {
        ArgumentNullException.ThrowIfNull(forecaster);
        target.EnsureValid(nameof(target));
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewPeriods, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(leadTimePeriods);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        var p = reviewPeriods + leadTimePeriods;
        return history =>
        {
            var y = history.Length > window ? history[^window..] : history;
            if (y.Length < 2)
            {
                throw new ArgumentException("The forecasting rule needs at least two periods of history; raise the warm-up.", nameof(history));
            }

            var f = forecaster(y, p);
            var mean = f.Mean.Take(p).Sum();
            double sse = 0;
            var count = 0;
            if (f.Fitted is { } fitted)
            {
                for (var t = 0; t < y.Length && t < fitted.Count; t++)
                {
                    if (double.IsFinite(fitted[t]))
                    {
                        sse += (y[t] - fitted[t]) * (y[t] - fitted[t]);
                        count++;
                    }
                }
            }

            var sigma = count >= 2 ? Math.Sqrt(sse / count) : DemandRate.FromHistory(y, PeriodUnit.Day).StandardDeviation;
            var ss = SafetyStock.Calculate(target, DemandRate.Of(Math.Max(mean, 0) / p, sigma, PeriodUnit.Day), LeadTime.Fixed(leadTimePeriods, PeriodUnit.Day), Math.Max(mean / p * reviewPeriods, 1e-9), reviewPeriods);
            return new OrderUpToPolicy(reviewPeriods, Math.Max(mean, 0) + ss.Units, ss);
        };
    }

    /// <summary>
    /// (R,S) for intermittent demand: S is the quantile (CSL) or fill-rate point of the compound Bernoulli distribution of
    /// demand over R + L periods fitted to the last <paramref name="window"/> periods (<see cref="LeadTimeDemand.CompoundBernoulli(ReadOnlySpan{double}, int)"/>).
    /// </summary>
    /// <exception cref="ArgumentException">A default target.</exception>
    public static PolicyRule Intermittent(ServiceTarget target, int reviewPeriods, int leadTimePeriods, int window)
    {
        target.EnsureValid(nameof(target));
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewPeriods, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(leadTimePeriods);
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 2);
        var p = reviewPeriods + leadTimePeriods;
        return history =>
        {
            var y = history.Length > window ? history[^window..] : history;
            var any = false;
            foreach (var v in y)
            {
                any |= v > 0;
            }

            if (!any)
            {
                return new OrderUpToPolicy(reviewPeriods, 0);
            }

            var d = LeadTimeDemand.CompoundBernoulli(y, p);
            var ss = SafetyStock.FromPeriodicReview(d, LeadTimeDemand.CompoundBernoulli(y, leadTimePeriods), target, p);
            return new OrderUpToPolicy(reviewPeriods, ss.ReorderPoint, ss);
        };
    }
}

/// <summary>
/// Replays a demand history period by period with a policy: at each review the rule sets the policy from the demand seen
/// so far, orders (rounded to the constraints) arrive L periods later, unmet demand is backordered; then reports the
/// service and stock achieved.
/// </summary>
/// <remarks>
/// Timing: at the start of period t, receipts due at t arrive, then (at a review) the order is placed and due at t + L,
/// then demand d_t is served from stock. A replenishment cycle is counted for every review of an (R,S) policy, and for
/// every order of a continuous policy; it has no stock-out when the net stock is ≥ 0 at the end of its exposure: the
/// period before the next order can arrive (t + L + R − 1), or for (s,Q)/(s,S) the period before this order arrives
/// (t + L − 1). The first warm-up periods only feed the rule, and the first L + R simulated periods (whose stock depends
/// on the arbitrary initial stock) are not measured.
/// </remarks>
public static class ReplenishmentBacktest
{
    /// <summary>Runs the backtest.</summary>
    /// <param name="demand">Demand per period, oldest first; finite and non-negative.</param>
    /// <param name="rule">The policy rule, called at every review with the demand before it.</param>
    /// <param name="leadTimePeriods">L, in periods, at least 0.</param>
    /// <param name="warmup">Periods that only feed the rule, at least 0.</param>
    /// <param name="constraints">Order rounding; whole units rounded up by default.</param>
    /// <param name="initialStock">Net stock at the start; by default the first policy's reorder point (S for (R,S)).</param>
    /// <exception cref="ArgumentException">Demand negative or non-finite, or too short to measure anything.</exception>
    public static BacktestResult Run(ReadOnlySpan<double> demand, PolicyRule rule, int leadTimePeriods, int warmup = 0, OrderConstraints? constraints = null, double? initialStock = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfNegative(leadTimePeriods);
        ArgumentOutOfRangeException.ThrowIfNegative(warmup);
        Guard.NonNegativeSeries(demand, nameof(demand));
        if (initialStock is { } init)
        {
            Guard.Finite(init, nameof(initialStock));
        }

        constraints ??= OrderConstraints.None;
        var n = demand.Length;
        var first = rule(demand[..warmup]);
        var r = first.ReviewPeriod;
        var measureFrom = warmup + leadTimePeriods + r;
        if (measureFrom >= n)
        {
            throw new ArgumentException($"The demand has {n} periods; warm-up {warmup} + L {leadTimePeriods} + R {r} leave none to measure.", nameof(demand));
        }

        var net = initialStock ?? first.ReorderPoint;
        var arrivals = new double[n + leadTimePeriods + 1];
        var checks = new int[n + leadTimePeriods + r + 1];
        var pipeline = 0.0;
        double totalDemand = 0, servedFromStock = 0, onHand = 0, ordered = 0;
        int stockouts = 0, orders = 0, cycles = 0, goodCycles = 0;
        var policy = first;
        for (var t = warmup; t < n; t++)
        {
            net += arrivals[t];
            pipeline -= arrivals[t];
            if ((t - warmup) % r == 0)
            {
                policy = t == warmup ? first : rule(demand[..t]);
                var q = constraints.Round(policy.OrderQuantity(net + pipeline)).Quantity;
                if (q > 0)
                {
                    arrivals[t + leadTimePeriods] += q;
                    pipeline += q;
                    orders++;
                    ordered += q;
                }

                if (policy.IsPeriodic)
                {
                    checks[t + leadTimePeriods + policy.ReviewPeriod - 1]++;
                }
                else if (q > 0)
                {
                    checks[Math.Max(t + leadTimePeriods - 1, t)]++;
                }
            }

            var d = demand[t];
            var served = Math.Min(d, Math.Max(net, 0));
            net -= d;
            if (t >= measureFrom)
            {
                totalDemand += d;
                servedFromStock += served;
                onHand += Math.Max(net, 0);
                if (served < d)
                {
                    stockouts++;
                }

                cycles += checks[t];
                if (net >= 0)
                {
                    goodCycles += checks[t];
                }
            }
        }

        var periods = n - measureFrom;
        return new BacktestResult(
            periods,
            cycles,
            cycles > 0 ? (double)goodCycles / cycles : double.NaN,
            totalDemand > 0 ? servedFromStock / totalDemand : 1,
            onHand / periods,
            stockouts,
            orders,
            ordered,
            policy);
    }
}

/// <summary>What a backtest achieved.</summary>
public sealed class BacktestResult
{
    internal BacktestResult(int periods, int cycles, double csl, double fillRate, double averageOnHand, int stockoutPeriods, int orders, double ordered, InventoryPolicy lastPolicy)
    {
        Periods = periods;
        Cycles = cycles;
        AchievedCycleServiceLevel = csl;
        AchievedFillRate = fillRate;
        AverageOnHand = averageOnHand;
        StockoutPeriods = stockoutPeriods;
        OrdersPlaced = orders;
        UnitsOrdered = ordered;
        LastPolicy = lastPolicy;
    }

    /// <summary>Periods measured.</summary>
    public int Periods { get; }

    /// <summary>Replenishment cycles measured.</summary>
    public int Cycles { get; }

    /// <summary>Share of cycles without a stock-out (NaN when none was measured).</summary>
    public double AchievedCycleServiceLevel { get; }

    /// <summary>Share of demand served from stock on hand.</summary>
    public double AchievedFillRate { get; }

    /// <summary>Average on-hand stock at the end of a period.</summary>
    public double AverageOnHand { get; }

    /// <summary>Periods in which some demand was not served from stock.</summary>
    public int StockoutPeriods { get; }

    /// <summary>Orders placed during the whole simulation.</summary>
    public int OrdersPlaced { get; }

    /// <summary>Units ordered during the whole simulation.</summary>
    public double UnitsOrdered { get; }

    /// <summary>The policy in force at the end.</summary>
    public InventoryPolicy LastPolicy { get; }

    /// <summary>The achieved value of a target's measure.</summary>
    /// <exception cref="ArgumentException">A default target.</exception>
    public double Achieved(ServiceTarget target)
    {
        target.EnsureValid(nameof(target));
        return target.Measure == ServiceMeasure.CycleServiceLevel ? AchievedCycleServiceLevel : AchievedFillRate;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Periods} periods, {Cycles} cycles: CSL {AchievedCycleServiceLevel:P2}, fill rate {AchievedFillRate:P2}, average on hand {AverageOnHand:G5}, {StockoutPeriods} stock-out periods, {OrdersPlaced} orders");
}
