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
    [InlineData("series_id,t,y\na,1,x", "Line 2")]
    [InlineData("series_id,t,y\na,1,Infinity", "finite")]
    [InlineData("series_id,t,y\na,2,1\na,1,1", "back in time")]
    [InlineData("series_id,t,y\na,1,1\nb,1,1\na,2,1", "not contiguous")]
    [InlineData("series_id,date,y\na,2026-13-01,1", "yyyy-MM-dd")]
    [InlineData("series_id,t,y\na,1", "fields")]
    [InlineData("", "empty")]
    [InlineData("series_id,t,y,freq,h\na,1,1,12,0", "Line 2: h = 0 must be at least 1")]
    [InlineData("series_id,t,y,freq,h\na,1,1,0,6", "Line 2: freq = 0 must be at least 1")]
    [InlineData("series_id,date,y\na,2026-01-01,1\na,2026-01-04,1", "Series 'a': Dates 3 days apart")]
    public void Malformed_files_are_rejected_with_the_line(string csv, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => Read(csv)).Message, StringComparison.Ordinal);

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
