namespace CrossBorder.Forecasting.Tests.Series;

public class ForecastFallbackTests
{
    private static readonly ForecastMethod Croston = (y, h) => IntermittentDemand.Croston(y, h);

    [Fact]
    public void Empty_and_all_missing_series_forecast_zero()
    {
        var f = ForecastFallback.Run([], 3, Croston);
        Assert.Equal(FallbackReason.Empty, f.Reason);
        Assert.Equal([0, 0, 0], f.Mean);
        Assert.Equal(FallbackReason.Empty, ForecastFallback.Run([double.NaN, double.NaN], 2, Croston).Reason);
    }

    [Fact]
    public void All_zero_series_forecast_zero()
    {
        var f = ForecastFallback.Run([0, 0, 0, 0], 2, Croston);
        Assert.Equal(FallbackReason.AllZero, f.Reason);
        Assert.Equal([0, 0], f.Mean);
        Assert.Equal(4, f.Fitted!.Count);
    }

    [Fact]
    public void Constant_series_forecast_the_constant()
    {
        var f = ForecastFallback.Run([7, 7, 7, 7, 7], 2, Croston);
        Assert.Equal(FallbackReason.Constant, f.Reason);
        Assert.Equal([7, 7], f.Mean);
    }

    [Fact]
    public void Leading_zeros_are_trimmed_and_fitted_values_keep_the_time_axis()
    {
        // Rest of the series: ADI 1.5, so a run of 6 or more zeros counts as pre-launch.
        double[] y = [0, 0, 0, 0, 0, 0, 2, 0, 3, 0, 1, 4];
        var f = ForecastFallback.Run(y, 2, Croston);
        Assert.Equal(FallbackReason.LeadingZerosTrimmed, f.Reason);
        Assert.Equal(IntermittentDemand.Croston(y.AsSpan(6), 2).Mean, f.Mean);
        Assert.Equal(y.Length, f.Fitted!.Count);
        Assert.Equal(0, f.Fitted[0]);
        Assert.True(double.IsNaN(f.Fitted[6]));
    }

    [Fact]
    public void Short_leading_zero_runs_are_ordinary_intermittency_and_kept()
    {
        double[] y = [0, 0, 0, 0, 0, 2, 0, 3, 0, 1, 4];
        var f = ForecastFallback.Run(y, 2, Croston);
        Assert.Equal(FallbackReason.None, f.Reason);
        Assert.Equal(IntermittentDemand.Croston(y, 2).Mean, f.Mean);
        Assert.Equal(0, SeriesPreparation.Prepare(y).LeadingZerosTrimmed);
        Assert.Equal(5, SeriesPreparation.Prepare(y, new SeriesOptions { LeadingZeroRunMultiple = 0 }).LeadingZerosTrimmed);
        Assert.Equal(0, SeriesPreparation.Prepare([0, 0, 0, 0, 0, 0, 0, 0, 5, 5], new SeriesOptions { TrimLeadingZeros = false }).LeadingZerosTrimmed);
        Assert.Throws<ArgumentOutOfRangeException>(() => SeriesPreparation.Prepare(y, new SeriesOptions { LeadingZeroRunMultiple = double.NaN }));
    }

    [Fact]
    public void Too_short_series_get_the_mean()
    {
        var f = ForecastFallback.Run([0, 0, 0, 0, 2, 4], 2, Croston);
        Assert.Equal(FallbackReason.TooShort, f.Reason);
        Assert.Equal([3, 3], f.Mean);
        Assert.Equal(FallbackReason.TooShort, ForecastFallback.Run([5], 1, Croston).Reason);
    }

    [Fact]
    public void Missing_values_are_interpolated_by_default()
    {
        var prepared = SeriesPreparation.Prepare([double.NaN, 2, double.NaN, double.NaN, 5, double.NaN]);
        Assert.Equal([2, 2, 3, 4, 5, 5], prepared.Values.ToArray());
        Assert.Equal(4, prepared.MissingValuesFilled);
        var f = ForecastFallback.Run([1, 2, double.NaN, 4, 5, 3], 1, (y, h) => Baseline.Naive(y, h));
        Assert.Equal(FallbackReason.MissingValuesFilled, f.Reason);
    }

    [Fact]
    public void Missing_value_policies_zero_and_throw()
    {
        var zero = new SeriesOptions { MissingValues = MissingValuePolicy.Zero, TrimLeadingZeros = false };
        Assert.Equal([1, 0, 3], SeriesPreparation.Prepare([1, double.NaN, 3], zero).Values.ToArray());
        var strict = new SeriesOptions { MissingValues = MissingValuePolicy.Throw };
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => SeriesPreparation.Prepare([1, double.NaN], strict)).ParamName);
    }

    [Fact]
    public void Infinity_and_negative_demand_are_rejected_naming_the_parameter()
    {
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => ForecastFallback.Run([1, double.PositiveInfinity, 2], 1, Croston)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => ForecastFallback.Run([1, -2, 2], 1, Croston)).ParamName);
        var netSales = new SeriesOptions { RequireNonNegative = false };
        var f = ForecastFallback.Run([5, -2, 6, 4, 3], 1, (y, h) => Baseline.Naive(y, h), netSales);
        Assert.Equal(3, f.Mean[0]);
    }

    [Fact]
    public void Obsolete_items_decay_to_zero()
    {
        double[] y = [3, 0, 2, 4, 0, 5, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        var f = ForecastFallback.Run(y, 13, Croston);
        Assert.Equal(FallbackReason.Obsolete, f.Reason);
        Assert.True(f.Mean[12] < f.Mean[0]);
    }

    [Fact]
    public void A_failing_method_falls_back_to_the_mean()
    {
        var f = ForecastFallback.Run([1, 2, 3, 4], 2, (_, _) => throw new InvalidOperationException("boom"));
        Assert.Equal(FallbackReason.FitFailed, f.Reason);
        Assert.Equal([2.5, 2.5], f.Mean);
        Assert.Equal(FallbackReason.FitFailed, ForecastFallback.Run([1, 2, 3, 4], 2, (y, _) => Baseline.Naive(y, 5)).Reason);
    }

    [Fact]
    public void Negative_forecasts_are_clipped_for_demand()
    {
        double[] y = [10, 8, 6, 4, 2, 1];
        var f = ForecastFallback.Run(y, 8, (s, h) => Baseline.Drift(s, h));
        Assert.All(f.Mean, m => Assert.True(m >= 0));
        Assert.All(f.Intervals, i => Assert.All(i.Lower, v => Assert.True(v >= 0)));
        Assert.Equal(FallbackReason.None, f.Reason);
    }

    [Fact]
    public void The_mean_it_falls_back_to_has_the_callers_levels()
    {
        ForecastMethod fails = (_, _) => throw new ArgumentException("no fit", "y");
        double[] y = [3, 5, 4, 6, 5];

        var none = ForecastFallback.Run(y, 2, fails, levels: []);
        var one = ForecastFallback.Run(y, 2, fails, levels: [0.9]);
        var tooShort = ForecastFallback.Run([3, 5], 2, fails, levels: []);

        Assert.Equal(FallbackReason.FitFailed, none.Reason);
        Assert.Empty(none.Intervals);
        Assert.Equal([0.9], one.Intervals.Select(i => i.Level));
        Assert.Equal([0.8, 0.95], ForecastFallback.Run(y, 2, fails).Intervals.Select(i => i.Level));
        Assert.Equal(FallbackReason.TooShort, tooShort.Reason);
        Assert.Empty(tooShort.Intervals);
        Assert.Equal("levels", Assert.Throws<ArgumentOutOfRangeException>(() => ForecastFallback.Run(y, 2, fails, levels: [1.5])).ParamName);
    }
}
