using System.Collections.Frozen;
using CrossBorder.Fx.Internal;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// The days-in-year of a money-market day count (ACT/360 or ACT/365): the year fraction of d days is d / B.
/// <c>default</c> is invalid and detected (<see cref="DaysInYear"/> throws).
/// </summary>
public readonly struct DayCountBasis : IEquatable<DayCountBasis>
{
    private static readonly Lazy<FrozenDictionary<string, (DayCountBasis Basis, string Source)>> Table = new(() =>
        FxCsv.ReadEmbedded("day-count-bases.csv", "currency,days_in_year,convention,source").ToFrozenDictionary(
            row => row.Get(0),
            row => (Of(int.Parse(row.Get(1), System.Globalization.CultureInfo.InvariantCulture)), row.Get(3)),
            StringComparer.Ordinal));

    private readonly int _days;

    private DayCountBasis(int days) => _days = days;

    /// <summary>ACT/360.</summary>
    public static DayCountBasis Act360 => new(360);

    /// <summary>ACT/365 (fixed).</summary>
    public static DayCountBasis Act365 => new(365);

    /// <summary>The days in the year: 360 or 365.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(DayCountBasis)</c>.</exception>
    public int DaysInYear => _days != 0 ? _days : throw new InvalidOperationException("This is default(DayCountBasis), which has no days-in-year.");

    /// <summary>A basis of 360 or 365 days.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="daysInYear"/> is neither 360 nor 365.</exception>
    public static DayCountBasis Of(int daysInYear) =>
        daysInYear is 360 or 365
            ? new DayCountBasis(daysInYear)
            : throw new ArgumentOutOfRangeException(nameof(daysInYear), daysInYear, "A money-market day-count basis is 360 or 365 days.");

    /// <summary>The money-market basis of <paramref name="currency"/> from the embedded table (USD, EUR: 360; GBP, AUD, HKD, SGD: 365).</summary>
    /// <exception cref="KeyNotFoundException">The currency is not in the table; pass a basis with <see cref="Of"/> instead.</exception>
    public static DayCountBasis For(Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return Table.Value.TryGetValue(currency.Code, out var entry)
            ? entry.Basis
            : throw new KeyNotFoundException(Invariant($"No day-count basis is recorded for {currency.Code}; pass one explicitly with DayCountBasis.Of(360) or Of(365)."));
    }

    /// <summary>Where <see cref="For"/>'s entry for <paramref name="currency"/> comes from.</summary>
    /// <exception cref="KeyNotFoundException">The currency is not in the table.</exception>
    public static string SourceFor(Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return Table.Value.TryGetValue(currency.Code, out var entry)
            ? entry.Source
            : throw new KeyNotFoundException(Invariant($"No day-count basis is recorded for {currency.Code}."));
    }

    /// <summary>The year fraction of <paramref name="days"/> days: days / B.</summary>
    public decimal YearFraction(int days) => (decimal)days / DaysInYear;

    /// <inheritdoc />
    public bool Equals(DayCountBasis other) => _days == other._days;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DayCountBasis other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _days;

    /// <summary>Equality.</summary>
    public static bool operator ==(DayCountBasis left, DayCountBasis right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(DayCountBasis left, DayCountBasis right) => !left.Equals(right);

    /// <summary><c>ACT/360</c>.</summary>
    public override string ToString() => _days == 0 ? "default" : Invariant($"ACT/{_days}");
}
