namespace CrossBorder.Scorecards;

/// <summary>What a fixed-horizon readout may say.</summary>
public enum ExperimentVerdict
{
    /// <summary>An arm has not reached the planned sample size: reading the p-value now is peeking, which inflates false positives.</summary>
    NotYet,

    /// <summary>The planned size is reached and the sample ratio is off: the assignment is broken and no verdict is given.</summary>
    SampleRatioMismatch,

    /// <summary>The planned size is reached and B differs from A at the planned alpha.</summary>
    Significant,

    /// <summary>The planned size is reached and no difference was shown at the planned alpha.</summary>
    NotSignificant,
}

/// <summary>A fixed-horizon readout: the verdict, the test behind it (when one was read) and the reason.</summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="Test">The test's numbers, or null when the verdict is <see cref="ExperimentVerdict.NotYet"/> (not shown, so that nobody acts on them).</param>
/// <param name="SampleRatio">The sample-ratio check on the two arms (planned 50/50 unless told).</param>
/// <param name="Reason">The sentence with the numbers.</param>
public sealed record FixedHorizonResult(ExperimentVerdict Verdict, TwoProportionResult? Test, SampleRatioMismatchResult SampleRatio, string Reason);

/// <summary>
/// The guard against peeking at a fixed-horizon A/B test: no verdict before both arms reach the planned sample size
/// per arm (from <see cref="SampleSize.ForTwoProportions"/>); then the sample-ratio check, then the two-proportion test
/// at the planned alpha. Interim looks need an alpha-spending design (such as O'Brien–Fleming), which this readout does
/// not provide.
/// </summary>
public static class FixedHorizonReadout
{
    /// <summary>Reads the experiment out, or says "not yet".</summary>
    /// <exception cref="ArgumentException">A default sample, a planned size not positive, alpha outside (0, 1), or a planned share of B outside (0, 1).</exception>
    public static FixedHorizonResult Read(ProportionSample a, ProportionSample b, long plannedPerArm, double alpha = 0.05, double plannedShareOfB = 0.5, double sampleRatioAlpha = 0.001)
    {
        a.EnsureValid(nameof(a));
        b.EnsureValid(nameof(b));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plannedPerArm);
        Probability.Require(alpha, nameof(alpha));
        Probability.Require(plannedShareOfB, nameof(plannedShareOfB));
        var ratio = SampleRatioMismatch.Check([a.Trials, b.Trials], [1d - plannedShareOfB, plannedShareOfB], sampleRatioAlpha);
        var fewest = Math.Min(a.Trials, b.Trials);
        if (fewest < plannedPerArm)
        {
            return new(ExperimentVerdict.NotYet, null, ratio, FormattableString.Invariant($"not yet: {fewest} of the planned {plannedPerArm} per arm; a fixed-horizon test read before its planned size inflates false positives"));
        }

        if (ratio.IsMismatch)
        {
            return new(ExperimentVerdict.SampleRatioMismatch, null, ratio, FormattableString.Invariant($"sample ratio mismatch: {a.Trials} vs {b.Trials} against a planned {1d - plannedShareOfB:0.###}/{plannedShareOfB:0.###} split, chi-square {ratio.ChiSquare:0.###}, p = {ratio.PValue:G4} < {sampleRatioAlpha}"));
        }

        var test = TwoProportionTest.Run(a, b, 1d - alpha);
        var significant = test.IsSignificant(alpha);
        return new(
            significant ? ExperimentVerdict.Significant : ExperimentVerdict.NotSignificant,
            test,
            ratio,
            FormattableString.Invariant($"{(significant ? "significant" : "not significant")}: B − A = {test.Difference:0.#####} ({test.Lower:0.#####} to {test.Upper:0.#####}), z = {test.Z:0.###}, p = {test.PValue:G4} at alpha {alpha}"));
    }
}
