namespace CrossBorder.Scorecards;

/// <summary>
/// How alerts are raised on a metric's series. Each statistical test judges a point against a trailing baseline of the
/// points before it (never the point itself), and only when the baseline's median is at least <see cref="Floor"/>.
/// Defaults: robust z 3.5 (Iglewicz and Hoaglin's modified z-score cut-off), EWMA λ 0.2 and L 3, CUSUM k 0.5 and h 5
/// (in σ units), as the reference gives them; a 28-point baseline with at least 14 points.
/// </summary>
public sealed record AlertPolicy
{
    private readonly int _baselinePoints = 28;
    private readonly int _minimumBaselinePoints = 14;
    private readonly double _floor;
    private readonly double _robustZ = 3.5;
    private readonly double _ewmaLambda = 0.2;
    private readonly double _ewmaWidth = 3d;
    private readonly double _cusumK = 0.5;
    private readonly double _cusumH = 5d;

    /// <summary>Which moves are bad: higher-is-better alerts on drops, lower-is-better on rises, in-range on both (the default).</summary>
    public Direction Direction { get; init; } = Direction.InRange;

    /// <summary>The period-over-period rule, or null for none (the default).</summary>
    public PeriodOverPeriodRule? PeriodOverPeriod { get; init; }

    /// <summary>Whether the statistical tests (robust z, EWMA, CUSUM) run (default true).</summary>
    public bool StatisticalTests { get; init; } = true;

    /// <summary>Whether the Western Electric run rules run (default true).</summary>
    public bool RunRules { get; init; } = true;

    /// <summary>The trailing points in a baseline (default 28).</summary>
    public int BaselinePoints { get => _baselinePoints; init => _baselinePoints = Positive(value, 2); }

    /// <summary>The fewest baseline points a test judges on (default 14; at most <see cref="BaselinePoints"/>).</summary>
    public int MinimumBaselinePoints { get => _minimumBaselinePoints; init => _minimumBaselinePoints = Positive(value, 2); }

    /// <summary>
    /// The smallest baseline median judged by the statistical tests and run rules (default 0: a volume below it is noise;
    /// a metric that can be negative, such as profit, needs a negative floor).
    /// </summary>
    public double Floor { get => _floor; init => _floor = Finite(value, double.MinValue, double.MaxValue); }

    /// <summary>|robust z| at or beyond which the robust test fires (default 3.5).</summary>
    public double RobustZ { get => _robustZ; init => _robustZ = Finite(value, double.Epsilon, double.MaxValue); }

    /// <summary>The EWMA weight λ in (0, 1] (default 0.2).</summary>
    public double EwmaLambda { get => _ewmaLambda; init => _ewmaLambda = Finite(value, double.Epsilon, 1d); }

    /// <summary>The EWMA limit width L in σ (default 3).</summary>
    public double EwmaWidth { get => _ewmaWidth; init => _ewmaWidth = Finite(value, double.Epsilon, double.MaxValue); }

    /// <summary>The CUSUM allowance k in σ (default 0.5).</summary>
    public double CusumK { get => _cusumK; init => _cusumK = Finite(value, 0d, double.MaxValue); }

    /// <summary>The CUSUM decision interval h in σ (default 5).</summary>
    public double CusumH { get => _cusumH; init => _cusumH = Finite(value, double.Epsilon, double.MaxValue); }

    /// <summary>Throws when the minimum baseline exceeds the baseline.</summary>
    internal void Validate()
    {
        if (MinimumBaselinePoints > BaselinePoints)
        {
            throw new ArgumentException($"The minimum baseline ({MinimumBaselinePoints}) exceeds the baseline ({BaselinePoints}).", nameof(MinimumBaselinePoints));
        }
    }

    private static int Positive(int value, int minimum, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        value >= minimum ? value : throw new ArgumentOutOfRangeException(name, value, $"Must be at least {minimum}.");

    private static double Finite(double value, double minimum, double maximum, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        value >= minimum && value <= maximum ? value : throw new ArgumentOutOfRangeException(name, value, $"Must be between {minimum} and {maximum}.");
}
