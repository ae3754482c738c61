using System.Globalization;
using NodaTime;

namespace CrossBorder.Scorecards.Tests.Values;

public class ScorecardValuesCsvTests
{
    private static IReadOnlyList<MetricObservation> Read(string csv) => ScorecardValuesCsv.Read(new StringReader(csv), "values.csv");

    private static string Error(string csv) => Assert.Throws<FormatException>(() => Read(csv)).Message;

    [Fact]
    public void Rows_with_a_value_a_ratio_or_both_are_read_in_file_order()
    {
        var rows = Read(
            "date,entity,metric,value,numerator,denominator\n" +
            "2026-11-30,store-eu,gmv,125000.50,,\n" +
            "2026-11-30,store-eu,odr,,3,400\n" +
            "2026-11-30,store-eu,late,0.33,1,3\n" +
            "\n" +
            "2026-12-01,\"store, us\",gmv,-12.5,,\n");

        // 3 ÷ 400 = 0.0075 by hand; the written 0.33 is kept beside 1 ÷ 3 (it agrees to within 0.01).
        Assert.Equal(
            [
                new MetricObservation(new LocalDate(2026, 11, 30), "store-eu", "gmv", 125000.50m, null, null),
                new MetricObservation(new LocalDate(2026, 11, 30), "store-eu", "odr", 0.0075m, 3m, 400m),
                new MetricObservation(new LocalDate(2026, 11, 30), "store-eu", "late", 0.33m, 1m, 3m),
                new MetricObservation(new LocalDate(2026, 12, 1), "store, us", "gmv", -12.5m, null, null),
            ],
            rows);
    }

    [Fact]
    public void The_optional_columns_may_be_left_out_and_the_header_is_matched_in_any_order_and_case()
    {
        Assert.Equal(new MetricObservation(new LocalDate(2026, 11, 30), "s", "m", 1.5m, null, null), Read("date,entity,metric,value\n2026-11-30,s,m,1.5\n").Single());
        Assert.Equal(new MetricObservation(new LocalDate(2026, 11, 30), "s", "m", 0.5m, 1m, 2m), Read("Metric,DENOMINATOR,Value,Entity,numerator,Date\nm,2,,s,1,2026-11-30\n").Single());
    }

    [Fact]
    public void Zero_of_zero_is_a_missing_value_that_keeps_its_counts()
    {
        var row = Read("date,entity,metric,value,numerator,denominator\n2026-11-30,s,odr,,0,0\n").Single();
        Assert.Null(row.Value);
        Assert.Equal(0m, row.Numerator);
        Assert.Equal(0m, row.Denominator);
    }

    [Theory]
    [InlineData("date,entity,metric,value,numerator,denominator\n2026-11-30,s,odr,,3,0\n", "values.csv, line 2: numerator 3 over a zero denominator")]
    [InlineData("date,entity,metric,value,numerator,denominator\n2026-11-30,s,odr,0,0,0\n", "values.csv, line 2: value 0 beside a zero denominator")]
    [InlineData("date,entity,metric,value,numerator,denominator\n2026-11-30,s,odr,,1,-4\n", "values.csv, line 2: denominator = '-4' is not a non-negative denominator.")]
    [InlineData("date,entity,metric,value,numerator,denominator\n2026-11-30,s,odr,,-1,4\n", "values.csv, line 2: numerator = '-1' is not a non-negative numerator")]
    [InlineData("date,entity,metric,value,numerator,denominator\n2026-11-30,s,odr,,1,\n", "values.csv, line 2: a numerator without a denominator")]
    [InlineData("date,entity,metric,value,numerator,denominator\n2026-11-30,s,odr,,,4\n", "values.csv, line 2: a denominator without a numerator")]
    [InlineData("date,entity,metric,value,numerator,denominator\n2026-11-30,s,odr,,,\n", "values.csv, line 2: the row has no value")]
    [InlineData("date,entity,metric,value\n2026-11-30,s,odr,\n", "values.csv, line 2: the row has no value")]
    [InlineData("date,entity,metric,value,numerator,denominator\n2026-11-30,s,odr,1.2,12,1000\n", "values.csv, line 2: value 1.2 disagrees with numerator ÷ denominator = 12 ÷ 1000 = 0.012")]
    [InlineData("date,entity,metric,value\n30/11/2026,s,odr,1\n", "values.csv, line 2: date = '30/11/2026' is not a yyyy-MM-dd date.")]
    [InlineData("date,entity,metric,value\n2026-02-30,s,odr,1\n", "values.csv, line 2: date = '2026-02-30' is not a yyyy-MM-dd date.")]
    [InlineData("date,entity,metric,value\n2026-11-30,s,odr,abc\n", "values.csv, line 2: value = 'abc' is not a number")]
    [InlineData("date,entity,metric,value\n2026-11-30,s,odr,\"1,5\"\n", "values.csv, line 2: value = '1,5' is not a number")]
    [InlineData("date,entity,metric,value\n2026-11-30,s,odr,1e3\n", "values.csv, line 2: value = '1e3' is not a number")]
    [InlineData("date,entity,metric,value\n2026-11-30,s,odr,NaN\n", "values.csv, line 2: value = 'NaN' is not a number")]
    [InlineData("date,entity,metric,value\n2026-11-30,s,odr,1,5\n", "values.csv, line 2: 5 fields where the header has 4")]
    [InlineData("date,entity,metric,value\n2026-11-30, ,odr,1\n", "values.csv, line 2: the entity is empty.")]
    [InlineData("date,entity,metric,value\n2026-11-30,s,,1\n", "values.csv, line 2: the metric is empty.")]
    [InlineData("date,entity,metric,value\n2026-11-30,s,odr,1\n2026-11-29,s,odr,1\n2026-11-30,s,odr,2\n", "values.csv, line 4: a second row for 2026-11-30, entity 's', metric 'odr' (the first is on line 2).")]
    [InlineData("date,entity,metric\n2026-11-30,s,odr\n", "values.csv, line 1: the header has no 'value' column; expected date,entity,metric,value[,numerator,denominator].")]
    [InlineData("date,entity,metric,value,weight\n2026-11-30,s,odr,1,2\n", "values.csv, line 1: the header has a column 'weight' that the format does not know")]
    [InlineData("date,entity,metric,value,numerator\n2026-11-30,s,odr,1,2\n", "values.csv, line 1: the header has 'numerator' without 'denominator'")]
    [InlineData("date,entity,metric,value\n", "values.csv, line 1: the file has a header but no rows")]
    [InlineData("", "values.csv, line 1: the file is empty")]
    public void Bad_input_is_an_error_naming_the_file_and_line(string csv, string expected) =>
        Assert.StartsWith(expected, Error(csv), StringComparison.Ordinal);

    [Fact]
    public void Arguments_are_checked()
    {
        Assert.Equal("reader", Assert.Throws<ArgumentNullException>(() => ScorecardValuesCsv.Read(null!, "x")).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentException>(() => ScorecardValuesCsv.Read(new StringReader("a"), " ")).ParamName);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("fr-FR")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public async Task Numbers_and_dates_read_the_same_in_every_culture(string culture)
    {
        // The culture is set inside the task: it flows no further than the task's own execution context.
        var row = await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            return Read("DATE,ENTITY,METRIC,VALUE\n2026-11-30,IST,ımetric,1.5\n").Single();
        });
        Assert.Equal(new MetricObservation(new LocalDate(2026, 11, 30), "IST", "ımetric", 1.5m, null, null), row);
    }

    [Fact]
    public void The_bundled_example_reads()
    {
        // samples/data/scorecard-values.csv has 737 lines (wc -l): a header and 736 rows. Its third line is
        // 2026-09-01,amazon-us,conversion,,52,400, and 52 ÷ 400 = 0.13 by hand.
        using var file = File.OpenText(Path.Combine(AppContext.BaseDirectory, "Values", "Data", "scorecard-values.csv"));
        var rows = ScorecardValuesCsv.Read(file, "scorecard-values.csv");
        Assert.Equal(736, rows.Count);
        Assert.Equal(new MetricObservation(new LocalDate(2026, 9, 1), "amazon-us", "conversion", 0.13m, 52m, 400m), rows[1]);
    }

    [Fact]
    public void Repeated_names_share_one_string_instance()
    {
        var rows = Read("date,entity,metric,value\n2026-11-29,store,gmv,1\n2026-11-30,store,gmv,2\n");
        Assert.Same(rows[0].Entity, rows[1].Entity);
        Assert.Same(rows[0].Metric, rows[1].Metric);
    }
}
