namespace CrossBorder.Tax;

/// <summary>
/// The postcode prefixes of a special territory: a delivery to <c>35…</c> or <c>38…</c> in Spain goes to the Canary
/// Islands, outside the EU VAT area (VAT Directive Art. 6). The treatment itself is Core's <see cref="SpecialTerritory"/>.
/// </summary>
public sealed class TerritoryPostcodes
{
    /// <summary>Creates the postcode rule of a territory.</summary>
    /// <exception cref="ArgumentException">The territory is not one of Core's special territories, no prefix is given, or the source is empty.</exception>
    public TerritoryPostcodes(string territory, CountryCode country, IEnumerable<string> postcodes, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(territory);
        ArgumentNullException.ThrowIfNull(postcodes);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (!SpecialTerritory.All.Any(t => string.Equals(t.Code, territory, StringComparison.Ordinal) && t.Country == country))
        {
            throw new ArgumentException($"{territory} is not a special territory of {country} in CrossBorder.Core's list.", nameof(territory));
        }

        string[] prefixes = [.. postcodes];
        if (prefixes.Length == 0 || prefixes.Any(p => p.Length == 0 || !p.All(char.IsAsciiLetterOrDigit)))
        {
            throw new ArgumentException($"{territory}: postcode prefixes are letters and digits, at least one.", nameof(postcodes));
        }

        Territory = territory;
        Country = country;
        Postcodes = prefixes;
        Source = source;
    }

    /// <summary>The territory's code in Core's list (<c>ES-CN</c>).</summary>
    public string Territory { get; }

    /// <summary>The country it belongs to.</summary>
    public CountryCode Country { get; }

    /// <summary>The postcode prefixes.</summary>
    public IReadOnlyList<string> Postcodes { get; }

    /// <summary>Where the prefixes come from.</summary>
    public string Source { get; }
}
