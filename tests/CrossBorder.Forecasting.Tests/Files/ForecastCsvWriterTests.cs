using CrossBorder.Forecasting.Files;

namespace CrossBorder.Forecasting.Tests.Files;

public class ForecastCsvWriterTests
{
    [Fact]
    public void Levels_choose_the_interval_columns_in_the_order_given()
    {
        var writer = new StringWriter { NewLine = "\n" };
        var csv = new ForecastCsvWriter(writer, [0.975, 0.5]);
        csv.Write("a", new Forecast("Naive", [2], [new PredictionInterval(0.5, [1.5], [2.5])]));

        Assert.Equal(
            "\"series_id\",\"method\",\"step\",\"mean\",\"lo97.5\",\"hi97.5\",\"lo50\",\"hi50\"\n" +
            "\"a\",\"Naive\",1,2,NA,NA,1.5,2.5\n",
            writer.ToString());
    }

    [Fact]
    public void No_levels_give_point_forecasts_only()
    {
        var writer = new StringWriter { NewLine = "\n" };
        new ForecastCsvWriter(writer, []).Write("a", new Forecast("Mean", [0.1], []));

        Assert.Equal("\"series_id\",\"method\",\"step\",\"mean\"\n\"a\",\"Mean\",1,0.1\n", writer.ToString());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(80.0)]
    public void Levels_outside_0_1_are_rejected(double level)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ForecastCsvWriter(new StringWriter(), [level]));
    }
}
