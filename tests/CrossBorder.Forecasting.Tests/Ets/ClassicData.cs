using System.Globalization;

namespace CrossBorder.Forecasting.Tests.Ets;

/// <summary>One classic series with R's ETS results (see Data/README.md).</summary>
public sealed record ClassicSeries(
    string Id,
    string Group,
    int Frequency,
    int Horizon,
    double[] Train,
    double[] Test,
    string RModel,
    double RAlpha,
    double RAicc,
    double RSigma2,
    double RLogLik,
    double[] RMean,
    double[] RLo80,
    double[] RHi80,
    double[] RLo95,
    double[] RHi95)
{
    public override string ToString() => Id;
}

/// <summary>Loads the golden files next to this source file (never from outside the repository).</summary>
public static class ClassicData
{
    private static readonly Lazy<IReadOnlyDictionary<string, ClassicSeries>> Cache = new(Load);

    public static IReadOnlyDictionary<string, ClassicSeries> All => Cache.Value;

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var id in All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(id);
        }

        return data;
    }

    private static string DataDirectory() => Path.Combine(AppContext.BaseDirectory, "Data");

    private static Dictionary<string, ClassicSeries> Load()
    {
        var dir = DataDirectory();
        var inv = CultureInfo.InvariantCulture;
        var train = new Dictionary<string, List<double>>();
        var freq = new Dictionary<string, (int F, int H)>();
        foreach (var f in Rows(Path.Combine(dir, "classic_train.csv")))
        {
            if (!train.TryGetValue(f[0], out var list))
            {
                train[f[0]] = list = [];
                freq[f[0]] = (int.Parse(f[3], inv), int.Parse(f[4], inv));
            }

            list.Add(double.Parse(f[2], inv));
        }

        var test = new Dictionary<string, List<double>>();
        foreach (var f in Rows(Path.Combine(dir, "classic_test.csv")))
        {
            if (!test.TryGetValue(f[0], out var list))
            {
                test[f[0]] = list = [];
            }

            list.Add(double.Parse(f[2], inv));
        }

        var fc = new Dictionary<string, List<double[]>>();
        foreach (var f in Rows(Path.Combine(dir, "classic_forecasts.csv")).Where(f => f[1] == "ets"))
        {
            if (!fc.TryGetValue(f[0], out var list))
            {
                fc[f[0]] = list = [];
            }

            list.Add([.. f.Skip(3).Take(5).Select(v => double.Parse(v, inv))]);
        }

        var groups = Rows(Path.Combine(dir, "classic_meta.csv")).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        var result = new Dictionary<string, ClassicSeries>(StringComparer.Ordinal);
        foreach (var f in Rows(Path.Combine(dir, "classic_models.csv")))
        {
            var id = f[0];
            var rows = fc[id];
            result[id] = new ClassicSeries(
                id,
                groups[id],
                freq[id].F,
                freq[id].H,
                [.. train[id]],
                [.. test[id]],
                f[5],
                double.Parse(f[6], inv),
                double.Parse(f[13], inv),
                double.Parse(f[14], inv),
                double.Parse(f[15], inv),
                [.. rows.Select(r => r[0])],
                [.. rows.Select(r => r[1])],
                [.. rows.Select(r => r[2])],
                [.. rows.Select(r => r[3])],
                [.. rows.Select(r => r[4])]);
        }

        return result;
    }

    /// <summary>CSV rows without the header, quotes removed; commas inside quotes kept.</summary>
    private static IEnumerable<string[]> Rows(string path)
    {
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = new List<string>();
            var current = new System.Text.StringBuilder();
            var quoted = false;
            foreach (var c in line)
            {
                if (c == '"')
                {
                    quoted = !quoted;
                }
                else if (c == ',' && !quoted)
                {
                    fields.Add(current.ToString());
                    current.Clear();
                }
                else
                {
                    current.Append(c);
                }
            }

            fields.Add(current.ToString());
            yield return [.. fields];
        }
    }
}
