using NodaTime;

namespace CrossBorder;

/// <summary>
/// The days on which a dated value applies: from <see cref="Start"/> to <see cref="End"/>, both inclusive,
/// or open-ended when <see cref="End"/> is <see langword="null"/>. Tax rates and thresholds change at midnight,
/// so whole days are the unit.
/// </summary>
public readonly struct EffectivePeriod : IEquatable<EffectivePeriod>
{
    private EffectivePeriod(LocalDate start, LocalDate? end)
    {
        Start = start;
        End = end;
    }

    /// <summary>First day, inclusive. <see cref="LocalDate.MinIsoValue"/> means "since records began".</summary>
    public LocalDate Start { get; }

    /// <summary>Last day, inclusive; <see langword="null"/> while the value is still in force.</summary>
    public LocalDate? End { get; }

    /// <summary>Whether the period has no last day.</summary>
    public bool IsOpenEnded => End is null;

    /// <summary>A period from <paramref name="start"/> with no end.</summary>
    public static EffectivePeriod From(LocalDate start) => new(start, null);

    /// <summary>A period from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public static EffectivePeriod Between(LocalDate start, LocalDate end) =>
        end < start
            ? throw new ArgumentException($"The period ends on {Internal.Dates.Format(end)}, before it starts on {Internal.Dates.Format(start)}.", nameof(end))
            : new EffectivePeriod(start, end);

    /// <summary>A period that ends on <paramref name="end"/> and starts when records began.</summary>
    public static EffectivePeriod Until(LocalDate end) => new(LocalDate.MinIsoValue, end);

    /// <summary>Every day.</summary>
    public static EffectivePeriod Always => new(LocalDate.MinIsoValue, null);

    /// <summary>Whether <paramref name="date"/> falls in the period.</summary>
    public bool Contains(LocalDate date) => date >= Start && (End is not { } end || date <= end);

    /// <summary>Whether the two periods share at least one day.</summary>
    public bool Overlaps(EffectivePeriod other) =>
        (End is not { } end || other.Start <= end) && (other.End is not { } otherEnd || Start <= otherEnd);

    /// <inheritdoc />
    public bool Equals(EffectivePeriod other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EffectivePeriod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Equality.</summary>
    public static bool operator ==(EffectivePeriod left, EffectivePeriod right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(EffectivePeriod left, EffectivePeriod right) => !left.Equals(right);

    /// <summary>ISO form: <c>2021-07-01..2024-12-31</c>, <c>2021-07-01..</c> when open-ended, <c>..2020-12-31</c> when it starts with the records.</summary>
    public override string ToString()
    {
        var start = Start == LocalDate.MinIsoValue ? string.Empty : Internal.Dates.Format(Start);
        var end = End is { } e ? Internal.Dates.Format(e) : string.Empty;
        return start + ".." + end;
    }
}
