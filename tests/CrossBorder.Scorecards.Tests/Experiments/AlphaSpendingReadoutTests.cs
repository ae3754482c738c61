using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Scorecards.Tests.Experiments;

public class AlphaSpendingReadoutTests
{
    [Fact]
    public void The_spending_function_worked_by_hand()
    {
        // α(t) = 2 − 2Φ(1.959964 / √t): t = 0.5 → 2 − 2Φ(2.771808) = 0.0055746; t = 0.25 → 2 − 2Φ(3.919928) = 8.8575e-5
        // (Φ from Python's statistics.NormalDist); all of alpha at t = 1, none at 0.
        Assert.Equal(0.0055746, AlphaSpendingReadout.Spent(0.5, 0.05), 7);
        Assert.Equal(8.8575e-5, AlphaSpendingReadout.Spent(0.25, 0.05), 9);
        Assert.Equal(0.05, AlphaSpendingReadout.Spent(1d, 0.05));
        Assert.Equal(0.05, AlphaSpendingReadout.Spent(1.2, 0.05));
        Assert.Equal(0d, AlphaSpendingReadout.Spent(0d, 0.05));
    }

    [Fact]
    public void A_strong_effect_at_half_the_planned_size_stops_early()
    {
        // 100/5,000 vs 150/5,000 with 10,000 planned per arm (t = 0.5): pooled p = 0.025, SE = √(0.025 × 0.975 × 2/5,000)
        // = 0.0031225, z = 0.01 / 0.0031225 = 3.2026, p = 0.00136 < 0.0055746 spent by t = 0.5.
        var result = AlphaSpendingReadout.Read(new(100, 5_000), new(150, 5_000), 10_000, []);

        Assert.Equal(ExperimentVerdict.Significant, result.Verdict);
        Assert.Equal(0.0055746, result.NominalAlpha, 7);
    }

    [Fact]
    public void A_fixed_horizon_p_of_0_017_at_half_the_size_means_continue()
    {
        // 200/10,000 vs 250/10,000 has p = 0.0171 (TwoProportionTestTests): significant at 0.05, but not at the 0.0056
        // that a look at t = 0.5 may spend.
        var result = AlphaSpendingReadout.Read(new(200, 10_000), new(250, 10_000), 20_000, []);

        Assert.Equal(ExperimentVerdict.Continue, result.Verdict);
    }

    [Fact]
    public void The_final_look_spends_what_the_interim_looks_left()
    {
        // After a look at t = 0.5 the final look may spend 0.05 − 0.0055746 = 0.0444254; p = 0.0171 is below it.
        // With alpha 0.01 the final look may spend less than 0.01, and p = 0.0171 is above it.
        var result = AlphaSpendingReadout.Read(new(200, 10_000), new(250, 10_000), 10_000, [5_000]);

        Assert.Equal(ExperimentVerdict.Significant, result.Verdict);
        Assert.Equal(0.0444254, result.NominalAlpha, 7);
        Assert.Equal(ExperimentVerdict.NotSignificant, AlphaSpendingReadout.Read(new(200, 10_000), new(250, 10_000), 10_000, [5_000], alpha: 0.01).Verdict);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("earlierLooks", Assert.Throws<ArgumentException>(() => AlphaSpendingReadout.Read(new(1, 100), new(1, 100), 200, [50, 40])).ParamName);
        Assert.Equal("earlierLooks", Assert.Throws<ArgumentException>(() => AlphaSpendingReadout.Read(new(1, 100), new(1, 100), 200, [100])).ParamName);
        Assert.Equal("earlierLooks", Assert.Throws<ArgumentException>(() => AlphaSpendingReadout.Read(new(1, 300), new(1, 300), 200, [250])).ParamName);
        Assert.Equal("fraction", Assert.Throws<ArgumentOutOfRangeException>(() => AlphaSpendingReadout.Spent(-0.1, 0.05)).ParamName);
        Assert.Equal("alpha", Assert.Throws<ArgumentOutOfRangeException>(() => AlphaSpendingReadout.Spent(0.5, 0d)).ParamName);
    }

    [ScaledProperty(Cases = 300)]
    public Property Looks_never_spend_more_than_alpha_in_total() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(1, 999)).ToArbitrary(), Gen.Elements(0.01, 0.05, 0.1).ToArbitrary(), (raw, alpha) =>
        {
            var fractions = raw.Distinct().Order().Select(f => f / 1000d).Append(1d).ToArray();
            var total = 0d;
            var previous = 0d;
            foreach (var f in fractions)
            {
                var step = AlphaSpendingReadout.Spent(f, alpha) - AlphaSpendingReadout.Spent(previous, alpha);
                if (step < 0d)
                {
                    return false.Label($"negative step at {f}");
                }

                total += step;
                previous = f;
            }

            return (Math.Abs(total - alpha) < 1e-12).Label($"{total}");
        });
}
