using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CrossBorder.Internal;

namespace CrossBorder;

public readonly partial struct Money : ISpanParsable<Money>
{
    private const NumberStyles AmountStyles = NumberStyles.Number | NumberStyles.AllowParentheses;

    /// <summary>
    /// Parses money written with an ISO code (<c>USD 1,234.56</c>, <c>1.234,56 EUR</c>) or an international symbol
    /// (<c>US$1,234.56</c>, <c>1.234,56 €</c>) in the given culture; text in the <c>R</c> format is invariant, so
    /// parse it with <see cref="CultureInfo.InvariantCulture"/>. The currency is never taken from the culture:
    /// a string without a code or a known symbol, or with an ambiguous one such as a bare <c>$</c>, is rejected.
    /// Group separators must stand where the culture groups digits: <c>USD 1,5</c> is rejected in the invariant
    /// culture, never read as 15.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not money; the message says why.</exception>
    public static Money Parse(string s, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <inheritdoc cref="Parse(string, IFormatProvider?)" />
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        Parse(s, provider, CurrencyRegistry.Iso4217);

    /// <summary>Parses money whose code may be one of the custom currencies of <paramref name="registry"/>.</summary>
    /// <exception cref="FormatException">The text is not money.</exception>
    public static Money Parse(ReadOnlySpan<char> s, IFormatProvider? provider, CurrencyRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return TryParseCore(s, provider, registry, expected: null, out var result, out var error)
            ? result
            : throw new FormatException(error);
    }

    /// <summary>
    /// Parses an amount in a known currency: a bare number (<c>1,234.56</c>) or one that names the same currency.
    /// </summary>
    /// <exception cref="FormatException">The text is not a number, or names another currency.</exception>
    public static Money Parse(string s, Currency currency, IFormatProvider? provider)
    {
        ArgumentNullException.ThrowIfNull(s);
        ArgumentNullException.ThrowIfNull(currency);
        return TryParseCore(s, provider, CurrencyRegistry.Iso4217, currency, out var result, out var error)
            ? result
            : throw new FormatException(error);
    }

    /// <summary>Parses without throwing; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Money result)
    {
        if (s is null)
        {
            result = default;
            return false;
        }

        return TryParse(s.AsSpan(), provider, out result);
    }

    /// <summary>Parses without throwing; see <see cref="Parse(string, IFormatProvider?)"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Money result) =>
        TryParseCore(s, provider, CurrencyRegistry.Iso4217, expected: null, out result, out _);

    /// <summary>Parses without throwing, with the custom currencies of <paramref name="registry"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, CurrencyRegistry registry, out Money result)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return TryParseCore(s, provider, registry, expected: null, out result, out _);
    }

    private static bool TryParseCore(
        ReadOnlySpan<char> s, IFormatProvider? provider, CurrencyRegistry registry, Currency? expected,
        out Money result, [NotNullWhen(false)] out string? error)
    {
        result = default;
        var text = s.Trim();
        if (text.IsEmpty)
        {
            error = "Empty text is not money: expected an amount with a currency code, such as 'USD 12.50'.";
            return false;
        }

        if (!TrySplitCurrency(text, registry, out var currency, out var number, out error))
        {
            return false;
        }

        number = number.Trim();
        foreach (var c in number)
        {
            if (char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol)
            {
                error = $"'{text}' has an unknown or ambiguous currency sign '{c}': write the ISO code instead.";
                return false;
            }
        }

        if (currency is null)
        {
            if (expected is null)
            {
                error = $"'{text}' names no currency: write an ISO code such as 'USD 12.50' (a currency is never taken from the culture).";
                return false;
            }

            currency = expected;
        }
        else if (expected is not null && !currency.Equals(expected))
        {
            error = $"'{text}' is in {currency.Code}, not the expected {expected.Code}.";
            return false;
        }

        var numberFormat = NumberFormatInfo.GetInstance(provider);
        if (!decimal.TryParse(number, AmountStyles, numberFormat, out var amount))
        {
            error = $"'{text}' has no valid amount for culture '{CultureName(provider)}': '{number}' is not a number.";
            return false;
        }

        if (!DigitGrouping.IsWellGrouped(number, numberFormat))
        {
            error = $"'{text}' has a group separator out of place for culture '{CultureName(provider)}': " +
                $"'{numberFormat.NumberGroupSeparator}' separates groups of digits (1{numberFormat.NumberGroupSeparator}234{numberFormat.NumberDecimalSeparator}56), " +
                $"and the decimal separator is '{numberFormat.NumberDecimalSeparator}'.";
            return false;
        }

        result = new Money(amount, currency);
        return true;
    }

    /// <summary>Finds a leading or trailing code, or a known symbol anywhere, and returns the rest as the number.</summary>
    private static bool TrySplitCurrency(
        ReadOnlySpan<char> text, CurrencyRegistry registry, out Currency? currency, out ReadOnlySpan<char> number,
        [NotNullWhen(false)] out string? error)
    {
        error = null;
        var code = LeadingCode(text);
        var leading = !code.IsEmpty;
        if (!leading)
        {
            code = TrailingCode(text);
        }

        if (!code.IsEmpty)
        {
            // A code may end in digits (custom codes such as "USDC2"); without them it may still be a code glued
            // to its amount ("KWD1.234").
            var letters = code.TrimEnd("0123456789");
            if (registry.TryFromCode(code, out currency) ||
                (leading && letters.Length < code.Length && registry.TryFromCode(letters, out currency)))
            {
                var length = currency.Code.Length;
                number = leading ? text[length..] : text[..^length];
                return true;
            }

            error = CurrencyRegistry.UnknownCodeMessage((Currency.IsWellFormedCode(letters) ? letters : code).ToString());
            number = default;
            return false;
        }

        if (CurrencySymbols.TryFind(text, out var symbolCode, out var index, out var symbolLength) &&
            registry.TryFromCode(symbolCode, out currency))
        {
            number = string.Concat(text[..index], text[(index + symbolLength)..]);
            return true;
        }

        currency = null;
        number = text;
        return true;
    }

    /// <summary>Upper-case letters (then letters or digits) at the start, standing apart from any following letter.</summary>
    private static ReadOnlySpan<char> LeadingCode(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && (char.IsAsciiLetterUpper(text[length]) || (length > 0 && char.IsAsciiDigit(text[length]))))
        {
            length++;
        }

        var isolated = length == text.Length || !char.IsLetter(text[length]);
        return isolated && length >= Currency.MinCodeLength ? text[..length] : default;
    }

    /// <summary>A code at the end, after a space or the amount: "1.234,56 EUR".</summary>
    private static ReadOnlySpan<char> TrailingCode(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        while (start > 0 && (char.IsAsciiLetterUpper(text[start - 1]) || char.IsAsciiDigit(text[start - 1])))
        {
            start--;
        }

        // Digits at the front of that run belong to the amount ("12EUR").
        while (start < text.Length && char.IsAsciiDigit(text[start]))
        {
            start++;
        }

        var isolated = start == 0 || !char.IsLetter(text[start - 1]);
        return isolated && Currency.IsWellFormedCode(text[start..]) ? text[start..] : default;
    }

    private static string CultureName(IFormatProvider? provider) =>
        (provider as CultureInfo ?? CultureInfo.CurrentCulture).Name is { Length: > 0 } name ? name : "invariant";

    static Money IParsable<Money>.Parse(string s, IFormatProvider? provider) => Parse(s, provider);

    static Money ISpanParsable<Money>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s, provider);
}
