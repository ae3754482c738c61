namespace CrossBorder.Forecasting.Evaluation.Scoring;

/// <summary>One forecast to score: a training window of a series, what follows it, and its true mean if known.</summary>
internal sealed record ScoringTask(EvaluationSeries Series, int Origin, double[] Train, double[] Actual, double[]? Mu);

/// <summary>The scores of one forecast.</summary>
/// <param name="Mase">MASE, M4 scaling (seasonal naive in-sample MAE with lag = freq).</param>
/// <param name="Rmsse">RMSSE, scaled by the in-sample one-step naive MSE over the whole training window.</param>
/// <param name="Smape">sMAPE (M4), percent.</param>
/// <param name="MaeMu">MAE against the true mean, divided by the MASE scale; null without a true mean.</param>
/// <param name="Coverage80">Share of actuals inside the 80% interval; null without one.</param>
/// <param name="Coverage95">Share of actuals inside the 95% interval; null without one.</param>
internal sealed record SeriesScore(double Mase, double Rmsse, double Smape, double? MaeMu, double? Coverage80, double? Coverage95)
{
    /// <summary>Scores <paramref name="forecast"/> of <paramref name="task"/> with the library's <see cref="Accuracy"/>.</summary>
    public static SeriesScore Of(ScoringTask task, Forecast forecast)
    {
        var mean = forecast.Mean.ToArray();
        var scale = Accuracy.MaseScale(task.Train, task.Series.Freq);
        return new SeriesScore(
            Accuracy.Mase(task.Actual, mean, task.Train, task.Series.Freq),
            Accuracy.Rmsse(task.Actual, mean, task.Train),
            Accuracy.Smape(task.Actual, mean),
            task.Mu is null ? null : Accuracy.Mae(task.Mu, mean) / scale,
            Coverage(forecast, 0.8, task.Actual),
            Coverage(forecast, 0.95, task.Actual));
    }

    /// <summary>Whether both scales are defined and non-zero on a training window, so that every score is.</summary>
    public static bool Defined(ReadOnlySpan<double> train, int freq) =>
        train.Length > freq && train.Length > 1 && Accuracy.MaseScale(train, freq) > 0 && Accuracy.RmsseScale(train) > 0;

    private static double? Coverage(Forecast forecast, double level, double[] actual) =>
        forecast.IntervalAt(level) is { } interval ? Accuracy.Coverage(actual, interval.Lower.ToArray(), interval.Upper.ToArray()) : null;
}
