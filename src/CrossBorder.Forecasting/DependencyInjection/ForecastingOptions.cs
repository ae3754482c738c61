using System.ComponentModel.DataAnnotations;

namespace CrossBorder.Forecasting;

/// <summary>
/// Options of <see cref="ForecastingServiceCollectionExtensions.AddCrossBorderForecasting(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>,
/// set in code or bound from configuration, validated at start-up. They map to the immutable
/// <see cref="SeriesOptions"/>, <see cref="EtsOptions"/>, <see cref="AutoForecaster"/> and
/// <see cref="ForecastingService"/> when those are first resolved.
/// </summary>
public sealed class ForecastingOptions
{
    /// <summary>The method of <see cref="ForecastingService"/>, one of <see cref="ForecastMethods.Names"/>; default <c>auto</c>.</summary>
    [Required]
    public string Method { get; set; } = ForecastMethods.Auto;

    /// <summary>
    /// Prediction interval levels, each strictly between 0 and 1; <see langword="null"/> (the default) for 0.8 and 0.95,
    /// empty for point forecasts only, as everywhere in the library.
    /// </summary>
    /// <remarks>
    /// The default is <see langword="null"/> rather than a filled array because configuration binding appends to an
    /// existing array: with <c>[0.8, 0.95]</c> preset, binding <c>Levels: [0.9]</c> would give three levels.
    /// </remarks>
    public double[]? Levels { get; set; }

    /// <summary>How missing values are filled; default <see cref="MissingValuePolicy.Interpolate"/>.</summary>
    [EnumDataType(typeof(MissingValuePolicy))]
    public MissingValuePolicy MissingValues { get; set; } = MissingValuePolicy.Interpolate;

    /// <summary>Reject negative values (unit demand); default <see langword="true"/>. Turn off for net sales with returns.</summary>
    public bool RequireNonNegative { get; set; } = true;

    /// <summary>Drop a long run of zeros before the first sale; default <see langword="true"/>.</summary>
    public bool TrimLeadingZeros { get; set; } = true;

    /// <summary>A leading zero run is trimmed when at least this many mean inter-demand intervals long; default 4, 0 to 1000.</summary>
    [Range(0d, 1000d)]
    public double LeadingZeroRunMultiple { get; set; } = 4;

    /// <summary>The fewest observations a method is given (shorter series get the mean); default 3, 1 to 1000.</summary>
    [Range(1, 1000)]
    public int MinimumLength { get; set; } = 3;

    /// <summary>Detect obsolete items and forecast a decay to zero; default <see langword="true"/>.</summary>
    public bool DetectObsolescence { get; set; } = true;

    /// <summary>Raise negative forecasts and bounds to zero (non-negative demand only); default <see langword="true"/>.</summary>
    public bool ClipNegativeForecasts { get; set; } = true;

    /// <summary>The criterion of automatic ETS selection; default <see cref="EtsInformationCriterion.Aicc"/> (R's).</summary>
    [EnumDataType(typeof(EtsInformationCriterion))]
    public EtsInformationCriterion EtsCriterion { get; set; } = EtsInformationCriterion.Aicc;

    /// <summary>Whether automatic ETS selection considers damped trends; default <see langword="true"/>.</summary>
    public bool EtsAllowDamped { get; set; } = true;

    /// <summary>Whether ETS considers seasonal forms for periods above 24 (weekly data); default <see langword="true"/>.</summary>
    public bool EtsAllowLongSeasons { get; set; } = true;

    /// <summary>ETS intervals from simulated paths rather than the analytic formulas; default <see langword="false"/>.</summary>
    public bool EtsSimulateIntervals { get; set; }

    /// <summary>Threads a batch uses: −1 for all cores (the default), or 1 to 4096.</summary>
    [Range(-1, 4096)]
    public int MaxDegreeOfParallelism { get; set; } = -1;

    /// <summary>Series held in memory at once by <see cref="ForecastingService.Stream"/>; default 8192, 1 to 1,000,000.</summary>
    [Range(1, 1_000_000)]
    public int ChunkSize { get; set; } = 8192;

    internal SeriesOptions ToSeriesOptions() => new()
    {
        MissingValues = MissingValues,
        RequireNonNegative = RequireNonNegative,
        TrimLeadingZeros = TrimLeadingZeros,
        LeadingZeroRunMultiple = LeadingZeroRunMultiple,
        MinimumLength = MinimumLength,
        DetectObsolescence = DetectObsolescence,
        ClipNegativeForecasts = ClipNegativeForecasts,
    };

    internal EtsOptions ToEtsOptions() => new()
    {
        Criterion = EtsCriterion,
        AllowDamped = EtsAllowDamped,
        AllowLongSeasons = EtsAllowLongSeasons,
        SimulateIntervals = EtsSimulateIntervals,
    };
}
