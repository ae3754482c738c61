using MathNet.Numerics.Distributions;

namespace CrossBorder.Scorecards;

/// <summary>A Bayesian readout of an A/B test on a conversion rate.</summary>
/// <param name="ProbabilityBBeatsA">P(p_B &gt; p_A) under the posteriors.</param>
/// <param name="ProbabilityABeatsB">P(p_A &gt; p_B).</param>
/// <param name="ExpectedLossChoosingB">E[max(p_A − p_B, 0)]: the conversion rate expected to be lost by shipping B.</param>
/// <param name="ExpectedLossChoosingA">E[max(p_B − p_A, 0)].</param>
/// <param name="Draws">The Monte Carlo draws.</param>
/// <param name="Seed">The seed that makes the readout reproducible.</param>
public sealed record BetaBinomialResult(double ProbabilityBBeatsA, double ProbabilityABeatsB, double ExpectedLossChoosingB, double ExpectedLossChoosingA, int Draws, int Seed);

/// <summary>
/// The beta-binomial readout: each arm's rate has a Beta(prior α + successes, prior β + failures) posterior; P(B &gt; A)
/// and the expected losses are estimated by Monte Carlo from seeded draws (standard error at most 0.5 ÷ √draws for the
/// probability). A Bayesian readout does not make peeking safe.
/// </summary>
public static class BetaBinomialReadout
{
    /// <summary>Reads the experiment out.</summary>
    /// <exception cref="ArgumentException">A default sample, a prior parameter not positive and finite, or fewer than 1,000 draws.</exception>
    public static BetaBinomialResult Read(ProportionSample a, ProportionSample b, double priorAlpha = 1d, double priorBeta = 1d, int draws = 200_000, int seed = 1)
    {
        a.EnsureValid(nameof(a));
        b.EnsureValid(nameof(b));
        RequirePositive(priorAlpha, nameof(priorAlpha));
        RequirePositive(priorBeta, nameof(priorBeta));
        ArgumentOutOfRangeException.ThrowIfLessThan(draws, 1000);
        var random = new Random(seed);
        var da = new Beta(priorAlpha + a.Successes, priorBeta + a.Trials - a.Successes, random);
        var db = new Beta(priorAlpha + b.Successes, priorBeta + b.Trials - b.Successes, random);
        long bWins = 0, aWins = 0;
        double lossB = 0d, lossA = 0d;
        for (var i = 0; i < draws; i++)
        {
            var x = da.Sample();
            var y = db.Sample();
            if (y > x)
            {
                bWins++;
                lossA += y - x;
            }
            else if (x > y)
            {
                aWins++;
                lossB += x - y;
            }
        }

        return new((double)bWins / draws, (double)aWins / draws, lossB / draws, lossA / draws, draws, seed);
    }

    private static void RequirePositive(double value, string parameter)
    {
        if (!(value > 0d && double.IsFinite(value)))
        {
            throw new ArgumentOutOfRangeException(parameter, value, "A prior parameter must be positive and finite.");
        }
    }
}
