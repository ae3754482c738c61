using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;

namespace CrossBorder.Forecasting.Tests.Ets;

public sealed class EtsCoreTests
{
    /// <summary>
    /// The Schur–Cohn test agrees with the roots from the companion matrix (what R's polyroot finds), on monic
    /// polynomials of degree 1 to 12 whose largest root is not within 1e-6 of the unit circle (too close to call
    /// either way in floating point): the generator leaves those out rather than the test passing them.
    /// </summary>
    [ScaledProperty(Cases = 300)]
    public Property Schur_Cohn_agrees_with_companion_eigenvalues() =>
        Prop.ForAll(Arb.From(ClearOfTheCircle), p => EtsCore.RootsWithinUnitCircle(p.Coefficients, 1 + 1e-10) == p.MaxRoot < 1);

    /// <summary>Coefficients c0…c(d−1) in [−1.5, 1.5] then 1 (monic), with the largest root magnitude.</summary>
    private static Gen<Polynomial> ClearOfTheCircle =>
        from degree in Gen.Choose(1, 12)
        from raw in Gen.Choose(-15_000, 15_000).ArrayOf(degree)
        let coefficients = raw.Select(c => c / 10_000.0).Append(1.0).ToArray()
        let polynomial = new Polynomial(coefficients, MaxRootMagnitude(coefficients))
        where Math.Abs(polynomial.MaxRoot - 1) >= 1e-6
        select polynomial;

    private static double MaxRootMagnitude(double[] coefficients)
    {
        var degree = coefficients.Length - 1;
        var companion = Matrix<double>.Build.Dense(degree, degree);
        for (var i = 0; i < degree; i++)
        {
            companion[0, i] = -coefficients[degree - 1 - i];
            if (i > 0)
            {
                companion[i, i - 1] = 1;
            }
        }

        return companion.Evd().EigenValues.Max(c => c.Magnitude);
    }

    public sealed record Polynomial(double[] Coefficients, double MaxRoot)
    {
        public override string ToString() => $"[{string.Join(", ", Coefficients)}], max |root| {MaxRoot}";
    }

    [Fact]
    public void Admissibility_accepts_Rs_fitted_seasonal_models_and_rejects_explosive_ones()
    {
        // AirPassengers, ETS(M,Ad,M) as R fits it.
        Assert.True(EtsCore.Admissible(true, true, 0.759, 0.0246, 0.000111, 0.9775, 12));
        // Weekly period: degree-53 polynomial.
        Assert.True(EtsCore.Admissible(false, true, 0.2, 0, 0.05, 1, 52));
        // gamma beyond 1 + 1/phi - alpha.
        Assert.False(EtsCore.Admissible(false, true, 0.5, 0, 1.6, 1, 12));
    }

    [Fact]
    public void Nelder_Mead_finds_the_minimum_of_a_quadratic()
    {
        var x = new double[] { 3, -2, 10 };
        var (value, evaluations) = NelderMead.Minimize(new Quadratic(), x, 1e-12, 5000);
        Assert.True(value < 1e-8, $"value {value}");
        Assert.InRange(evaluations, 10, 5001);
        Assert.Equal(1, x[0], 1e-3);
        Assert.Equal(2, x[1], 1e-3);
        Assert.Equal(-3, x[2], 1e-3);
    }

    private sealed class Quadratic : IObjective
    {
        public double Evaluate(ReadOnlySpan<double> x) =>
            ((x[0] - 1) * (x[0] - 1)) + (2 * (x[1] - 2) * (x[1] - 2)) + (3 * (x[2] + 3) * (x[2] + 3));
    }
}
