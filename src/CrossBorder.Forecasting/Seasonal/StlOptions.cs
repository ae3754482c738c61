namespace CrossBorder.Forecasting;

/// <summary>
/// The arguments of R's <c>stats::stl</c>, with R's defaults. Every property is checked when it is set, so an
/// instance is always valid; a default left <see langword="null"/> is resolved from the period and the other
/// windows exactly as <c>stl</c> resolves it (see each property).
/// </summary>
/// <example>
/// <code>
/// var options = new StlOptions { SeasonalWindow = 13, Robust = true };   // stl(x, s.window = 13, robust = TRUE)
/// var periodic = StlOptions.Periodic;                                     // stl(x, s.window = "periodic")
/// </code>
/// </example>
public sealed record StlOptions
{
    private readonly int? _seasonalWindow;
    private readonly int _seasonalDegree;
    private readonly int _trendDegree = 1;
    private readonly int? _lowPassDegree;
    private readonly int? _trendWindow;
    private readonly int? _lowPassWindow;
    private readonly int? _seasonalJump;
    private readonly int? _trendJump;
    private readonly int? _lowPassJump;
    private readonly int? _innerIterations;
    private readonly int? _outerIterations;

    /// <summary>R's <c>s.window = "periodic"</c> with every other argument at its default.</summary>
    public static StlOptions Periodic { get; } = new();

    /// <summary>
    /// The span (in cycles, i.e. in points of each cycle-subseries) of the loess that smooths the cycle-subseries
    /// (R's <c>s.window</c>): an odd integer, at least 7 (Cleveland et al. 1990). <see langword="null"/>, the
    /// default, means <c>"periodic"</c>: as R, the window becomes 10·n + 1, the degree 0, and the seasonal
    /// component is replaced by the mean of each position of the cycle, so it is exactly periodic.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 7.</exception>
    /// <exception cref="ArgumentException">Even.</exception>
    public int? SeasonalWindow
    {
        get => _seasonalWindow;
        init => _seasonalWindow = value is { } w ? OddWindow(w, 7, nameof(SeasonalWindow)) : null;
    }

    /// <summary>Whether the seasonal component is periodic (<see cref="SeasonalWindow"/> is <see langword="null"/>).</summary>
    public bool IsPeriodic => _seasonalWindow is null;

    /// <summary>Degree of the seasonal loess (R's <c>s.degree</c>), 0 or 1; default 0. A periodic decomposition uses 0 whatever this says, as R does.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 0 or 1.</exception>
    public int SeasonalDegree
    {
        get => _seasonalDegree;
        init => _seasonalDegree = Degree(value, nameof(SeasonalDegree));
    }

    /// <summary>Degree of the trend loess (R's <c>t.degree</c>), 0 or 1; default 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 0 or 1.</exception>
    public int TrendDegree
    {
        get => _trendDegree;
        init => _trendDegree = Degree(value, nameof(TrendDegree));
    }

    /// <summary>Degree of the low-pass loess (R's <c>l.degree</c>), 0 or 1; <see langword="null"/> (default) for <see cref="TrendDegree"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not 0 or 1.</exception>
    public int? LowPassDegree
    {
        get => _lowPassDegree;
        init => _lowPassDegree = value is { } d ? Degree(d, nameof(LowPassDegree)) : null;
    }

    /// <summary>
    /// Span in points of the trend loess (R's <c>t.window</c>): odd, at least 3. <see langword="null"/> (default)
    /// for R's rule nextodd(⌈1.5·period / (1 − 1.5/s.window)⌉), with s.window = 10·n + 1 when periodic.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 3.</exception>
    /// <exception cref="ArgumentException">Even.</exception>
    public int? TrendWindow
    {
        get => _trendWindow;
        init => _trendWindow = value is { } w ? OddWindow(w, 3, nameof(TrendWindow)) : null;
    }

    /// <summary>Span in points of the low-pass loess (R's <c>l.window</c>): odd, at least 3; <see langword="null"/> (default) for nextodd(period).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 3.</exception>
    /// <exception cref="ArgumentException">Even.</exception>
    public int? LowPassWindow
    {
        get => _lowPassWindow;
        init => _lowPassWindow = value is { } w ? OddWindow(w, 3, nameof(LowPassWindow)) : null;
    }

    /// <summary>
    /// The seasonal loess is evaluated at every <c>SeasonalJump</c>-th point and linearly interpolated between
    /// (R's <c>s.jump</c>); at least 1; <see langword="null"/> (default) for ⌈s.window/10⌉.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int? SeasonalJump
    {
        get => _seasonalJump;
        init => _seasonalJump = value is { } j ? Positive(j, nameof(SeasonalJump)) : null;
    }

    /// <summary>As <see cref="SeasonalJump"/> for the trend (R's <c>t.jump</c>); default ⌈t.window/10⌉.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int? TrendJump
    {
        get => _trendJump;
        init => _trendJump = value is { } j ? Positive(j, nameof(TrendJump)) : null;
    }

    /// <summary>As <see cref="SeasonalJump"/> for the low-pass filter (R's <c>l.jump</c>); default ⌈l.window/10⌉.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int? LowPassJump
    {
        get => _lowPassJump;
        init => _lowPassJump = value is { } j ? Positive(j, nameof(LowPassJump)) : null;
    }

    /// <summary>Robust fitting (R's <c>robust</c>): outer iterations reweight the points by the bisquare of |r|/(6·median|r|); default false.</summary>
    public bool Robust { get; init; }

    /// <summary>Passes of the inner loop (R's <c>inner</c>), at least 1; <see langword="null"/> (default) for 2, or 1 when <see cref="Robust"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Less than 1.</exception>
    public int? InnerIterations
    {
        get => _innerIterations;
        init => _innerIterations = value is { } i ? Positive(i, nameof(InnerIterations)) : null;
    }

    /// <summary>Robustness iterations (R's <c>outer</c>), at least 0; <see langword="null"/> (default) for 0, or 15 when <see cref="Robust"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Negative.</exception>
    public int? OuterIterations
    {
        get => _outerIterations;
        init => _outerIterations = value is { } o ? NonNegative(o, nameof(OuterIterations)) : null;
    }

    /// <summary>The options with every default resolved for a series of <paramref name="n"/> points and period <paramref name="period"/> (which may be fractional, as in MSTL).</summary>
    internal StlParameters Resolve(int n, double period)
    {
        // R: s.window <- 10 * n + 1 when periodic; every later default reads the new value.
        var sWindow = _seasonalWindow ?? (10 * n) + 1;
        var tWindow = _trendWindow ?? NextOdd(Math.Ceiling(1.5 * period / (1 - (1.5 / sWindow))));
        var lWindow = _lowPassWindow ?? NextOdd(period);
        return new StlParameters(
            Period: (int)period,
            SeasonalWindow: sWindow,
            TrendWindow: tWindow,
            LowPassWindow: lWindow,
            SeasonalDegree: IsPeriodic ? 0 : _seasonalDegree,
            TrendDegree: _trendDegree,
            LowPassDegree: _lowPassDegree ?? _trendDegree,
            SeasonalJump: _seasonalJump ?? CeilingTenth(sWindow),
            TrendJump: _trendJump ?? CeilingTenth(tWindow),
            LowPassJump: _lowPassJump ?? CeilingTenth(lWindow),
            Inner: _innerIterations ?? (Robust ? 1 : 2),
            Outer: _outerIterations ?? (Robust ? 15 : 0),
            Periodic: IsPeriodic);
    }

    /// <summary>R's <c>nextodd</c>: round (half to even, as R), then add 1 if even.</summary>
    internal static int NextOdd(double x)
    {
        var r = (int)Math.Round(x, MidpointRounding.ToEven);
        return r % 2 == 0 ? r + 1 : r;
    }

    private static int CeilingTenth(int window) => (window + 9) / 10;

    private static int OddWindow(int value, int min, string name)
    {
        if (value < min)
        {
            throw new ArgumentOutOfRangeException(name, value, $"The window must be an odd integer of at least {min}.");
        }

        if (value % 2 == 0)
        {
            throw new ArgumentException($"The window must be odd; {value} is even (R's Fortran would silently use {value + 1}).", name);
        }

        return value;
    }

    private static int Degree(int value, string name) =>
        value is 0 or 1 ? value : throw new ArgumentOutOfRangeException(name, value, "A loess degree is 0 or 1.");

    private static int Positive(int value, string name) =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, "Must be at least 1.");

    private static int NonNegative(int value, string name) =>
        value >= 0 ? value : throw new ArgumentOutOfRangeException(name, value, "Must not be negative.");
}

/// <summary>The resolved arguments of one STL run (R's <c>win</c>, <c>deg</c>, <c>jump</c>, <c>inner</c>, <c>outer</c>).</summary>
internal readonly record struct StlParameters(
    int Period,
    int SeasonalWindow,
    int TrendWindow,
    int LowPassWindow,
    int SeasonalDegree,
    int TrendDegree,
    int LowPassDegree,
    int SeasonalJump,
    int TrendJump,
    int LowPassJump,
    int Inner,
    int Outer,
    bool Periodic);
