using System.Globalization;
using CrossBorder.Forecasting.Batch;
using CrossBorder.Forecasting.Tests.Helpers;
using Xunit.Abstractions;

namespace CrossBorder.Forecasting.Tests.Selection;

public class AutoForecasterTests(ITestOutputHelper output)
{
    /// <summary>Mean MASE and MAE against the true mean over the series; coverage over the series that have intervals.</summary>
    private sealed record SetScore(double Mase, double MaeMu, double Coverage80, double Coverage95, int WithIntervals);

    private static SetScore Score(IEnumerable<ReferenceSeries> series)
    {
        double mase = 0, maeMu = 0, c80 = 0, c95 = 0;
        int n = 0, withIntervals = 0;
        foreach (var s in series)
        {
            var f = AutoForecaster.Default.Forecast(s.Train, s.Frequency, s.Horizon);
            var mean = f.Mean.ToArray();
            mase += Accuracy.Mase(s.Test, mean, s.Train, s.Frequency);
            maeMu += double.IsNaN(s.Mu[0]) ? 0 : Accuracy.Mae(s.Mu, mean) / Accuracy.MaseScale(s.Train, s.Frequency);
            n++;
            if (f.IntervalAt(0.8) is { } p80 && f.IntervalAt(0.95) is { } p95)
            {
                c80 += Accuracy.Coverage(s.Test, p80.Lower.ToArray(), p80.Upper.ToArray());
                c95 += Accuracy.Coverage(s.Test, p95.Lower.ToArray(), p95.Upper.ToArray());
                withIntervals++;
            }
        }

        return new SetScore(mase / n, maeMu / n, c80 / withIntervals, c95 / withIntervals, withIntervals);
    }

    [Fact]
    public void On_the_intermittent_set_it_beats_Rs_best_MASE_method_on_both_measures()
    {
        // The public set chose nothing (the combinations were chosen on the development catalogue). By MASE auto beats
        // R's best method (thetaf); against the true mean it beats thetaf too, but not R's historical mean (0.2602):
        // the weights were chosen by MASE, which rewards forecasts nearer the median than the mean of sporadic demand.
        var score = Score(ReferenceData.Intermittent);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"intermittent: MASE {score.Mase:F4}, MAE_mu {score.MaeMu:F4}, coverage {score.Coverage80:P1} / {score.Coverage95:P1} on {score.WithIntervals} series with intervals"));

        Assert.True(score.Mase <= ReferenceData.Score("intermittent", "all", "thetaf", "MASE"), $"MASE {score.Mase}");
        Assert.True(score.MaeMu <= ReferenceData.Score("intermittent", "all", "thetaf", "MAE_mu_scaled"), $"MAE_mu {score.MaeMu}");
    }

    /// <summary>
    /// The empirical demand intervals of the intermittent combinations cover what their own model says, within three
    /// standard errors either way. The model (zero with probability 1 − p, else a size seen in training, p set so the
    /// mean is the forecast) is discrete, so the shortest window holding at least L of the probability usually holds
    /// more: the expected coverage is that window's probability, computed here from the training sizes and the bounds,
    /// not L. The standard error treats each series as one cluster (its 13 steps share a model and are correlated):
    /// SE = sd over series of (coverage − model probability) / √n.
    /// </summary>
    [Theory]
    [InlineData(0.8)]
    [InlineData(0.95)]
    public void Intermittent_intervals_cover_their_model_probability_within_three_standard_errors(double level)
    {
        var gaps = new List<double>();
        double covered = 0, expected = 0;
        foreach (var s in ReferenceData.Intermittent)
        {
            var f = AutoForecaster.Default.Forecast(s.Train, s.Frequency, s.Horizon);
            if (!f.Method.StartsWith("Combo(", StringComparison.Ordinal) || f.IntervalAt(level) is not { } interval)
            {
                continue;
            }

            var sizes = s.Train.Where(v => v > 0).ToArray();
            var probability = 0.0;
            for (var h = 0; h < f.Horizon; h++)
            {
                var p = Math.Clamp(f.Mean[h] / sizes.Average(), 0, 1);
                var lower = interval.Lower[h];
                var upper = interval.Upper[h];
                probability += (lower == 0 ? 1 - p : 0) + (p * sizes.Count(v => v >= lower && v <= upper) / sizes.Length);
            }

            probability /= f.Horizon;
            var coverage = Accuracy.Coverage(s.Test, [.. interval.Lower], [.. interval.Upper]);
            Assert.True(probability >= level - 1e-9, $"{s.Id}: the window holds {probability}, less than {level}");
            covered += coverage;
            expected += probability;
            gaps.Add(coverage - probability);
        }

        var n = gaps.Count;
        var mean = gaps.Average();
        var se = Math.Sqrt(gaps.Sum(g => (g - mean) * (g - mean)) / (n - 1) / n);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{level:P0}: {n} series, coverage {covered / n:P2}, model probability {expected / n:P2}, SE {se:P2}"));

        Assert.True(n >= 100, $"only {n} combination forecasts");
        Assert.InRange(covered / n, (expected / n) - (3 * se), (expected / n) + (3 * se));
    }

    [Fact]
    public void On_the_monthly_classic_series_it_is_within_one_percent_of_Rs_ets()
    {
        // Monthly series get the seasonal combination chosen on the development catalogue, where it beat ETS by a
        // fifth; on these 11 public series it is at parity with R's ets (0.624), not better: the docs report both.
        var score = Score(ReferenceData.Classic.Where(s => s.Group == "monthly"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"classic monthly: MASE {score.Mase:F4}, coverage {score.Coverage80:P1} / {score.Coverage95:P1}"));

        Assert.True(score.Mase <= 0.624 * 1.01, $"MASE {score.Mase}");   // R's ets: 0.624 (rounded to 3 decimals)
    }

    [Fact]
    public void On_the_whole_classic_set_intervals_cover_within_five_points_of_nominal()
    {
        var score = Score(ReferenceData.Classic);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"classic: MASE {score.Mase:F4}, coverage {score.Coverage80:P1} / {score.Coverage95:P1}"));

        // Monthly series get the seasonal combination's intervals, the others ETS's (R's forms, EtsGoldenTests); the
        // issue's target for intervals is coverage within 5 points of nominal. R's ets covers 83.2% / 98.1% here.
        Assert.Equal(21, score.WithIntervals);
        Assert.InRange(score.Coverage80, 0.75, 0.85);
        Assert.True(score.Coverage95 >= 0.90, $"95% coverage {score.Coverage95}");   // 95% + 5 points is 100%: only the lower side can be missed
    }

    [Fact]
    public void Seasonal_series_get_the_seasonal_combination_short_seasons_ETS_and_sporadic_ones_a_combination()
    {
        var air = ReferenceData.ClassicSeries("AirPassengers");
        var sporadic = ReferenceData.Intermittent.First(s => IntermittentDemand.Classify(s.Train).Class == DemandClass.Intermittent && !IntermittentDemand.DetectObsolescence(s.Train).IsObsolete);
        var lumpy = ReferenceData.Intermittent.First(s => IntermittentDemand.Classify(s.Train).Class == DemandClass.Lumpy && !IntermittentDemand.DetectObsolescence(s.Train).IsObsolete);

        var quarterly = ReferenceData.ClassicSeries("UKgas");

        Assert.Equal("Combo(Harmonic,STL-ETS)", AutoForecaster.Default.Forecast(air.Train, 12, 18).Method);
        Assert.StartsWith("ETS(", AutoForecaster.Default.Forecast(quarterly.Train, 4, 8).Method, StringComparison.Ordinal);
        Assert.Equal("Combo(Theta,iMAPA)", AutoForecaster.Default.Forecast(sporadic.Train, 1, 13).Method);
        Assert.Equal("Combo(TSB,Mean)", AutoForecaster.Default.Forecast(lumpy.Train, 1, 13).Method);
    }

    [Fact]
    public void Degenerate_series_get_a_forecast_and_a_reason()
    {
        Assert.Equal(FallbackReason.Empty, AutoForecaster.Default.Forecast([], 1, 3).Reason);
        Assert.Equal(FallbackReason.AllZero, AutoForecaster.Default.Forecast([0, 0, 0, 0], 1, 3).Reason);
        Assert.Equal(FallbackReason.Constant, AutoForecaster.Default.Forecast([5, 5, 5, 5, 5], 12, 3).Reason);
        Assert.Equal(FallbackReason.TooShort, AutoForecaster.Default.Forecast([5, 7], 1, 3).Reason);
        Assert.Equal(FallbackReason.MissingValuesFilled, AutoForecaster.Default.Forecast([5, double.NaN, 7, 6, 8, 7, 9, 8], 1, 3).Reason);
    }

    [Fact]
    public void Bad_input_is_rejected_naming_the_parameter()
    {
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => AutoForecaster.Default.Forecast([1, double.PositiveInfinity, 2], 1, 3)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentException>(() => AutoForecaster.Default.Forecast([1, -2, 3], 1, 3)).ParamName);
        Assert.Equal("horizon", Assert.Throws<ArgumentOutOfRangeException>(() => AutoForecaster.Default.Forecast([1, 2, 3], 1, 0)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentOutOfRangeException>(() => AutoForecaster.Default.Forecast([1, 2, 3], 0, 1)).ParamName);
        Assert.Equal("levels", Assert.Throws<ArgumentOutOfRangeException>(() => new AutoForecaster(levels: [95])).ParamName);
    }

    [Fact]
    public void Series_that_may_be_negative_are_forecast_with_ETS()
    {
        var signed = new AutoForecaster(new SeriesOptions { RequireNonNegative = false });
        var y = Enumerable.Range(0, 40).Select(t => Math.Sin(t / 3.0) * 10 - 2).ToArray();

        Assert.StartsWith("ETS(A", signed.Forecast(y, 1, 5).Method, StringComparison.Ordinal);
    }

    [ScaledProperty(Arbitrary = [typeof(ForecastingArbitraries)], Cases = 60)]
    public bool Demand_forecasts_and_bounds_are_never_negative(DemandSeries demand)
    {
        var f = AutoForecaster.Default.Forecast(demand.Values, 1, 8);
        return f.Mean.All(m => m >= 0) && f.Intervals.All(i => i.Lower.All(l => l >= 0));
    }

    [Fact]
    public void Batch_results_do_not_depend_on_the_thread_count()
    {
        var inputs = ReferenceData.Intermittent.Take(60).Concat(ReferenceData.Classic)
            .Select(s => new SeriesInput(s.Id, s.Train, s.Frequency, s.Horizon)).ToList();
        SeriesForecaster auto = (s, h) => AutoForecaster.Default.Forecast(s.Values, s.Period, h);

        var one = BatchForecaster.ForecastAll(inputs, auto, 8, maxDegreeOfParallelism: 1);
        var two = BatchForecaster.ForecastAll(inputs, auto, 8, maxDegreeOfParallelism: 2);
        var all = BatchForecaster.ForecastAll(inputs, auto, 8);

        for (var i = 0; i < inputs.Count; i++)
        {
            Assert.Equal(one[i].Mean, two[i].Mean);
            Assert.Equal(one[i].Mean, all[i].Mean);
            Assert.Equal(one[i].Method, all[i].Method);
        }
    }
}
