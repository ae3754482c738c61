using System.Diagnostics.CodeAnalysis;

namespace CrossBorder;

/// <summary>
/// A currency pair BASE/QUOTE in market convention: a rate for USD/CNY is the number of CNY per one USD.
/// </summary>
public readonly struct CurrencyPair : IEquatable<CurrencyPair>, ISpanFormattable, ISpanParsable<CurrencyPair>
{
    private readonly Currency? _base;
    private readonly Currency? _quote;

    /// <summary>Creates a pair of two different currencies.</summary>
    /// <exception cref="ArgumentException">The two currencies are the same.</exception>
    public CurrencyPair(Currency baseCurrency, Currency quoteCurrency)
    {
        ArgumentNullException.ThrowIfNull(baseCurrency);
        ArgumentNullException.ThrowIfNull(quoteCurrency);
        if (baseCurrency.Equals(quoteCurrency))
        {
            throw new ArgumentException($"A currency pair needs two different currencies, not {baseCurrency.Code} twice.", nameof(quoteCurrency));
        }

        _base = baseCurrency;
        _quote = quoteCurrency;
    }

    /// <summary>The base currency: one unit of it is priced.</summary>
    public Currency Base => _base ?? throw DefaultPair();

    /// <summary>The quote currency: the price is in it.</summary>
    public Currency Quote => _quote ?? throw DefaultPair();

    /// <summary>The pair the other way round: CNY/USD for USD/CNY.</summary>
    public CurrencyPair Inverse() => new(Quote, Base);

    /// <summary>Whether <paramref name="currency"/> is the base or the quote.</summary>
    public bool Contains(Currency currency) => Base.Equals(currency) || Quote.Equals(currency);

    /// <summary>Parses <c>EUR/USD</c> or <c>EURUSD</c> (ISO codes). Codes do not depend on culture.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a pair of two different known codes.</exception>
    public static CurrencyPair Parse(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan());
    }

    /// <inheritdoc cref="Parse(string)" />
    public static CurrencyPair Parse(ReadOnlySpan<char> s) =>
        TryParse(s, out var pair)
            ? pair
            : throw new FormatException($"'{s}' is not a currency pair: expected two different codes such as 'EUR/USD'.");

    /// <summary>Parses a pair without throwing.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out CurrencyPair result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), out result);
    }

    /// <summary>Parses a pair without throwing.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out CurrencyPair result) =>
        TryParse(s, CurrencyRegistry.Iso4217, out result);

    /// <summary>Parses a pair whose codes may be custom currencies of <paramref name="registry"/> (<c>USD/CNH</c>, <c>USDT/USD</c>).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, CurrencyRegistry registry, out CurrencyPair result)
    {
        ArgumentNullException.ThrowIfNull(registry);
        result = default;
        s = s.Trim();
        var slash = s.IndexOf('/');
        if (slash < 0 && s.Length != 6)
        {
            return false;
        }

        var left = slash >= 0 ? s[..slash] : s[..3];
        var right = slash >= 0 ? s[(slash + 1)..] : s[3..];
        if (!registry.TryFromCode(left.Trim(), out var baseCurrency) ||
            !registry.TryFromCode(right.Trim(), out var quoteCurrency) ||
            baseCurrency.Equals(quoteCurrency))
        {
            return false;
        }

        result = new CurrencyPair(baseCurrency, quoteCurrency);
        return true;
    }

    static CurrencyPair IParsable<CurrencyPair>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static CurrencyPair ISpanParsable<CurrencyPair>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<CurrencyPair>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out CurrencyPair result) => TryParse(s, out result);

    static bool ISpanParsable<CurrencyPair>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out CurrencyPair result) => TryParse(s, out result);

    /// <inheritdoc />
    public bool Equals(CurrencyPair other) => Equals(_base, other._base) && Equals(_quote, other._quote);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CurrencyPair other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_base, _quote);

    /// <summary>Equality.</summary>
    public static bool operator ==(CurrencyPair left, CurrencyPair right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(CurrencyPair left, CurrencyPair right) => !left.Equals(right);

    /// <summary><c>EUR/USD</c>.</summary>
    public override string ToString() => _base is null ? string.Empty : $"{_base.Code}/{_quote!.Code}";

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString();
        return Internal.ValueTypeHelpers.TryCopy(text, destination, out charsWritten);
    }

    private static InvalidOperationException DefaultPair() => new("This is default(CurrencyPair), which has no currencies.");
}
