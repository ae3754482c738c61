using System.Globalization;
using NodaTime;

namespace CrossBorder.Replenishment;

/// <summary>The inputs of one SKU's plan.</summary>
public sealed class PlanRequest
{
    private readonly double[] _forecast;
    private readonly double[]? _history;

    /// <summary>Creates a request.</summary>
    /// <param name="sku">The SKU's identifier.</param>
    /// <param name="start">The first day of the first forecast period (today, or the start of this week).</param>
    /// <param name="unit">The length of a period: days or weeks.</param>
    /// <param name="forecast">Point forecasts per period from <paramref name="start"/>; finite and non-negative, covering at least R + L periods.</param>
    /// <param name="forecastErrorStandardDeviation">σ of the one-period forecast error (or of demand), ≥ 0.</param>
    /// <param name="leadTime">The lead time in <paramref name="unit"/>s.</param>
    /// <param name="inventory">The stock now.</param>
    /// <exception cref="ArgumentException">An empty or negative forecast, or a lead time in another unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException">σ negative or NaN, an unknown unit, or a lead time beyond <see cref="LeadTimeLimits.MaximumDays"/>.</exception>
    public PlanRequest(string sku, LocalDate start, PeriodUnit unit, ReadOnlySpan<double> forecast, double forecastErrorStandardDeviation, LeadTime leadTime, InventorySnapshot inventory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        ArgumentNullException.ThrowIfNull(inventory);
        Guard.Unit(unit, nameof(unit));
        if (forecast.IsEmpty)
        {
            throw new ArgumentException("The forecast is empty.", nameof(forecast));
        }

        Guard.NonNegativeSeries(forecast, nameof(forecast));
        Guard.NonNegative(forecastErrorStandardDeviation, nameof(forecastErrorStandardDeviation));
        LeadTime.EnsureSameUnit(DemandRate.Of(0, 0, unit), leadTime, nameof(leadTime));
        LeadTimeLimits.Ensure(leadTime, nameof(leadTime));
        EnsureDatesFit(start, (forecast.Length + 1) * (long)(int)unit, nameof(start));
        Sku = sku;
        Start = start;
        Unit = unit;
        _forecast = forecast.ToArray();
        ForecastErrorStandardDeviation = forecastErrorStandardDeviation;
        LeadTime = leadTime;
        Inventory = inventory;
    }

    /// <summary>The SKU.</summary>
    public string Sku { get; }

    /// <summary>Throws when <paramref name="days"/> after <paramref name="start"/> is past 9999-12-31, the last ISO date.</summary>
    internal static void EnsureDatesFit(LocalDate start, long days, string name)
    {
        if (days > Period.Between(start, LocalDate.MaxIsoValue, PeriodUnits.Days).Days)
        {
            throw new ArgumentOutOfRangeException(
                name,
                start,
                string.Create(CultureInfo.InvariantCulture, $"A plan from {start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} over {days} days would run past 9999-12-31, the last date of the calendar."));
        }
    }

    /// <summary>First day of the first period.</summary>
    public LocalDate Start { get; }

    /// <summary>Period length.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Forecast per period.</summary>
    public IReadOnlyList<double> Forecast => _forecast;

    /// <summary>σ of the one-period forecast error.</summary>
    public double ForecastErrorStandardDeviation { get; }

    /// <summary>The lead time.</summary>
    public LeadTime LeadTime { get; }

    /// <summary>The stock now.</summary>
    public InventorySnapshot Inventory { get; }

    /// <summary>Demand history per period (oldest first) for the slow-mover and obsolescence alerts; none by default.</summary>
    public IReadOnlyList<double>? History
    {
        get => _history;
        init
        {
            if (value is null)
            {
                _history = null;
                return;
            }

            var copy = value.ToArray();
            Guard.NonNegativeSeries(copy, nameof(History));
            _history = copy;
        }
    }

    /// <summary>The supplier's MOQ, case pack and container; null for the planner's default rounding.</summary>
    public OrderConstraints? Constraints { get; init; }

    /// <summary>A fixed order quantity (an EOQ, a full container) for an (s,Q) policy; null to order up to the target.</summary>
    public double? FixedOrderQuantity
    {
        get;
        init
        {
            if (value is { } q)
            {
                Guard.Positive(q, nameof(FixedOrderQuantity));
            }

            field = value;
        }
    }

    /// <summary>A safety stock computed elsewhere (from an ETS model or an intermittent distribution); null to compute it from σ.</summary>
    public SafetyStockResult? SafetyStock { get; init; }
}

/// <summary>
/// Plans replenishment per SKU: projects stock against the forecast, finds the stock-out date and the latest order date,
/// sizes the order (order-up-to, or n × a fixed quantity) and rounds it to the supplier's constraints.
/// </summary>
/// <remarks>
/// The order brings the projected stock at the end of the first review cycle after its arrival up to the safety
/// stock: Q = SS − (projected stock at arrival + R periods), with the forecast of those periods, so a seasonal peak in
/// the forecast raises the order ahead of the peak. Demand not met is assumed backordered.
/// </remarks>
public sealed class ReplenishmentPlanner
{
    /// <summary>Creates a planner.</summary>
    /// <param name="settings">The policy defaults.</param>
    /// <param name="forecaster">
    /// The forecaster <see cref="PlanFromHistory"/> uses, with its series and ETS options: in a host, the one
    /// <c>AddCrossBorderForecasting</c> registered; otherwise <see cref="AutoForecaster.Default"/> or one built with
    /// your options.
    /// </param>
    public ReplenishmentPlanner(ReplenishmentSettings settings, AutoForecaster forecaster)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(forecaster);
        Settings = settings;
        Forecaster = forecaster;
    }

    /// <summary>The longest projection <see cref="PlanFromHistory"/> accepts: 10,000 periods (as <c>LongFormatReader.MaximumHorizon</c>).</summary>
    public const int MaximumHorizon = 10_000;

    /// <summary>The largest demand of one period <see cref="PlanFromHistory"/> accepts: 10¹² units (larger is a data error, and squares of it overflow the models).</summary>
    public const double MaximumDemand = 1e12;

    /// <summary>The policy defaults.</summary>
    public ReplenishmentSettings Settings { get; }

    /// <summary>The forecaster of <see cref="PlanFromHistory"/>; its ETS options also fit the regular-demand safety stock.</summary>
    public AutoForecaster Forecaster { get; }

    /// <summary>
    /// Plans one SKU from its demand history: forecasts it and chooses the safety stock by demand class, then
    /// <see cref="Plan"/>s. This is the one call a command-line tool or a batch job needs per SKU.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>No demand at all: a zero forecast and no safety stock (the alerts report the dead stock).</item>
    /// <item>The demand class is <see cref="AutoForecaster.Classify"/> of the <see cref="Forecaster"/>, the one its own
    /// choice of method rests on.</item>
    /// <item>Intermittent or lumpy demand (ADI ≥ 1.32): the <see cref="Forecaster"/>'s forecast and discrete
    /// compound Bernoulli distributions (occurrence and sizes of the prepared history) of demand over R + L and over L (mixed over the lead-time distribution when
    /// σ_L &gt; 0, discretised from a normal); the order-up-to level is the quantile or the (R,S) fill-rate point
    /// (<see cref="SafetyStock.FromPeriodicReview"/>).</item>
    /// <item>Regular demand: ETS selected by AICc with the <see cref="Forecaster"/>'s ETS options, safety stock from
    /// its cumulative error over R + L plus the d̄²σ_L² term (<see cref="SafetyStock.FromEts"/>); if no ETS form can be
    /// fitted, the <see cref="Forecaster"/>'s forecast with σ = RMSE of its one-step fitted errors and the combined
    /// formula.</item>
    /// </list>
    /// </remarks>
    /// <param name="sku">The SKU.</param>
    /// <param name="history">Demand per period, oldest first; finite and non-negative, at least one value.</param>
    /// <param name="seasonalPeriod">The seasonal period of the history (52 for weekly, 7 or 1 for daily data).</param>
    /// <param name="start">The first day of the first forecast period (the period after the history).</param>
    /// <param name="unit">The period of the history.</param>
    /// <param name="horizon">Periods to project; raised to R + L when shorter.</param>
    /// <param name="leadTime">The lead time, in <paramref name="unit"/>s.</param>
    /// <param name="inventory">The stock now.</param>
    /// <param name="constraints">The supplier's MOQ, case pack and container; null for the default rounding.</param>
    /// <exception cref="ArgumentException">An empty, negative or non-finite history, or a lead time in another unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A demand beyond <see cref="MaximumDemand"/>, a horizon beyond <see cref="MaximumHorizon"/>, a lead time beyond <see cref="LeadTimeLimits.MaximumDays"/>, or dates past 9999-12-31.</exception>
    public ReplenishmentPlan PlanFromHistory(
        string sku,
        ReadOnlySpan<double> history,
        int seasonalPeriod,
        LocalDate start,
        PeriodUnit unit,
        int horizon,
        LeadTime leadTime,
        InventorySnapshot inventory,
        OrderConstraints? constraints = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(seasonalPeriod, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(horizon, MaximumHorizon);
        Guard.Unit(unit, nameof(unit));
        LeadTime.EnsureSameUnit(DemandRate.Of(0, 0, unit), leadTime, nameof(leadTime));
        LeadTimeLimits.Ensure(leadTime, nameof(leadTime));
        Guard.NonNegativeSeries(history, nameof(history));
        if (history.IsEmpty)
        {
            throw new ArgumentException("The history is empty.", nameof(history));
        }

        for (var t = 0; t < history.Length; t++)
        {
            if (history[t] > MaximumDemand)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(history),
                    history[t],
                    string.Create(CultureInfo.InvariantCulture, $"history[{t}] = {history[t]:G6} units in one period is beyond the limit of {MaximumDemand:G3}; check the sales."));
            }
        }

        // The demand class is the forecaster's own (AutoForecaster.Classify), so the safety stock and the forecast
        // are chosen on the same reading of the history.
        var classification = Forecaster.Classify(history);
        var r = Settings.ReviewPeriods(unit);
        var p = Math.Max((int)Math.Ceiling(r + leadTime.Mean), 1);
        horizon = Math.Max(horizon, p);
        PlanRequest.EnsureDatesFit(start, (horizon + 1) * (long)(int)unit, nameof(start));
        double[] forecast;
        var sigma = 0.0;
        SafetyStockResult? ss = null;
        if (classification.Class == DemandClass.NoDemand)
        {
            forecast = new double[horizon];
        }
        else if (classification.Class is DemandClass.Intermittent or DemandClass.Lumpy)
        {
            forecast = Clip(Forecaster.Forecast(history, seasonalPeriod, horizon).Mean);
            var prepared = SeriesPreparation.Prepare(history, Forecaster.SeriesOptions).Values;
            var sizes = new List<double>();
            foreach (var v in prepared)
            {
                if (v > 0)
                {
                    sizes.Add(v);
                }
            }

            var occurrence = (double)sizes.Count / prepared.Length;
            var (protection, lead) = LeadTimeDemand.CompoundBernoulliPeriodic(occurrence, [.. sizes], r, LeadProbabilities(p - r, leadTime));
            ss = SafetyStock.FromPeriodicReview(protection, lead, Settings.Target, p);
        }
        else
        {
            forecast = [];
            try
            {
                // An ETS form that cannot be fitted, or whose states explode over the horizon, falls back below.
                var model = Ets.FitAuto(history, seasonalPeriod, Forecaster.EtsOptions);
                forecast = Clip(model.Forecast(horizon).Mean);
                var q = Math.Max(forecast.Take(p).Average() * r, 1);
                ss = SafetyStock.FromEts(model, p, Settings.Target, q, leadTime.StandardDeviation);
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or ArithmeticException)
            {
                ss = null;
            }

            if (ss is null)
            {
                var f = Forecaster.Forecast(history, seasonalPeriod, horizon);
                forecast = Clip(f.Mean);
                sigma = OneStepRmse(history, f.Fitted) ?? (history.Length >= 2 ? DemandRate.FromHistory(history, unit).StandardDeviation : 0);
            }
        }

        var request = new PlanRequest(sku, start, unit, forecast, sigma, leadTime, inventory)
        {
            History = history.ToArray(),
            Constraints = constraints,
            SafetyStock = ss,
        };
        return Plan(request);
    }

    private static double[] Clip(IReadOnlyList<double> values)
    {
        var result = new double[values.Count];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Math.Max(values[i], 0);
        }

        return result;
    }

    private static double? OneStepRmse(ReadOnlySpan<double> y, IReadOnlyList<double>? fitted)
    {
        if (fitted is null)
        {
            return null;
        }

        double sse = 0;
        var count = 0;
        for (var t = 0; t < y.Length && t < fitted.Count; t++)
        {
            if (double.IsFinite(fitted[t]))
            {
                sse += (y[t] - fitted[t]) * (y[t] - fitted[t]);
                count++;
            }
        }

        return count >= 2 ? Math.Sqrt(sse / count) : null;
    }

    /// <summary>
    /// P(L = k periods): with σ_L = 0 all the mass at <paramref name="fixedLead"/>; otherwise a normal lead time rounded
    /// to whole periods (mass below 0 at 0), k up to L + 4σ_L.
    /// </summary>
    internal static double[] LeadProbabilities(int fixedLead, LeadTime leadTime)
    {
        if (leadTime.StandardDeviation == 0)
        {
            var point = new double[fixedLead + 1];
            point[^1] = 1;
            return point;
        }

        var max = (int)Math.Ceiling(leadTime.Mean + (4 * leadTime.StandardDeviation)) + 1;
        var probabilities = new double[max + 1];
        for (var k = 0; k <= max; k++)
        {
            var upper = MathNet.Numerics.Distributions.Normal.CDF(leadTime.Mean, leadTime.StandardDeviation, k + 0.5);
            var lower = k == 0 ? 0 : MathNet.Numerics.Distributions.Normal.CDF(leadTime.Mean, leadTime.StandardDeviation, k - 0.5);
            probabilities[k] = Math.Max(upper - lower, 0);
        }

        return probabilities;
    }

    /// <summary>Plans one SKU.</summary>
    /// <exception cref="ArgumentException">The forecast is shorter than the protection interval R + L, or the review period is not a whole number of periods.</exception>
    public ReplenishmentPlan Plan(PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ic = CultureInfo.InvariantCulture;
        var len = (int)request.Unit;
        var r = Settings.ReviewPeriods(request.Unit);
        var f = request.Forecast;
        var h = f.Count;
        var lead = request.LeadTime.Mean;
        var protection = (int)Math.Ceiling(r + lead);
        if (h < protection)
        {
            throw new ArgumentException($"The forecast covers {h} periods; the protection interval R + L needs {protection}.", nameof(request));
        }

        var dbar = 0.0;
        for (var t = 0; t < protection; t++)
        {
            dbar += f[t];
        }

        dbar /= protection;
        var cycleQuantity = request.FixedOrderQuantity ?? Math.Max(dbar * r, 1);
        var ss = request.SafetyStock
            ?? SafetyStock.Calculate(Settings.Target, DemandRate.Of(dbar, request.ForecastErrorStandardDeviation, request.Unit), request.LeadTime, cycleQuantity, r);
        var safety = Math.Max(ss.Units, 0);

        // Projection with scheduled receipts at the start of their period.
        var receipts = new double[h];
        var warnings = new List<string>();
        foreach (var receipt in request.Inventory.InTransit)
        {
            var days = Period.Between(request.Start, receipt.Arrival, PeriodUnits.Days).Days;
            if (days < 0)
            {
                warnings.Add(string.Create(ic, $"In-transit receipt of {receipt.Quantity:G6} units was due {receipt.Arrival.ToString("uuuu-MM-dd", ic)}, {-days} days before the plan starts: counted as arriving on {request.Start.ToString("uuuu-MM-dd", ic)}; check whether it has arrived."));
            }

            var index = days < 0 ? 0 : days / len;
            if (index < h)
            {
                receipts[index] += receipt.Quantity;
            }
        }

        var projection = new ProjectedPeriod[h];
        var close = new double[h];
        var stock = request.Inventory.NetStock;
        double? stockoutDay = null, crossDay = null;
        for (var t = 0; t < h; t++)
        {
            var available = stock + receipts[t];
            close[t] = available - f[t];
            projection[t] = new ProjectedPeriod(t, request.Start.PlusDays(t * len), receipts[t], f[t], close[t]);
            if (stockoutDay is null && close[t] < 0)
            {
                stockoutDay = (t + (available <= 0 ? 0 : available / f[t])) * len;
            }

            if (crossDay is null && close[t] < safety)
            {
                crossDay = (t + (available <= safety ? 0 : (available - safety) / f[t])) * len;
            }

            stock = close[t];
        }

        double StockAt(double day)
        {
            var t = (int)Math.Floor(day / len);
            if (t >= h)
            {
                return close[h - 1] - ((day - (h * len)) / len * f[h - 1]);
            }

            var opening = (t == 0 ? request.Inventory.NetStock : close[t - 1]) + receipts[t];
            return opening - ((day - (t * len)) / len * f[t]);
        }

        var leadDays = lead * len;
        LocalDate? orderDate = null, arrival = null;
        var urgent = false;
        var constraints = request.Constraints ?? new OrderConstraints(rounding: Settings.Rounding);
        RoundedOrder order;
        if (crossDay is { } cross)
        {
            var orderDay = Math.Floor(cross - leadDays);
            urgent = orderDay < 0;
            orderDay = Math.Max(orderDay, 0);
            var arrivalDay = orderDay + leadDays;
            orderDate = request.Start.PlusDays((int)orderDay);
            arrival = request.Start.PlusDays((int)Math.Ceiling(arrivalDay));
            var requested = safety - StockAt(arrivalDay + (r * len));
            if (request.FixedOrderQuantity is { } q && requested > 0)
            {
                requested = q * Math.Ceiling((requested / q) - 1e-12);
            }

            order = constraints.Round(Math.Max(requested, 0));
            if (order.Quantity <= 0)
            {
                // Nothing to buy after rounding: no order date either, rather than "order 0 units on …".
                (orderDate, arrival, urgent) = (null, null, false);
            }
        }
        else
        {
            order = constraints.Round(0);
        }

        var sigma = ss.LeadTimeDemandStandardDeviation;
        var q2 = order.Quantity > 0 ? order.Quantity : cycleQuantity;
        var fill = ss.Distribution is { } distribution
            ? ss.LeadTimeDistribution is { } leadOnly ? distribution.PeriodicReviewFillRate(ss.ReorderPoint, leadOnly) : distribution.FillRate(ss.ReorderPoint, q2)
            : sigma > 0 && double.IsFinite(ss.SafetyFactor) ? ServiceLevel.FillRate(ss.SafetyFactor, q2, sigma) : 1;
        var annual = dbar * 365 / len;
        var average = safety + (q2 / 2);
        var turnover = average > 0 ? annual / average : 0;

        var alerts = new List<InventoryAlert>();
        if (request.History is { Count: > 0 } history)
        {
            var trailing = 0;
            for (var t = history.Count - 1; t >= 0 && history[t] == 0; t--)
            {
                trailing++;
            }

            var noSale = Settings.NoSaleWeeks * 7 / len;
            if (trailing >= noSale)
            {
                alerts.Add(new InventoryAlert(InventoryAlertKind.NoRecentSales, string.Create(ic, $"No sale in the last {trailing} {request.Unit.ToString().ToLowerInvariant()}s (threshold {Settings.NoSaleWeeks} weeks).")));
            }

            var check = IntermittentDemand.DetectObsolescence([.. history]);
            if (check.IsObsolete)
            {
                alerts.Add(new InventoryAlert(InventoryAlertKind.Obsolete, string.Create(ic, $"Obsolete: {check.TrailingZeros} periods without demand against a mean interval of {check.MeanInterval:G3} (threshold {check.Threshold:G3}).")));
            }
        }

        var coverDays = stockoutDay ?? (dbar > 0 ? Math.Max(request.Inventory.InventoryPosition / dbar * len, h * len) : double.PositiveInfinity);
        if (coverDays > Settings.ExcessCoverWeeks * 7 && request.Inventory.InventoryPosition > 0)
        {
            alerts.Add(new InventoryAlert(InventoryAlertKind.ExcessCover, string.Create(ic, $"Stock covers {(double.IsInfinity(coverDays) ? "indefinitely (no forecast demand)" : string.Create(ic, $"{coverDays / 7:0.#} weeks"))}, beyond {Settings.ExcessCoverWeeks} weeks.")));
        }

        if (stockoutDay is { } so && so < leadDays)
        {
            alerts.Add(new InventoryAlert(InventoryAlertKind.StockoutBeforeLeadTime, string.Create(ic, $"Projected stock-out in {so:G3} days, before a new order can arrive ({leadDays:G3} days): expedite.")));
        }

        return new ReplenishmentPlan(
            request.Sku,
            request.Inventory.InventoryPosition,
            ss,
            projection,
            stockoutDay is { } d ? request.Start.PlusDays((int)Math.Floor(d)) : null,
            stockoutDay,
            orderDate,
            arrival,
            order,
            urgent,
            fill,
            turnover,
            [.. alerts],
            [.. warnings]);
    }
}
