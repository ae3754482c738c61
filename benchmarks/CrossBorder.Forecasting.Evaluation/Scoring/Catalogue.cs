using CrossBorder.Forecasting.Files;

namespace CrossBorder.Forecasting.Evaluation.Scoring;

/// <summary>One series of a catalogue: its training history, holdout, true mean (when known) and group.</summary>
internal sealed record EvaluationSeries(string Id, string Group, bool? HoldoutPeak, int Freq, int Horizon, double[] Train, double[] Actual, double[]? Mu);

/// <summary>
/// Reads a catalogue folder: <c>train.csv</c> with the library's <see cref="LongFormatReader"/>, <c>test.csv</c> and
/// <c>meta.csv</c> (group, and <c>holdout_peak</c> where there is one). A prefix reads the reference sets' names
/// (<c>--prefix intermittent_</c> for <c>intermittent_train.csv</c>).
/// </summary>
internal static class Catalogue
{
    public static IReadOnlyList<EvaluationSeries> Read(string directory, string prefix)
    {
        var trainPath = Path.Combine(directory, prefix + "train.csv");
        var testPath = Path.Combine(directory, prefix + "test.csv");
        var metaPath = Path.Combine(directory, prefix + "meta.csv");
        foreach (var path in new[] { trainPath, testPath, metaPath })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"The catalogue has no {Path.GetFileName(path)}: {path} does not exist.", path);
            }
        }

        var meta = SimpleCsv.Read(metaPath).ToDictionary(r => r.Get("series_id"), StringComparer.Ordinal);
        var tests = SimpleCsv.Read(testPath).GroupBy(r => r.Get("series_id"), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        var result = new List<EvaluationSeries>();
        foreach (var input in LongFormatReader.ReadFile(trainPath))
        {
            if (!meta.TryGetValue(input.Id, out var m))
            {
                throw new FormatException($"{metaPath}: series '{input.Id}' of {trainPath} has no row.");
            }

            if (!tests.TryGetValue(input.Id, out var rows))
            {
                throw new FormatException($"{testPath}: series '{input.Id}' of {trainPath} has no holdout.");
            }

            var horizon = input.Horizon ?? rows.Length;
            if (rows.Length != horizon)
            {
                throw new FormatException($"{testPath}: series '{input.Id}' has {rows.Length} holdout rows, but its h is {horizon}.");
            }

            var values = input.Values.ToArray();
            if (Array.Exists(values, double.IsNaN))
            {
                throw new FormatException($"{trainPath}: series '{input.Id}' has a missing value; the harness scores complete series only.");
            }

            var actual = rows.Select(r => r.Number("y") ?? throw r.Error("y is missing")).ToArray();
            var mu = rows.Select(r => r.Has("mu") ? r.Number("mu") : null).ToArray();
            var peak = m.Has("holdout_peak") ? m.Get("holdout_peak") == "1" : (bool?)null;
            result.Add(new EvaluationSeries(
                input.Id, m.Get("group"), peak, input.Period, horizon, values, actual,
                Array.TrueForAll(mu, v => v.HasValue) ? [.. mu.Select(v => v!.Value)] : null));
        }

        return result;
    }
}
