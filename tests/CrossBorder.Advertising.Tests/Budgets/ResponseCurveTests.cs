namespace CrossBorder.Advertising.Tests.Budgets;

public class ResponseCurveTests
{
    [Fact]
    public void A_curve_is_fitted_exactly_on_data_generated_from_it()
    {
        // sales = 3 × spend^0.5 on spends 1..10: ln(sales) = ln 3 + 0.5 ln(spend) exactly, so a = 3, b = 0.5, R² = 1.
        double[] spend = [.. Enumerable.Range(1, 10).Select(d => (double)d)];
        double[] sales = [.. spend.Select(s => 3d * Math.Sqrt(s))];

        var curve = ResponseCurve.Fit(spend, sales)!;

        Assert.Equal(3d, curve.Scale, 1e-9);
        Assert.Equal(0.5d, curve.Elasticity, 1e-12);
        Assert.Equal(1d, curve.RSquared, 1e-12);
        Assert.Equal(10, curve.Points);
        Assert.True(curve.IsConcave);
    }

    [Fact]
    public void Marginal_return_and_its_inverse_are_the_derivative_worked_by_hand()
    {
        // d/ds 3·s^0.5 = 1.5·s^−0.5: at s = 4 that is 0.75; the spend where it is 0.75 is 4.
        var curve = ResponseCurve.Of(3d, 0.5d);

        Assert.Equal(6d, curve.SalesAt(4d), 1e-12);
        Assert.Equal(0.75d, curve.MarginalRoasAt(4d), 1e-12);
        Assert.Equal(4d, curve.SpendAtMarginalRoas(0.75d), 1e-9);
        Assert.Throws<InvalidOperationException>(() => ResponseCurve.Of(1d, 1.2d).SpendAtMarginalRoas(1d));
    }

    [Fact]
    public void Days_without_spend_or_sales_are_left_out_and_a_flat_spend_has_no_curve()
    {
        // The two days with a zero cannot be logged; the other 3 lie on 2·s^0.5 exactly.
        double[] spend = [0d, 1d, 4d, 9d, 5d];
        double[] sales = [1d, 2d, 4d, 6d, 0d];

        var curve = ResponseCurve.Fit(spend, sales)!;

        Assert.Equal(3, curve.Points);
        Assert.Equal(2d, curve.Scale, 1e-9);
        Assert.Null(ResponseCurve.Fit([2d, 2d, 2d], [1d, 3d, 5d]));
        Assert.Null(ResponseCurve.Fit([2d], [1d]));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("sales", Assert.Throws<ArgumentException>(() => ResponseCurve.Fit([1d, 2d], [1d])).ParamName);
        Assert.Equal("spend", Assert.Throws<ArgumentOutOfRangeException>(() => ResponseCurve.Fit([-1d, 2d], [1d, 1d])).ParamName);
        Assert.Equal("sales", Assert.Throws<ArgumentOutOfRangeException>(() => ResponseCurve.Fit([1d, 2d], [double.NaN, 1d])).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentOutOfRangeException>(() => ResponseCurve.Of(0d, 0.5d)).ParamName);
        Assert.Equal("marginalRoas", Assert.Throws<ArgumentOutOfRangeException>(() => ResponseCurve.Of(1d, 0.5d).SpendAtMarginalRoas(0d)).ParamName);
    }
}
