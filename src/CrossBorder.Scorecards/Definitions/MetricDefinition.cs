using System.Globalization;
using NodaTime;

namespace CrossBorder.Scorecards;

/// <summary>The unit of a metric's value, for display (a percent is stored as a fraction: 0.01 is 1%).</summary>
public enum MetricUnit
{
    /// <summary>A plain number (JSON <c>number</c>).</summary>
    Number,

    /// <summary>A fraction shown as a percentage (JSON <c>percent</c>).</summary>
    Percent,

    /// <summary>An amount of money in the seller's reporting currency (JSON <c>currency</c>).</summary>
    Currency,

    /// <summary>A count (JSON <c>count</c>).</summary>
    Count,
}

/// <summary>How a metric with a plain value (no numerator and denominator) is summarised over its window.</summary>
public enum ValueAggregation
{
    /// <summary>The sum of the days' values (JSON <c>sum</c>): GMV, orders.</summary>
    Sum,

    /// <summary>The mean of the days that have a value (JSON <c>mean</c>): a rating.</summary>
    Mean,

    /// <summary>The last day's value in the window (JSON <c>last</c>): a stock level, an account health rating.</summary>
    Last,
}

/// <summary>How a metric's value becomes a score 0–100.</summary>
public enum Normalisation
{
    /// <summary>Piecewise-linear through the threshold bands: red 0, amber 50, green 100 (JSON <c>target</c>).</summary>
    TargetBased,

    /// <summary>Against the other entities of the same run: worst 0, best 100 (JSON <c>min-max</c>).</summary>
    MinMax,

    /// <summary>Against the entity's own previous windows: the standard normal CDF of the z-score, times 100 (JSON <c>z-score</c>).</summary>
    ZScore,
}

/// <summary>How the metrics' scores combine into the card's score.</summary>
public enum ScoreAggregation
{
    /// <summary>The weighted arithmetic mean (JSON <c>arithmetic</c>): a strong metric makes up for a weak one.</summary>
    Arithmetic,

    /// <summary>The weighted geometric mean (JSON <c>geometric</c>): one weak metric pulls the card down; a score of 0 makes it 0.</summary>
    Geometric,
}

/// <summary>
/// The breakpoints of a metric's status and target-based score on one side: at or beyond <see cref="Green"/> the metric
/// is green (score 100), at <see cref="Amber"/> amber (score 50), at or beyond <see cref="Red"/> red (score 0), linear in
/// between. For a higher-is-better side Red &lt; Amber &lt; Green; for a lower-is-better side Red &gt; Amber &gt; Green.
/// </summary>
public sealed class ThresholdBands
{
    /// <summary>Creates bands; their order is checked against the metric's direction by <see cref="MetricDefinition"/>.</summary>
    public ThresholdBands(decimal red, decimal amber, decimal green)
    {
        Red = red;
        Amber = amber;
        Green = green;
    }

    /// <summary>The value at which the score reaches 0.</summary>
    public decimal Red { get; }

    /// <summary>The value that scores 50; from here on towards green the metric is amber.</summary>
    public decimal Amber { get; }

    /// <summary>The value that scores 100 and is green.</summary>
    public decimal Green { get; }
}

/// <summary>
/// A limit that must not be crossed (a marketplace's account-health threshold): a breach makes the metric and the
/// whole card red whatever the composite score. With a count guard, the rate breaches only when the count behind it
/// (the numerator summed over the window) is also above <see cref="MaxCount"/> (eBay's rate-and-count rule).
/// </summary>
public sealed class HardLimit
{
    /// <summary>Creates a limit.</summary>
    /// <param name="value">The limit, in the metric's unit (0.01 for 1%).</param>
    /// <param name="valueAllowed">Whether the limit itself is within it (≤ 2% allows 2%; &lt; 1% does not allow 1%).</param>
    /// <param name="maxCount">The count guard, or null for none.</param>
    /// <param name="source">Where the limit is published.</param>
    public HardLimit(decimal value, bool valueAllowed, decimal? maxCount = null, string? source = null)
    {
        if (maxCount is < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(maxCount), maxCount, "A count guard is not negative.");
        }

        Value = value;
        ValueAllowed = valueAllowed;
        MaxCount = maxCount;
        Source = source;
    }

    /// <summary>The limit.</summary>
    public decimal Value { get; }

    /// <summary>Whether a value equal to the limit is within it.</summary>
    public bool ValueAllowed { get; }

    /// <summary>The count at or below which a rate beyond the limit is not a breach, or null.</summary>
    public decimal? MaxCount { get; }

    /// <summary>Where the limit is published, or null.</summary>
    public string? Source { get; }

    /// <summary>Whether <paramref name="value"/> (with <paramref name="count"/> behind it) breaches the limit in the metric's <paramref name="direction"/>.</summary>
    public bool IsBreachedBy(decimal value, decimal? count, Direction direction)
    {
        var beyond = direction == Direction.HigherIsBetter
            ? value < Value || (!ValueAllowed && value == Value)
            : value > Value || (!ValueAllowed && value == Value);
        return beyond && (MaxCount is not { } max || count is not { } c || c > max);
    }
}

/// <summary>
/// A target for a period (a month, a quarter): the metric is aggregated from the period's start to the window's end
/// and its thresholds apply to value ÷ target. Pro-rated, the target is scaled by the share of the period's days
/// elapsed (a month-to-date target on day 10 of 30 is a third of the month's).
/// </summary>
public sealed class PeriodTarget
{
    /// <summary>Creates a target.</summary>
    public PeriodTarget(LocalDate from, LocalDate to, decimal target, bool proRate)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "A target's period ends on or after its start.");
        }

        if (target <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "A target is above 0.");
        }

        From = from;
        To = to;
        Target = target;
        ProRate = proRate;
    }

    /// <summary>The period's first day.</summary>
    public LocalDate From { get; }

    /// <summary>The period's last day.</summary>
    public LocalDate To { get; }

    /// <summary>The target for the whole period.</summary>
    public decimal Target { get; }

    /// <summary>Whether the target is pro-rated by day.</summary>
    public bool ProRate { get; }

    /// <summary>The target in effect through <paramref name="date"/>: pro-rated by the days elapsed when <see cref="ProRate"/>.</summary>
    public decimal TargetThrough(LocalDate date)
    {
        if (date < From || date > To)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date is outside the target's period.");
        }

        if (!ProRate)
        {
            return Target;
        }

        var elapsed = Period.Between(From, date, PeriodUnits.Days).Days + 1;
        var days = Period.Between(From, To, PeriodUnits.Days).Days + 1;
        return Target * elapsed / days;
    }
}

/// <summary>
/// A metric of a scorecard as data: its role, formula (a numerator over a denominator, or a plain value), unit,
/// direction, window and maturity lag, minimum denominator, weight, threshold bands, optional hard limit or
/// marketplace health rule, and optional targets by period.
/// </summary>
public sealed class MetricDefinition
{
    /// <summary>Creates a definition; throws an <see cref="ArgumentException"/> naming the parameter when it does not hold together.</summary>
    /// <param name="id">The id the values CSV uses.</param>
    /// <param name="name">The display name.</param>
    /// <param name="role">Its role.</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="thresholds">The bands (for in-range metrics, the lower side: red &lt; amber &lt; green).</param>
    /// <param name="unit">The unit.</param>
    /// <param name="numerator">What the numerator counts (defective orders), or null for a plain value.</param>
    /// <param name="denominator">What the denominator counts (orders); given with the numerator.</param>
    /// <param name="valueAggregation">How plain values are summarised over the window.</param>
    /// <param name="windowDays">The window's length in days (1 or more).</param>
    /// <param name="maturityLagDays">Days before the card's date whose values are still arriving, left out (0 or more).</param>
    /// <param name="minimumDenominator">The summed denominator below which the metric is missing (insufficient data).</param>
    /// <param name="weight">Its weight in the composite (0 for a gate that does not score).</param>
    /// <param name="normalisation">How the value becomes a score.</param>
    /// <param name="upperThresholds">For in-range metrics, the upper side: green &lt; amber &lt; red.</param>
    /// <param name="hardLimit">A limit whose breach makes the card red, or null.</param>
    /// <param name="healthRules">Marketplace health thresholds (<see cref="MarketplaceThresholds"/> ids) by entity, <c>*</c> for any other entity: the limit in effect on the card's date applies as the hard limit.</param>
    /// <param name="targets">Targets by period; when given, the thresholds apply to value ÷ target.</param>
    /// <param name="historyWindows">For z-score normalisation, the number of previous windows compared with (3 or more).</param>
    public MetricDefinition(
        string id,
        string name,
        MetricRole role,
        Direction direction,
        ThresholdBands thresholds,
        MetricUnit unit = MetricUnit.Number,
        string? numerator = null,
        string? denominator = null,
        ValueAggregation valueAggregation = ValueAggregation.Sum,
        int windowDays = 1,
        int maturityLagDays = 0,
        decimal minimumDenominator = 0m,
        decimal weight = 1m,
        Normalisation normalisation = Normalisation.TargetBased,
        ThresholdBands? upperThresholds = null,
        HardLimit? hardLimit = null,
        IReadOnlyDictionary<string, string>? healthRules = null,
        IReadOnlyList<PeriodTarget>? targets = null,
        int historyWindows = 8)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(thresholds);
        Require(Enum.IsDefined(role), nameof(role), "is north-star, input or guardrail.");
        Require(Enum.IsDefined(direction), nameof(direction), "is higher, lower or in-range.");
        Require(Enum.IsDefined(unit), nameof(unit), "is number, percent, currency or count.");
        Require(Enum.IsDefined(valueAggregation), nameof(valueAggregation), "is sum, mean or last.");
        Require(Enum.IsDefined(normalisation), nameof(normalisation), "is target, min-max or z-score.");
        Require(numerator is null == denominator is null, nameof(denominator), "is given together with the numerator (a ratio) or neither (a plain value).");
        Require(numerator is null || !string.IsNullOrWhiteSpace(numerator), nameof(numerator), "is not blank.");
        Require(denominator is null || !string.IsNullOrWhiteSpace(denominator), nameof(denominator), "is not blank.");
        Require(windowDays is >= 1 and <= 3660, nameof(windowDays), $"{windowDays.ToString(CultureInfo.InvariantCulture)} is not 1 to 3660 days.");
        Require(maturityLagDays is >= 0 and <= 366, nameof(maturityLagDays), $"{maturityLagDays.ToString(CultureInfo.InvariantCulture)} is not 0 to 366 days.");
        Require(minimumDenominator >= 0m, nameof(minimumDenominator), "is not negative.");
        Require(weight >= 0m, nameof(weight), "is not negative.");
        Require(historyWindows is >= 3 and <= 520, nameof(historyWindows), "is 3 to 520 windows.");
        Require(normalisation == Normalisation.TargetBased || direction != Direction.InRange, nameof(normalisation), "min-max and z-score need a direction higher or lower, not in-range.");
        Require(minimumDenominator == 0m || numerator is not null, nameof(minimumDenominator), "applies to a ratio (numerator and denominator) only.");

        var increasing = direction == Direction.HigherIsBetter || direction == Direction.InRange;
        Require(Ordered(thresholds, increasing), nameof(thresholds),
            increasing ? "must rise from red to amber to green (red < amber < green)." : "must fall from red to amber to green (red > amber > green).");
        if (direction == Direction.InRange)
        {
            Require(upperThresholds is not null, nameof(upperThresholds), "is required for an in-range metric.");
            Require(Ordered(upperThresholds!, false), nameof(upperThresholds), "must fall from red to amber to green (red > amber > green).");
            Require(upperThresholds!.Green >= thresholds.Green, nameof(upperThresholds), "starts at or above the lower side's green.");
            Require(hardLimit is null && healthRules is not { Count: > 0 }, nameof(hardLimit), "is for a higher- or lower-is-better metric.");
        }
        else
        {
            Require(upperThresholds is null, nameof(upperThresholds), "is for an in-range metric only.");
        }

        Require(normalisation == Normalisation.TargetBased || targets is not { Count: > 0 }, nameof(targets), "apply to target-based normalisation only.");
        var rules = new Dictionary<string, string>(healthRules ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        Require(hardLimit is null || rules.Count == 0, nameof(healthRules), "are given instead of a hard limit, not with one.");
        foreach (var (entity, rule) in rules)
        {
            Require(!string.IsNullOrWhiteSpace(entity), nameof(healthRules), "name an entity or *.");
            Require(rule is not null && MarketplaceThresholds.IsKnown(rule), nameof(healthRules), $"'{rule}' is not one of {string.Join(", ", MarketplaceThresholds.RuleIds)}.");
            Require(MarketplaceThresholds.All.First(t => t.Id == rule).Direction == direction, nameof(healthRules), $"'{rule}' is for a metric whose direction differs.");
        }

        var targetList = targets?.ToArray() ?? [];
        Require(targetList.All(t => t is not null), nameof(targets), "holds no null.");
        var ordered = targetList.OrderBy(t => t.From).ToArray();
        for (var i = 1; i < ordered.Length; i++)
        {
            Require(ordered[i].From > ordered[i - 1].To, nameof(targets), "periods must not overlap.");
        }

        Id = id;
        Name = name;
        Role = role;
        Direction = direction;
        Thresholds = thresholds;
        Unit = unit;
        Numerator = numerator;
        Denominator = denominator;
        ValueAggregation = valueAggregation;
        WindowDays = windowDays;
        MaturityLagDays = maturityLagDays;
        MinimumDenominator = minimumDenominator;
        Weight = weight;
        Normalisation = normalisation;
        UpperThresholds = upperThresholds;
        HardLimit = hardLimit;
        HealthRules = rules;
        Targets = ordered;
        HistoryWindows = historyWindows;
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The display name.</summary>
    public string Name { get; }

    /// <summary>The role.</summary>
    public MetricRole Role { get; }

    /// <summary>Which way is better.</summary>
    public Direction Direction { get; }

    /// <summary>The bands (for in-range metrics, the lower side).</summary>
    public ThresholdBands Thresholds { get; }

    /// <summary>The unit.</summary>
    public MetricUnit Unit { get; }

    /// <summary>What the numerator counts, or null for a plain value.</summary>
    public string? Numerator { get; }

    /// <summary>What the denominator counts, or null for a plain value.</summary>
    public string? Denominator { get; }

    /// <summary>Whether the metric is a ratio of summed numerators and denominators.</summary>
    public bool IsRatio => Numerator is not null;

    /// <summary>How plain values are summarised over the window.</summary>
    public ValueAggregation ValueAggregation { get; }

    /// <summary>The window's length in days.</summary>
    public int WindowDays { get; }

    /// <summary>The maturity lag in days.</summary>
    public int MaturityLagDays { get; }

    /// <summary>The minimum summed denominator.</summary>
    public decimal MinimumDenominator { get; }

    /// <summary>The weight before renormalisation.</summary>
    public decimal Weight { get; }

    /// <summary>The normalisation.</summary>
    public Normalisation Normalisation { get; }

    /// <summary>For in-range metrics, the upper side's bands; otherwise null.</summary>
    public ThresholdBands? UpperThresholds { get; }

    /// <summary>The hard limit, or null.</summary>
    public HardLimit? HardLimit { get; }

    /// <summary>The marketplace health thresholds' ids by entity (<c>*</c> for any other); empty when none.</summary>
    public IReadOnlyDictionary<string, string> HealthRules { get; }

    /// <summary>The health rule for <paramref name="entity"/>: its own, else the <c>*</c> one, else null.</summary>
    public string? HealthRuleFor(string entity) =>
        HealthRules.TryGetValue(entity, out var rule) || HealthRules.TryGetValue("*", out rule) ? rule : null;

    /// <summary>The targets by period, in date order.</summary>
    public IReadOnlyList<PeriodTarget> Targets { get; }

    /// <summary>For z-score normalisation, the previous windows compared with.</summary>
    public int HistoryWindows { get; }

    private static bool Ordered(ThresholdBands b, bool increasing) =>
        increasing ? b.Red < b.Amber && b.Amber < b.Green : b.Red > b.Amber && b.Amber > b.Green;

    private static void Require(bool condition, string parameter, string message)
    {
        if (!condition)
        {
            throw new ArgumentException($"{parameter} {message}", parameter);
        }
    }
}
