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

        if (!ForecastMethods.IsKnown(name))
        {
            throw new UsageException($"unknown method '{name}'; expected one of {string.Join(", ", Names)}.");
        }

        return ForecastMethods.Get(name);
    }
}
