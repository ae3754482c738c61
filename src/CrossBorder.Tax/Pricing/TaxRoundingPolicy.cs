namespace CrossBorder.Tax;

/// <summary>Where tax is rounded to the currency's minor unit.</summary>
public enum TaxRoundingLevel
{
    /// <summary>The tax of one unit is rounded, then multiplied by the quantity.</summary>
    PerUnit,

    /// <summary>The tax of each line is rounded (the most common rule, and HMRC's and most ERPs' default).</summary>
    PerLine,

    /// <summary>The tax of all lines at one rate is rounded once, then shared out over those lines exactly.</summary>
    PerInvoice,
}

/// <summary>
/// How tax is rounded: at which level and which way a midpoint goes. Tax authorities differ, and so do shops; the
/// rounding is always stated, never a hidden default (ADR 0001). Immutable.
/// </summary>
public sealed class TaxRoundingPolicy : IEquatable<TaxRoundingPolicy>
{
    /// <summary>Creates a policy.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is unknown, or the mode is not <see cref="MidpointRounding.AwayFromZero"/> or <see cref="MidpointRounding.ToEven"/>.</exception>
    public TaxRoundingPolicy(TaxRoundingLevel level, MidpointRounding mode)
    {
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not a rounding level.");
        }

        if (mode is not (MidpointRounding.AwayFromZero or MidpointRounding.ToEven))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Tax rounds half away from zero (half-up) or half to even.");
        }

        Level = level;
        Mode = mode;
    }

    /// <summary>Per line, half away from zero: the usual commercial rule.</summary>
    public static TaxRoundingPolicy PerLineHalfUp { get; } = new(TaxRoundingLevel.PerLine, MidpointRounding.AwayFromZero);

    /// <summary>The level.</summary>
    public TaxRoundingLevel Level { get; }

    /// <summary>The midpoint rule.</summary>
    public MidpointRounding Mode { get; }

    /// <inheritdoc />
    public bool Equals(TaxRoundingPolicy? other) => other is not null && Level == other.Level && Mode == other.Mode;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TaxRoundingPolicy);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Level, Mode);

    /// <summary><c>per line, half-up</c>.</summary>
    public override string ToString() =>
        (Level switch { TaxRoundingLevel.PerUnit => "per unit", TaxRoundingLevel.PerLine => "per line", _ => "per invoice" }) +
        (Mode == MidpointRounding.AwayFromZero ? ", half-up" : ", half-even");
}
