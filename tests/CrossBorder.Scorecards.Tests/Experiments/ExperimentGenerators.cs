using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Scorecards.Tests.Experiments;

/// <summary>Bounded generators shared by the experiment properties.</summary>
internal static class ExperimentGenerators
{
    /// <summary>Samples of 1 to <paramref name="maxTrials"/> trials with 0 to all successes.</summary>
    internal static Arbitrary<ProportionSample> Samples(int maxTrials) =>
        (from trials in Gen.Choose(1, maxTrials)
         from successes in Gen.Choose(0, trials)
         select new ProportionSample(successes, trials)).ToArbitrary();
}
