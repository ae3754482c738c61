using System.Diagnostics;
using System.Globalization;
using CrossBorder.Scorecards;

namespace CrossBorder.Benchmarks;

/// <summary>
/// Wall-clock timing of a scorecard run at scale, stage by stage on synthetic data (<see cref="ScorecardData"/>):
/// <c>dotnet run -c Release --project benchmarks/CrossBorder.Benchmarks -- scorecard 100000</c> reads the long CSV of
/// N stores × 15 metrics from memory, scores every store and draws the first card, three times.
/// </summary>
internal static class ScorecardTiming
{
    public static void Run(int stores)
    {
        var csv = ScorecardData.Csv(ScorecardData.Observations(stores));
        var definition = ScorecardData.Definition();
        for (var round = 1; round <= 3; round++)
        {
            var watch = Stopwatch.StartNew();
            var observations = ScorecardValuesCsv.Read(new StringReader(csv), "values.csv");
            var read = watch.Elapsed;
            watch.Restart();
            var cards = ScorecardEngine.Score(definition, observations, ScorecardData.Day);
            var score = watch.Elapsed;
            watch.Restart();
            var svg = RadarChart.Svg(cards[0]);
            var chart = watch.Elapsed;
            var statuses = cards.GroupBy(c => c.Status).OrderBy(g => g.Key).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} {g.Count():N0}"));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"round {round}: {observations.Count:N0} rows read in {read.TotalSeconds:F2} s; {cards.Count:N0} stores × {definition.Metrics.Count} metrics scored in {score.TotalSeconds:F2} s; chart {chart.TotalMilliseconds:F1} ms ({svg.Length:N0} chars); {string.Join(", ", statuses)}; working set {Environment.WorkingSet / (1024 * 1024)} MiB"));
        }
    }
}
