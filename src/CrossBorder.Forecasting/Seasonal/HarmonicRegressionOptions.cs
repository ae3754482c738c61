namespace CrossBorder.Forecasting;

/// <summary>Options of <see cref="HarmonicRegression"/>. Immutable once built; the lists are copied.</summary>
public sealed class HarmonicRegressionOptions
{
    private readonly IReadOnlyList<int>? _harmonics;

    /// <summary>The shared defaults.</summary>
    internal static HarmonicRegressionOptions Default { get; } = new();

    /// <summary>
    /// Whether the regression has a linear trend t = 1…n beside the intercept (R's <c>tslm(y ~ trend + fourier(y, K))</c>);
    /// default true. Seller demand grows or shrinks over three years, and the ETS(A,N,N) model of the residuals moves
    /// the level but has no slope: without the trend term a growing series is forecast flat at its last level. Turn it off
    /// for a series known to have no trend, or for horizons so long that a straight line should not be extrapolated.
    /// </summary>
    public bool Trend { get; init; } = true;

    /// <summary>
    /// The number K of sine/cosine pairs for each period, in the order of the periods, each between 1 and m/2; or
    /// <see langword="null"/> (the default) to choose them by the regression's AICc (see <see cref="MaxHarmonics"/>).
    /// </summary>
    public IReadOnlyList<int>? Harmonics
    {
        get => _harmonics;
        init => _harmonics = value is null ? null : Array.AsReadOnly([.. value]);
    }

    /// <summary>
    /// When K is chosen: the largest K tried for any period (it is also at most m/2); default 25, the bound of
    /// Hyndman's weekly example (<c>for (i in 1:25)</c> in "Forecasting weekly data", robjhyndman.com/hyndsight).
    /// At least 1.
    /// </summary>
    public int MaxHarmonics { get; init; } = 25;

    internal void Validate()
    {
        if (MaxHarmonics < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxHarmonics), MaxHarmonics, "At least one harmonic must be allowed.");
        }
    }
}
