using CrossBorder.Internal;
using NodaTime;

namespace CrossBorder;

/// <summary>How EU VAT law treats a territory differently from the rest of its state.</summary>
public enum VatTerritoryTreatment
{
    /// <summary>Outside the EU VAT territory but inside the customs union (VAT Directive Art. 6(1)): Canary Islands, French overseas departments, Åland, Mount Athos.</summary>
    OutsideVatTerritory,

    /// <summary>Outside both the EU VAT territory and the customs union (Art. 6(2)): Heligoland, Büsingen, Ceuta, Melilla, Livigno.</summary>
    OutsideVatAndCustomsTerritory,

    /// <summary>Not a member state but treated as part of one for VAT (Art. 7): Monaco as France, the Isle of Man as the United Kingdom.</summary>
    TreatedAsPartOfCountry,

    /// <summary>Inside the EU VAT territory for goods only: Northern Ireland since 2021-01-01 (VAT prefix XI).</summary>
    InsideEuVatTerritoryForGoods,
}

/// <summary>A territory with its own VAT treatment, over the dates that treatment applies, with its legal source.</summary>
public sealed class SpecialTerritory
{
    private static readonly Lazy<IReadOnlyList<SpecialTerritory>> Embedded = new(Load);

    /// <summary>Creates a special territory entry.</summary>
    public SpecialTerritory(string code, string name, CountryCode country, VatTerritoryTreatment treatment, EffectivePeriod period, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(source);
        if (country.IsDefault)
        {
            throw new ArgumentException("A special territory belongs to a country.", nameof(country));
        }

        Code = code;
        Name = name;
        Country = country;
        Treatment = treatment;
        Period = period;
        Source = source;
    }

    /// <summary>The EU VAT special territories of Council Directive 2006/112/EC Arts 6–7 and the Northern Ireland protocol.</summary>
    public static IReadOnlyList<SpecialTerritory> All => Embedded.Value;

    /// <summary>
    /// The territory's code: its own ISO 3166-1 alpha-2 code where it has one (<c>MC</c>, <c>AX</c>, <c>GP</c>),
    /// its ISO 3166-2 code (<c>ES-CN</c>, <c>GB-NIR</c>), or a descriptive code where ISO has none (<c>DE-HELGOLAND</c>).
    /// </summary>
    public string Code { get; }

    /// <summary>The English name.</summary>
    public string Name { get; }

    /// <summary>The state the territory belongs to, or is treated as part of, for VAT.</summary>
    public CountryCode Country { get; }

    /// <summary>How EU VAT law treats it.</summary>
    public VatTerritoryTreatment Treatment { get; }

    /// <summary>The days this treatment applies.</summary>
    public EffectivePeriod Period { get; }

    /// <summary>The legal source.</summary>
    public string Source { get; }

    /// <summary>The treatment of the territory with this code on <paramref name="date"/>, if it is special then.</summary>
    public static SpecialTerritory? Find(string code, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(code);
        return All.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase) && t.Period.Contains(date));
    }

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Code}): {Treatment} {Period}";

    private static SpecialTerritory[] Load() =>
        // code,name,country,treatment,from,to,source
        [.. EmbeddedCsv.Read("special-territories.csv").Select(f => new SpecialTerritory(
            f[0],
            f[1],
            CountryRegistry.Iso3166.FromAlpha2(f[2]),
            Enum.Parse<VatTerritoryTreatment>(f[3]),
            CountryGroup.Period(Dates.ParseOptional(f[4]), Dates.ParseOptional(f[5])),
            f[6]))];
}
