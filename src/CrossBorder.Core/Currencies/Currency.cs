using System.Text.Json.Serialization;
using NodaTime;

namespace CrossBorder;

/// <summary>
/// A currency: an ISO 4217 entry (current or withdrawn) or a custom currency registered by the host
/// application (offshore renminbi CNH, stablecoins, platform credits).
/// </summary>
/// <remarks>
/// Currencies come from a <see cref="CurrencyRegistry"/>; <see cref="FromCode"/> uses the embedded ISO 4217 list.
/// Two currencies are equal when their codes are equal. Instances are immutable and safe to share.
/// </remarks>
[JsonConverter(typeof(Serialization.CurrencyJsonConverter))]
public sealed class Currency : IEquatable<Currency>, IComparable<Currency>, IComparable
{
    /// <summary>Shortest code accepted for a currency.</summary>
    public const int MinCodeLength = 3;

    /// <summary>Longest code accepted for a currency (custom codes such as <c>USDT</c> or platform credits).</summary>
    public const int MaxCodeLength = 12;

    /// <summary>Largest number of minor-unit digits a currency can declare.</summary>
    public const int MaxMinorUnit = 18;

    internal Currency(
        string code, int? numericCode, int? minorUnit, string englishName, bool isIso4217,
        bool isFund, LocalDate? validFrom, LocalDate? validTo, string source)
    {
        Code = code;
        NumericCode = numericCode;
        MinorUnit = minorUnit;
        EnglishName = englishName;
        IsIso4217 = isIso4217;
        IsFund = isFund;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Source = source;
    }

    /// <summary>The alphabetic code, upper case: <c>USD</c>, <c>XCG</c>, or a custom code such as <c>CNH</c>.</summary>
    public string Code { get; }

    /// <summary>The ISO 4217 numeric code, or <see langword="null"/> for custom currencies. Not unique over time: ANG and XCG share 532.</summary>
    public int? NumericCode { get; }

    /// <summary>Digits after the decimal point of the minor unit (2 for USD, 0 for JPY, 3 for KWD); <see langword="null"/> where ISO says "N.A." (gold, SDR) or does not record it.</summary>
    public int? MinorUnit { get; }

    /// <summary>The English name as ISO 4217 gives it.</summary>
    public string EnglishName { get; }

    /// <summary>Whether this is an ISO 4217 code; <see langword="false"/> for custom currencies such as CNH or USDT.</summary>
    public bool IsIso4217 { get; }

    /// <summary>Whether ISO 4217 marks this code as a fund (for example CLF, USN, CHE).</summary>
    public bool IsFund { get; }

    /// <summary>First day the currency is valid, where known; <see langword="null"/> when it predates the records.</summary>
    public LocalDate? ValidFrom { get; }

    /// <summary>Last day the currency is valid, or <see langword="null"/> while it is current.</summary>
    public LocalDate? ValidTo { get; }

    /// <summary>Where the facts of this entry come from (ISO amendment, List One or Three, or "custom").</summary>
    public string Source { get; }

    /// <summary>Whether the currency has been withdrawn (it has a last valid day).</summary>
    public bool IsWithdrawn => ValidTo.HasValue;

    /// <summary>Whether the currency is valid on <paramref name="date"/>.</summary>
    public bool IsValidOn(LocalDate date) =>
        (ValidFrom is not { } from || date >= from) && (ValidTo is not { } to || date <= to);

    /// <summary>The smallest amount of the currency (0.01 for USD, 1 for JPY).</summary>
    /// <exception cref="InvalidOperationException">The currency has no minor unit.</exception>
    public decimal MinorUnitValue => Internal.DecimalMath.PowerOfTenInverse(RequireMinorUnit());

    /// <summary>
    /// Creates a custom (non-ISO) currency, for example <c>Currency.CreateCustom("USDT", 6, "Tether USD")</c>.
    /// Register it in a <see cref="CurrencyRegistry"/> so that parsing and lookups find it.
    /// </summary>
    /// <param name="code">3 to 12 upper-case ASCII letters or digits, starting with a letter.</param>
    /// <param name="minorUnit">Digits of the minor unit, 0 to 18, or <see langword="null"/> when it has none.</param>
    /// <param name="englishName">A display name.</param>
    /// <exception cref="ArgumentException">The code or name is malformed, or the minor unit is out of range.</exception>
    public static Currency CreateCustom(string code, int? minorUnit, string englishName)
    {
        ValidateCode(code, nameof(code));
        ArgumentException.ThrowIfNullOrWhiteSpace(englishName);
        if (minorUnit is < 0 or > MaxMinorUnit)
        {
            throw new ArgumentOutOfRangeException(nameof(minorUnit), minorUnit, $"A minor unit has 0 to {MaxMinorUnit} digits.");
        }

        return new Currency(code, null, minorUnit, englishName, isIso4217: false, isFund: false, null, null, "custom");
    }

    /// <summary>Looks up a code in the embedded ISO 4217 list (current and withdrawn currencies).</summary>
    /// <exception cref="ArgumentException">The code is not in the list; the message names it.</exception>
    public static Currency FromCode(string code) => CurrencyRegistry.Iso4217.FromCode(code);

    /// <summary>Looks up a code in the embedded ISO 4217 list without throwing.</summary>
    public static bool TryFromCode(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Currency? currency) =>
        CurrencyRegistry.Iso4217.TryFromCode(code, out currency);

    /// <inheritdoc />
    public bool Equals(Currency? other) =>
        ReferenceEquals(this, other) || (other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Currency);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Orders currencies by code, ordinally.</summary>
    public int CompareTo(Currency? other) => other is null ? 1 : string.CompareOrdinal(Code, other.Code);

    int IComparable.CompareTo(object? obj) => Internal.ValueTypeHelpers.CompareToObject(this, obj);

    /// <summary>The code, for example <c>EUR</c>.</summary>
    public override string ToString() => Code;

    /// <summary>Equality by code.</summary>
    public static bool operator ==(Currency? left, Currency? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by code.</summary>
    public static bool operator !=(Currency? left, Currency? right) => !(left == right);

    /// <summary>Ordinal order by code.</summary>
    public static bool operator <(Currency left, Currency right) => Compare(left, right) < 0;

    /// <summary>Ordinal order by code.</summary>
    public static bool operator <=(Currency left, Currency right) => Compare(left, right) <= 0;

    /// <summary>Ordinal order by code.</summary>
    public static bool operator >(Currency left, Currency right) => Compare(left, right) > 0;

    /// <summary>Ordinal order by code.</summary>
    public static bool operator >=(Currency left, Currency right) => Compare(left, right) >= 0;

    private static int Compare(Currency? left, Currency? right) => left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    internal int RequireMinorUnit() =>
        MinorUnit ?? throw new InvalidOperationException(
            $"{Code} ({EnglishName}) has no minor unit; pass the number of decimals explicitly.");

    internal static bool IsWellFormedCode(ReadOnlySpan<char> code)
    {
        if (code.Length is < MinCodeLength or > MaxCodeLength || !char.IsAsciiLetterUpper(code[0]))
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    internal static void ValidateCode(string? code, string paramName)
    {
        ArgumentNullException.ThrowIfNull(code, paramName);
        if (!IsWellFormedCode(code))
        {
            throw new ArgumentException(
                $"'{code}' is not a well-formed currency code: expected {MinCodeLength} to {MaxCodeLength} upper-case letters or digits, starting with a letter.",
                paramName);
        }
    }
}
