namespace CrossBorder.Forecasting.Evaluation.Scoring;

/// <summary>A scored forecast with what it belongs to.</summary>
internal sealed record ScoredForecast(ScoringTask Task, string Method, string Model, SeriesScore Score, double Seconds);

/// <summary>
/// The mean scores of a set of series: each series weighs the same (its origins averaged first, under --rolling).
/// Coverage and MAE against the true mean are means over the series that have them; <see cref="WithIntervals"/> counts
/// the series with intervals.
/// </summary>
internal sealed record GroupSummary(
    string Method, string Group, int Series, double Mase, double Rmsse, double Smape, double? MaeMu, double? Coverage80, double? Coverage95,
    int WithIntervals, double Seconds, string Models)
{
    public static string Header => "method       group                    n     MASE    RMSSE    sMAPE   MAE_mu   cov80   cov95  n_cov   seconds  models";

    /// <summary>Summarises <paramref name="forecasts"/> (all of one method) as group <paramref name="group"/>.</summary>
    public static GroupSummary Of(string method, string group, IReadOnlyCollection<ScoredForecast> forecasts)
    {
        var bySeries = forecasts.GroupBy(f => f.Task.Series.Id, StringComparer.Ordinal).Select(g => g.ToArray()).ToArray();
        double MeanOf(Func<SeriesScore, double> metric) => bySeries.Average(s => s.Average(f => metric(f.Score)));
        double[] Defined(Func<SeriesScore, double?> metric) =>
            [.. bySeries.Select(s => s.Select(f => metric(f.Score)).ToArray())
                .Where(v => Array.TrueForAll(v, x => x.HasValue)).Select(v => v.Average(x => x!.Value))];
        double? MeanOfDefined(Func<SeriesScore, double?> metric) => Defined(metric) is { Length: > 0 } values ? values.Average() : null;

        var models = forecasts.GroupBy(f => ModelName(f.Model), StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(4).Select(g => Invariant.Format($"{g.Key} {g.Count()}"));
        return new GroupSummary(
            method, group, bySeries.Length, MeanOf(s => s.Mase), MeanOf(s => s.Rmsse), MeanOf(s => s.Smape), MeanOfDefined(s => s.MaeMu),
            MeanOfDefined(s => s.Coverage80), MeanOfDefined(s => s.Coverage95), Defined(s => s.Coverage95).Length, forecasts.Sum(f => f.Seconds),
            string.Join(", ", models));
    }

    /// <summary>The model without fitted parameters (<c>Theta(α=0.1)</c> counts as <c>Theta</c>; <c>ETS(A,N,A)</c> stays).</summary>
    private static string ModelName(string model)
    {
        var open = model.IndexOf('(', StringComparison.Ordinal);
        return open > 0 && model.IndexOf('=', open) > 0 ? model[..open] : model;
    }

    public string Line() => Invariant.Format(
        $"{Method,-12} {Group,-20} {Series,5} {Invariant.Score(Mase),8} {Invariant.Score(Rmsse),8} {Invariant.Score(Smape, 2),8} {Invariant.Score(MaeMu),8} {Invariant.Score(Coverage80, 3),7} {Invariant.Score(Coverage95, 3),7} {WithIntervals,6} {Seconds,9:F3}  {Models}");
}
