using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrossBorder.Scorecards.Tests.Alerts;

public class AlertDetectorTests
{
    private static readonly LocalDate Start = new(2026, 1, 4);

    private static MetricSeries Daily(params double[] values) => Series(1, values);

    private static MetricSeries Weekly(params double[] values) => Series(7, values);

    private static MetricSeries Series(int step, double[] values) =>
        new("actives", "store", values.Select((v, i) => new MetricPoint(Start.PlusDays(i * step), v)));

    private static readonly AlertPolicy PopOnly = new()
    {
        Direction = Direction.HigherIsBetter,
        StatisticalTests = false,
        RunRules = false,
        PeriodOverPeriod = PeriodOverPeriodRule.SameWeekdayLastWeek(15m, 100d),
    };

    [Fact]
    public void Weekly_actives_down_15_percent_fires_and_down_14_does_not()
    {
        // 1,000 → 850 is −15% (fires at the 15% threshold); 850 → 731 is −14% (does not); a rise of 20% is good news.
        var alerts = AlertDetector.Detect(Weekly(1000, 850, 731, 877.2), PopOnly);

        var alert = Assert.Single(alerts);
        Assert.Equal((Start.PlusDays(7), "period-over-period", RagStatus.Amber), (alert.Date, alert.Method, alert.Severity));
        Assert.StartsWith("-15% vs 2026-01-04 (850 against 1000", alert.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_base_below_the_floor_is_not_judged()
    {
        // 90 → 10 is −89%, but the base 90 is below the floor of 100.
        Assert.Empty(AlertDetector.Detect(Weekly(90, 10), PopOnly));
    }

    [Fact]
    public void A_drop_of_exactly_the_threshold_breaches_it()
    {
        // 0.3 → 0.255 and 7 → 5.95 are exactly −15%, though in doubles |change| × 100 comes out 14.999999999999996.
        var policy = new AlertPolicy { StatisticalTests = false, RunRules = false, PeriodOverPeriod = PeriodOverPeriodRule.SameWeekdayLastWeek(15m, 0d) };

        Assert.Single(AlertDetector.Detect(Weekly(0.3, 0.255), policy));
        Assert.Single(AlertDetector.Detect(Weekly(7, 5.95), policy));
        Assert.Empty(AlertDetector.Detect(Weekly(7, 5.96), policy));
    }

    [Fact]
    public void Confirmation_periods_need_consecutive_breaches_in_one_direction()
    {
        // Breaches (≥ 15% down) at weeks 2, 4 and 5: with 2 confirmation periods only week 5 fires.
        var policy = new AlertPolicy
        {
            Direction = Direction.HigherIsBetter,
            StatisticalTests = false,
            RunRules = false,
            PeriodOverPeriod = PeriodOverPeriodRule.SameWeekdayLastWeek(15m, 100d, confirmationPeriods: 2),
        };

        var alerts = AlertDetector.Detect(Weekly(1000, 800, 1000, 800, 600), policy);

        Assert.Equal([Start.PlusDays(28)], alerts.Select(a => a.Date));
        Assert.Contains("2 periods in a row", alerts[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_period_last_year_compares_364_days_back()
    {
        var points = new[] { new MetricPoint(Start, 500), new MetricPoint(Start.PlusDays(7), 500), new MetricPoint(Start.PlusDays(364), 300) };
        var policy = new AlertPolicy { StatisticalTests = false, RunRules = false, PeriodOverPeriod = PeriodOverPeriodRule.SamePeriodLastYear(30m, 0d) };

        var alert = Assert.Single(AlertDetector.Detect(new MetricSeries("gmv", "store", points), policy));

        Assert.Equal(Start.PlusDays(364), alert.Date);
        Assert.StartsWith("-40% vs 2026-01-04", alert.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spike_is_one_alert_listing_every_test_that_fired_and_is_judged_without_itself()
    {
        // 22 days alternating 11, 9 then 20: baseline median 10, MAD 1, scale 1.4826, robust z = 10 / 1.4826 = 6.745.
        // Were the spike in its own baseline the median would be 11. The run rules' baseline is the 15 days before the
        // last 8 (eight 11s, seven 9s): centre 10.067, σ 1.773, and 20 is beyond 3σ. Several tests agree → one red alert.
        var values = Enumerable.Range(0, 22).Select(i => i % 2 == 0 ? 11d : 9d).Append(20d).ToArray();

        var alert = Assert.Single(AlertDetector.Detect(Daily(values), new AlertPolicy()));

        Assert.Equal(Start.PlusDays(22), alert.Date);
        Assert.Equal(RagStatus.Red, alert.Severity);
        Assert.StartsWith("robust-z+ewma+cusum", alert.Method, StringComparison.Ordinal);
        Assert.Contains("robust z 6.74 beyond ±3.5 (median 10, scale 1.4826, 22 points before)", alert.Detail, StringComparison.Ordinal);
        Assert.Contains("rule 1 (a point beyond 3σ)", alert.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Eight_points_on_one_side_fire_Western_Electric_rule_4_alone()
    {
        // Baseline 11, 9 ×10: centre 10, σ = mean moving range 2 / 1.128 = 1.773. Then eight points at 10.5, within 1σ:
        // only the eighth completes "8 in a row on one side" (the window before it still holds the last 9).
        var values = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 11d : 9d).Concat(Enumerable.Repeat(10.5, 8)).ToArray();

        var alert = Assert.Single(AlertDetector.Detect(Daily(values), new AlertPolicy()));

        Assert.Equal((Start.PlusDays(27), "run-rule", RagStatus.Amber), (alert.Date, alert.Method, alert.Severity));
        Assert.Contains("rule 4 (8 in a row on one side) (centre 10, σ 1.77305", alert.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_bad_direction_alerts()
    {
        var values = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 11d : 9d).Append(20d).ToArray();

        Assert.Empty(AlertDetector.Detect(Daily(values), new AlertPolicy { Direction = Direction.HigherIsBetter }));
        Assert.Single(AlertDetector.Detect(Daily(values), new AlertPolicy { Direction = Direction.LowerIsBetter }));
    }

    [Fact]
    public void Details_do_not_depend_on_the_culture()
    {
        var values = Enumerable.Range(0, 20).Select(i => i % 2 == 0 ? 11d : 9d).Append(20d).ToArray();
        // Median 10, MAD 1 → robust z 10 / 1.4826 = 6.74 (as in the spike test), with invariant digits in every culture.
        Cultures.Each(() => Assert.Contains("robust z 6.74 beyond ±3.5 (median 10, scale 1.4826, 20 points before)", AlertDetector.Detect(Daily(values), new AlertPolicy())[0].Detail, StringComparison.Ordinal));
    }

    [Fact]
    public void A_series_cannot_be_changed_through_its_points()
    {
        var series = Daily(1, 2, 3);

        Assert.False(series.Points is MetricPoint[]);
        Assert.Throws<NotSupportedException>(() => ((IList<MetricPoint>)series.Points)[0] = new(Start, 9));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("points", Assert.Throws<ArgumentException>(() => new MetricSeries("m", "e", [new(Start, 1), new(Start, 2)])).ParamName);
        Assert.Equal("points", Assert.Throws<ArgumentException>(() => new MetricSeries("m", "e", [new(Start, double.NaN)])).ParamName);
        Assert.Equal("metricId", Assert.Throws<ArgumentException>(() => new MetricSeries(" ", "e", [])).ParamName);
        Assert.Equal("series", Assert.Throws<ArgumentException>(() => AlertDetector.Detect([Daily(1), Daily(2)], new AlertPolicy())).ParamName);
        Assert.Equal("BaselinePoints", Assert.Throws<ArgumentOutOfRangeException>(() => new AlertPolicy { BaselinePoints = 1 }).ParamName);
        Assert.Equal("EwmaLambda", Assert.Throws<ArgumentOutOfRangeException>(() => new AlertPolicy { EwmaLambda = 1.5 }).ParamName);
        Assert.Equal("Floor", Assert.Throws<ArgumentOutOfRangeException>(() => new AlertPolicy { Floor = double.NaN }).ParamName);
        Assert.Equal("MinimumBaselinePoints", Assert.Throws<ArgumentException>(() => AlertDetector.Detect(Daily(1), new AlertPolicy { BaselinePoints = 10, MinimumBaselinePoints = 12 })).ParamName);
        Assert.Equal("thresholdPercent", Assert.Throws<ArgumentOutOfRangeException>(() => PeriodOverPeriodRule.SameWeekdayLastWeek(0m, 1d)).ParamName);
        Assert.Equal("baseFloor", Assert.Throws<ArgumentOutOfRangeException>(() => PeriodOverPeriodRule.SameWeekdayLastWeek(10m, -1d)).ParamName);
        Assert.Equal("confirmationPeriods", Assert.Throws<ArgumentOutOfRangeException>(() => PeriodOverPeriodRule.SameWeekdayLastWeek(10m, 1d, 0)).ParamName);
    }

    private static readonly Gen<(double Floor, double[] Values)> BelowFloor =
        from floor in Gen.Choose(1, 1_000)
        from length in Gen.Choose(1, 80)
        from values in Gen.ArrayOf(Gen.Choose(0, (floor * 100) - 1), length)
        select (floor * 1d, values.Select(v => v / 100d).ToArray());

    [ScaledProperty(Cases = 200)]
    public Property No_alert_is_ever_raised_on_data_below_the_floors() =>
        Prop.ForAll(BelowFloor.ToArbitrary(), Gen.Elements(1, 7).ToArbitrary(), (data, step) =>
        {
            var policy = new AlertPolicy
            {
                Floor = data.Floor,
                MinimumBaselinePoints = 2,
                PeriodOverPeriod = new PeriodOverPeriodRule(step, 1m, data.Floor),
            };
            var alerts = AlertDetector.Detect(Series(step, data.Values), policy);
            return (alerts.Count == 0).Label(string.Join(" | ", alerts.Select(a => a.Detail)));
        });

    private static readonly Gen<double[]> Noisy =
        from length in Gen.Choose(1, 90)
        from values in Gen.ArrayOf(Gen.Choose(0, 10_000), length)
        select values.Select(v => v / 10d).ToArray();

    [ScaledProperty(Cases = 200)]
    public Property At_most_one_alert_per_date_and_it_names_each_test_once() =>
        Prop.ForAll(Noisy.ToArbitrary(), values =>
        {
            var policy = new AlertPolicy { MinimumBaselinePoints = 5, PeriodOverPeriod = PeriodOverPeriodRule.SameWeekdayLastWeek(10m, 1d) };
            var alerts = AlertDetector.Detect(Daily(values), policy);
            var oneAPerDate = alerts.Select(a => a.Date).Distinct().Count() == alerts.Count;
            var testsOnce = alerts.All(a => a.Method.Split('+').Distinct().Count() == a.Method.Split('+').Length);
            var severity = alerts.All(a => a.Severity == (a.Method.Contains('+', StringComparison.Ordinal) ? RagStatus.Red : RagStatus.Amber));
            return (oneAPerDate && testsOnce && severity).Label(string.Join(" | ", alerts.Select(a => $"{a.Date} {a.Method}")));
        });
}
