namespace CrossBorder.Forecasting.Tests.Evaluation;

public class RollingOriginTests
{
    private static readonly double[] Y = [1, 3, 2, 4, 3, 5, 4, 6, 5, 7];

    [Fact]
    public void Naive_errors_per_origin_by_hand()
    {
        var r = RollingOrigin.Evaluate(Y, (y, h) => Baseline.Naive(y, h), 2, [4, 6, 8]);
        Assert.Equal(3, r.Origins.Count);
        var first = r.Origins[0];
        Assert.Equal(4, first.Origin);
        Assert.Equal([3, 5], first.Actual);
        Assert.Equal([4, 4], first.Forecast);
        Assert.Equal(1, first.Mae, 12);
        Assert.Equal(0, first.Bias, 12);
        Assert.Equal(1 / Accuracy.MaseScale([1, 3, 2, 4]), first.Mase!.Value, 12);
        Assert.NotNull(first.Coverage80);
        Assert.Equal(r.Origins.Average(o => o.Mae), r.MeanMae, 12);
        Assert.Equal(2, r.MaeByStep.Count);
    }

    [Fact]
    public void Stepped_origins_run_to_the_end()
    {
        var r = RollingOrigin.EvaluateFrom(Y, (y, h) => Baseline.Mean(y, h), 3, 2, 2);
        Assert.Equal([2, 4, 6], r.Origins.Select(o => o.Origin));
    }

    [Fact]
    public void Undefined_mase_is_null_not_NaN()
    {
        double[] flat = [2, 2, 2, 5, 6];
        var r = RollingOrigin.Evaluate(flat, (y, h) => Baseline.Naive(y, h), 1, [3]);
        Assert.Null(r.Origins[0].Mase);
        Assert.Null(r.MeanMase);
    }

    [Fact]
    public void Bad_origins_throw()
    {
        Assert.Equal("origins", Assert.Throws<ArgumentException>(() => RollingOrigin.Evaluate(Y, (y, h) => Baseline.Naive(y, h), 3, [8])).ParamName);
        Assert.Equal("origins", Assert.Throws<ArgumentException>(() => RollingOrigin.Evaluate(Y, (y, h) => Baseline.Naive(y, h), 3, [])).ParamName);
        Assert.Throws<InvalidOperationException>(() => RollingOrigin.Evaluate(Y, (y, _) => Baseline.Naive(y, 1), 3, [4]));
    }
}
