using System.Globalization;
using CrossBorder.Cli.Tests.Helpers;
using CrossBorder.Forecasting;

namespace CrossBorder.Cli.Tests.Commands;

/// <summary><c>crossborder forecast</c> against R's reference forecasts, the bundled example and the output contract.</summary>
public sealed partial class ForecastCommandTests : IDisposable
{
    private const string Header = "\"series_id\",\"method\",\"step\",\"mean\",\"lo80\",\"hi80\",\"lo95\",\"hi95\"";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Naive_forecasts_equal_Rs_to_1e_9()
    {
        var output = _folder.File("naive.csv");

        var run = Tool.Run("forecast", "--input", ForecastCsv.DataPath("classic_train.csv"), "--output", output, "--method", "naive");

        Assert.Equal(0, run.ExitCode);
        var ours = ForecastCsv.Read(output).ToDictionary(r => (r.SeriesId, r.Step));
        var r = ForecastCsv.Read(ForecastCsv.DataPath("classic_forecasts.csv")).Where(r => r.Method == "naive").ToList();
        Assert.Equal(r.Count, ours.Count);
        foreach (var expected in r)
        {
            var actual = ours[(expected.SeriesId, expected.Step)];
            Assert.Equal("Naive", actual.Method);
            AssertClose(expected.Mean, actual.Mean);

            // Demand is non-negative: where R's bound is below zero the tool clips it to zero.
            AssertClose(Math.Max(0, expected.Lo80), actual.Lo80);
            AssertClose(expected.Hi80, actual.Hi80);
            AssertClose(Math.Max(0, expected.Lo95), actual.Lo95);
            AssertClose(expected.Hi95, actual.Hi95);
        }
    }

    [Fact]
    public void Ets_chooses_Rs_form_for_every_series()
    {
        var output = _folder.File("ets.csv");

        var run = Tool.Run("forecast", "--input", ForecastCsv.DataPath("classic_train.csv"), "--output", output, "--method", "ets");

        Assert.Equal(0, run.ExitCode);
        var chosen = ForecastCsv.Read(output).GroupBy(r => r.SeriesId).ToDictionary(g => g.Key, g => Assert.Single(g.Select(r => r.Method).Distinct()));
        var rForms = File.ReadLines(ForecastCsv.DataPath("classic_models.csv")).Skip(1).Select(ForecastCsv.Split).ToDictionary(f => f[0], f => f[3]);
        Assert.Equal(rForms.Count, chosen.Count);
        foreach (var (id, form) in rForms)
        {
            Assert.Equal(form, chosen[id]);
        }
    }

    [Fact]
    public void Each_series_gets_its_own_horizon_from_the_h_column_and_the_option_overrides_it()
    {
        var own = _folder.File("own.csv");
        var fixedHorizon = _folder.File("fixed.csv");

        Assert.Equal(0, Tool.Run("forecast", "-i", ForecastCsv.DataPath("classic_train.csv"), "-o", own, "-m", "naive").ExitCode);
        Assert.Equal(0, Tool.Run("forecast", "-i", ForecastCsv.DataPath("classic_train.csv"), "-o", fixedHorizon, "-m", "naive", "--horizon", "3").ExitCode);

        var steps = ForecastCsv.Read(own).GroupBy(r => r.SeriesId).ToDictionary(g => g.Key, g => g.Max(r => r.Step));
        Assert.Equal(18, steps["AirPassengers"]);
        Assert.Equal(8, steps["JohnsonJohnson"]);
        Assert.Equal(6, steps["Nile"]);
        Assert.All(ForecastCsv.Read(fixedHorizon).GroupBy(r => r.SeriesId), g => Assert.Equal([1, 2, 3], g.Select(r => r.Step)));
    }

    [Fact]
    public void The_output_is_Rs_long_format_with_NA_for_missing_intervals_and_quoted_ids()
    {
        var input = _folder.Write("odd.csv", "series_id,t,y\n\"a,\"\"b\"\"\",1,0\n\"a,\"\"b\"\"\",2,3\n\"a,\"\"b\"\"\",3,0\n\"a,\"\"b\"\"\",4,1\n\"a,\"\"b\"\"\",5,0\n\"a,\"\"b\"\"\",6,2\n");
        var output = _folder.File("croston.csv");

        var run = Tool.Run("forecast", "--input", input, "--output", output, "--method", "croston", "--horizon", "2");

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.Equal(Header, lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Matches("^\"a,\"\"b\"\"\",\"Croston\",1,[0-9.E+-]+,NA,NA,NA,NA$", lines[1]);
        Assert.Matches("^\"a,\"\"b\"\"\",\"Croston\",2,[0-9.E+-]+,NA,NA,NA,NA$", lines[2]);
        Assert.DoesNotContain("\r", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90", "\"series_id\",\"method\",\"step\",\"mean\",\"lo90\",\"hi90\"")]
    [InlineData("80", "\"series_id\",\"method\",\"step\",\"mean\",\"lo80\",\"hi80\"")]
    [InlineData("50,97.5", "\"series_id\",\"method\",\"step\",\"mean\",\"lo50\",\"hi50\",\"lo97.5\",\"hi97.5\"")]

    // The names are the user's own percentages, so they read back as the levels and stay distinct: 99.9999 is not hi100.
    [InlineData("99.9999,99.999", "\"series_id\",\"method\",\"step\",\"mean\",\"lo99.9999\",\"hi99.9999\",\"lo99.999\",\"hi99.999\"")]
    [InlineData("95%, 0.000001", "\"series_id\",\"method\",\"step\",\"mean\",\"lo95\",\"hi95\",\"lo0.000001\",\"hi0.000001\"")]
    public void Levels_choose_the_interval_columns(string levels, string header)
    {
        var output = _folder.File("levels.csv");

        Assert.Equal(0, Tool.Run("forecast", "-i", ForecastCsv.DataPath("classic_train.csv"), "-o", output, "-m", "naive", "--level", levels).ExitCode);

        var lines = File.ReadAllLines(output);
        Assert.Equal(header, lines[0]);
        Assert.All(lines.Skip(1), l => Assert.Equal(header.Split(',').Length, ForecastCsv.Split(l).Length));
        Assert.DoesNotContain(lines.Skip(1), l => l.Contains("NA", StringComparison.Ordinal));
    }

    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        var one = _folder.File("one.csv");
        var all = _folder.File("all.csv");

        Assert.Equal(0, Tool.Run("forecast", "-i", Tool.SamplePath("forecast/weekly-skus.csv"), "-o", one, "--threads", "1").ExitCode);
        Assert.Equal(0, Tool.Run("forecast", "-i", Tool.SamplePath("forecast/weekly-skus.csv"), "-o", all).ExitCode);

        Assert.Equal(File.ReadAllText(one), File.ReadAllText(all));
    }

    [Fact]
    public void The_summary_counts_methods_reasons_and_classes()
    {
        var output = _folder.File("naive.csv");

        var run = Tool.Run("forecast", "-i", ForecastCsv.DataPath("classic_train.csv"), "-o", output, "-m", "naive", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        var json = JsonOutput.Parse(run.Out);
        Assert.Equal("naive", json.GetProperty("method").GetString());
        Assert.Equal(5, json.GetProperty("series").GetInt32());
        Assert.Equal(18 + 18 + 8 + 6 + 8, json.GetProperty("rows").GetInt64());
        Assert.Equal(0, json.GetProperty("fallbacks").GetInt32());
        Assert.True(json.GetProperty("elapsedSeconds").GetDouble() >= 0);
        var methods = Assert.Single(json.GetProperty("methods").EnumerateArray());
        Assert.Equal(("Naive", 5), (methods.GetProperty("name").GetString(), methods.GetProperty("count").GetInt32()));
        var reasons = Assert.Single(json.GetProperty("reasons").EnumerateArray());
        Assert.Equal(("None", 5), (reasons.GetProperty("name").GetString(), reasons.GetProperty("count").GetInt32()));
        Assert.Equal(5, json.GetProperty("demandClasses").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32()));
    }

    [Fact]
    public void Without_summary_one_line_is_printed_and_with_it_three_tables()
    {
        var output = _folder.File("f.csv");

        var brief = Tool.Run("forecast", "-i", ForecastCsv.DataPath("classic_train.csv"), "-o", output, "-m", "ets");
        var full = Tool.Run("forecast", "-i", ForecastCsv.DataPath("classic_train.csv"), "-o", output, "-m", "ets", "--summary");

        var line = Assert.Single(brief.OutLines);
        Assert.StartsWith("Forecast 5 series (58 rows) with 'ets' to ", line, StringComparison.Ordinal);
        Assert.EndsWith("; 0 fallbacks.", line, StringComparison.Ordinal);
        Assert.Contains(full.OutLines, l => l.StartsWith("Method chosen", StringComparison.Ordinal));
        Assert.Contains(full.OutLines, l => l.StartsWith("ETS(M,Ad,M)", StringComparison.Ordinal) && l.Contains("20.0 %", StringComparison.Ordinal));
        Assert.Contains(full.OutLines, l => l.StartsWith("Fallback reason", StringComparison.Ordinal));
        Assert.Contains(full.OutLines, l => l.StartsWith("Demand class", StringComparison.Ordinal));
        Assert.Equal(string.Empty, full.Err);
    }

    [Fact]
    public void The_forecast_methods_are_those_of_the_library()
    {
        Assert.Equal(
            ["auto", "ets", "theta", "stlf", "harmonic", "croston", "sba", "tsb", "tsb-opt", "sba-opt", "adida", "imapa", "naive", "snaive", "mean", "drift"],
            ForecastMethods.Names);
    }

    private static void AssertClose(double expected, double actual)
    {
        Assert.True(
            Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)),
            string.Create(CultureInfo.InvariantCulture, $"Expected {expected:R}, got {actual:R}."));
    }
}
