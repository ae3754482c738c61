using System.Globalization;

namespace CrossBorder.Advertising;

/// <summary>Whether a ratio has a value.</summary>
public enum RatioKind
{
    /// <summary>A finite value.</summary>
    Defined,

    /// <summary>A positive numerator over a zero denominator: spend with no sales has an infinite ACoS, not 0.</summary>
    Infinite,

    /// <summary>Zero over zero: no impressions has no CTR.</summary>
    Undefined,
}

/// <summary>
/// A ratio of two non-negative quantities whose undefined and infinite cases are explicit rather than 0 or NaN:
/// ACoS of spend with no sales is <see cref="RatioKind.Infinite"/>, CTR of no impressions <see cref="RatioKind.Undefined"/>.
/// Exact in decimal; reading <see cref="Value"/> of a ratio that has none is an error.
/// </summary>
public readonly struct Ratio : IEquatable<Ratio>, IComparable<Ratio>
{
    private readonly decimal _value;

    private Ratio(RatioKind kind, decimal value)
    {
        Kind = kind;
        _value = value;
    }

    /// <summary>The undefined ratio (0/0).</summary>
    public static Ratio Undefined => new(RatioKind.Undefined, 0m);

    /// <summary>The infinite ratio (x/0, x &gt; 0).</summary>
    public static Ratio Infinite => new(RatioKind.Infinite, 0m);

    /// <summary>Whether it has a value, is infinite, or undefined.</summary>
    public RatioKind Kind { get; }

    /// <summary>Whether it has a finite value.</summary>
    public bool IsDefined => Kind == RatioKind.Defined;

    /// <summary>The value.</summary>
    /// <exception cref="InvalidOperationException">The ratio is infinite or undefined.</exception>
    public decimal Value => IsDefined ? _value : throw new InvalidOperationException($"The ratio is {Kind.ToString().ToLowerInvariant()}: it has no value.");

    /// <summary>The value, or null when infinite or undefined (the JSON <c>null</c>).</summary>
    public decimal? ValueOrNull => IsDefined ? _value : null;

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, both non-negative.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A part is negative.</exception>
    public static Ratio Of(decimal numerator, decimal denominator)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegative(denominator);
        return denominator != 0m ? new(RatioKind.Defined, numerator / denominator) : numerator == 0m ? Undefined : Infinite;
    }

    /// <summary>A defined ratio of <paramref name="value"/>.</summary>
    public static Ratio FromValue(decimal value) => new(RatioKind.Defined, value);

    /// <summary>The ratio as a percentage, or null when it has no value.</summary>
    public Percentage? AsPercentage() => IsDefined ? Percentage.FromFraction(_value) : null;

    /// <inheritdoc />
    public bool Equals(Ratio other) => Kind == other.Kind && _value == other._value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, _value);

    /// <summary>Orders defined values by value, then infinite, then undefined.</summary>
    public int CompareTo(Ratio other) => Kind != other.Kind ? Kind.CompareTo(other.Kind) : _value.CompareTo(other._value);

    /// <summary><c>0.25</c>, <c>∞</c> or <c>undefined</c>, invariant.</summary>
    public override string ToString() => Kind switch
    {
        RatioKind.Defined => _value.ToString(CultureInfo.InvariantCulture),
        RatioKind.Infinite => "∞",
        _ => "undefined",
    };

    /// <summary>Equality.</summary>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Order.</summary>
    public static bool operator <(Ratio left, Ratio right) => left.CompareTo(right) < 0;

    /// <summary>Order.</summary>
    public static bool operator >(Ratio left, Ratio right) => left.CompareTo(right) > 0;

    /// <summary>Order.</summary>
    public static bool operator <=(Ratio left, Ratio right) => left.CompareTo(right) <= 0;

    /// <summary>Order.</summary>
    public static bool operator >=(Ratio left, Ratio right) => left.CompareTo(right) >= 0;
}
