using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Forecasting.Tests.Ets;

/// <summary>A non-seasonal form, a series (positive or not) and four points at which to evaluate its criterion.</summary>
public sealed record FourPoints(string Form, double[] Y, double[][] Points)
{
    public override string ToString() =>
        $"{Form}, n {Y.Length}, y0 {Y[0]:R}, points [{string.Join("; ", Points.Select(p => string.Join(", ", p.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))))}]";
}

/// <summary>
/// Bounded generators: forms ANN…MAdN; 6–200 values from a seeded random walk, shifted below zero for some; points
/// with smoothing parameters inside and outside the bounds (so some are infeasible) and levels from 0 and 1e-310 to
/// 1e300, so that the product behind Σ log|ŷ| leaves the normal range in some lanes.
/// </summary>
public static class EtsFourLaneArbitraries
{
    private static readonly string[] Forms = ["ANN", "AAN", "AAdN", "MNN", "MAN", "MAdN"];

    public static Arbitrary<FourPoints> FourPoints()
    {
        var parameter = Gen.Frequency((4, Gen.Choose(1, 9999).Select(i => i / 10000.0)), (1, Gen.Choose(-500, 15000).Select(i => i / 10000.0)));
        var level = Gen.Frequency(
            (6, Gen.Choose(1, 400).Select(i => (double)i)),
            (1, Gen.Elements(0.0, 1e-310, 1e300, -50.0)));
        return Arb.From(
            from form in Gen.Elements(Forms)
            from n in Gen.Choose(6, 200)
            from seed in Gen.Choose(0, 100000)
            from shift in Gen.Frequency((4, Gen.Constant(0.0)), (1, Gen.Constant(-150.0)))
            from points in (from a in parameter
                            from b in parameter
                            from phi in Gen.Choose(7500, 9900).Select(i => i / 10000.0)
                            from l in level
                            from t in Gen.Choose(-300, 300).Select(i => i / 100.0)
                            select Point(EtsSpec.Parse(form), a, b, phi, l, t)).ArrayOf(4)
            select new FourPoints(form, Walk(n, seed, shift), points));
    }

    internal static double[] Walk(int n, int seed, double shift)
    {
        var random = new Random(seed);
        var y = new double[n];
        var level = 100.0;
        for (var t = 0; t < n; t++)
        {
            level += (random.NextDouble() - 0.45) * 6;
            y[t] = level + ((random.NextDouble() - 0.5) * 10) + shift;
        }

        return y;
    }

    private static double[] Point(EtsSpec spec, double alpha, double beta, double phi, double level, double trend)
    {
        var x = new List<double> { alpha };
        if (spec.HasTrend)
        {
            x.Add(beta * alpha);
        }

        if (spec.Damped)
        {
            x.Add(phi);
        }

        x.Add(level);
        if (spec.HasTrend)
        {
            x.Add(trend);
        }

        return [.. x];
    }
}

/// <summary>
/// The four-lane evaluation of non-seasonal ETS criteria and the speculative Nelder–Mead built on it, against the
/// one-at-a-time evaluation and search they replace: the expected values come from <see cref="EtsObjective.Evaluate"/>
/// and from <see cref="NelderMead.Minimize{T}"/> with an objective that cannot evaluate four points, and must match to
/// the bit (the speed-up promises the same models, not close ones).
/// </summary>
public class EtsFourLaneProperties
{
    private sealed class OneAtATime(IObjective inner) : IObjective
    {
        public double Evaluate(ReadOnlySpan<double> x) => inner.Evaluate(x);
    }

    private static bool SameBits(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    [ScaledProperty(Arbitrary = [typeof(EtsFourLaneArbitraries)], Cases = 300)]
    public void Four_lanes_give_each_points_criterion_to_the_bit(FourPoints c)
    {
        var objective = new EtsObjective(c.Y, EtsSpec.Parse(c.Form), 1);
        var values = new double[4];
        objective.EvaluateFour([.. c.Points.SelectMany(p => p)], values);
        for (var k = 0; k < 4; k++)
        {
            var expected = objective.Evaluate(c.Points[k]);
            Assert.True(SameBits(expected, values[k]), $"lane {k}: one at a time {expected:R}, four lanes {values[k]:R}");
        }
    }

    [ScaledProperty(Arbitrary = [typeof(EtsFourLaneArbitraries)], Cases = 60)]
    public void Speculative_search_makes_the_same_moves(FourPoints c)
    {
        var spec = EtsSpec.Parse(c.Form);
        var objective = new EtsObjective(c.Y, spec, 1);
        Assert.True(objective.CanEvaluateFour || !System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated);
        // R's starting point (initparam, initstate), as EtsFitter.Fit uses it.
        var alpha = 1e-4 + (0.2 * (0.9999 - 1e-4));
        var start = new List<double> { alpha };
        if (spec.HasTrend)
        {
            start.Add(1e-4 + (0.1 * (alpha - 1e-4)));
        }

        if (spec.Damped)
        {
            start.Add(0.8 + (0.99 * (0.98 - 0.8)));
        }

        start.AddRange(EtsInit.InitialStates(c.Y, spec, 1));
        var one = start.ToArray();
        var four = start.ToArray();
        var (v1, e1) = NelderMead.Minimize(new OneAtATime(objective), one, 1.5e-8, 2000);
        var (v4, e4) = NelderMead.Minimize(objective, four, 1.5e-8, 2000);
        Assert.True(SameBits(v1, v4), $"value {v1:R} vs {v4:R}");
        Assert.Equal(e1, e4);
        Assert.Equal(one.Select(BitConverter.DoubleToInt64Bits), four.Select(BitConverter.DoubleToInt64Bits));
    }
}
