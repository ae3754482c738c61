using CrossBorder.Forecasting.Batch;

namespace CrossBorder.Forecasting;

/// <summary>
/// One configured way to forecast: a method of <see cref="ForecastMethods"/> with its series preparation, ETS options,
/// interval levels and parallelism, for one series, a batch or a stream. Immutable and thread-safe; register it as a
/// singleton (<see cref="ForecastingServiceCollectionExtensions.AddCrossBorderForecasting(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>)
/// or create it directly. Inject it where the configured method is wanted (a job, an endpoint): <see cref="Forecaster"/>
/// forecasts, and <see cref="Series"/> and <see cref="Ets"/> say how, so a consumer that fits its own ETS model (for a
/// lead-time error) uses the same options. Where the automatic per-class choice is wanted (a replenishment planner),
/// inject the <see cref="AutoForecaster"/> registered alongside it from the same options.
/// </summary>
public sealed class ForecastingService
{
    private readonly double[] _levels;

    /// <summary>Creates a service.</summary>
    /// <param name="method">A name of <see cref="ForecastMethods.Names"/>; <c>auto</c> by default.</param>
    /// <param name="series">Series preparation; <see langword="null"/> for <see cref="SeriesOptions.Default"/>.</param>
    /// <param name="ets">ETS options; <see langword="null"/> for R's defaults.</param>
    /// <param name="levels">Interval levels strictly between 0 and 1; <see langword="null"/> for 0.8 and 0.95, empty for point forecasts only.</param>
    /// <param name="maxDegreeOfParallelism">Threads a batch uses; −1 for all cores.</param>
    /// <param name="chunkSize">Series held in memory at once when streaming.</param>
    /// <exception cref="ArgumentException">The method is unknown, a level is not in (0, 1), the parallelism is 0 or below −1, or the chunk size is not positive.</exception>
    public ForecastingService(
        string method = ForecastMethods.Auto,
        SeriesOptions? series = null,
        EtsOptions? ets = null,
        IEnumerable<double>? levels = null,
        int maxDegreeOfParallelism = -1,
        int chunkSize = 8192)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (maxDegreeOfParallelism is 0 or < -1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "Use -1 for all cores or a positive number of threads.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        _levels = SeriesChecks.Levels(levels);
        Series = series ?? SeriesOptions.Default;
        Ets = ets ?? EtsOptions.Default;
        Forecaster = ForecastMethods.Get(method, Series, Ets, _levels);
        Method = method.Trim().ToLowerInvariant();
        MaxDegreeOfParallelism = maxDegreeOfParallelism;
        ChunkSize = chunkSize;
    }

    /// <summary>The method's name, lower case.</summary>
    public string Method { get; }

    /// <summary>The interval levels; empty when the service makes point forecasts only.</summary>
    public IReadOnlyList<double> Levels => _levels;

    /// <summary>How series are validated and prepared before forecasting.</summary>
    public SeriesOptions Series { get; }

    /// <summary>The options of automatic ETS selection (for <c>auto</c> and <c>ets</c>).</summary>
    public EtsOptions Ets { get; }

    /// <summary>Threads a batch uses; −1 for all cores.</summary>
    public int MaxDegreeOfParallelism { get; }

    /// <summary>Series held in memory at once when streaming.</summary>
    public int ChunkSize { get; }

    /// <summary>The forecaster, for <see cref="BatchForecaster"/> and other hosts.</summary>
    public SeriesForecaster Forecaster { get; }

    /// <summary>Forecasts one series (the fallback chain guarantees a forecast).</summary>
    /// <param name="y">Observations, oldest first; NaN marks a missing value.</param>
    /// <param name="period">Seasonal period, at least 1.</param>
    /// <param name="horizon">Steps ahead, at least 1.</param>
    /// <exception cref="ArgumentException">The series holds ±∞ or (for demand) negative values; the period or horizon is below 1.</exception>
    public Forecast Forecast(ReadOnlySpan<double> y, int period, int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        return Forecaster(new SeriesInput("series", y.ToArray(), period), horizon);
    }

    /// <summary>Forecasts one series with its own horizon, or <paramref name="defaultHorizon"/>.</summary>
    public Forecast Forecast(SeriesInput series, int defaultHorizon)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(defaultHorizon);
        return Forecaster(series, series.Horizon ?? defaultHorizon);
    }

    /// <summary>Forecasts every series in parallel; the result at index i is the forecast of <paramref name="series"/>[i].</summary>
    public Forecast[] ForecastAll(IReadOnlyList<SeriesInput> series, int defaultHorizon) =>
        BatchForecaster.ForecastAll(series, Forecaster, defaultHorizon, MaxDegreeOfParallelism);

    /// <summary>Streams forecasts in input order, <see cref="ChunkSize"/> series at a time (<see cref="BatchForecaster.Stream"/>).</summary>
    public IEnumerable<(SeriesInput Series, Forecast Forecast)> Stream(IEnumerable<SeriesInput> series, int defaultHorizon) =>
        BatchForecaster.Stream(series, Forecaster, defaultHorizon, ChunkSize, MaxDegreeOfParallelism);
}
