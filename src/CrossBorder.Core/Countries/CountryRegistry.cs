using System.Collections.Frozen;
using System.Globalization;
using CrossBorder.Internal;
using NodaTime;

namespace CrossBorder;

/// <summary>
/// The ISO 3166-1 countries (Debian iso-codes 4.15.0), each with its ISO 4217 currency, and the effective-dated
/// groups (<see cref="CountryGroup"/>) and special territories (<see cref="SpecialTerritory"/>) that tax rules need. Immutable; <see cref="Iso3166"/> is the embedded default.
/// </summary>
public sealed class CountryRegistry
{
    private static readonly Lazy<CountryRegistry> LazyIso3166 = new(() => new CountryRegistry(CurrencyRegistry.Iso4217));

    private readonly FrozenDictionary<string, CountryCode> _byAlpha2;
    private readonly FrozenDictionary<string, CountryCode> _byAlpha3;
    private readonly FrozenDictionary<int, CountryCode> _byNumeric;
    private readonly CountryCode[] _all;

    private CountryRegistry(CurrencyRegistry currencies)
    {
        var history = EmbeddedCsv.Read("country-currency-history.csv")
            .GroupBy(f => f[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Timeline<Currency>.Create(ToPeriods(g, currencies)), StringComparer.Ordinal);

        // alpha2,alpha3,numeric,name,currencies
        _all = [.. EmbeddedCsv.Read("iso3166.csv").Select(f => new CountryCode(new CountryInfo(
            alpha2: f[0],
            alpha3: f[1],
            numericCode: int.Parse(f[2], NumberStyles.None, CultureInfo.InvariantCulture),
            englishName: f[3],
            currencies: [.. f[4].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(currencies.FromCode)],
            currencyHistory: history.GetValueOrDefault(f[0]) ?? Timeline<Currency>.Empty)))];
        _byAlpha2 = _all.ToFrozenDictionary(c => c.Alpha2, StringComparer.OrdinalIgnoreCase);
        _byAlpha3 = _all.ToFrozenDictionary(c => c.Alpha3, StringComparer.OrdinalIgnoreCase);
        _byNumeric = _all.ToFrozenDictionary(c => c.NumericCode);
    }

    /// <summary>The embedded ISO 3166-1 list.</summary>
    public static CountryRegistry Iso3166 => LazyIso3166.Value;

    /// <summary>Every country, ordered by alpha-2 code.</summary>
    public IReadOnlyList<CountryCode> Countries => _all;

    /// <summary>Looks up an alpha-2 code, case-insensitively.</summary>
    /// <exception cref="ArgumentException">Unknown code.</exception>
    public CountryCode FromAlpha2(string alpha2)
    {
        ArgumentNullException.ThrowIfNull(alpha2);
        return _byAlpha2.TryGetValue(alpha2, out var country)
            ? country
            : throw new ArgumentException($"'{alpha2}' is not an ISO 3166-1 alpha-2 country code.", nameof(alpha2));
    }

    /// <summary>Looks up an alpha-3 code, case-insensitively.</summary>
    /// <exception cref="ArgumentException">Unknown code.</exception>
    public CountryCode FromAlpha3(string alpha3)
    {
        ArgumentNullException.ThrowIfNull(alpha3);
        return _byAlpha3.TryGetValue(alpha3, out var country)
            ? country
            : throw new ArgumentException($"'{alpha3}' is not an ISO 3166-1 alpha-3 country code.", nameof(alpha3));
    }

    /// <summary>Looks up a numeric code.</summary>
    /// <exception cref="ArgumentException">Unknown code.</exception>
    public CountryCode FromNumericCode(int numericCode) =>
        _byNumeric.TryGetValue(numericCode, out var country)
            ? country
            : throw new ArgumentException($"{numericCode:D3} is not an ISO 3166-1 numeric country code.", nameof(numericCode));

    /// <summary>Parses an alpha-2 or alpha-3 code without throwing.</summary>
    public bool TryParse(ReadOnlySpan<char> code, out CountryCode country)
    {
        var lookup = code.Length == 2 ? _byAlpha2 : _byAlpha3;
        return lookup.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code, out country);
    }

    /// <summary>Countries whose code or English name contains <paramref name="text"/>, ignoring case.</summary>
    public IReadOnlyList<CountryCode> Search(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. _all.Where(c =>
            c.Alpha2.Equals(text, StringComparison.OrdinalIgnoreCase) ||
            c.Alpha3.Equals(text, StringComparison.OrdinalIgnoreCase) ||
            c.EnglishName.Contains(text, StringComparison.OrdinalIgnoreCase))];
    }

    private static IEnumerable<EffectiveValue<Currency>> ToPeriods(IEnumerable<string[]> rows, CurrencyRegistry currencies)
    {
        // country,currency,to,source: each former currency ran until its last day, the next from the day after.
        var start = LocalDate.MinIsoValue;
        foreach (var row in rows.OrderBy(r => r[2], StringComparer.Ordinal))
        {
            var end = Dates.ParseOptional(row[2]) ?? throw new InvalidDataException($"Currency history row for {row[0]} has no end date.");
            yield return new EffectiveValue<Currency>(EffectivePeriod.Between(start, end), currencies.FromCode(row[1]), row[3]);
            start = end.PlusDays(1);
        }
    }
}
