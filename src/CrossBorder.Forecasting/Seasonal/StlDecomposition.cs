namespace CrossBorder.Forecasting;

/// <summary>
/// The result of <see cref="Stl.Decompose"/>: R's <c>stl</c> object — the components, the robustness weights and
/// the windows, degrees, jumps and iterations actually used (R's <c>win</c>, <c>deg</c>, <c>jump</c>,
/// <c>inner</c>, <c>outer</c>). Immutable.
/// </summary>
public sealed class StlDecomposition
{
    private readonly StlParameters _parameters;

    internal StlDecomposition(in StlParameters parameters, double[] trend, double[] seasonal, double[] remainder, double[] weights, double[] adjusted)
    {
        _parameters = parameters;
        Trend = Array.AsReadOnly(trend);
        Seasonal = Array.AsReadOnly(seasonal);
        Remainder = Array.AsReadOnly(remainder);
        Weights = Array.AsReadOnly(weights);
        SeasonallyAdjusted = Array.AsReadOnly(adjusted);
    }

    /// <summary>The number of observations per cycle given to the Fortran (the integer part of a fractional period).</summary>
    public int Period => _parameters.Period;

    /// <summary>The trend-cycle component (R's <c>trendcycle</c>).</summary>
    public IReadOnlyList<double> Trend { get; }

    /// <summary>The seasonal component (R's <c>seasonal</c>); exactly periodic when the options were periodic.</summary>
    public IReadOnlyList<double> Seasonal { get; }

    /// <summary>The remainder, y − seasonal − trend (R's <c>remainder</c>).</summary>
    public IReadOnlyList<double> Remainder { get; }

    /// <summary>The robustness weights of the last pass (R's <c>weights</c>); all 1 without outer iterations.</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The seasonally adjusted series, y − seasonal (R's <c>forecast::seasadj</c>).</summary>
    public IReadOnlyList<double> SeasonallyAdjusted { get; }

    /// <summary>Whether the seasonal component was made periodic (<c>s.window = "periodic"</c>).</summary>
    public bool IsPeriodic => _parameters.Periodic;

    /// <summary>The seasonal loess span used (10·n + 1 when periodic, as R).</summary>
    public int SeasonalWindow => _parameters.SeasonalWindow;

    /// <summary>The trend loess span used.</summary>
    public int TrendWindow => _parameters.TrendWindow;

    /// <summary>The low-pass loess span used.</summary>
    public int LowPassWindow => _parameters.LowPassWindow;

    /// <summary>The number of inner passes used.</summary>
    public int InnerIterations => _parameters.Inner;

    /// <summary>The number of robustness iterations used.</summary>
    public int OuterIterations => _parameters.Outer;
}
