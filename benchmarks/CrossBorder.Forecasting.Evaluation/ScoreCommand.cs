using System.Diagnostics;
using CrossBorder.Forecasting.Batch;
using CrossBorder.Forecasting.Evaluation.Scoring;

namespace CrossBorder.Forecasting.Evaluation;

/// <summary>
/// <c>score --data DIR --method NAME[,NAME…]</c>: forecasts every series of a catalogue with each method and prints the
/// mean MASE, RMSSE, sMAPE, MAE against the true mean, 80%/95% coverage and time, per group, per peak/no-peak
/// holdout within a group, and overall. <c>--rolling</c> scores origins inside the training history instead of the
/// holdout, for tuning: the last <c>--origins</c> (4) origins, ⌈h/2⌉ apart, the last one h before the end of the history.
/// </summary>
internal static class ScoreCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var line = new CommandLine("score", args, ["--data", "--method", "--per-series", "--prefix", "--origins", "--threads"], ["--rolling"]);
        var directory = line.Required("--data", "the catalogue folder (train.csv, test.csv, meta.csv)");
        var names = line.Required("--method", "one or more method names, comma-separated")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var methods = names.Select(n => (Name: n, Forecaster: Candidates.Get(n))).ToArray();
        var rolling = line.Flag("--rolling");
        var origins = line.PositiveInt("--origins", 4);
        var threads = line.PositiveInt("--threads", Environment.ProcessorCount);
        var perSeries = line.Optional("--per-series");

        var series = Catalogue.Read(directory, line.Optional("--prefix") ?? "");
        var skipped = 0;
        List<ScoringTask> tasks = rolling ? RollingTasks(series, origins, out skipped) : [.. series.Select(s => new ScoringTask(s, s.Train.Length, s.Train, s.Actual, s.Mu))];
        output.WriteLine(Invariant.Format(
            $"{directory}: {series.Count} series, {tasks.Count} forecasts per method ({(rolling ? $"rolling, {origins} origins" : "holdout")}), {threads} threads"));
        if (rolling)
        {
            output.WriteLine(Invariant.Format($"origins left out where a training window has a zero or undefined scale, or is too short: {skipped}"));
        }

        output.WriteLine(GroupSummary.Header);
        var scored = new List<ScoredForecast>();
        foreach (var (name, forecaster) in methods)
        {
            var wall = Stopwatch.StartNew();
            var results = Forecast(tasks, name, forecaster, threads);
            wall.Stop();
            foreach (var summary in Summaries(name, results))
            {
                output.WriteLine(summary.Line());
            }

            output.WriteLine(Invariant.Format($"{name,-12} wall time {wall.Elapsed.TotalSeconds:F3} s on {threads} threads"));
            scored.AddRange(results);
        }

        if (perSeries is not null)
        {
            PerSeriesWriter.Write(perSeries, scored);
            output.WriteLine($"wrote {perSeries}");
        }

        return 0;
    }

    private static ScoredForecast[] Forecast(List<ScoringTask> tasks, string name, SeriesForecaster forecaster, int threads)
    {
        var results = new ScoredForecast[tasks.Count];
        Parallel.For(0, tasks.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
        {
            var task = tasks[i];
            var input = new SeriesInput(task.Series.Id, task.Train, task.Series.Freq, task.Actual.Length);
            var start = Stopwatch.GetTimestamp();
            var forecast = forecaster(input, task.Actual.Length);
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            if (forecast.Horizon != task.Actual.Length)
            {
                throw new InvalidOperationException($"{name} returned {forecast.Horizon} steps for series {task.Series.Id}; {task.Actual.Length} were asked for.");
            }

            results[i] = new ScoredForecast(task, name, forecast.Method, SeriesScore.Of(task, forecast), seconds);
        });
        return results;
    }

    private static IEnumerable<GroupSummary> Summaries(string method, ScoredForecast[] results)
    {
        foreach (var group in results.GroupBy(r => r.Task.Series.Group, StringComparer.Ordinal))
        {
            var members = group.ToArray();
            yield return GroupSummary.Of(method, group.Key, members);
            var peak = members.Where(r => r.Task.Series.HoldoutPeak == true).ToArray();
            if (peak.Length > 0 && peak.Length < members.Length)
            {
                yield return GroupSummary.Of(method, group.Key + "/peak", peak);
                yield return GroupSummary.Of(method, group.Key + "/no-peak", [.. members.Where(r => r.Task.Series.HoldoutPeak != true)]);
            }
        }

        yield return GroupSummary.Of(method, "all", results);
    }

    /// <summary>
    /// The rolling origins of every series: the training window ends h, h + ⌈h/2⌉, … steps before the end of the
    /// history, and is scored on the h steps after it (all inside the history; the holdout is never seen).
    /// </summary>
    internal static List<ScoringTask> RollingTasks(IReadOnlyList<EvaluationSeries> series, int count, out int skipped)
    {
        var tasks = new List<ScoringTask>();
        skipped = 0;
        foreach (var s in series)
        {
            var spacing = (s.Horizon + 1) / 2;
            for (var k = 0; k < count; k++)
            {
                var origin = s.Train.Length - s.Horizon - (k * spacing);
                if (origin < 2 || !SeriesScore.Defined(s.Train.AsSpan(0, origin), s.Freq))
                {
                    skipped++;
                    continue;
                }

                tasks.Add(new ScoringTask(s, origin, s.Train[..origin], s.Train[origin..(origin + s.Horizon)], null));
            }
        }

        return tasks;
    }
}
