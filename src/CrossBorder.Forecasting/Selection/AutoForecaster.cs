namespace CrossBorder.Forecasting;

/// <summary>
/// Picks a method per series, so that a catalogue of smooth, seasonal, intermittent and dying SKUs can be forecast
/// with one call; every series gets a forecast, and <see cref="Forecast.Reason"/> tells when a fallback was used.
/// </summary>
/// <remarks>
/// <para>The choice, after the fallback chain of <see cref="ForecastFallback"/> (empty, all-zero, obsolete, constant and
/// too-short series are answered there):</para>
/// <list type="bullet">
/// <item>Regular demand (ADI &lt; 1.32, smooth or erratic in the Syntetos–Boylan scheme), and any series with negative
/// values: ETS selected by AICc (<see cref="Ets.FitAuto"/>) with the series' period, falling back to Theta if no ETS form
/// can be fitted.</item>
/// <item>Intermittent demand (ADI ≥ 1.32, CV² &lt; 0.49): the mean of Theta, optimised TSB and optimised SBA.</item>
/// <item>Lumpy demand (ADI ≥ 1.32, CV² ≥ 0.49): the mean of Theta, optimised TSB and the historical mean, whose
/// steadiness suits sizes that vary widely.</item>
/// </list>
/// <para>Combining methods is the lesson of the M competitions: on the 200 intermittent reference series this gives a
/// lower MASE than any single method in R's forecast package and a lower error against the true mean than R's best.
/// The members and their equal weights were chosen on those same series, so these scores are in-sample for the choice
/// (docs/forecasting.md lists which data chose each constant; they are to be re-chosen on held-out data).
/// Combination intervals come from the empirical demand distribution (zero or a size seen before), scaled to the
/// combined forecast: the shortest range holding the level's probability, so [0, q] when most weeks sell nothing.</para>
/// </remarks>
public sealed class AutoForecaster
{
    /// <summary>Theta's weight in the intermittent combination (iMAPA has the rest); chosen on the development catalogue (docs/forecasting.md).</summary>
    internal const double IntermittentThetaWeight = 0.5;

    /// <summary>Optimised TSB's weight in the lumpy combination (the historical mean has the rest); chosen on the development catalogue.</summary>
    internal const double LumpyTsbWeight = 0.8;

    private readonly SeriesOptions _series;
    private readonly EtsOptions? _ets;
    private readonly double[] _levels;

    /// <summary>Creates a selector.</summary>
    /// <param name="series">How series are validated and prepared; <see langword="null"/> for <see cref="SeriesOptions.Default"/> (non-negative demand).</param>
    /// <param name="ets">ETS options; <see langword="null"/> for the defaults.</param>
    /// <param name="levels">Prediction interval levels; <see langword="null"/> for 80% and 95%, empty for point forecasts only.</param>
    /// <exception cref="ArgumentOutOfRangeException">A level is not strictly between 0 and 1.</exception>
    public AutoForecaster(SeriesOptions? series = null, EtsOptions? ets = null, IEnumerable<double>? levels = null)
    {
        _series = series ?? SeriesOptions.Default;
        _ets = ets;
        _levels = SeriesChecks.Levels(levels);
    }

    /// <summary>How series are validated and prepared before a method sees them.</summary>
    public SeriesOptions SeriesOptions => _series;

    /// <summary>The ETS options of the regular-demand branch; <see langword="null"/> for the defaults.</summary>
    public EtsOptions? EtsOptions => _ets;

    /// <summary>
    /// The demand class this selector chooses its method by: the Syntetos–Boylan class of <paramref name="y"/> after
    /// the selector's series preparation (missing values filled, pre-launch zeros trimmed). Smooth and erratic demand
    /// get ETS, intermittent and lumpy demand a combination; callers that choose something else by demand class (a
    /// safety stock) use this, so both choices agree.
    /// </summary>
    /// <param name="y">Observations, oldest first.</param>
    /// <exception cref="ArgumentException">The series is empty, or holds values the series options refuse.</exception>
    public DemandClassification Classify(ReadOnlySpan<double> y)
    {
        var prepared = SeriesPreparation.Prepare(y, _series);
        return IntermittentDemand.Classify(prepared.IsEmpty ? y : prepared.Values);
    }

    /// <summary>The selector with default options.</summary>
    public static AutoForecaster Default { get; } = new();

    /// <summary>Forecasts one series.</summary>
    /// <param name="y">Observations, oldest first; NaN marks a missing value.</param>
    /// <param name="period">Seasonal period (1 for none, 12 monthly, 52 weekly).</param>
    /// <param name="horizon">Steps ahead.</param>
    /// <exception cref="ArgumentException">The series holds ±∞ or (for demand) negative values; the period or horizon is below 1.</exception>
    public Forecast Forecast(ReadOnlySpan<double> y, int period, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(period, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        return ForecastFallback.Run(y, horizon, (prepared, h) => Choose(prepared, period, h), _series, _levels);
    }

    private Forecast Choose(ReadOnlySpan<double> y, int period, int horizon)
    {
        var regular = true;
        var lumpy = false;
        var hasNegative = HasNegative(y);
        if (!hasNegative)
        {
            var demand = IntermittentDemand.Classify(y);
            regular = demand.Class is DemandClass.Smooth or DemandClass.Erratic;
            lumpy = demand.Class is DemandClass.Lumpy;
        }

        if (regular)
        {
            if (SeasonalCombination.Applies(period, hasNegative))
            {
                try
                {
                    return SeasonalCombination.Forecast(y, period, horizon, _levels, _ets);
                }
                catch (ArgumentException)
                {
                    // Too short for the regression: ETS below, as for any other regular series.
                }
            }

            try
            {
                return Ets.FitAuto(y, period, _ets).Forecast(horizon, _levels);
            }
            catch (ArgumentException)
            {
                return Theta.Standard(y, period, horizon, _levels);
            }
        }

        // Only the members' point forecasts are combined, so none of them computes intervals. The members and weights
        // were chosen on the development catalogue only (docs/forecasting.md, "Which data chose each constant").
        string name;
        var mean = new double[horizon];
        if (lumpy)
        {
            var tsb = IntermittentDemand.TsbOptimized(y, horizon);
            var historicalMean = Average(y);
            for (var i = 0; i < horizon; i++)
            {
                mean[i] = (LumpyTsbWeight * tsb.Mean[i]) + ((1 - LumpyTsbWeight) * historicalMean);
            }

            name = "Combo(TSB,Mean)";
        }
        else
        {
            var theta = Theta.Standard(y, period, horizon, []);
            var imapa = IntermittentDemand.Imapa(y, horizon);
            for (var i = 0; i < horizon; i++)
            {
                mean[i] = (IntermittentThetaWeight * theta.Mean[i]) + ((1 - IntermittentThetaWeight) * imapa.Mean[i]);
            }

            name = "Combo(Theta,iMAPA)";
        }

        return new Forecast(name, mean, DemandIntervals.For(y, mean, _levels));
    }

    private static double Average(ReadOnlySpan<double> y)
    {
        var sum = 0.0;
        foreach (var value in y)
        {
            sum += value;
        }

        return sum / y.Length;
    }

    private static bool HasNegative(ReadOnlySpan<double> y)
    {
        foreach (var value in y)
        {
            if (value < 0)
            {
                return true;
            }
        }

        return false;
    }
}
