using System.Diagnostics.CodeAnalysis;

namespace CrossBorder.Tax;

/// <summary>
/// Where a tax is levied: a country (<c>DE</c>) or, where the tax differs inside it, a subdivision in ISO 3166-2 form
/// (<c>US-CA</c>, <c>CA-QC</c>, <c>BR-SP</c>). <c>default</c> is detectable through <see cref="IsDefault"/> and is not a
/// jurisdiction any rule pack knows.
/// </summary>
public readonly struct TaxJurisdiction : IEquatable<TaxJurisdiction>, IComparable<TaxJurisdiction>
{
    private readonly string? _subdivision;

    private TaxJurisdiction(CountryCode country, string? subdivision)
    {
        Country = country;
        _subdivision = subdivision;
    }

    /// <summary>The country.</summary>
    public CountryCode Country { get; }

    /// <summary>The subdivision part of the ISO 3166-2 code (<c>CA</c> in <c>US-CA</c>), or null for a whole country.</summary>
    public string? Subdivision => _subdivision;

    /// <summary>Whether this is a subdivision rather than a whole country.</summary>
    public bool IsSubdivision => _subdivision is not null;

    /// <summary>Whether this is <c>default(TaxJurisdiction)</c>.</summary>
    public bool IsDefault => Country.IsDefault;

    /// <summary>The whole country this jurisdiction lies in (itself when it is a country).</summary>
    public TaxJurisdiction CountryJurisdiction => new(Country, null);

    /// <summary>The jurisdiction of a whole country.</summary>
    public static TaxJurisdiction Of(CountryCode country) =>
        country.IsDefault ? throw new ArgumentException("The country is default(CountryCode).", nameof(country)) : new(country, null);

    /// <summary>The jurisdiction of a subdivision (<paramref name="subdivision"/> is the part after the hyphen: 1–3 letters or digits).</summary>
    /// <exception cref="ArgumentException">The country is default or the subdivision code is malformed.</exception>
    public static TaxJurisdiction Of(CountryCode country, string subdivision)
    {
        if (country.IsDefault)
        {
            throw new ArgumentException("The country is default(CountryCode).", nameof(country));
        }

        ArgumentNullException.ThrowIfNull(subdivision);
        return IsSubdivisionCode(subdivision)
            ? new(country, subdivision)
            : throw new ArgumentException($"'{subdivision}' is not an ISO 3166-2 subdivision code (1 to 3 upper-case letters or digits).", nameof(subdivision));
    }

    /// <summary>Parses <c>DE</c> or <c>US-CA</c> (upper case, as ISO writes them).</summary>
    /// <exception cref="FormatException">The text is not a known country code, optionally followed by a hyphen and a subdivision code.</exception>
    public static TaxJurisdiction Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var result)
            ? result
            : throw new FormatException($"'{text}' is not a jurisdiction: expected an ISO 3166-1 country code such as DE, or an ISO 3166-2 code such as US-CA.");
    }

    /// <summary>Parses <c>DE</c> or <c>US-CA</c>; false when the text is not one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out TaxJurisdiction result)
    {
        result = default;
        if (text is null || text.Length < 2)
        {
            return false;
        }

        var countryPart = text.Length == 2 ? text : text[..2];
        if (!CountryCode.TryParse(countryPart, out var country) || !string.Equals(country.Alpha2, countryPart, StringComparison.Ordinal))
        {
            return false;
        }

        if (text.Length == 2)
        {
            result = new(country, null);
            return true;
        }

        if (text[2] != '-' || !IsSubdivisionCode(text[3..]))
        {
            return false;
        }

        result = new(country, text[3..]);
        return true;
    }

    private static bool IsSubdivisionCode(string code) =>
        code.Length is >= 1 and <= 3 && code.All(c => c is (>= 'A' and <= 'Z') or (>= '0' and <= '9'));

    /// <inheritdoc />
    public bool Equals(TaxJurisdiction other) => Country == other.Country && string.Equals(_subdivision, other._subdivision, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TaxJurisdiction other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Country, _subdivision);

    /// <summary>Orders by country, the whole country before its subdivisions.</summary>
    public int CompareTo(TaxJurisdiction other)
    {
        var byCountry = Country.CompareTo(other.Country);
        return byCountry != 0 ? byCountry : string.CompareOrdinal(_subdivision, other._subdivision);
    }

    /// <summary>Equality.</summary>
    public static bool operator ==(TaxJurisdiction left, TaxJurisdiction right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(TaxJurisdiction left, TaxJurisdiction right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    public static bool operator <(TaxJurisdiction left, TaxJurisdiction right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    public static bool operator <=(TaxJurisdiction left, TaxJurisdiction right) => left.CompareTo(right) <= 0;

    /// <summary>Ordering.</summary>
    public static bool operator >(TaxJurisdiction left, TaxJurisdiction right) => left.CompareTo(right) > 0;

    /// <summary>Ordering.</summary>
    public static bool operator >=(TaxJurisdiction left, TaxJurisdiction right) => left.CompareTo(right) >= 0;

    /// <summary>The code: <c>DE</c>, <c>US-CA</c>; empty for <c>default</c>.</summary>
    public override string ToString() =>
        IsDefault ? string.Empty : _subdivision is null ? Country.Alpha2 : Country.Alpha2 + "-" + _subdivision;
}
