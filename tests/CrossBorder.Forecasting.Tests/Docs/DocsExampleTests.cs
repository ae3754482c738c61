using CrossBorder.Forecasting.Batch;
using CrossBorder.Forecasting.Files;
using Microsoft.Extensions.DependencyInjection;

namespace CrossBorder.Forecasting.Tests.Docs;

/// <summary>The code quoted in docs/forecasting.md, kept compiling and passing here.</summary>
public class DocsExampleTests
{
    [Fact]
    public void Quick_tour()
    {
        // --- docs/forecasting.md: quick tour ---
        // One series: weekly unit sales, oldest first (NaN = a week with no record).
        double[] weekly = [0, 3, 0, 0, 5, 0, 2, 0, 0, 4, 0, 0, 3, 0, 1, 0, double.NaN, 2, 0, 0, 6, 0, 0, 2];
        var auto = AutoForecaster.Default.Forecast(weekly, period: 52, horizon: 4);
        // auto.Method == "Combo(Theta,iMAPA)" or "Combo(TSB,Mean)"; auto.Reason == MissingValuesFilled

        // A named method, inside the same fallback chain.
        var naive = ForecastMethods.Get("naive")(new SeriesInput("SKU-1", [12, 15, 14, 16], period: 1), 3);
        // naive.Mean == [16, 16, 16]; naive.IntervalAt(0.8) has the random-walk bounds

        // A catalogue, streamed from a long CSV file and written in R's long format, in input order.
        var service = new ForecastingService("auto", levels: [0.8, 0.95]);
        using var input = new StringReader("series_id,t,y\nA,1,10\nA,2,12\nA,3,11\nA,4,13\nB,1,0\nB,2,0\nB,3,0\n");
        using var output = new StringWriter();
        var csv = new ForecastCsvWriter(output);
        foreach (var (series, forecast) in service.Stream(LongFormatReader.Read(input), defaultHorizon: 2))
        {
            csv.Write(series.Id, forecast);
        }

        // B has never sold: "B","Zero",1,0,NA,NA,NA,NA with Reason == AllZero

        // In a host: options validated at start-up, immutable singletons.
        var services = new ServiceCollection().AddCrossBorderForecasting(o =>
        {
            o.Method = "auto";
            o.MissingValues = MissingValuePolicy.Zero;
            o.MaxDegreeOfParallelism = 4;
        });
        // --- end ---

        Assert.Contains(auto.Method, new[] { "Combo(Theta,iMAPA)", "Combo(TSB,Mean)" });
        Assert.Equal(FallbackReason.MissingValuesFilled, auto.Reason);
        Assert.Equal([16, 16, 16], naive.Mean);
        Assert.NotNull(naive.IntervalAt(0.8));
        Assert.Contains("\"B\",\"Zero\",1,0,NA,NA,NA,NA", output.ToString(), StringComparison.Ordinal);
        using var provider = services.BuildServiceProvider();
        Assert.Equal(4, provider.GetRequiredService<ForecastingService>().MaxDegreeOfParallelism);
    }
}
