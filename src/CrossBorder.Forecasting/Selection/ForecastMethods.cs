using CrossBorder.Forecasting.Batch;

namespace CrossBorder.Forecasting;

/// <summary>
/// The forecasting methods by name, as hosts (the <c>crossborder forecast</c> command, a web service, a job) let users
/// choose them: <c>auto</c>, <c>ets</c>, <c>theta</c>, <c>stlf</c>, <c>harmonic</c>, <c>croston</c>, <c>sba</c>, <c>tsb</c>, <c>tsb-opt</c>,
/// <c>sba-opt</c>, <c>adida</c>, <c>imapa</c>, <c>naive</c>, <c>snaive</c>, <c>mean</c> and <c>drift</c>.
/// </summary>
/// <remarks>
/// Every method but <c>auto</c> runs inside <see cref="ForecastFallback.Run"/>, so every series gets a forecast and
/// <see cref="Forecast.Reason"/> tells when a fallback was used; <c>auto</c> is <see cref="AutoForecaster"/>, which
/// runs the same chain. The returned <see cref="SeriesForecaster"/> is thread-safe and depends on its input only, so it
/// suits <see cref="BatchForecaster"/>. Croston, SBA, TSB, ADIDA and iMAPA have no intervals (as in R).
/// </remarks>
public static class ForecastMethods
{
    /// <summary>The automatic selector, <see cref="AutoForecaster"/>.</summary>
    public const string Auto = "auto";

    private static readonly string[] AllNames =
        [Auto, "ets", "theta", "stlf", "harmonic", "croston", "sba", "tsb", "tsb-opt", "sba-opt", "adida", "imapa", "naive", "snaive", "mean", "drift"];

    /// <summary>The method names, in the order help text lists them; lower case, matched case-insensitively.</summary>
    public static IReadOnlyList<string> Names { get; } = Array.AsReadOnly(AllNames);

    /// <summary>Whether <paramref name="name"/> names a method (case-insensitive).</summary>
    public static bool IsKnown(string? name) =>
        name is not null && Array.Exists(AllNames, n => string.Equals(n, name.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The forecaster of method <paramref name="name"/>.</summary>
    /// <param name="name">A name of <see cref="Names"/>, case-insensitive.</param>
    /// <param name="series">How series are validated and prepared; <see langword="null"/> for <see cref="SeriesOptions.Default"/>.</param>
    /// <param name="ets">ETS options (for <c>auto</c> and <c>ets</c>); <see langword="null"/> for R's defaults.</param>
    /// <param name="levels">Interval levels strictly between 0 and 1; <see langword="null"/> for 0.8 and 0.95, empty for none.</param>
    /// <returns>A thread-safe forecaster that never fails on a valid series.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a method; the message lists the names.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A level is not strictly between 0 and 1.</exception>
    public static SeriesForecaster Get(string name, SeriesOptions? series = null, EtsOptions? ets = null, IEnumerable<double>? levels = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var lv = SeriesChecks.Levels(levels);

        series ??= SeriesOptions.Default;
        var key = name.Trim().ToLowerInvariant();
        if (key == Auto)
        {
            var auto = new AutoForecaster(series, ets, lv);
            return (input, horizon) => auto.Forecast(input.Values, input.Period, horizon);
        }

        Func<int, ForecastMethod> method = key switch
        {
            "ets" => period => (y, h) => Ets.FitAuto(y, period, ets).Forecast(h, lv),
            "theta" => period => (y, h) => Theta.Standard(y, period, h, lv),
            "stlf" => period => (y, h) => StlForecaster.Forecast(y, SeasonalCombination.Periods(period), h, StlMethod.Ets, lv, ets),
            "harmonic" => period => (y, h) => HarmonicRegression.Forecast(y, SeasonalCombination.Periods(period), h, levels: lv),
            "croston" => _ => (y, h) => IntermittentDemand.Croston(y, h),
            "sba" => _ => (y, h) => IntermittentDemand.Sba(y, h),
            "tsb" => _ => (y, h) => IntermittentDemand.Tsb(y, h),
            "tsb-opt" => _ => IntermittentDemand.TsbOptimized,
            "sba-opt" => _ => (y, h) => IntermittentDemand.CrostonOptimized(y, h, sba: true),
            "adida" => _ => (y, h) => IntermittentDemand.Adida(y, h),
            "imapa" => _ => (y, h) => IntermittentDemand.Imapa(y, h),
            "naive" => _ => (y, h) => Baseline.Naive(y, h, lv),
            "snaive" => period => (y, h) => Baseline.SeasonalNaive(y, period, h, lv),
            "mean" => _ => (y, h) => Baseline.Mean(y, h, lv),
            "drift" => _ => (y, h) => Baseline.Drift(y, h, lv),
            _ => throw new ArgumentException($"Unknown forecasting method '{name}'; expected one of {string.Join(", ", AllNames)}.", nameof(name)),
        };

        return (input, horizon) =>
        {
            ArgumentNullException.ThrowIfNull(input);
            return ForecastFallback.Run(input.Values, horizon, method(input.Period), series, lv);
        };
    }
}
