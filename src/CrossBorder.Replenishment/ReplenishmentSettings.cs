using System.Globalization;

namespace CrossBorder.Replenishment;

/// <summary>
/// Policy defaults for <see cref="ReplenishmentPlanner"/>: the service target, the review period, how orders are rounded
/// to cases, and the alert thresholds. Immutable; <see cref="ReplenishmentOptions"/> maps to it in DI.
/// </summary>
public sealed class ReplenishmentSettings
{
    /// <summary>Creates settings.</summary>
    /// <param name="target">The service target.</param>
    /// <param name="reviewPeriodDays">Days between reviews (7 for a weekly shipping cycle), at least 1.</param>
    /// <param name="rounding">How orders are rounded to case packs when a SKU has no constraints of its own.</param>
    /// <param name="noSaleWeeks">Alert when nothing sold for this many weeks, at least 1.</param>
    /// <param name="excessCoverWeeks">Alert when stock covers more than this many weeks, at least 1.</param>
    /// <exception cref="ArgumentException">A default target.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count below 1 or an unknown rounding.</exception>
    public ReplenishmentSettings(ServiceTarget target, int reviewPeriodDays = 7, PackRounding rounding = PackRounding.Up, int noSaleWeeks = 12, int excessCoverWeeks = 26)
    {
        target.EnsureValid(nameof(target));
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewPeriodDays, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(noSaleWeeks, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(excessCoverWeeks, 1);
        if (!Enum.IsDefined(rounding))
        {
            throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "Unknown rounding.");
        }

        Target = target;
        ReviewPeriodDays = reviewPeriodDays;
        Rounding = rounding;
        NoSaleWeeks = noSaleWeeks;
        ExcessCoverWeeks = excessCoverWeeks;
    }

    /// <summary>The defaults: 95% cycle service level, weekly review, round up to cases, alerts after 12 weeks without sales or 26 weeks of cover.</summary>
    public static ReplenishmentSettings Default { get; } = new(ServiceTarget.CycleServiceLevel(0.95));

    /// <summary>The service target.</summary>
    public ServiceTarget Target { get; }

    /// <summary>Days between reviews.</summary>
    public int ReviewPeriodDays { get; }

    /// <summary>Rounding to case packs for SKUs without their own constraints.</summary>
    public PackRounding Rounding { get; }

    /// <summary>Weeks without a sale before a slow-mover alert.</summary>
    public int NoSaleWeeks { get; }

    /// <summary>Weeks of cover beyond which stock is flagged as excess.</summary>
    public int ExcessCoverWeeks { get; }

    /// <summary>The review period in periods of <paramref name="unit"/>.</summary>
    /// <exception cref="ArgumentException">The review period is not a whole number of periods (10 days in weeks).</exception>
    public int ReviewPeriods(PeriodUnit unit)
    {
        Guard.Unit(unit, nameof(unit));
        var days = (int)unit;
        if (ReviewPeriodDays % days != 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Inconsistent units: a review period of {ReviewPeriodDays} days is not a whole number of {unit}s."), nameof(unit));
        }

        return ReviewPeriodDays / days;
    }
}
