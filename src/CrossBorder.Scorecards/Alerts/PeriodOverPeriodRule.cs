namespace CrossBorder.Scorecards;

/// <summary>
/// A period-over-period rule: the relative change of a point against the point <see cref="LagDays"/> days earlier (7:
/// the same weekday last week, or last week for a weekly series; 364: the same weekday 52 weeks ago, or the same week
/// last year), breached when the change reaches <see cref="ThresholdPercent"/> in a bad direction and the base is at
/// least <see cref="BaseFloor"/> (a base of 0 or less is never judged: a relative change needs a positive base); it fires only when <see cref="ConfirmationPeriods"/> consecutive points of the series
/// breach in the same direction (the seeds' "weekly actives down 15% → diagnose" is
/// <c>SameWeekdayLastWeek(15, floor, 1)</c> on a weekly series of a higher-is-better metric).
/// </summary>
public sealed class PeriodOverPeriodRule
{
    /// <summary>Creates a rule.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A lag or confirmation not positive, a threshold not positive, or a floor negative or not finite.</exception>
    public PeriodOverPeriodRule(int lagDays, decimal thresholdPercent, double baseFloor, int confirmationPeriods = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lagDays);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(thresholdPercent);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(confirmationPeriods);
        if (!(baseFloor >= 0d && double.IsFinite(baseFloor)))
        {
            throw new ArgumentOutOfRangeException(nameof(baseFloor), baseFloor, "The floor on the base is a finite amount, 0 or more.");
        }

        LagDays = lagDays;
        ThresholdPercent = thresholdPercent;
        BaseFloor = baseFloor;
        ConfirmationPeriods = confirmationPeriods;
    }

    /// <summary>Against the same weekday last week (or last week, for a weekly series).</summary>
    public static PeriodOverPeriodRule SameWeekdayLastWeek(decimal thresholdPercent, double baseFloor, int confirmationPeriods = 1) => new(7, thresholdPercent, baseFloor, confirmationPeriods);

    /// <summary>Against the same weekday 52 weeks earlier (364 days, so weekdays line up), or the same week last year.</summary>
    public static PeriodOverPeriodRule SamePeriodLastYear(decimal thresholdPercent, double baseFloor, int confirmationPeriods = 1) => new(364, thresholdPercent, baseFloor, confirmationPeriods);

    /// <summary>Days between a point and its base.</summary>
    public int LagDays { get; }

    /// <summary>The relative change, in percent of the base, that breaches.</summary>
    public decimal ThresholdPercent { get; }

    /// <summary>The smallest base judged: below it a change is noise (a move from 2 to 1 is −50%).</summary>
    public double BaseFloor { get; }

    /// <summary>How many consecutive points must breach, in the same direction, for the rule to fire.</summary>
    public int ConfirmationPeriods { get; }
}
