namespace CrossBorder.Forecasting.Tests.Ets;

public sealed class EtsValidationTests
{
    private static readonly double[] Good = [.. Enumerable.Range(1, 40).Select(i => 100.0 + (i % 4) + (0.5 * i))];

    [Fact]
    public void Empty_series_is_rejected()
    {
        Assert.Throws<ArgumentException>("y", () => Forecasting.Ets.FitAuto([], 1));
        Assert.Throws<ArgumentException>("y", () => Forecasting.Ets.Fit([], 1, default));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Non_finite_values_are_rejected(double bad)
    {
        var y = (double[])Good.Clone();
        y[5] = bad;
        Assert.Throws<ArgumentException>("y", () => Forecasting.Ets.FitAuto(y, 4));
        Assert.Throws<ArgumentException>("y", () => Forecasting.Ets.Fit(y, 4, default));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-12)]
    public void Period_below_one_is_rejected(int badPeriod)
    {
        Assert.Throws<ArgumentException>("period", () => Forecasting.Ets.FitAuto(Good, badPeriod));
        Assert.Throws<ArgumentException>("period", () => Forecasting.Ets.Fit(Good, badPeriod, default));
    }

    [Fact]
    public void Seasonal_form_needs_a_period_and_a_full_season()
    {
        Assert.Throws<ArgumentException>("period", () => Forecasting.Ets.Fit(Good, 1, EtsSpec.Parse("ANA")));
        Assert.Throws<ArgumentException>("period", () => Forecasting.Ets.Fit(Good, 40, EtsSpec.Parse("ANA")));
        Assert.Throws<ArgumentException>("y", () => Forecasting.Ets.Fit(Good.AsSpan(0, 16), 12, EtsSpec.Parse("MAdM")));
    }

    [Fact]
    public void Multiplicative_forms_need_positive_data()
    {
        var y = (double[])Good.Clone();
        y[3] = 0;
        Assert.Throws<ArgumentException>("y", () => Forecasting.Ets.Fit(y, 4, EtsSpec.Parse("MNN")));
        Assert.Throws<ArgumentException>("y", () => Forecasting.Ets.Fit(y, 4, EtsSpec.Parse("MNM")));
    }

    [Fact]
    public void Too_short_series_is_rejected()
    {
        Assert.Throws<ArgumentException>("y", () => Forecasting.Ets.FitAuto([1.0, 2, 3], 1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Horizon_must_be_positive(int steps)
    {
        var model = Forecasting.Ets.Fit(Good, 1, default);
        Assert.Throws<ArgumentOutOfRangeException>("horizon", () => model.Forecast(steps));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(95.0)]
    [InlineData(double.NaN)]
    public void Levels_must_be_in_the_unit_interval(double level)
    {
        var model = Forecasting.Ets.Fit(Good, 1, default);
        Assert.Throws<ArgumentOutOfRangeException>("levels", () => model.Forecast(4, level));
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>("MaxIterations", () => Forecasting.Ets.FitAuto(Good, 1, new EtsOptions { MaxIterations = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>("SimulationPaths", () => Forecasting.Ets.FitAuto(Good, 1, new EtsOptions { SimulationPaths = 1 }));
    }

    [Fact]
    public void Default_levels_are_80_and_95_percent()
    {
        var forecast = Forecasting.Ets.Fit(Good, 4, EtsSpec.Parse("AAA")).Forecast(8);
        Assert.Equal([0.8, 0.95], forecast.Intervals.Select(i => i.Level));
        Assert.Equal(8, forecast.Horizon);
        Assert.NotNull(forecast.Fitted);
        Assert.Equal(FallbackReason.None, forecast.Reason);
    }

    [Fact]
    public void Forecasts_that_overflow_are_reported_not_returned()
    {
        var s = ClassicData.All["UKgas"];
        var model = Forecasting.Ets.Fit(s.Train, s.Frequency, EtsSpec.Parse("MAM"));

        // The class-3 variance grows like (1 + σ²)^h: beyond double range long before h = 100,000.
        Assert.Throws<InvalidOperationException>(() => model.Forecast(100_000));
    }
}
