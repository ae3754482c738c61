using System.Text;

namespace CrossBorder.Forecasting.Evaluation.Scoring;

/// <summary>Writes one CSV row per scored forecast, for looking into where a method wins or loses.</summary>
internal static class PerSeriesWriter
{
    public static void Write(string path, IEnumerable<ScoredForecast> scored)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("series_id,group,holdout_peak,method,origin,model,MASE,RMSSE,sMAPE,MAE_mu,cov80,cov95,seconds");
        foreach (var f in scored)
        {
            var s = f.Score;
            var peak = f.Task.Series.HoldoutPeak switch { true => "1", false => "0", null => "NA" };
            var model = f.Model.Replace("\"", "\"\"", StringComparison.Ordinal);
            writer.WriteLine(Invariant.Format(
                $"{f.Task.Series.Id},{f.Task.Series.Group},{peak},{f.Method},{f.Task.Origin},\"{model}\",{Invariant.Score(s.Mase, 6)},{Invariant.Score(s.Rmsse, 6)},{Invariant.Score(s.Smape, 4)},{Invariant.Score(s.MaeMu, 6)},{Invariant.Score(s.Coverage80, 4)},{Invariant.Score(s.Coverage95, 4)},{f.Seconds:F6}"));
        }
    }
}
