using System.Diagnostics.CodeAnalysis;

namespace CrossBorder.Tax;

/// <summary>
/// What a product is, for tax: <c>standard</c>, <c>zero-rated</c>, <c>exempt</c>, or a kind of goods that some
/// jurisdictions tax at a reduced rate (<c>books</c>, <c>food</c>, <c>medicines</c>…). Each jurisdiction's rules map a
/// category to one of its tiers by date; the open set of codes is lower-case letters, digits and hyphens.
/// </summary>
public readonly struct TaxCategory : IEquatable<TaxCategory>
{
    private readonly string? _code;

    private TaxCategory(string code) => _code = code;

    /// <summary>Goods taxed at the standard rate.</summary>
    public static TaxCategory Standard { get; } = new("standard");

    /// <summary>Goods taxed at 0% with the right to deduct input tax.</summary>
    public static TaxCategory ZeroRated { get; } = new("zero-rated");

    /// <summary>Goods exempt from the tax.</summary>
    public static TaxCategory Exempt { get; } = new("exempt");

    /// <summary>The code; <c>standard</c> for <c>default(TaxCategory)</c>, so that a default is the safe, taxable answer.</summary>
    public string Code => _code ?? "standard";

    /// <summary>A category from its code.</summary>
    /// <exception cref="FormatException">The code is empty, longer than 40 characters, or holds other than lower-case letters, digits and hyphens.</exception>
    public static TaxCategory Parse(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryParse(code, out var category)
            ? category
            : throw new FormatException($"'{code}' is not a tax category code: lower-case letters, digits and hyphens, 1 to 40 characters, such as standard, zero-rated, exempt or books.");
    }

    /// <summary>A category from its code; false when malformed.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out TaxCategory category)
    {
        category = default;
        if (code is null || code.Length is 0 or > 40 || !code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            return false;
        }

        category = new TaxCategory(code);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(TaxCategory other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TaxCategory other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Equality.</summary>
    public static bool operator ==(TaxCategory left, TaxCategory right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(TaxCategory left, TaxCategory right) => !left.Equals(right);

    /// <summary>The code.</summary>
    public override string ToString() => Code;
}
