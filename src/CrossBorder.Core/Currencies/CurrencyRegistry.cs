using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Internal;
using NodaTime;

namespace CrossBorder;

/// <summary>
/// An immutable set of currencies looked up by code: the embedded ISO 4217 list (<see cref="Iso4217"/>),
/// optionally extended with custom currencies through <see cref="CreateBuilder()"/>.
/// </summary>
/// <remarks>
/// Registries are values, not global state: building one never changes another, so two parts of an
/// application can use different custom currencies side by side.
/// </remarks>
public sealed class CurrencyRegistry
{
    /// <summary>The ISO 4217 amendment the embedded list reflects.</summary>
    public const int Iso4217Amendment = 180;

    private static readonly Lazy<CurrencyRegistry> LazyIso4217 = new(LoadIso4217);

    private readonly FrozenDictionary<string, Currency> _byCode;
    private readonly Currency[] _ordered;

    private CurrencyRegistry(IEnumerable<Currency> currencies)
    {
        _ordered = [.. currencies.OrderBy(c => c.Code, StringComparer.Ordinal)];
        _byCode = _ordered.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
    }

    /// <summary>The ISO 4217 list as of amendment <see cref="Iso4217Amendment"/>: current currencies and withdrawn ones with their validity dates.</summary>
    public static CurrencyRegistry Iso4217 => LazyIso4217.Value;

    /// <summary>Every currency in the registry, ordered by code.</summary>
    public IReadOnlyList<Currency> Currencies => _ordered;

    /// <summary>Number of currencies in the registry.</summary>
    public int Count => _ordered.Length;

    /// <summary>Starts a builder holding the ISO 4217 list, to add custom currencies to.</summary>
    public static CurrencyRegistryBuilder CreateBuilder() => new(Iso4217.Currencies);

    /// <summary>Starts a builder holding this registry's currencies.</summary>
    public CurrencyRegistryBuilder ToBuilder() => new(_ordered);

    /// <summary>The currency with this code (ordinal, upper case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No currency has this code; the message names it.</exception>
    public Currency FromCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return TryFromCode(code, out var currency)
            ? currency
            : throw new ArgumentException(UnknownCodeMessage(code), nameof(code));
    }

    /// <summary>Looks up a code without throwing.</summary>
    public bool TryFromCode(string? code, [NotNullWhen(true)] out Currency? currency)
    {
        if (code is null)
        {
            currency = null;
            return false;
        }

        return _byCode.TryGetValue(code, out currency);
    }

    /// <summary>Looks up a code given as characters, without allocating.</summary>
    public bool TryFromCode(ReadOnlySpan<char> code, [NotNullWhen(true)] out Currency? currency) =>
        _byCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out currency);

    /// <summary>
    /// The currency that had this ISO numeric code on <paramref name="date"/>. Numeric codes are reused
    /// (ANG and XCG are both 532), so the date is required.
    /// </summary>
    /// <exception cref="ArgumentException">No currency had that numeric code on that date.</exception>
    public Currency FromNumericCode(int numericCode, LocalDate date)
    {
        foreach (var currency in _ordered)
        {
            if (currency.NumericCode == numericCode && currency.IsValidOn(date))
            {
                return currency;
            }
        }

        throw new ArgumentException($"No currency in the registry had numeric code {numericCode:D3} on {Dates.Format(date)}.", nameof(numericCode));
    }

    /// <summary>The currencies valid on <paramref name="date"/>, ordered by code.</summary>
    public IReadOnlyList<Currency> ValidOn(LocalDate date) => [.. _ordered.Where(c => c.IsValidOn(date))];

    /// <summary>Currencies whose code or English name contains <paramref name="text"/>, ignoring case.</summary>
    public IReadOnlyList<Currency> Search(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. _ordered.Where(c =>
            c.Code.Contains(text, StringComparison.OrdinalIgnoreCase) ||
            c.EnglishName.Contains(text, StringComparison.OrdinalIgnoreCase))];
    }

    internal static CurrencyRegistry Create(IEnumerable<Currency> currencies) => new(currencies);

    internal static string UnknownCodeMessage(string code) =>
        Currency.IsWellFormedCode(code)
            ? $"Unknown currency code '{code}': it is not in ISO 4217 (amendment {Iso4217Amendment}) nor registered as a custom currency."
            : $"'{code}' is not a currency code: expected {Currency.MinCodeLength} to {Currency.MaxCodeLength} upper-case letters or digits, such as 'USD'.";

    private static CurrencyRegistry LoadIso4217()
    {
        // code,numeric,minor_unit,name,fund,valid_from,valid_to,withdrawn,source
        var currencies = EmbeddedCsv.Read("iso4217.csv").Select(f => new Currency(
            code: f[0],
            numericCode: Dates.ParseOptionalInt(f[1]),
            minorUnit: Dates.ParseOptionalInt(f[2]),
            englishName: f[3],
            isIso4217: true,
            isFund: f[4] == "1",
            validFrom: Dates.ParseOptional(f[5]),
            validTo: Dates.ParseOptional(f[6]),
            source: f[8]));
        return new CurrencyRegistry(currencies);
    }
}
