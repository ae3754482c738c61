using CrossBorder.Forecasting.Tests.Helpers;
using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Forecasting.Tests.Selection;

public class SeasonalCombinationTests
{
    /// <summary>Weekly sales over three years: growth, a Q4 peak that grows with the level, a January dip, noise.</summary>
    private static double[] Weekly(int weeks, int seed)
    {
        var random = new Random(seed);
        var y = new double[weeks];
        for (var t = 0; t < weeks; t++)
        {
            var week = t % 52;
            var season = week >= 46 && week <= 50 ? 2.5 : week < 3 ? 0.6 : 1.0;
            y[t] = Math.Round((40 + (0.3 * t)) * season * (0.85 + (0.3 * random.NextDouble())));
        }

        return y;
    }

    [Fact]
    public void Weekly_monthly_and_daily_series_take_their_branch()
    {
        var daily = ReferenceData.Catalogue("development").First(s => s.Group == "daily" && s.Train.Count(v => v == 0) < 10);

        Assert.Equal("Combo(Harmonic,STL-Theta)", AutoForecaster.Default.Forecast(Weekly(156, 1), 52, 13).Method);
        Assert.Equal("Combo(Harmonic,STL-ETS)", AutoForecaster.Default.Forecast(Weekly(96, 2), 12, 18).Method);
        var method = AutoForecaster.Default.Forecast(daily.Train, 7, 28).Method;
        Assert.StartsWith("log Harmonic(7:K=", method, StringComparison.Ordinal);
        Assert.Contains(",365.25:K=", method, StringComparison.Ordinal);   // the yearly cycle of daily data (365.25)
    }

    [Fact]
    public void Series_too_short_for_the_regression_and_signed_series_get_ETS()
    {
        // Five weeks: the regression (intercept, trend, one harmonic pair) needs at least 4 + 3 observations.
        Assert.StartsWith("ETS(", AutoForecaster.Default.Forecast([10, 12, 11, 14, 13], 52, 4).Method, StringComparison.Ordinal);

        var signed = new AutoForecaster(new SeriesOptions { RequireNonNegative = false });
        var returns = Weekly(156, 3).Select((v, t) => t % 9 == 0 ? -v : v).ToArray();
        Assert.StartsWith("ETS(", signed.Forecast(returns, 52, 13).Method, StringComparison.Ordinal);
    }

    [Fact]
    public void The_periods_of_daily_data_include_the_year()
    {
        Assert.Equal([7, 365.25], SeasonalCombination.Periods(7));
        Assert.Equal([52], SeasonalCombination.Periods(52));
        Assert.Empty(SeasonalCombination.Periods(1));
    }

    /// <summary>
    /// For long seasons the interval is the envelope of the members' intervals, so it holds both members' bounds and
    /// the combined mean; the forecast of sales is never negative, whatever the level of the series.
    /// </summary>
    [ScaledProperty(Cases = 40)]
    public Property Long_season_intervals_hold_both_members_and_the_mean() =>
        Prop.ForAll(Gen.Choose(1, 10_000).ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (seed, scale) =>
        {
            var y = Weekly(156, seed).Select(v => v * Math.Pow(10, scale - 1)).ToArray();
            var combo = SeasonalCombination.Forecast(y, 52, 13, [0.8, 0.95], null);
            var log = y.Select(v => Math.Log(1 + v)).ToArray();
            var harmonic = HarmonicRegression.Forecast(log, [52], 13, levels: [0.8, 0.95]);
            var stl = StlForecaster.Forecast(log, [52], 13, StlMethod.Theta, [0.8, 0.95]);
            foreach (var level in new[] { 0.8, 0.95 })
            {
                var interval = combo.IntervalAt(level)!;
                for (var h = 0; h < 13; h++)
                {
                    var lowest = Math.Max(0, Math.Exp(Math.Min(harmonic.IntervalAt(level)!.Lower[h], stl.IntervalAt(level)!.Lower[h])) - 1);
                    var highest = Math.Exp(Math.Max(harmonic.IntervalAt(level)!.Upper[h], stl.IntervalAt(level)!.Upper[h])) - 1;
                    if (Math.Abs(interval.Lower[h] - lowest) > 1e-9 * (1 + lowest) || Math.Abs(interval.Upper[h] - highest) > 1e-9 * (1 + highest)
                        || combo.Mean[h] < interval.Lower[h] || combo.Mean[h] > interval.Upper[h] || combo.Mean[h] < 0)
                    {
                        return false;
                    }
                }
            }

            return true;
        });

    [Fact]
    public void Empty_levels_give_point_forecasts_only()
    {
        var forecast = new AutoForecaster(levels: []).Forecast(Weekly(156, 4), 52, 13);

        Assert.Equal("Combo(Harmonic,STL-Theta)", forecast.Method);
        Assert.Empty(forecast.Intervals);
    }
}
