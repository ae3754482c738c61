using System.Xml.Linq;
using CrossBorder.Cli.Tests.Helpers;
using CrossBorder.Forecasting;

namespace CrossBorder.Cli.Tests.Commands;

public sealed partial class ForecastCommandTests
{
    private static string Sample => Tool.SamplePath("forecast/weekly-skus.csv");

    [Fact]
    public void The_bundled_example_is_what_its_generator_writes()
    {
        var committed = Path.Combine(ForecastCsv.RepositoryRoot(), "samples", "data", "forecast", "weekly-skus.csv");
        var generated = WeeklySkuCatalogue.Generate();
        if (Environment.GetEnvironmentVariable("CROSSBORDER_REGENERATE_SAMPLES") == "1")
        {
            File.WriteAllText(committed, generated);
        }

        Assert.Equal(generated, File.ReadAllText(committed).ReplaceLineEndings("\n"));
        Assert.Equal(generated, File.ReadAllText(Sample).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_bundled_example_runs_and_every_sku_gets_a_forecast_with_its_reason()
    {
        var output = _folder.File("weekly.csv");

        var run = Tool.Run("forecast", "--input", Sample, "--output", output, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var json = JsonOutput.Parse(run.Out);
        Assert.Equal(30, json.GetProperty("series").GetInt32());
        Assert.Equal(30 * 13, json.GetProperty("rows").GetInt64());
        var reasons = json.GetProperty("reasons").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("count").GetInt32());
        Assert.Equal(1, reasons["AllZero"]);
        Assert.Equal(1, reasons["Constant"]);
        Assert.Equal(1, reasons["TooShort"]);
        Assert.Equal(1, reasons["MissingValuesFilled"]);
        Assert.Equal(4, reasons["Obsolete"]);
        Assert.Equal(2, reasons["LeadingZerosTrimmed"]);
        Assert.Equal(30 - 1 - 1 - 1 - 1 - 4 - 2, reasons["None"]);
        Assert.Equal(reasons.Values.Sum() - reasons["None"], json.GetProperty("fallbacks").GetInt32());
        var classes = json.GetProperty("demandClasses").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("count").GetInt32());
        Assert.Equal(1, classes["NoDemand"]);
        Assert.True(classes.GetValueOrDefault("Intermittent") + classes.GetValueOrDefault("Lumpy") >= 11);

        var rows = ForecastCsv.Read(output);
        Assert.Equal(30, rows.Select(r => r.SeriesId).Distinct().Count());
        Assert.All(rows, r => Assert.True(double.IsFinite(r.Mean) && r.Mean >= 0));
        Assert.All(rows.Where(r => r.SeriesId == "SKU-029"), r => Assert.Equal(0, r.Mean));
        Assert.All(rows.Where(r => r.SeriesId == "SKU-030"), r => Assert.Equal(10, r.Mean));
    }

    public static TheoryData<string> Methods => [.. ForecastMethods.Names];

    [Theory]
    [MemberData(nameof(Methods))]
    public void Every_method_forecasts_every_sku_of_the_example(string method)
    {
        var output = _folder.File(method + ".csv");

        var run = Tool.Run("forecast", "-i", Sample, "-o", output, "-m", method, "--horizon", "4");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        var rows = ForecastCsv.Read(output);
        Assert.Equal(30 * 4, rows.Count);
        Assert.All(rows, r => Assert.True(double.IsFinite(r.Mean)));
    }

    [Fact]
    public void The_chart_is_well_formed_svg_with_history_forecast_and_bands_of_each_chosen_series()
    {
        var chart = _folder.File("chart.svg");

        var run = Tool.Run("forecast", "-i", Sample, "-o", _folder.File("f.csv"), "--chart", "SKU-001,SKU-020", "--chart-output", chart);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.OutLines, l => l == "Chart: " + chart);
        var svg = XDocument.Load(chart).Root!;
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Name);
        var groups = svg.Elements(ns + "g").ToList();
        Assert.Equal(["series-SKU-001", "series-SKU-020"], groups.Select(g => (string)g.Attribute("id")!));
        var first = groups[0];
        Assert.Contains(first.Elements(ns + "text"), t => t.Value == "SKU-001");
        Assert.Single(first.Elements(ns + "polyline"), p => (string?)p.Attribute("class") == "history");
        var forecast = Assert.Single(first.Elements(ns + "polyline"), p => (string?)p.Attribute("class") == "forecast");
        Assert.Equal(13 + 1, ((string)forecast.Attribute("points")!).Split(' ').Length);
        Assert.Equal(2, first.Elements(ns + "polygon").Count());
        Assert.DoesNotContain(",", string.Join(' ', svg.Descendants().Select(e => (string?)e.Attribute("x") ?? string.Empty)), StringComparison.Ordinal);
        Assert.Contains("2024-01-01", svg.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_html_chart_wraps_the_svg_and_escapes_ids()
    {
        var input = _folder.Write("odd.csv", "series_id,t,y\n\"<a&b>\",1,5\n\"<a&b>\",2,7\n\"<a&b>\",3,6\n\"<a&b>\",4,8\n");
        var chart = _folder.File("chart.html");

        var run = Tool.Run("forecast", "-i", input, "-o", _folder.File("f.csv"), "-m", "naive", "--chart", "<a&b>", "--chart-output", chart);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(chart);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        var svgText = html[html.IndexOf("<svg", StringComparison.Ordinal)..(html.IndexOf("</svg>", StringComparison.Ordinal) + "</svg>".Length)];
        var svg = XDocument.Parse(svgText).Root!;
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == "<a&b>");
        Assert.DoesNotContain("<a&b>", html, StringComparison.Ordinal);
    }
}
