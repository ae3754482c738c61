using CrossBorder.Text;
using System.Globalization;
using CrossBorder.Forecasting.Batch;
using CrossBorder.Forecasting.Files;
using NodaTime;

namespace CrossBorder.Replenishment.Files;

/// <summary>How <see cref="CataloguePlanner"/> reads the sales and sets up the plans.</summary>
public sealed class CataloguePlanOptions
{
    /// <summary>Which purchase orders set the lead time. Default: <see cref="FreightMode.Sea"/>.</summary>
    public FreightMode Mode { get; init; } = FreightMode.Sea;

    /// <summary>
    /// Plan as of this day: the sales periods that end by it are the history, and the plans start on it. Default
    /// (null): the day after the last sales period of the catalogue.
    /// </summary>
    public LocalDate? AsOf { get; init; }

    /// <summary>Weeks to project, 1 to 520 (raised to R + L when shorter). Default: 26.</summary>
    public int HorizonWeeks
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1, nameof(HorizonWeeks));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 520, nameof(HorizonWeeks));
            field = value;
        }
    } = 26;

    /// <summary>
    /// Negative and missing sales. Default: both are errors naming the SKU and the line
    /// (<see cref="MissingValuePolicy.Throw"/>, <see cref="SeriesOptions.RequireNonNegative"/>); set
    /// <see cref="SeriesOptions.MissingValues"/> to <see cref="MissingValuePolicy.Zero"/> to read a missing week as no sale.
    /// Negative sales (returns) are never demand: <see cref="SeriesOptions.RequireNonNegative"/> must stay true.
    /// </summary>
    public SeriesOptions Series
    {
        get;
        init
        {
            ArgumentNullException.ThrowIfNull(value, nameof(Series));
            if (!value.RequireNonNegative)
            {
                throw new ArgumentException("Replenishment plans demand, which is never negative: keep SeriesOptions.RequireNonNegative true (net returns out of the sales first).", nameof(Series));
            }

            field = value;
        }
    } = new() { MissingValues = MissingValuePolicy.Throw };
}

/// <summary>One SKU's plan with the inputs it was made from.</summary>
public sealed class SkuPlan
{
    internal SkuPlan(ReplenishmentPlan plan, LeadTime leadTime, string leadTimeSource, OrderConstraints constraints)
    {
        Plan = plan;
        LeadTime = leadTime;
        LeadTimeSource = leadTimeSource;
        Constraints = constraints;
    }

    /// <summary>The plan.</summary>
    public ReplenishmentPlan Plan { get; }

    /// <summary>The lead time, in the plan's periods.</summary>
    public LeadTime LeadTime { get; }

    /// <summary>Where the lead time came from, such as <c>5 sea POs (all SKUs)</c>.</summary>
    public string LeadTimeSource { get; }

    /// <summary>The SKU's MOQ and case pack (the planner's default rounding when the stock file has none).</summary>
    public OrderConstraints Constraints { get; }

    /// <summary>The safety stock SS in units: the plan's <see cref="SafetyStockResult.Units"/>, or 0 when the formula gives less.</summary>
    public double SafetyStock => Math.Max(Plan.SafetyStock.Units, 0);

    /// <summary>
    /// The reorder point s = d̄·L + SS, with d̄ = lead-time demand ÷ P the mean demand per period over the protection
    /// interval P = R + L that the planner's safety stock covers (0 when P is 0).
    /// </summary>
    public double ReorderPoint
    {
        get
        {
            var ss = Plan.SafetyStock;
            var dbar = ss.ProtectionPeriods > 0 ? ss.LeadTimeDemandMean / ss.ProtectionPeriods : 0;
            return (dbar * LeadTime.Mean) + SafetyStock;
        }
    }

    /// <summary>
    /// The order-up-to level S = d̄·(R + L) + SS: the planner's lead-time demand over the protection interval plus the
    /// safety stock (what <see cref="SafetyStockResult.ReorderPoint"/> holds for a periodic review).
    /// </summary>
    public double OrderUpTo => Plan.SafetyStock.LeadTimeDemandMean + SafetyStock;
}

/// <summary>The plans of a catalogue, in the order of the sales file.</summary>
public sealed class CataloguePlan
{
    private readonly SkuPlan[] _plans;

    internal CataloguePlan(LocalDate start, PeriodUnit unit, SkuPlan[] plans)
    {
        Start = start;
        Unit = unit;
        _plans = plans;
    }

    /// <summary>The day the plans start (the as-of date).</summary>
    public LocalDate Start { get; }

    /// <summary>The period of the sales: days or weeks.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>One plan per SKU of the sales file.</summary>
    public IReadOnlyList<SkuPlan> Plans => _plans;
}

/// <summary>
/// Plans a whole catalogue from files, as of a date: reads the long-format sales (<see cref="LongFormatReader"/>,
/// daily or weekly, date-keyed), cuts each history at the as-of date, takes each SKU's stock and lead time, and calls
/// <see cref="ReplenishmentPlanner.PlanFromHistory"/> per SKU. The one call a command-line tool or a batch job makes.
/// </summary>
public static class CataloguePlanner
{
    /// <summary>Reads the stock (<see cref="StockFile"/>) and lead-time (<see cref="LeadTimeFile"/>) files and plans every SKU of the sales file.</summary>
    /// <exception cref="FormatException">A malformed row of any file, or a refused negative or missing sale, naming the file and line.</exception>
    /// <exception cref="ArgumentException">See <see cref="Plan(ReplenishmentPlanner, TextReader, string, IReadOnlyDictionary{string, StockRecord}, LeadTimeTable, CataloguePlanOptions?)"/>.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static CataloguePlan PlanFiles(ReplenishmentPlanner planner, string salesPath, string stockPath, string leadTimesPath, CataloguePlanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(planner);
        var stock = StockFile.ReadFile(stockPath);
        var leadTimes = LeadTimeFile.ReadFile(leadTimesPath);
        return PlanFile(planner, salesPath, stock, leadTimes, options);
    }

    /// <summary>
    /// Plans every SKU of <paramref name="sales"/>, already being read from <paramref name="salesPath"/> by a reader of
    /// another format (Parquet: <c>LongFormatFiles.ReadFile(path, options.Series)</c> of CrossBorder.Forecasting.Parquet),
    /// with the stock and lead-time files as <see cref="PlanFiles(ReplenishmentPlanner, string, string, string, CataloguePlanOptions?)"/>.
    /// </summary>
    /// <exception cref="FormatException">A malformed stock or lead-time row, naming the line; sales errors come from their reader.</exception>
    /// <exception cref="ArgumentException">See <see cref="Plan(ReplenishmentPlanner, TextReader, string, IReadOnlyDictionary{string, StockRecord}, LeadTimeTable, CataloguePlanOptions?)"/>.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static CataloguePlan PlanSeriesWithFiles(ReplenishmentPlanner planner, IEnumerable<SeriesInput> sales, string salesPath, string stockPath, string leadTimesPath, CataloguePlanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(planner);
        var stock = StockFile.ReadFile(stockPath);
        var leadTimes = LeadTimeFile.ReadFile(leadTimesPath);
        return PlanSeries(planner, sales, salesPath, stock, leadTimes, options ?? new CataloguePlanOptions());
    }

    /// <summary>Plans every SKU of the CSV sales file <paramref name="salesPath"/>.</summary>
    /// <exception cref="FormatException">A malformed sales row, or a refused negative or missing sale, naming the line.</exception>
    /// <exception cref="ArgumentException">See <see cref="Plan(ReplenishmentPlanner, TextReader, string, IReadOnlyDictionary{string, StockRecord}, LeadTimeTable, CataloguePlanOptions?)"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static CataloguePlan PlanFile(ReplenishmentPlanner planner, string salesPath, IReadOnlyDictionary<string, StockRecord> stock, LeadTimeTable leadTimes, CataloguePlanOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(salesPath);
        using var reader = new StreamReader(salesPath);
        return Plan(planner, reader, salesPath, stock, leadTimes, options);
    }

    /// <summary>Plans every SKU of the sales read from <paramref name="sales"/>.</summary>
    /// <param name="planner">The planner (settings and forecaster).</param>
    /// <param name="sales">Long-format sales <c>series_id,date,y</c>, daily or weekly.</param>
    /// <param name="source">The name errors start with, such as the file's path.</param>
    /// <param name="stock">Stock per SKU (<see cref="StockFile"/>): every SKU of the sales needs one, and every record a SKU in the sales.</param>
    /// <param name="leadTimes">Lead times (<see cref="LeadTimeFile"/>).</param>
    /// <param name="options">Freight mode, as-of date, horizon and the treatment of missing sales; null for the defaults.</param>
    /// <exception cref="FormatException">A malformed sales row, or a refused negative or missing sale, naming the line.</exception>
    /// <exception cref="ArgumentException">
    /// No sales; a series that is not date-keyed or is monthly, quarterly or yearly (named <paramref name="sales"/>);
    /// a SKU without stock or stock without sales (<paramref name="stock"/>); a SKU without a lead time
    /// (<paramref name="leadTimes"/>); an as-of date before a SKU's first sales period or too late for the plan's
    /// dates (<paramref name="options"/>).
    /// </exception>
    public static CataloguePlan Plan(ReplenishmentPlanner planner, TextReader sales, string source, IReadOnlyDictionary<string, StockRecord> stock, LeadTimeTable leadTimes, CataloguePlanOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sales);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        options ??= new CataloguePlanOptions();
        return PlanSeries(planner, LongFormatReader.Read(sales, source, options.Series), source, stock, leadTimes, options);
    }

    /// <summary>
    /// Plans every SKU of <paramref name="sales"/>, series already read (from CSV with <see cref="LongFormatReader"/>,
    /// from Parquet with CrossBorder.Forecasting.Parquet's <c>LongFormatParquet</c>, both with <see cref="CataloguePlanOptions.Series"/>).
    /// </summary>
    /// <param name="planner">The planner (settings and forecaster).</param>
    /// <param name="sales">The sales series, date-keyed, daily or weekly.</param>
    /// <param name="source">The name errors start with, such as the file's path.</param>
    /// <param name="stock">Stock per SKU (<see cref="StockFile"/>): every SKU of the sales needs one, and every record a SKU in the sales.</param>
    /// <param name="leadTimes">Lead times (<see cref="LeadTimeFile"/>).</param>
    /// <param name="options">Freight mode, as-of date and horizon; null for the defaults.</param>
    /// <exception cref="ArgumentException">As <see cref="Plan(ReplenishmentPlanner, TextReader, string, IReadOnlyDictionary{string, StockRecord}, LeadTimeTable, CataloguePlanOptions?)"/>.</exception>
    public static CataloguePlan PlanSeries(ReplenishmentPlanner planner, IEnumerable<SeriesInput> sales, string source, IReadOnlyDictionary<string, StockRecord> stock, LeadTimeTable leadTimes, CataloguePlanOptions? options)
    {
        ArgumentNullException.ThrowIfNull(planner);
        ArgumentNullException.ThrowIfNull(sales);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(stock);
        ArgumentNullException.ThrowIfNull(leadTimes);
        options ??= new CataloguePlanOptions();
        var ic = CultureInfo.InvariantCulture;
        var histories = new List<(SeriesInput Series, LocalDate First, PeriodUnit Unit)>();
        foreach (var series in sales)
        {
            if (series.Start is not { } first)
            {
                throw new ArgumentException($"{source}: series '{series.Id}' has no dates: replenishment needs series_id,date,y.", nameof(sales));
            }

            histories.Add((series, first, UnitOf(series, source, nameof(sales))));
        }

        if (histories.Count == 0)
        {
            throw new ArgumentException($"{source} has no sales rows.", nameof(sales));
        }

        var units = histories.Select(h => h.Unit).Distinct().ToList();
        if (units.Count > 1)
        {
            throw new ArgumentException($"{source} mixes daily and weekly series: plan them separately.", nameof(sales));
        }

        var planUnit = units[0];
        var len = (int)planUnit;
        var unknown = stock.Keys.Where(k => !histories.Exists(h => h.Series.Id == k)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Stock for SKU {string.Join(", ", unknown.Take(5).Select(u => "'" + u + "'"))} that has no sales in {source}.", nameof(stock));
        }

        var lastEnd = histories.Max(h => End(h.First, h.Series.Length, len, nameof(sales)));
        var start = options.AsOf ?? lastEnd;
        var horizon = options.HorizonWeeks * 7 / len;
        PlanRequest.EnsureDatesFit(start, ((long)horizon + 1 + (LeadTimeLimits.MaximumDays / len) + 1) * len, nameof(options));
        var plans = new SkuPlan[histories.Count];
        for (var i = 0; i < histories.Count; i++)
        {
            var (series, first, _) = histories[i];
            if (!stock.TryGetValue(series.Id, out var record))
            {
                throw new ArgumentException($"No stock for SKU '{series.Id}' of {source}.", nameof(stock));
            }

            var days = Period.Between(first, start, PeriodUnits.Days).Days;
            var periods = Math.Min(series.Length, days / len);
            if (periods < 1)
            {
                throw new ArgumentException(
                    string.Create(ic, $"As of {Iso(start)} SKU '{series.Id}' has no whole sales period before it (its first starts {Iso(first)})."),
                    nameof(options));
            }

            var warnings = new List<string>();
            var end = End(first, series.Length, len, nameof(sales));
            if (start > end)
            {
                warnings.Add(string.Create(ic, $"Sales end {Iso(end.PlusDays(-1))}, {Period.Between(end, start, PeriodUnits.Days).Days} days before the as-of date {Iso(start)}: the days between have no sales data and were not used."));
            }
            else if (periods < series.Length)
            {
                warnings.Add(string.Create(ic, $"{series.Length - periods} sales periods from {Iso(first.PlusDays(periods * len))} on are after the as-of date {Iso(start)} and were not used."));
            }

            SkuLeadTime lead;
            try
            {
                lead = leadTimes.For(series.Id, options.Mode, planUnit);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException(ExceptionText.FirstSentence(e.Message), nameof(leadTimes), e);
            }

            var constraints = record.Constraints ?? new OrderConstraints(rounding: planner.Settings.Rounding);
            ReplenishmentPlan plan;
            try
            {
                plan = planner.PlanFromHistory(series.Id, series.Values[..periods], series.Period, start, planUnit, horizon, lead.LeadTime, record.Inventory, constraints);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"{source}: SKU '{series.Id}' cannot be planned: {ExceptionText.FirstSentence(e.Message)}", nameof(sales), e);
            }

            plans[i] = new SkuPlan(plan.WithWarnings(warnings), lead.LeadTime, lead.Source, constraints);
        }

        return new CataloguePlan(start, planUnit, plans);
    }

    /// <summary>
    /// The day after the last sales period of <paramref name="series"/>. The default as-of date of a catalogue
    /// (<see cref="CataloguePlanOptions.AsOf"/> null) is the latest of its SKUs' ends: a job that plans a catalogue in
    /// parts passes that date to every part so that each plans as the whole would.
    /// </summary>
    /// <exception cref="ArgumentException">The series has no dates, is not daily or weekly, or runs past 9999-12-31.</exception>
    public static LocalDate SalesEnd(SeriesInput series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Start is not { } first)
        {
            throw new ArgumentException($"Series '{series.Id}' has no dates: replenishment needs series_id,date,y.", nameof(series));
        }

        return End(first, series.Length, (int)UnitOf(series, "sales", nameof(series)), nameof(series));
    }

    private static PeriodUnit UnitOf(SeriesInput series, string source, string paramName) => series.Period switch
    {
        52 => PeriodUnit.Week,
        7 => PeriodUnit.Day,
        _ => throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"{source}: series '{series.Id}' is not daily or weekly (seasonal period {series.Period}): replenishment plans in days or weeks; monthly periods are not supported."),
            paramName),
    };

    private static LocalDate End(LocalDate first, int periods, int len, string paramName) =>
        (long)periods * len <= Period.Between(first, LocalDate.MaxIsoValue, PeriodUnits.Days).Days
            ? first.PlusDays(periods * len)
            : throw new ArgumentException($"Sales that start {Iso(first)} run up to 9999-12-31, the last date a plan can use.", paramName);

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
