using CrossBorder.Forecasting.Files;
using NodaTime;

namespace CrossBorder.Forecasting.Tests.Files;

public class LongFormatReaderTests
{
    private static List<CrossBorder.Forecasting.Batch.SeriesInput> Read(string csv) => [.. LongFormatReader.Read(new StringReader(csv))];

    [Fact]
    public void Reads_the_reference_format_with_quotes_freq_and_h()
    {
        var series = Read("""
            "series_id","t","y","freq","h"
            "AirPassengers",1,112,12,18
            "AirPassengers",2,118,12,18
            "int_001",1,0,1,13
            "int_001",2,NA,1,13
            "int_001",3,4.5,1,13
            """);

        Assert.Equal(["AirPassengers", "int_001"], series.Select(s => s.Id));
        Assert.Equal([112.0, 118.0], series[0].Values.ToArray());
        Assert.Equal(12, series[0].Period);
        Assert.Equal(18, series[0].Horizon);
        Assert.Equal(13, series[1].Horizon);
        Assert.True(double.IsNaN(series[1].Values[1]));
        Assert.Equal(4.5, series[1].Values[2]);
    }

    [Fact]
    public void Gaps_in_t_become_missing_values()
    {
        var series = Read("series_id,t,y\na,1,5\na,4,7\n");

        Assert.Equal(4, series[0].Length);
        Assert.True(double.IsNaN(series[0].Values[1]) && double.IsNaN(series[0].Values[2]));
    }

    [Fact]
    public void Dated_series_get_their_calendar_and_period()
    {
        var series = Read("""
            series_id,date,y
            weekly,2026-01-05,3
            weekly,2026-01-12,0
            weekly,2026-01-26,2
            monthly,2026-01-31,10
            monthly,2026-02-28,11
            monthly,2026-03-31,12
            """);

        Assert.Equal(52, series[0].Period);
        Assert.Equal(new LocalDate(2026, 1, 5), series[0].Start);
        Assert.Equal(4, series[0].Length);
        Assert.True(double.IsNaN(series[0].Values[2]));
        Assert.Equal(12, series[1].Period);
        Assert.Equal([10.0, 11, 12], series[1].Values.ToArray());
    }

    [Theory]
    [InlineData("t,y\n1,2", "series_id")]
    [InlineData("series_id,y\na,2", "'t' or a 'date'")]
    [InlineData("series_id,t,y\na,1,x", "the input, line 2: y = 'x' is not a finite number")]
    [InlineData("series_id,t,y\na,1,Infinity", "finite")]
    [InlineData("series_id,t,y\na,2,1\na,1,1", "back in time")]
    [InlineData("series_id,t,y\na,1,1\nb,1,1\na,2,1", "not contiguous")]
    [InlineData("series_id,date,y\na,2026-13-01,1", "yyyy-MM-dd")]
    [InlineData("series_id,t,y\na,1", "fields")]
    [InlineData("", "empty")]
    [InlineData("series_id,t,y,freq,h\na,1,1,12,0", "line 2: h = 0 must be at least 1")]
    [InlineData("series_id,t,y,freq,h\na,1,1,0,6", "line 2: freq = 0 must be at least 1")]
    [InlineData("series_id,date,y\na,2026-01-01,1\na,2026-01-04,1", "line 3: Dates 3 days apart")]
    public void Malformed_files_are_rejected_with_the_line(string csv, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => Read(csv)).Message, StringComparison.Ordinal);

    [Theory]
    [InlineData("series_id,t,y\na,1,1,5", "line 2: 4 fields where the header has 3")] // a decimal comma 1,5 is not 1
    [InlineData("series_id,t,y,y\na,1,1,1", "line 1: the header names column 'y' twice")]
    [InlineData("series_id,t,y\na,1,1\na,100000001,1", "line 3: series 'a' would span 100000001 periods")] // a gap of 10^8
    [InlineData("series_id,t,y\na,-2147483648,1\na,2147483647,1", "line 3: series 'a' would span 4294967296 periods")] // t over the int range
    [InlineData("series_id,date,y\na,0001-01-01,1\na,0001-01-02,1\na,9999-12-31,1", "line 4: series 'a' spans 3652059 daily periods")]
    [InlineData("series_id,t,y,freq,h\na,1,1,1,2000000000", "line 2: h = 2000000000 is beyond the limit of 10000")]
    [InlineData("series_id,t,y\n,1,1", "line 2: series_id is empty")]
    public void Rows_and_spans_beyond_the_schema_or_the_limits_are_refused_up_front(string csv, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => Read(csv)).Message, StringComparison.Ordinal);

    [Fact]
    public void The_limits_themselves_are_accepted()
    {
        // t from 1 to 100,000 spans exactly MaximumSeriesLength periods; h = 10,000 is MaximumHorizon.
        var series = Read("series_id,t,y,freq,h\na,1,1,1,10000\na,100000,2,1,10000\n");
        Assert.Equal(LongFormatReader.MaximumSeriesLength, series[0].Length);
        Assert.Equal(LongFormatReader.MaximumHorizon, series[0].Horizon);
    }

    [Theory]
    [InlineData("series_id,date,y\nA,2026-01-05,3\nA,2026-01-12,-2", "line 3: series 'A' has y = -2; negative values are refused")]
    [InlineData("series_id,date,y\nA,2026-01-05,3\nA,2026-01-12,NA", "line 3: series 'A' has no value")]
    [InlineData("series_id,date,y\nA,2026-01-05,3\nA,2026-01-12,1\nA,2026-01-26,1", "line 4: series 'A' has no row for 2026-01-19")]
    [InlineData("series_id,t,y\nA,1,3\nA,3,1", "line 3: series 'A' has no row for t = 2")]
    public void Series_options_refuse_negative_and_missing_values_naming_the_series_and_line(string csv, string reason)
    {
        var options = new SeriesOptions { MissingValues = MissingValuePolicy.Throw };
        var ex = Assert.Throws<FormatException>(() => LongFormatReader.Read(new StringReader(csv), "sales.csv", options).ToList());
        Assert.StartsWith("sales.csv, line", ex.Message, StringComparison.Ordinal);
        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Series_options_can_read_missing_values_as_zero()
    {
        var options = new SeriesOptions { MissingValues = MissingValuePolicy.Zero };
        var series = LongFormatReader.Read(new StringReader("series_id,date,y\nA,2026-01-05,3\nA,2026-01-12,NA\nA,2026-01-26,1\n"), "sales.csv", options).Single();
        Assert.Equal([3.0, 0, 0, 1], series.Values.ToArray());
    }

    [Fact]
    public void Calendars_reject_irregular_dates()
    {
        Assert.Throws<ArgumentException>(() => SeriesCalendar.Infer([new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 4)]));
        Assert.Throws<ArgumentException>(() => SeriesCalendar.Weekly.Align([new LocalDate(2026, 1, 5), new LocalDate(2026, 1, 13)], [1, 2]));
        Assert.Equal(SeriesCalendar.Quarterly, SeriesCalendar.Infer([new LocalDate(2026, 1, 1), new LocalDate(2026, 4, 1)]));
        Assert.Equal(SeriesCalendar.Daily, SeriesCalendar.Infer([new LocalDate(2026, 1, 1)]));
        Assert.Equal("monthly", SeriesCalendar.Monthly.ToString());
    }

    [Fact]
    public void Forecasts_are_written_in_Rs_long_format()
    {
        var writer = new StringWriter { NewLine = "\n" };
        var csv = new ForecastCsvWriter(writer);
        csv.Write("sku \"1\"", new Forecast("ETS(A,N,N)", [1.5, 2], [new PredictionInterval(0.8, [1, 1.5], [2, 2.5])]));

        Assert.Equal(
            "\"series_id\",\"method\",\"step\",\"mean\",\"lo80\",\"hi80\",\"lo95\",\"hi95\"\n" +
            "\"sku \"\"1\"\"\",\"ETS(A,N,N)\",1,1.5,1,2,NA,NA\n" +
            "\"sku \"\"1\"\"\",\"ETS(A,N,N)\",2,2,1.5,2.5,NA,NA\n",
            writer.ToString());
    }
}
