using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using CrossBorder.Internal;

namespace CrossBorder;

/// <summary>
/// A rate such as a VAT rate, a fee or a margin, stored as an exact fraction (19% is 0.19) so that the
/// 19-versus-0.19 confusion cannot happen: create it with <see cref="FromPercent"/> or <see cref="FromFraction"/>,
/// parse it from <c>"19%"</c>, and multiply <see cref="Money"/> by it.
/// </summary>
/// <remarks>Negative rates (discounts) and rates above 100% (duties, markups) are allowed. <c>default</c> is 0%.</remarks>
[JsonConverter(typeof(Serialization.PercentageJsonConverter))]
public readonly struct Percentage : IEquatable<Percentage>, IComparable<Percentage>, IComparable, ISpanFormattable, ISpanParsable<Percentage>
{
    private readonly decimal _fraction;

    private Percentage(decimal fraction) => _fraction = fraction;

    /// <summary>0%.</summary>
    public static Percentage Zero => default;

    /// <summary>100%.</summary>
    public static Percentage OneHundred => new(1m);

    /// <summary>The rate as a fraction: 0.19 for 19%.</summary>
    public decimal Fraction => _fraction;

    /// <summary>The rate in percent: 19 for 19%.</summary>
    public decimal Percent => _fraction * 100m;

    /// <summary>The rate in basis points: 1900 for 19%.</summary>
    public decimal BasisPoints => _fraction * 10_000m;

    /// <summary>A rate given in percent: <c>FromPercent(19)</c> is 19%.</summary>
    public static Percentage FromPercent(decimal percent) => new(percent / 100m);

    /// <summary>A rate given as a fraction: <c>FromFraction(0.19m)</c> is 19%.</summary>
    public static Percentage FromFraction(decimal fraction) => new(fraction);

    /// <summary>A rate given in basis points: <c>FromBasisPoints(25)</c> is 0.25%.</summary>
    public static Percentage FromBasisPoints(decimal basisPoints) => new(basisPoints / 10_000m);

    /// <summary>This rate of <paramref name="money"/>, exact and not rounded: 19% of 100.00 EUR is 19.00 EUR.</summary>
    public Money Of(Money money) => money.Multiply(this);

    /// <summary>This rate of a plain number.</summary>
    public decimal Of(decimal value) => value * _fraction;

    /// <summary>Sum of two rates.</summary>
    public static Percentage operator +(Percentage left, Percentage right) => new(left._fraction + right._fraction);

    /// <summary>Difference of two rates.</summary>
    public static Percentage operator -(Percentage left, Percentage right) => new(left._fraction - right._fraction);

    /// <summary>The negated rate.</summary>
    public static Percentage operator -(Percentage value) => new(-value._fraction);

    /// <summary>A rate scaled by a factor.</summary>
    public static Percentage operator *(Percentage rate, decimal factor) => new(rate._fraction * factor);

    /// <inheritdoc cref="op_Addition" />
    public static Percentage Add(Percentage left, Percentage right) => left + right;

    /// <inheritdoc cref="op_Subtraction" />
    public static Percentage Subtract(Percentage left, Percentage right) => left - right;

    /// <inheritdoc cref="op_UnaryNegation" />
    public static Percentage Negate(Percentage value) => -value;

    /// <inheritdoc cref="op_Multiply" />
    public static Percentage Multiply(Percentage rate, decimal factor) => rate * factor;

    /// <inheritdoc />
    public bool Equals(Percentage other) => _fraction == other._fraction;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _fraction.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Percentage other) => _fraction.CompareTo(other._fraction);

    int IComparable.CompareTo(object? obj) => Internal.ValueTypeHelpers.CompareToObject(this, obj);

    /// <summary>Equality.</summary>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>Order.</summary>
    public static bool operator <(Percentage left, Percentage right) => left.CompareTo(right) < 0;

    /// <summary>Order.</summary>
    public static bool operator <=(Percentage left, Percentage right) => left.CompareTo(right) <= 0;

    /// <summary>Order.</summary>
    public static bool operator >(Percentage left, Percentage right) => left.CompareTo(right) > 0;

    /// <summary>Order.</summary>
    public static bool operator >=(Percentage left, Percentage right) => left.CompareTo(right) >= 0;

    /// <summary>Formats as <c>19%</c> or <c>7.5%</c>, culture-invariant, with every digit the rate has.</summary>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);

    /// <summary>Formats with the culture's decimal separator and percent sign (<c>19,5 %</c> in fr-FR); never rounds.</summary>
    /// <exception cref="FormatException">The format is not <c>G</c>.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        if (format is not (null or "" or "G" or "g"))
        {
            throw new FormatException($"Unknown Percentage format '{format}': use G.");
        }

        var numberFormat = NumberFormatInfo.GetInstance(formatProvider);
        var percent = Percent;
        var digits = Internal.DecimalMath.SignificantScale(percent);
        var number = Math.Abs(percent).ToString("F" + digits.ToString(CultureInfo.InvariantCulture), numberFormat);

        // The invariant form is the compact "19%" that people type; cultures get their own pattern.
        var pattern = IsInvariant(formatProvider) ? 1 : numberFormat.PercentPositivePattern;
        var text = pattern switch
        {
            0 => number + " " + numberFormat.PercentSymbol,
            2 => numberFormat.PercentSymbol + number,
            3 => numberFormat.PercentSymbol + " " + number,
            _ => number + numberFormat.PercentSymbol,
        };
        return percent < 0 ? numberFormat.NegativeSign + text : text;
    }

    private static bool IsInvariant(IFormatProvider? provider) => provider switch
    {
        null => CultureInfo.CurrentCulture.Name.Length == 0,
        CultureInfo culture => culture.Name.Length == 0,
        NumberFormatInfo info => ReferenceEquals(info, NumberFormatInfo.InvariantInfo) || ReferenceEquals(info, CultureInfo.InvariantCulture.NumberFormat),
        _ => false,
    };

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        return Internal.ValueTypeHelpers.TryCopy(text, destination, out charsWritten);
    }

    /// <summary>
    /// Parses <c>"19%"</c>, <c>"7.5 %"</c>, <c>"-2%"</c>, <c>"%19"</c> in the given culture. The percent sign is required,
    /// so that <c>"0.19"</c> and <c>"19"</c> cannot be confused. Group separators must stand where the culture groups
    /// digits: <c>"19,5%"</c> is rejected in the invariant culture, never read as 195%.
    /// </summary>
    /// <exception cref="FormatException">The text is not a percentage.</exception>
    public static Percentage Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static Percentage Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result)
            ? result
            : throw new FormatException($"'{s}' is not a percentage: expected a number with a percent sign, such as '19%'.");

    /// <summary>Parses a percentage in the invariant culture: <c>Percentage.Parse("19%")</c>.</summary>
    public static Percentage Parse(string s) => Parse(s, CultureInfo.InvariantCulture);

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Percentage result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), provider, out result);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Percentage result)
    {
        result = default;
        var numberFormat = NumberFormatInfo.GetInstance(provider);
        var text = s.Trim();

        // The sign may stand before or after the number ("19 %", "%19"), and must be there exactly once.
        var symbol = text.IndexOf(numberFormat.PercentSymbol, StringComparison.Ordinal) >= 0 ? numberFormat.PercentSymbol : "%";
        var at = text.IndexOf(symbol, StringComparison.Ordinal);
        if (at < 0 || text[(at + symbol.Length)..].IndexOf(symbol, StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        var number = string.Concat(text[..at], text[(at + symbol.Length)..]);
        if (!decimal.TryParse(number.AsSpan().Trim(), NumberStyles.Number, numberFormat, out var percent)
            || !DigitGrouping.IsWellGrouped(number, numberFormat))
        {
            return false;
        }

        result = FromPercent(percent);
        return true;
    }
}
