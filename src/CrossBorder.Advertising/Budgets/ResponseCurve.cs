using System.Globalization;
using MathNet.Numerics;
using MathNet.Numerics.LinearRegression;

namespace CrossBorder.Advertising;

/// <summary>
/// A campaign's response curve: daily attributed sales = <see cref="Scale"/> × spend^<see cref="Elasticity"/>, fitted
/// by least squares on ln(sales) = ln(a) + b·ln(spend) over the days with both spend and sales. With 0 &lt; b &lt; 1 the
/// curve is concave (each extra unit of spend sells less than the one before) and its marginal return
/// a·b·spend^(b−1) has a closed-form inverse, which is what an allocation that equalises marginal returns needs.
/// Immutable.
/// </summary>
public sealed class ResponseCurve
{
    private ResponseCurve(double scale, double elasticity, double rSquared, int points)
    {
        Scale = scale;
        Elasticity = elasticity;
        RSquared = rSquared;
        Points = points;
    }

    /// <summary>a: the sales at a spend of one currency unit.</summary>
    public double Scale { get; }

    /// <summary>b: the percentage change in sales per 1% change in spend.</summary>
    public double Elasticity { get; }

    /// <summary>The coefficient of determination of the fit, on the log scale it was fitted on.</summary>
    public double RSquared { get; }

    /// <summary>How many days (spend &gt; 0 and sales &gt; 0) the fit used.</summary>
    public int Points { get; }

    /// <summary>Whether the curve is increasing and concave (0 &lt; b &lt; 1): diminishing returns.</summary>
    public bool IsConcave => Elasticity is > 0d and < 1d;

    /// <summary>A curve with known parameters.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The scale is not positive and finite, or the elasticity is not finite.</exception>
    public static ResponseCurve Of(double scale, double elasticity)
    {
        if (!double.IsFinite(scale) || scale <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale of a response curve is a positive, finite number.");
        }

        if (!double.IsFinite(elasticity))
        {
            throw new ArgumentOutOfRangeException(nameof(elasticity), elasticity, "The elasticity of a response curve is finite.");
        }

        return new(scale, elasticity, 1d, 0);
    }

    /// <summary>
    /// Fits the curve to daily <paramref name="spend"/> and <paramref name="sales"/> (same length), using only the days
    /// with both positive (the log of 0 has no value); returns null when fewer than 2 such days remain or their spend
    /// never varies (no slope can be fitted).
    /// </summary>
    /// <exception cref="ArgumentException">The lengths differ, or a value is negative or not finite.</exception>
    public static ResponseCurve? Fit(ReadOnlySpan<double> spend, ReadOnlySpan<double> sales)
    {
        var usable = CountUsable(spend, sales);
        if (usable < 2)
        {
            return null;
        }

        var x = new double[usable];
        var y = new double[usable];
        var n = 0;
        for (var i = 0; i < spend.Length; i++)
        {
            if (spend[i] > 0d && sales[i] > 0d)
            {
                x[n] = Math.Log(spend[i]);
                y[n] = Math.Log(sales[i]);
                n++;
            }
        }

        var first = x[0];
        if (Array.TrueForAll(x, v => v == first))
        {
            return null;
        }

        var (intercept, slope) = SimpleRegression.Fit(x, y);
        var fitted = new double[usable];
        for (var i = 0; i < usable; i++)
        {
            fitted[i] = intercept + (slope * x[i]);
        }

        // All sales equal on the log scale: the fit is exact (R² has 0/0 there), so report 1 rather than NaN.
        var rSquared = Array.TrueForAll(y, v => v == y[0]) ? 1d : GoodnessOfFit.RSquared(fitted, y);
        return new(Math.Exp(intercept), slope, rSquared, usable);
    }

    /// <summary>How many days have both spend and sales positive (the days <see cref="Fit"/> uses).</summary>
    /// <exception cref="ArgumentException">The lengths differ, or a value is negative or not finite.</exception>
    public static int CountUsable(ReadOnlySpan<double> spend, ReadOnlySpan<double> sales)
    {
        if (spend.Length != sales.Length)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{spend.Length} spend values and {sales.Length} sales values: one of each per day."), nameof(sales));
        }

        var usable = 0;
        for (var i = 0; i < spend.Length; i++)
        {
            RequireNonNegative(spend[i], nameof(spend));
            RequireNonNegative(sales[i], nameof(sales));
            if (spend[i] > 0d && sales[i] > 0d)
            {
                usable++;
            }
        }

        return usable;
    }

    /// <summary>The expected daily sales at <paramref name="spend"/>: a × spend^b.</summary>
    public double SalesAt(double spend)
    {
        RequireNonNegative(spend, nameof(spend));
        return spend == 0d ? 0d : Scale * Math.Pow(spend, Elasticity);
    }

    /// <summary>The marginal return (marginal ROAS) at <paramref name="spend"/>: d sales / d spend = a·b·spend^(b−1).</summary>
    public double MarginalRoasAt(double spend)
    {
        RequireNonNegative(spend, nameof(spend));
        return Scale * Elasticity * Math.Pow(spend, Elasticity - 1d);
    }

    /// <summary>The spend at which the marginal return is <paramref name="marginalRoas"/>: (λ / (a·b))^(1 / (b − 1)), for a concave curve.</summary>
    /// <exception cref="InvalidOperationException">The curve is not concave (the marginal return does not fall with spend).</exception>
    public double SpendAtMarginalRoas(double marginalRoas)
    {
        if (!double.IsFinite(marginalRoas) || marginalRoas <= 0d)
        {
            throw new ArgumentOutOfRangeException(nameof(marginalRoas), marginalRoas, "A marginal return is positive and finite.");
        }

        return IsConcave
            ? Math.Pow(marginalRoas / (Scale * Elasticity), 1d / (Elasticity - 1d))
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The curve's elasticity {Elasticity:R} is not in (0, 1): its marginal return does not fall with spend."));
    }

    /// <summary><c>sales = 12.5 × spend^0.6 (R² 0.91, 20 days)</c>, invariant.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"sales = {Scale:G6} × spend^{Elasticity:G4} (R² {RSquared:F2}, {Points} days)");

    private static void RequireNonNegative(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0d)
        {
            throw new ArgumentOutOfRangeException(name, value, "Spend and sales are non-negative, finite amounts.");
        }
    }
}
