using MathNet.Numerics.Distributions;

namespace CrossBorder.Scorecards;

/// <summary>
/// Interim looks at an A/B test without the peeking penalty: the alpha spent by information fraction t (the smaller
/// arm's size ÷ the planned size per arm) follows Lan and DeMets' O'Brien–Fleming-type spending function
/// α(t) = 2 − 2Φ(z₁₋α/₂ ÷ √t), and each look tests its two-sided p-value against the alpha this look adds,
/// α(t) − α(t_previous). Using each increment as the look's own level is a Bonferroni split of the spent alpha: it keeps
/// the overall false-positive rate at or below alpha whatever the number and timing of looks, and is conservative (the
/// exact group-sequential boundaries, which use the correlation between looks, are a little lower). Early looks spend
/// almost nothing (at t = 0.5 with alpha 0.05, 0.0056), so the final look keeps most of alpha.
/// </summary>
public static class AlphaSpendingReadout
{
    /// <summary>The cumulative alpha spent by information fraction <paramref name="fraction"/> (0 at 0, alpha at 1 and beyond).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative or non-finite fraction, or alpha outside (0, 1).</exception>
    public static double Spent(double fraction, double alpha)
    {
        if (!(fraction >= 0d && double.IsFinite(fraction)))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "An information fraction is finite and 0 or more.");
        }

        Probability.Require(alpha, nameof(alpha));
        return fraction switch
        {
            0d => 0d,
            >= 1d => alpha,
            _ => 2d - (2d * Normal.CDF(0d, 1d, Normal.InvCDF(0d, 1d, 1d - (alpha / 2d)) / Math.Sqrt(fraction))),
        };
    }

    /// <summary>Reads one look.</summary>
    /// <param name="a">Arm A so far.</param>
    /// <param name="b">Arm B so far.</param>
    /// <param name="plannedPerArm">The planned size per arm (information fraction 1).</param>
    /// <param name="earlierLooks">The smaller arm's size at each earlier look, increasing; empty for the first look.</param>
    /// <param name="alpha">The overall two-sided alpha.</param>
    /// <param name="plannedShareOfB">B's planned share of assignments.</param>
    /// <param name="sampleRatioAlpha">The sample-ratio check's threshold.</param>
    /// <exception cref="ArgumentException">As for <see cref="FixedHorizonReadout.Read"/>; or earlier looks not positive, not increasing, not below this look's size, or one that already reached the planned size (the test is over).</exception>
    public static ExperimentReadout Read(ProportionSample a, ProportionSample b, long plannedPerArm, IReadOnlyList<long> earlierLooks, double alpha = 0.05, double plannedShareOfB = 0.5, double sampleRatioAlpha = 0.001)
    {
        ArgumentNullException.ThrowIfNull(earlierLooks);
        var ratio = ExperimentLook.Check(a, b, plannedPerArm, alpha, plannedShareOfB, sampleRatioAlpha);
        var fewest = Math.Min(a.Trials, b.Trials);
        var previous = 0L;
        foreach (var look in earlierLooks)
        {
            if (look <= previous || look >= fewest)
            {
                throw new ArgumentException($"Earlier looks must be positive, increasing and below this look's {fewest} per arm; got {look} after {previous}.", nameof(earlierLooks));
            }

            previous = look;
        }

        if (previous >= plannedPerArm)
        {
            throw new ArgumentException($"An earlier look at {previous} per arm already reached the planned {plannedPerArm}: the test is over and has no alpha left.", nameof(earlierLooks));
        }

        var fraction = (double)fewest / plannedPerArm;
        var nominal = Spent(fraction, alpha) - Spent((double)previous / plannedPerArm, alpha);
        return ExperimentLook.Judge(a, b, ratio, nominal, alpha, finalLook: fraction >= 1d);
    }
}
