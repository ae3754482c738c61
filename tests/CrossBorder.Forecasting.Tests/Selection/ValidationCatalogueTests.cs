using System.Globalization;
using CrossBorder.Forecasting.Tests.Helpers;
using Xunit.Abstractions;

namespace CrossBorder.Forecasting.Tests.Selection;

/// <summary>
/// <c>auto</c> on the validation catalogue (<c>Data/catalogues/validation</c>, seed 60417), which chose nothing: every
/// weight, threshold and default of <see cref="AutoForecaster"/> was chosen on the development catalogue. R's scores on
/// the same files (<c>r_scores_summary.csv</c>: ets, thetaf, stlf, croston and TSB from R 4.2.2 with forecast 8.20) were
/// computed by <c>benchmarks/r/compare.sh</c>; these are the figures docs/forecasting.md reports.
/// </summary>
public class ValidationCatalogueTests(ITestOutputHelper output)
{
    private const string Set = "catalogues/validation/";

    private static readonly Lazy<Dictionary<string, GroupScore>> Scores = new(ScoreAll);

    private sealed record GroupScore(int Series, double Mase, double Coverage80, double Coverage95, int WithIntervals);

    private static double BestR(string group) =>
        ReferenceData.Rows(Set + "r_scores_summary.csv").Where(r => r[0] == group).Min(r => ReferenceData.Num(r[2]));

    [Theory]
    [InlineData("weekly")]
    [InlineData("monthly")]
    [InlineData("daily")]
    [InlineData("lumpy")]
    public void Auto_is_at_least_as_accurate_as_Rs_best_method_in_the_group(string group)
    {
        var score = Scores.Value[group];
        var best = BestR(group);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group}: auto MASE {score.Mase:F4} on {score.Series} series; R's best {best:F4}"));

        Assert.True(score.Mase <= best, $"{group}: MASE {score.Mase} against R's best {best}");
    }

    /// <summary>
    /// The one group where the target (≤ R's best) is not met: R's TSB (α = 0.1 for both parts) scores 0.8158 and the
    /// combination chosen on development data 0.8167. The assertion is parity within 0.5%, as the docs say, not a win.
    /// </summary>
    [Fact]
    public void On_intermittent_demand_auto_is_within_half_a_percent_of_Rs_TSB()
    {
        var score = Scores.Value["intermittent"];
        var best = BestR("intermittent");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"intermittent: auto MASE {score.Mase:F4}; R's best {best:F4}"));

        Assert.Equal(best, ReferenceData.Score(Set, "intermittent", "tsb", "MASE"));
        Assert.InRange(score.Mase, 0.9 * best, 1.005 * best);
    }

    /// <summary>The target: interval coverage within 5 points of nominal, in every group with intervals.</summary>
    [Theory]
    [InlineData("weekly")]
    [InlineData("monthly")]
    [InlineData("daily")]
    [InlineData("intermittent")]
    [InlineData("lumpy")]
    public void Interval_coverage_is_within_five_points_of_nominal(string group)
    {
        var score = Scores.Value[group];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group}: coverage {score.Coverage80:P1} / {score.Coverage95:P1} on {score.WithIntervals} series"));

        Assert.True(score.WithIntervals >= score.Series * 0.9, $"{group}: only {score.WithIntervals} of {score.Series} forecasts have intervals");
        Assert.InRange(score.Coverage80, 0.75, 0.85);
        Assert.True(score.Coverage95 >= 0.90, $"95% coverage {score.Coverage95}");   // 95% + 5 points is 100%: only the lower side can be missed
    }

    private static Dictionary<string, GroupScore> ScoreAll()
    {
        var series = ReferenceData.Catalogue("validation");
        var forecasts = new Forecast[series.Count];
        Parallel.For(0, series.Count, i => forecasts[i] = AutoForecaster.Default.Forecast(series[i].Train, series[i].Frequency, series[i].Horizon));
        return series.Select((s, i) => (s, f: forecasts[i])).GroupBy(x => x.s.Group).ToDictionary(g => g.Key, g =>
        {
            var members = g.ToArray();
            var mase = members.Average(x => Accuracy.Mase(x.s.Test, [.. x.f.Mean], x.s.Train, x.s.Frequency));
            var covered = members.Where(x => x.f.IntervalAt(0.8) is not null).ToArray();
            double Coverage(double level) => covered.Average(x => Accuracy.Coverage(x.s.Test, [.. x.f.IntervalAt(level)!.Lower], [.. x.f.IntervalAt(level)!.Upper]));
            return new GroupScore(members.Length, mase, Coverage(0.8), Coverage(0.95), covered.Length);
        });
    }
}
