using CrossBorder.Forecasting.Batch;

namespace CrossBorder.Forecasting.Evaluation.Scoring;

/// <summary>
/// The forecasters <c>score --method</c> can run: every <see cref="ForecastMethods"/> name (<c>auto</c> included),
/// and the extra candidates registered below, which are looked up first.
/// </summary>
internal static class Candidates
{
    /// <summary>
    /// REGISTER EXTRA CANDIDATES HERE for tuning: a name and a factory of a thread-safe forecaster, e.g.
    /// <c>["log-theta"] = () =&gt; Chain((y, p, h) =&gt; …)</c>. The library's own <c>stlf</c> and <c>harmonic</c> are
    /// <see cref="ForecastMethods"/> names; these are their variants on log(1 + y), the scale of auto's seasonal branch.
    /// Choose on the development catalogue (holdout or <c>--rolling</c>) only, never on validation.
    /// </summary>
    private static readonly Dictionary<string, Func<SeriesForecaster>> Registered = new(StringComparer.OrdinalIgnoreCase)
    {
        ["stl-theta"] = () => Chain((y, p, h) => StlForecaster.Forecast(y, SeasonalCombination.Periods(p), h, StlMethod.Theta)),
        ["log-stl-ets"] = () => Chain((y, p, h) => Log(y, h, (z, k) => StlForecaster.Forecast(z, SeasonalCombination.Periods(p), k, StlMethod.Ets))),
        ["log-stl-theta"] = () => Chain((y, p, h) => Log(y, h, (z, k) => StlForecaster.Forecast(z, SeasonalCombination.Periods(p), k, StlMethod.Theta))),
        ["log-theta"] = () => Chain((y, p, h) => Log(y, h, (z, k) => Theta.Standard(z, p, k))),
        ["log-ets"] = () => Chain((y, p, h) => Log(y, h, (z, k) => Ets.FitAuto(z, p).Forecast(k))),
        ["harmonic-log"] = () => Chain((y, p, h) => Log(y, h, (z, k) => HarmonicRegression.Forecast(z, SeasonalCombination.Periods(p), k))),
    };

    /// <summary>Forecasts log(1 + y) and transforms back as auto's seasonal branch does.</summary>
    private static Forecast Log(double[] y, int h, Func<double[], int, Forecast> method)
    {
        var f = method(SeasonalCombination.ToLog(y), h);
        return SeasonalCombination.FromLog(f, "log-" + f.Method);
    }

    private static SeriesForecaster Chain(Func<double[], int, int, Forecast> method) =>
        (input, horizon) => ForecastFallback.Run(input.Values, horizon, (y, h) => method(y.ToArray(), input.Period, h));

    /// <summary>Every name <see cref="Get"/> accepts.</summary>
    public static IEnumerable<string> Names => Registered.Keys.Concat(ForecastMethods.Names);

    /// <summary>The forecaster of <paramref name="name"/>, with 80% and 95% intervals where the method has them.</summary>
    public static SeriesForecaster Get(string name)
    {
        if (Registered.TryGetValue(name, out var factory))
        {
            return factory();
        }

        // combo:a+b averages the members' means and bounds; cvK:a+b picks per series by K rolling origins.
        if (name.StartsWith("combo:", StringComparison.Ordinal) || name.StartsWith("envelope:", StringComparison.Ordinal))
        {
            var envelope = name.StartsWith('e');
            var members = name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('+').Select(Get).ToArray();
            return (input, h) =>
            {
                var fs = members.Select(m => m(input, h)).ToArray();
                double[] Avg(Func<Forecast, IReadOnlyList<double>> pick) => [.. Enumerable.Range(0, h).Select(k => fs.Average(f => pick(f)[k]))];
                var levels = fs[0].Intervals.Select(i => i.Level).Where(l => fs.All(f => f.IntervalAt(l) is not null)).ToArray();
                double[] Min(double l) => [.. Enumerable.Range(0, h).Select(k => fs.Min(f => f.IntervalAt(l)!.Lower[k]))];
                double[] Max(double l) => [.. Enumerable.Range(0, h).Select(k => fs.Max(f => f.IntervalAt(l)!.Upper[k]))];
                return new Forecast("Combo(" + string.Join(",", fs.Select(f => f.Method)) + ")", Avg(f => f.Mean),
                    levels.Select(l => envelope ? new PredictionInterval(l, Min(l), Max(l)) : new PredictionInterval(l, Avg(f => f.IntervalAt(l)!.Lower), Avg(f => f.IntervalAt(l)!.Upper))));
            };
        }

        if (name.StartsWith("cv", StringComparison.Ordinal) && name.Contains(':', StringComparison.Ordinal))
        {
            var origins = int.Parse(name[2..name.IndexOf(':', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
            var memberNames = name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('+');
            var members = memberNames.Select(Get).ToArray();
            return (input, h) =>
            {
                var y = input.Values.ToArray();
                var errors = new double[members.Length];
                for (var k = 0; k < origins; k++)
                {
                    var o = y.Length - h - (k * h);
                    if (o < 2 * input.Period + 3)
                    {
                        break;
                    }

                    var train = new SeriesInput(input.Id, y[..o], input.Period, h);
                    for (var m = 0; m < members.Length; m++)
                    {
                        var f = members[m](train, h);
                        for (var i = 0; i < h; i++)
                        {
                            errors[m] += Math.Abs(y[o + i] - f.Mean[i]);
                        }
                    }
                }

                var best = Array.IndexOf(errors, errors.Min());
                return members[best](input, h);
            };
        }

        if (!ForecastMethods.IsKnown(name))
        {
            throw new UsageException($"unknown method '{name}'; expected one of {string.Join(", ", Names)}.");
        }

        return ForecastMethods.Get(name);
    }
}
