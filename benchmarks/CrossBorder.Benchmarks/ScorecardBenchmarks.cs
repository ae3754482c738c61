using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CrossBorder.Scorecards;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Scorecards at the scale, 100,000 stores × 15 metrics (1,500,000 observations from <see cref="ScorecardData"/>):
/// <c>Read</c> is <see cref="ScorecardValuesCsv.Read"/> on the long CSV held in memory, against a hand-written reader
/// that splits each line and parses its date and numbers with no checks; <c>Score</c> is <see cref="ScorecardEngine.Score(ScorecardDefinition, IReadOnlyList{MetricObservation}, NodaTime.LocalDate)"/>
/// on the 1,500,000 observations (every store's card and the one a week earlier for its explanation), against a
/// hand-written loop that scores each value piecewise and averages per store; <c>Chart</c> draws one 15-metric card.
/// Target (issue #13): scoring under 1 s.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ScorecardBenchmarks
{
    private string _csv = string.Empty;
    private List<MetricObservation> _observations = [];
    private ScorecardDefinition _definition = null!;
    private ScorecardResult _card = null!;

    /// <summary>Stores scored.</summary>
    [Params(100_000)]
    public int Stores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _observations = ScorecardData.Observations(Stores);
        _csv = ScorecardData.Csv(_observations);
        _definition = ScorecardData.Definition();
        _card = new ScorecardResult(
            "store-000000",
            ScorecardData.Day,
            71.5m,
            0.93m,
            RagStatus.Amber,
            [.. ScorecardData.MetricIds.Select((id, i) => i == 4
                ? new MetricScore(id, "Metric " + id, MetricRole.Input, null, null, null, 0m, ["missing: 12 orders below the minimum of 50"])
                : new MetricScore(id, "Metric " + id, MetricRole.Input, i, i * 6.5m, (RagStatus)(i % 3), 1m / 14, []))],
            []);
    }

    /// <summary>The least a reader of this CSV does: split each line, parse the date and the numbers, no checks.</summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Read")]
    public int HandWrittenRead()
    {
        using var reader = new StringReader(_csv);
        reader.ReadLine();
        var rows = 0;
        var dates = new Dictionary<string, LocalDate>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            if (!dates.TryGetValue(fields[0], out var date))
            {
                dates[fields[0]] = date = LocalDatePattern.Iso.Parse(fields[0]).Value;
            }

            var value = fields[3].Length > 0
                ? decimal.Parse(fields[3], CultureInfo.InvariantCulture)
                : decimal.Parse(fields[4], CultureInfo.InvariantCulture) / Math.Max(1m, decimal.Parse(fields[5], CultureInfo.InvariantCulture));
            rows += value >= 0m && date.Year > 0 ? 1 : 0;
        }

        return rows;
    }

    [Benchmark, BenchmarkCategory("Read")]
    public int ReadCsv() => ScorecardValuesCsv.Read(new StringReader(_csv), "values.csv").Count;

    /// <summary>
    /// The least a scorer does: per observation, the value (numerator ÷ denominator for a ratio), its piecewise score
    /// between the bands (0 at red, 50 at amber, 100 at green), and per store the mean of the scores; the number of
    /// stores at 50 or more. No windows, reasons, statuses, coverage or explanations.
    /// </summary>
    [Benchmark(Baseline = true), BenchmarkCategory("Score")]
    public int HandWrittenScore()
    {
        var passing = 0;
        var sum = 0m;
        var count = 0;
        string? store = null;
        foreach (var o in _observations)
        {
            if (!ReferenceEquals(o.Entity, store))
            {
                passing += count > 0 && sum / count >= 50m ? 1 : 0;
                (store, sum, count) = (o.Entity, 0m, 0);
            }

            var ratio = o.Numerator is not null;
            if (ratio && o.Denominator < 50m)
            {
                continue;
            }

            var v = ratio ? -(o.Numerator!.Value / o.Denominator!.Value) : o.Value!.Value;
            var (red, amber, green) = ratio ? (-0.04m, -0.02m, -0.01m) : (200m, 500m, 800m);
            sum += v <= red ? 0m : v < amber ? 50m * (v - red) / (amber - red) : v < green ? 50m + (50m * (v - amber) / (green - amber)) : 100m;
            count++;
        }

        return passing + (count > 0 && sum / count >= 50m ? 1 : 0);
    }

    [Benchmark, BenchmarkCategory("Score")]
    public int Score() => ScorecardEngine.Score(_definition, _observations, ScorecardData.Day).Count;

    [Benchmark, BenchmarkCategory("Chart")]
    public int RadarSvg() => RadarChart.Svg(_card).Length;
}
