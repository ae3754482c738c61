using MathNet.Numerics.Distributions;

namespace CrossBorder.Scorecards;

/// <summary>A sample-ratio-mismatch check's result.</summary>
/// <param name="ChiSquare">Σ (observed − expected)² ÷ expected over the arms.</param>
/// <param name="DegreesOfFreedom">Arms − 1.</param>
/// <param name="PValue">P(χ² ≥ the statistic) under the planned split.</param>
/// <param name="Alpha">The threshold the p-value was compared with.</param>
public sealed record SampleRatioMismatchResult(double ChiSquare, int DegreesOfFreedom, double PValue, double Alpha)
{
    /// <summary>Whether the assignment counts contradict the planned split (p &lt; alpha): the experiment's readout is not to be trusted.</summary>
    public bool IsMismatch => PValue < Alpha;
}

/// <summary>
/// The sample-ratio-mismatch (SRM) check: a chi-square goodness-of-fit test of the arms' assignment counts against
/// the planned split. The default alpha 0.001 is the threshold the reference names (Fabijan et al., KDD 2019).
/// </summary>
public static class SampleRatioMismatch
{
    /// <summary>Checks the counts against the planned shares (any positive weights; they are normalised).</summary>
    /// <exception cref="ArgumentException">Fewer than two arms, lengths that differ, a negative count, no assignments at all, a share that is not positive and finite, or alpha outside (0, 1).</exception>
    public static SampleRatioMismatchResult Check(ReadOnlySpan<long> counts, ReadOnlySpan<double> plannedShares, double alpha = 0.001)
    {
        if (counts.Length < 2)
        {
            throw new ArgumentException("An experiment has at least two arms.", nameof(counts));
        }

        if (plannedShares.Length != counts.Length)
        {
            throw new ArgumentException($"{plannedShares.Length} planned shares for {counts.Length} arms.", nameof(plannedShares));
        }

        Probability.Require(alpha, nameof(alpha));
        double total = 0d, shares = 0d;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(counts), counts[i], $"Arm {i} has a negative count.");
            }

            if (!(plannedShares[i] > 0d && double.IsFinite(plannedShares[i])))
            {
                throw new ArgumentOutOfRangeException(nameof(plannedShares), plannedShares[i], $"Arm {i}'s planned share must be positive and finite.");
            }

            total += counts[i];
            shares += plannedShares[i];
        }

        if (total == 0d)
        {
            throw new ArgumentException("No assignments to check.", nameof(counts));
        }

        var chi = 0d;
        for (var i = 0; i < counts.Length; i++)
        {
            var expected = total * plannedShares[i] / shares;
            chi += (counts[i] - expected) * (counts[i] - expected) / expected;
        }

        var df = counts.Length - 1;
        return new(chi, df, 1d - ChiSquared.CDF(df, chi), alpha);
    }
}
