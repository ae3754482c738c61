using System.Globalization;

namespace CrossBorder.Advertising;

/// <summary>
/// The ACoS a bid aims at and the ACoS at which ad sales stop paying for themselves. The target sets the rational bid;
/// the break-even sets the break-even CVR that the cut decision tests against.
/// </summary>
public sealed class AcosGoal
{
    /// <summary>Creates a goal.</summary>
    /// <param name="target">The target ACoS, above 0.</param>
    /// <param name="breakEven">The break-even ACoS (the pre-ad margin), from the target up to 100%.</param>
    /// <exception cref="ArgumentOutOfRangeException">The target is not positive, or the break-even is below the target or above 100%.</exception>
    public AcosGoal(Percentage target, Percentage breakEven)
    {
        if (target <= Percentage.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "A target ACoS is above 0: at 0 no bid is rational.");
        }

        if (breakEven < target || breakEven > Percentage.OneHundred)
        {
            throw new ArgumentOutOfRangeException(nameof(breakEven), breakEven, string.Create(CultureInfo.InvariantCulture, $"A break-even ACoS lies between the target ({target.Percent}%) and 100%: a target above break-even loses money on every ad sale (for a launch, give the launch ACoS as both)."));
        }

        Target = target;
        BreakEven = breakEven;
    }

    /// <summary>The goal of a unit: break-even from its economics, target leaving <paramref name="desiredMargin"/> after ads.</summary>
    /// <exception cref="ArgumentException">The margin leaves no room for ads (see <see cref="UnitProfit.TargetAcos"/>).</exception>
    public static AcosGoal FromUnitProfit(UnitProfit unit, Percentage desiredMargin)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(unit.TargetAcos(desiredMargin), unit.BreakEvenAcos);
    }

    /// <summary>
    /// A goal with only a target ACoS (no unit economics known, as with <c>--target-acos</c>): the break-even is taken as
    /// the target, so the cut rule tests the CVR against the target's, the stricter choice.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The target is not above 0 or is above 100%.</exception>
    public static AcosGoal TargetOnly(Percentage target) =>
        target <= Percentage.OneHundred ? new(target, target) : throw new ArgumentOutOfRangeException(nameof(target), target, "A target ACoS is at most 100%.");

    /// <summary>
    /// The goal of a minimum ROAS: target ACoS = 1 ÷ ROAS (a seller's "at least 1:3" read as sales of 3 per 1 of spend is
    /// ROAS 3, a 33.3% target; ad ROI, (profit − spend) ÷ spend, is a different number: see <see cref="AdMetrics.AdRoi"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The ROAS is not above 1 (a target ACoS of 100% or more), or the break-even is below the target.</exception>
    public static AcosGoal FromMinimumRoas(decimal roas, Percentage breakEven) =>
        roas > 1m
            ? new(Percentage.FromFraction(1m / roas), breakEven)
            : throw new ArgumentOutOfRangeException(nameof(roas), roas, "A minimum ROAS is above 1: at 1 every sale goes to ads.");

    /// <summary>The target ACoS.</summary>
    public Percentage Target { get; }

    /// <summary>The break-even ACoS.</summary>
    public Percentage BreakEven { get; }
}
