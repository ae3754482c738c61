using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using NodaTime;

namespace CrossBorder;

/// <summary>
/// An ISO 3166-1 country (or territory with its own code): alpha-2, alpha-3, numeric code, English name and
/// the currency it uses, from the embedded ISO 3166-1 list. Compares, prints and serialises as the alpha-2 code.
/// </summary>
/// <remarks><c>default(CountryCode)</c> is detectable through <see cref="IsDefault"/>; its other properties throw.</remarks>
[JsonConverter(typeof(Serialization.CountryCodeJsonConverter))]
public readonly struct CountryCode : IEquatable<CountryCode>, IComparable<CountryCode>, IComparable, ISpanFormattable, ISpanParsable<CountryCode>
{
    private readonly CountryInfo? _info;

    internal CountryCode(CountryInfo info) => _info = info;

    /// <summary>Whether this is <c>default(CountryCode)</c>, which names no country.</summary>
    public bool IsDefault => _info is null;

    /// <summary>The ISO 3166-1 alpha-2 code: <c>DE</c>.</summary>
    public string Alpha2 => Info.Alpha2;

    /// <summary>The ISO 3166-1 alpha-3 code: <c>DEU</c>.</summary>
    public string Alpha3 => Info.Alpha3;

    /// <summary>The ISO 3166-1 numeric code: 276.</summary>
    public int NumericCode => Info.NumericCode;

    /// <summary>The English short name: <c>Germany</c>.</summary>
    public string EnglishName => Info.EnglishName;

    /// <summary>The currency prices are quoted in today, per ISO 4217; <see langword="null"/> where there is none (Antarctica).</summary>
    public Currency? Currency => Info.Currencies.Count > 0 ? Info.Currencies[0] : null;

    /// <summary>Every legal-tender currency ISO 4217 lists for the country, the main one first (funds excluded).</summary>
    public IReadOnlyList<Currency> Currencies => Info.Currencies;

    private CountryInfo Info => _info ?? throw new InvalidOperationException("This is default(CountryCode), which names no country; use CountryCode.Parse(\"DE\").");

    /// <summary>
    /// The main currency on <paramref name="date"/>: HRK in Croatia until 2022-12-31 and EUR after,
    /// BGN in Bulgaria until 2025-12-31, ANG in Curaçao until 2025-03-30 and XCG after.
    /// </summary>
    public Currency? CurrencyOn(LocalDate date) =>
        Info.CurrencyHistory.TryGetValueAt(date, out var currency) ? currency : Currency;

    /// <summary>Looks up an alpha-2 code, case-insensitively.</summary>
    /// <exception cref="ArgumentException">The code is not an ISO 3166-1 alpha-2 code.</exception>
    public static CountryCode FromAlpha2(string alpha2) => CountryRegistry.Iso3166.FromAlpha2(alpha2);

    /// <summary>Looks up an alpha-3 code, case-insensitively.</summary>
    /// <exception cref="ArgumentException">The code is not an ISO 3166-1 alpha-3 code.</exception>
    public static CountryCode FromAlpha3(string alpha3) => CountryRegistry.Iso3166.FromAlpha3(alpha3);

    /// <summary>Looks up a numeric code.</summary>
    /// <exception cref="ArgumentException">The code is not an ISO 3166-1 numeric code.</exception>
    public static CountryCode FromNumericCode(int numericCode) => CountryRegistry.Iso3166.FromNumericCode(numericCode);

    /// <summary>Parses an alpha-2 or alpha-3 code, case-insensitively: <c>de</c>, <c>DE</c>, <c>DEU</c>. Codes do not depend on culture.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a known code.</exception>
    public static CountryCode Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)" />
    public static CountryCode Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var result)
            ? result
            : throw new FormatException($"'{s}' is not an ISO 3166-1 alpha-2 or alpha-3 country code.");

    /// <summary>Parses an alpha-2 or alpha-3 code without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out CountryCode result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), out result);
    }

    /// <summary>Parses an alpha-2 or alpha-3 code without throwing.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out CountryCode result) =>
        CountryRegistry.Iso3166.TryParse(s.Trim(), out result);

    static CountryCode IParsable<CountryCode>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static CountryCode ISpanParsable<CountryCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<CountryCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CountryCode result) => TryParse(s, out result);

    static bool ISpanParsable<CountryCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CountryCode result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(CountryCode other) => ReferenceEquals(_info, other._info);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CountryCode other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _info is null ? 0 : StringComparer.Ordinal.GetHashCode(_info.Alpha2);

    /// <summary>Orders by alpha-2 code; default sorts first.</summary>
    public int CompareTo(CountryCode other) => string.CompareOrdinal(_info?.Alpha2, other._info?.Alpha2);

    int IComparable.CompareTo(object? obj) => Internal.ValueTypeHelpers.CompareToObject(this, obj);

    /// <summary>Equality.</summary>
    public static bool operator ==(CountryCode left, CountryCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CountryCode left, CountryCode right) => !left.Equals(right);

    /// <summary>Order by alpha-2 code.</summary>
    public static bool operator <(CountryCode left, CountryCode right) => left.CompareTo(right) < 0;

    /// <summary>Order by alpha-2 code.</summary>
    public static bool operator <=(CountryCode left, CountryCode right) => left.CompareTo(right) <= 0;

    /// <summary>Order by alpha-2 code.</summary>
    public static bool operator >(CountryCode left, CountryCode right) => left.CompareTo(right) > 0;

    /// <summary>Order by alpha-2 code.</summary>
    public static bool operator >=(CountryCode left, CountryCode right) => left.CompareTo(right) >= 0;

    /// <summary>The alpha-2 code.</summary>
    public override string ToString() => _info?.Alpha2 ?? string.Empty;

    /// <summary>Formats as the alpha-2 code (<c>G</c> or <c>2</c>), the alpha-3 code (<c>3</c>) or the English name (<c>N</c>).</summary>
    /// <exception cref="FormatException">Another format was given.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "2" => ToString(),
        "3" => _info?.Alpha3 ?? string.Empty,
        "N" => _info?.EnglishName ?? string.Empty,
        _ => throw new FormatException($"Unknown CountryCode format '{format}': use G, 2, 3 or N."),
    };

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        return Internal.ValueTypeHelpers.TryCopy(text, destination, out charsWritten);
    }
}
