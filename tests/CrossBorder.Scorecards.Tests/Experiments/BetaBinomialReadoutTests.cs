using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Scorecards.Tests.Experiments;

public class BetaBinomialReadoutTests
{
    [Fact]
    public void One_trial_each_worked_by_hand()
    {
        // Uniform priors; A 0/1 → Beta(1, 2), density 2(1 − x); B 1/1 → Beta(2, 1), density 2y.
        // P(B > A) = ∫₀¹ 2y · (2y − y²) dy = 4/3 − 1/2 = 5/6.
        // E[max(A − B, 0)] = ∫₀¹ 2y · 2 ∫_y¹ (x − y)(1 − x) dx dy = 4 ∫₀¹ y (1 − y)³ / 6 dy = (2/3) · B(2, 4) = 1/30.
        // E[max(B − A, 0)] = E[B − A] + E[max(A − B, 0)] = (2/3 − 1/3) + 1/30 = 11/30.
        // Monte Carlo with 200,000 draws: standard error ≤ 0.5/√200,000 = 0.0011 for the probability; 0.005 is > 4 SE.
        var result = BetaBinomialReadout.Read(new(0, 1), new(1, 1));

        Assert.Equal(5d / 6d, result.ProbabilityBBeatsA, 0.005);
        Assert.Equal(1d / 30d, result.ExpectedLossChoosingB, 0.003);
        Assert.Equal(11d / 30d, result.ExpectedLossChoosingA, 0.005);
    }

    [Fact]
    public void P_B_beats_A_matches_the_closed_form_for_integer_parameters()
    {
        // A 20/100, B 30/100, uniform priors: Beta(21, 81) and Beta(31, 71). For integer α_B the closed form
        // P(B > A) = Σ_{i=0}^{α_B − 1} B(α_A + i, β_A + β_B) ÷ ((β_B + i) B(1 + i, β_B) B(α_A, β_A)) gives 0.947603
        // (summed in Python with log-gamma); 200,000 draws have a standard error of 0.0005.
        Assert.Equal(0.947603, BetaBinomialReadout.Read(new(20, 100), new(30, 100)).ProbabilityBBeatsA, 0.003);
    }

    [Fact]
    public void The_same_seed_gives_the_same_readout()
    {
        Assert.Equal(BetaBinomialReadout.Read(new(20, 100), new(25, 100), seed: 7), BetaBinomialReadout.Read(new(20, 100), new(25, 100), seed: 7));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("priorAlpha", Assert.Throws<ArgumentOutOfRangeException>(() => BetaBinomialReadout.Read(new(1, 10), new(1, 10), priorAlpha: 0d)).ParamName);
        Assert.Equal("priorBeta", Assert.Throws<ArgumentOutOfRangeException>(() => BetaBinomialReadout.Read(new(1, 10), new(1, 10), priorBeta: double.PositiveInfinity)).ParamName);
        Assert.Equal("draws", Assert.Throws<ArgumentOutOfRangeException>(() => BetaBinomialReadout.Read(new(1, 10), new(1, 10), draws: 10)).ParamName);
        Assert.Equal("a", Assert.Throws<ArgumentException>(() => BetaBinomialReadout.Read(default, new(1, 10))).ParamName);
    }

    [ScaledProperty(Cases = 40)]
    public Property The_two_probabilities_sum_to_1() =>
        Prop.ForAll(ExperimentGenerators.Samples(5_000), ExperimentGenerators.Samples(5_000), (a, b) =>
        {
            var r = BetaBinomialReadout.Read(a, b, draws: 5_000);
            return (Math.Abs(r.ProbabilityBBeatsA + r.ProbabilityABeatsB - 1d) < 1e-3 && r.ExpectedLossChoosingA >= 0d && r.ExpectedLossChoosingB >= 0d).Label($"{r}");
        });
}
