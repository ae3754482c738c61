namespace CrossBorder.Scorecards;

/// <summary>What a readout may say.</summary>
public enum ExperimentVerdict
{
    /// <summary>An arm has not reached the planned sample size: reading the p-value now is peeking, which inflates false positives.</summary>
    NotYet,

    /// <summary>The sample ratio is off: the assignment is broken and no verdict is given.</summary>
    SampleRatioMismatch,

    /// <summary>B differs from A at the level the look may spend.</summary>
    Significant,

    /// <summary>The planned size is reached and no difference was shown.</summary>
    NotSignificant,

    /// <summary>An interim look of an alpha-spending design found no difference at its level: keep the test running to the planned size.</summary>
    Continue,
}

/// <summary>A readout: the verdict, the test behind it (when one was read), the level it was read at and the reason.</summary>
/// <param name="Verdict">The verdict.</param>
/// <param name="Test">The test's numbers, or null when no test was read (not shown, so that nobody acts on them).</param>
/// <param name="SampleRatio">The sample-ratio check on the two arms.</param>
/// <param name="NominalAlpha">The level the two-sided p-value was compared with: the planned alpha at a fixed horizon, the look's share of the spent alpha in a sequential design; 0 when no test was read.</param>
/// <param name="Reason">The sentence with the numbers.</param>
public sealed record ExperimentReadout(ExperimentVerdict Verdict, TwoProportionResult? Test, SampleRatioMismatchResult SampleRatio, double NominalAlpha, string Reason);

/// <summary>
/// The guard against peeking at a fixed-horizon A/B test: no verdict before both arms reach the planned sample size
/// per arm (from <see cref="SampleSize.ForTwoProportions"/>); then the sample-ratio check, then the two-proportion test
/// at the planned alpha. Interim looks need an alpha-spending design: <see cref="AlphaSpendingReadout"/>.
/// </summary>
public static class FixedHorizonReadout
{
    /// <summary>Reads the experiment out, or says "not yet".</summary>
    /// <exception cref="ArgumentException">A default sample, a planned size not positive, alpha outside (0, 1), or a planned share of B outside (0, 1).</exception>
    public static ExperimentReadout Read(ProportionSample a, ProportionSample b, long plannedPerArm, double alpha = 0.05, double plannedShareOfB = 0.5, double sampleRatioAlpha = 0.001)
    {
        var ratio = ExperimentLook.Check(a, b, plannedPerArm, alpha, plannedShareOfB, sampleRatioAlpha);
        var fewest = Math.Min(a.Trials, b.Trials);
        return fewest < plannedPerArm
            ? new(ExperimentVerdict.NotYet, null, ratio, 0d, FormattableString.Invariant($"not yet: {fewest} of the planned {plannedPerArm} per arm; a fixed-horizon test read before its planned size inflates false positives"))
            : ExperimentLook.Judge(a, b, ratio, alpha, alpha, finalLook: true);
    }
}

/// <summary>The checks and the judgement shared by the readouts.</summary>
internal static class ExperimentLook
{
    /// <summary>Validates the arguments and runs the sample-ratio check.</summary>
    internal static SampleRatioMismatchResult Check(ProportionSample a, ProportionSample b, long plannedPerArm, double alpha, double plannedShareOfB, double sampleRatioAlpha)
    {
        a.EnsureValid(nameof(a));
        b.EnsureValid(nameof(b));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(plannedPerArm);
        Probability.Require(alpha, nameof(alpha));
        Probability.Require(plannedShareOfB, nameof(plannedShareOfB));
        return SampleRatioMismatch.Check([a.Trials, b.Trials], [1d - plannedShareOfB, plannedShareOfB], sampleRatioAlpha);
    }

    /// <summary>Withholds the verdict on a sample-ratio mismatch, else tests at <paramref name="nominal"/>, with the interval at 1 − <paramref name="alpha"/>.</summary>
    internal static ExperimentReadout Judge(ProportionSample a, ProportionSample b, SampleRatioMismatchResult ratio, double nominal, double alpha, bool finalLook)
    {
        if (ratio.IsMismatch)
        {
            return new(ExperimentVerdict.SampleRatioMismatch, null, ratio, 0d, FormattableString.Invariant($"sample ratio mismatch: {a.Trials} vs {b.Trials}, chi-square {ratio.ChiSquare:0.###}, p = {ratio.PValue:G4} < {ratio.Alpha}"));
        }

        var test = TwoProportionTest.Run(a, b, 1d - alpha);
        var significant = test.PValue < nominal;
        var verdict = significant ? ExperimentVerdict.Significant : finalLook ? ExperimentVerdict.NotSignificant : ExperimentVerdict.Continue;
        var words = verdict switch
        {
            ExperimentVerdict.Significant => "significant",
            ExperimentVerdict.NotSignificant => "not significant",
            _ => "continue",
        };
        return new(verdict, test, ratio, nominal, FormattableString.Invariant($"{words}: B − A = {test.Difference:0.#####} ({test.Lower:0.#####} to {test.Upper:0.#####}), z = {test.Z:0.###}, p = {test.PValue:G4} against {nominal:G4}"));
    }
}
