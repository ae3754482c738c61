using CrossBorder.Forecasting.Evaluation.Scoring;

namespace CrossBorder.Forecasting.Evaluation;

/// <summary>
/// <c>combine --data DIR --members NAME[,NAME…]</c>: chooses the weights of a combination of point forecasts for the
/// intermittent and lumpy demand classes (as <see cref="AutoForecaster.Classify"/> sees each training window), by the
/// mean MASE over the holdout and the rolling origins of a DEVELOPMENT catalogue. Weights run over the simplex in
/// steps of <c>--step</c> (0.1); the best combinations per class are printed, with the equal-weight one for reference.
/// Never run it on the validation catalogue: its scores are the held-out figures.
/// </summary>
internal static class CombineCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var line = new CommandLine("combine", args, ["--data", "--members", "--origins", "--step", "--top", "--objective"], []);
        var directory = line.Required("--data", "the development catalogue folder");
        if (directory.Contains("validation", StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException("combine chooses constants: run it on development data, never on the validation catalogue.");
        }

        var members = line.Required("--members", "the member methods, comma-separated")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var steps = line.PositiveInt("--step", 10);
        var top = line.PositiveInt("--top", 8);
        var objective = line.Optional("--objective") ?? "mase";
        if (objective is not ("mase" or "rmsse" or "owa"))
        {
            throw new UsageException($"--objective is mase, rmsse or owa (their mean relative to the equal-weight combination), not '{objective}'.");
        }
        var series = Catalogue.Read(directory, "");
        var tasks = ScoreCommand.RollingTasks(series, line.PositiveInt("--origins", 4), out _);
        tasks.AddRange(series.Select(s => new ScoringTask(s, s.Train.Length, s.Train, s.Actual, s.Mu)));

        var forecasters = members.Select(Candidates.Get).ToArray();
        var byClass = new Dictionary<DemandClass, List<(ScoringTask Task, double Scale, double[][] Points)>>();
        var gate = new object();
        Parallel.ForEach(tasks, task =>
        {
            var demand = AutoForecaster.Default.Classify(task.Train).Class;
            if (demand is not (DemandClass.Intermittent or DemandClass.Lumpy))
            {
                return;
            }

            var scale = Accuracy.MaseScale(task.Train, task.Series.Freq);
            if (!(scale > 0))
            {
                return;
            }

            var input = new Batch.SeriesInput(task.Series.Id, task.Train, task.Series.Freq, task.Actual.Length);
            var points = forecasters.Select(f => f(input, task.Actual.Length).Mean.ToArray()).ToArray();
            lock (gate)
            {
                if (!byClass.TryGetValue(demand, out var list))
                {
                    byClass[demand] = list = [];
                }

                list.Add((task, scale, points));
            }
        });

        var weights = Simplex(members.Length, steps).ToArray();
        foreach (var (demand, list) in byClass.OrderBy(p => p.Key))
        {
            var seriesCount = list.Select(x => x.Task.Series.Id).Distinct().Count();
            output.WriteLine(Invariant.Format($"{demand}: {list.Count} forecasts of {seriesCount} series; {weights.Length} weightings of {string.Join(", ", members)}"));
            var scored = weights.Select(w => (Weights: w, Scores: MeanScores(list, w))).ToArray();
            var (mase0, rmsse0) = (scored.Average(x => x.Scores.Mase), scored.Average(x => x.Scores.Rmsse));
            double Loss((double Mase, double Rmsse) s) => objective switch
            {
                "mase" => s.Mase,
                "rmsse" => s.Rmsse,
                _ => (s.Mase / mase0) + (s.Rmsse / rmsse0),
            };

            foreach (var (w, scores) in scored.OrderBy(x => Loss(x.Scores)).Take(top))
            {
                output.WriteLine(Invariant.Format($"  MASE {scores.Mase:F4}  RMSSE {scores.Rmsse:F4}  {Describe(members, w, steps)}"));
            }

            var equal = Enumerable.Repeat(steps / members.Length, members.Length).ToArray();
            if (equal.Sum() == steps)
            {
                var scores = MeanScores(list, equal);
                output.WriteLine(Invariant.Format($"  equal weights: MASE {scores.Mase:F4}  RMSSE {scores.Rmsse:F4}"));
            }
        }

        return 0;
    }

    /// <summary>Mean MASE and RMSSE; series weigh the same: a series' origins are averaged first, as <c>score</c> does.</summary>
    private static (double Mase, double Rmsse) MeanScores(List<(ScoringTask Task, double Scale, double[][] Points)> list, int[] weights)
    {
        var total = weights.Sum();
        var perSeries = new Dictionary<string, (double Mase, double Rmsse, int Count)>(StringComparer.Ordinal);
        var combined = new double[list.Max(x => x.Task.Actual.Length)];
        foreach (var (task, scale, points) in list)
        {
            var h = task.Actual.Length;
            for (var i = 0; i < h; i++)
            {
                var sum = 0.0;
                for (var m = 0; m < weights.Length; m++)
                {
                    sum += weights[m] * points[m][i];
                }

                combined[i] = sum / total;
            }

            var mase = Accuracy.Mae(task.Actual, combined.AsSpan(0, h)) / scale;
            var rmsse = Accuracy.Rmsse(task.Actual, combined.AsSpan(0, h), task.Train);
            var id = task.Series.Id;
            perSeries[id] = perSeries.TryGetValue(id, out var acc) ? (acc.Mase + mase, acc.Rmsse + rmsse, acc.Count + 1) : (mase, rmsse, 1);
        }

        return (perSeries.Values.Average(v => v.Mase / v.Count), perSeries.Values.Average(v => v.Rmsse / v.Count));
    }

    private static IEnumerable<int[]> Simplex(int members, int steps)
    {
        if (members == 1)
        {
            yield return [steps];
            yield break;
        }

        for (var first = 0; first <= steps; first++)
        {
            foreach (var rest in Simplex(members - 1, steps - first))
            {
                yield return [first, .. rest];
            }
        }
    }

    private static string Describe(string[] members, int[] weights, int steps) =>
        string.Join(" + ", members.Zip(weights).Where(p => p.Second > 0).Select(p => Invariant.Format($"{(double)p.Second / steps:0.##}·{p.First}")));
}
