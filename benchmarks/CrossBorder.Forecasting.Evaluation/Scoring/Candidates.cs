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
    /// <c>["stl-ets"] = () =&gt; (input, h) =&gt; MyStlEts(input.Values, input.Period, h)</c>.
    /// Choose on the development catalogue (holdout or <c>--rolling</c>) only, never on validation.
    /// </summary>
    private static readonly Dictionary<string, Func<SeriesForecaster>> Registered = new(StringComparer.OrdinalIgnoreCase)
    {
        ["harmonic"] = () => Chain((y, p, h) => HarmonicRegression.Forecast(y, Periods(p), h)),
        ["stl-ets"] = () => Chain((y, p, h) => Stlf(y, Periods(p), h, (a, hh) => Ets.FitAuto(a, 1).Forecast(hh))),
        ["stl-theta"] = () => Chain((y, p, h) => Stlf(y, Periods(p), h, (a, hh) => Theta.Standard(a, 1, hh))),
        ["log-stl-ets"] = () => Chain((y, p, h) => Log(y, h, (z, hh) => Stlf(z, Periods(p), hh, (a, k) => Ets.FitAuto(a, 1).Forecast(k)))),
        ["log-stl-theta"] = () => Chain((y, p, h) => Log(y, h, (z, hh) => Stlf(z, Periods(p), hh, (a, k) => Theta.Standard(a, 1, k)))),
        ["log-theta"] = () => Chain((y, p, h) => Log(y, h, (z, hh) => Theta.Standard(z, p, hh))),
        ["log-ets"] = () => Chain((y, p, h) => Log(y, h, (z, hh) => Ets.FitAuto(z, p).Forecast(hh))),
        ["harmonic-log"] = () => Chain((y, p, h) => Log(y, h, (z, hh) => HarmonicRegression.Forecast(z, Periods(p), hh))),
    };

    private static double[] Periods(int p) => p == 7 ? [7, 365.25] : [p];

    /// <summary>Forecasts log(1 + y) and transforms back (the median), intervals too.</summary>
    private static Forecast Log(double[] y, int h, Func<double[], int, Forecast> method)
    {
        var f = method([.. y.Select(v => Math.Log(1 + v))], h);
        double[] Back(IEnumerable<double> v) => [.. v.Select(x => Math.Max(0, Math.Exp(x) - 1))];
        return new Forecast("log-" + f.Method, Back(f.Mean), f.Intervals.Select(i => new PredictionInterval(i.Level, Back(i.Lower), Back(i.Upper))));
    }

    /// <summary>A prototype of R's stlf: MSTL, the adjusted series forecast by <paramref name="adjusted"/>, each seasonal continued by its last period.</summary>
    private static Forecast Stlf(double[] y, double[] periods, int h, Func<double[], int, Forecast> adjusted)
    {
        var d = Mstl.Decompose(y, periods);
        var f = adjusted([.. d.SeasonallyAdjusted], h);
        var add = new double[h];
        for (var i = 0; i < d.Seasonals.Count; i++)
        {
            var m = (int)d.Periods[i];
            var s = d.Seasonals[i];
            for (var k = 0; k < h; k++)
            {
                add[k] += s[y.Length - m + (k % m)];
            }
        }

        double[] Add(IEnumerable<double> v) => [.. v.Select((x, k) => x + add[k])];
        return new Forecast("STL-" + f.Method, Add(f.Mean), f.Intervals.Select(i => new PredictionInterval(i.Level, Add(i.Lower), Add(i.Upper))));
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
