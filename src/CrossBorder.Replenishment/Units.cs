using System.Globalization;

namespace CrossBorder.Replenishment;

/// <summary>
/// The length of one demand period. Demand rates, lead times and review periods are all counted in periods, and a
/// calculation only combines quantities measured in the same unit: a weekly demand σ with a lead time in days is an
/// error, not a silent conversion. The value is the number of days in the period. Monthly periods are not supported
/// (months differ in length, lead times are counted in days): plan monthly data from daily or weekly sales.
/// </summary>
public enum PeriodUnit
{
    /// <summary>One day.</summary>
    Day = 1,

    /// <summary>One week (7 days).</summary>
    Week = 7,
}

/// <summary>
/// Demand per period: its mean d̄ and standard deviation σ_d (of demand, or better of the one-step forecast error),
/// in units per <see cref="Unit"/>. Construct with <see cref="Of"/>; a <c>default</c> value has no unit and is rejected
/// wherever it is used.
/// </summary>
public readonly struct DemandRate : IEquatable<DemandRate>
{
    private DemandRate(double mean, double standardDeviation, PeriodUnit unit)
    {
        Mean = mean;
        StandardDeviation = standardDeviation;
        Unit = unit;
    }

    /// <summary>Mean demand per period, d̄ (units/period).</summary>
    public double Mean { get; }

    /// <summary>Standard deviation of demand per period, σ_d (units/period).</summary>
    public double StandardDeviation { get; }

    /// <summary>The period the rate is measured in.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>Creates a demand rate.</summary>
    /// <param name="mean">d̄, finite and non-negative.</param>
    /// <param name="standardDeviation">σ_d, finite and non-negative.</param>
    /// <param name="unit">The period.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite, or the unit is unknown.</exception>
    public static DemandRate Of(double mean, double standardDeviation, PeriodUnit unit)
    {
        Guard.NonNegative(mean, nameof(mean));
        Guard.NonNegative(standardDeviation, nameof(standardDeviation));
        Guard.Unit(unit, nameof(unit));
        return new DemandRate(mean, standardDeviation, unit);
    }

    /// <summary>Estimates d̄ and σ_d (sample standard deviation, n − 1) from demand history.</summary>
    /// <param name="history">Demand per period, at least two values, finite and non-negative.</param>
    /// <param name="unit">The period of the history.</param>
    /// <exception cref="ArgumentException">Fewer than two values, or a negative or non-finite one.</exception>
    public static DemandRate FromHistory(ReadOnlySpan<double> history, PeriodUnit unit)
    {
        if (history.Length < 2)
        {
            throw new ArgumentException("At least two periods of history are needed to estimate a standard deviation.", nameof(history));
        }

        Guard.NonNegativeSeries(history, nameof(history));
        var mean = 0.0;
        foreach (var v in history)
        {
            mean += v;
        }

        mean /= history.Length;
        var ss = 0.0;
        foreach (var v in history)
        {
            ss += (v - mean) * (v - mean);
        }

        return Of(mean, Math.Sqrt(ss / (history.Length - 1)), unit);
    }

    internal void EnsureValid(string name) => Guard.Unit(Unit, name);

    /// <inheritdoc />
    public bool Equals(DemandRate other) => Mean.Equals(other.Mean) && StandardDeviation.Equals(other.StandardDeviation) && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DemandRate other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mean, StandardDeviation, Unit);

    /// <summary>Equality of mean, standard deviation and unit.</summary>
    public static bool operator ==(DemandRate left, DemandRate right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(DemandRate left, DemandRate right) => !left.Equals(right);

    /// <summary><c>d̄ = 120 ± 60 /Day</c>, invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"d̄ = {Mean:G6} ± {StandardDeviation:G6} /{Unit}");
}

/// <summary>
/// A replenishment lead time (supplier production + freight + receiving) as a distribution: mean L and standard
/// deviation σ_L, in <see cref="Unit"/>s. Convert explicitly with <see cref="In"/> to match the demand period.
/// </summary>
public readonly struct LeadTime : IEquatable<LeadTime>
{
    private LeadTime(double mean, double standardDeviation, PeriodUnit unit)
    {
        Mean = mean;
        StandardDeviation = standardDeviation;
        Unit = unit;
    }

    /// <summary>Mean lead time L, in <see cref="Unit"/>s.</summary>
    public double Mean { get; }

    /// <summary>Standard deviation σ_L, in <see cref="Unit"/>s; 0 for a fixed lead time.</summary>
    public double StandardDeviation { get; }

    /// <summary>The unit of <see cref="Mean"/> and <see cref="StandardDeviation"/>.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>A lead time with mean and standard deviation.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, NaN or infinite, or the unit is unknown.</exception>
    public static LeadTime Of(double mean, double standardDeviation, PeriodUnit unit)
    {
        Guard.NonNegative(mean, nameof(mean));
        Guard.NonNegative(standardDeviation, nameof(standardDeviation));
        Guard.Unit(unit, nameof(unit));
        return new LeadTime(mean, standardDeviation, unit);
    }

    /// <summary>A fixed (deterministic) lead time.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The mean is negative, NaN or infinite, or the unit is unknown.</exception>
    public static LeadTime Fixed(double mean, PeriodUnit unit) => Of(mean, 0, unit);

    /// <summary>The same lead time in another unit: days ÷ 7 = weeks; mean and σ scale alike (σ of a duration, not of a sum).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The unit is unknown, or this is a default value.</exception>
    public LeadTime In(PeriodUnit unit)
    {
        Guard.Unit(unit, nameof(unit));
        EnsureValid("this");
        var factor = (double)(int)Unit / (int)unit;
        return new LeadTime(Mean * factor, StandardDeviation * factor, unit);
    }

    internal void EnsureValid(string name) => Guard.Unit(Unit, name);

    /// <summary>Throws when the lead time and the demand are not in the same period unit.</summary>
    internal static void EnsureSameUnit(DemandRate demand, LeadTime leadTime, string leadTimeName)
    {
        demand.EnsureValid("demand");
        leadTime.EnsureValid(leadTimeName);
        if (demand.Unit != leadTime.Unit)
        {
            throw new ArgumentException(
                $"Inconsistent units: demand is per {demand.Unit} but the lead time is in {leadTime.Unit}s. Convert the lead time explicitly with LeadTime.In(PeriodUnit.{demand.Unit}).",
                leadTimeName);
        }
    }

    /// <inheritdoc />
    public bool Equals(LeadTime other) => Mean.Equals(other.Mean) && StandardDeviation.Equals(other.StandardDeviation) && Unit == other.Unit;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LeadTime other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Mean, StandardDeviation, Unit);

    /// <summary>Equality of mean, standard deviation and unit.</summary>
    public static bool operator ==(LeadTime left, LeadTime right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(LeadTime left, LeadTime right) => !left.Equals(right);

    /// <summary><c>L = 5 ± 2 Day</c>, invariant culture.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"L = {Mean:G6} ± {StandardDeviation:G6} {Unit}");
}
