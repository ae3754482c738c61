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
    };

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
