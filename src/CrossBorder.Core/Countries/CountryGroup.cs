using CrossBorder.Internal;
using NodaTime;

namespace CrossBorder;

/// <summary>
/// A group of countries whose membership changes over time, such as the EU or the euro area.
/// Each membership is an <see cref="EffectiveValue{T}"/> with its legal source.
/// </summary>
public sealed class CountryGroup
{
    private static readonly Lazy<IReadOnlyDictionary<string, CountryGroup>> Embedded = new(Load);

    private readonly Dictionary<CountryCode, Timeline<CountryCode>> _memberships;

    /// <summary>Creates a group from dated memberships; a country may join, leave and join again.</summary>
    /// <exception cref="ArgumentException">A country's memberships overlap, or the id or name is blank.</exception>
    public CountryGroup(string id, string name, IEnumerable<EffectiveValue<CountryCode>> memberships)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(memberships);
        Id = id;
        Name = name;
        _memberships = memberships
            .GroupBy(m => m.Value)
            .ToDictionary(g => g.Key, g => Timeline<CountryCode>.Create(g));
    }

    /// <summary>The EU member states from 1995-01-01 (earlier accessions are recorded as members on that day); the United Kingdom left on 2020-01-31.</summary>
    public static CountryGroup EuropeanUnion => Embedded.Value["EU"];

    /// <summary>The member states where EU VAT law applies: as <see cref="EuropeanUnion"/>, but the United Kingdom until the end of the transition period on 2020-12-31.</summary>
    public static CountryGroup EuVatArea => Embedded.Value["EU-VAT"];

    /// <summary>The member states whose currency is the euro, each from its adoption date.</summary>
    public static CountryGroup EuroArea => Embedded.Value["EURO"];

    /// <summary>A short identifier: <c>EU</c>, <c>EU-VAT</c>, <c>EURO</c>.</summary>
    public string Id { get; }

    /// <summary>A display name.</summary>
    public string Name { get; }

    /// <summary>Whether <paramref name="country"/> is a member on <paramref name="date"/>.</summary>
    public bool Contains(CountryCode country, LocalDate date) =>
        _memberships.TryGetValue(country, out var periods) && periods.TryGetEntry(date, out _);

    /// <summary>The members on <paramref name="date"/>, ordered by code.</summary>
    public IReadOnlyList<CountryCode> MembersOn(LocalDate date) =>
        [.. _memberships.Where(m => m.Value.TryGetEntry(date, out _)).Select(m => m.Key).Order()];

    /// <summary>The membership periods of <paramref name="country"/>, with sources; empty if it never was a member.</summary>
    public Timeline<CountryCode> MembershipOf(CountryCode country) =>
        _memberships.GetValueOrDefault(country) ?? Timeline<CountryCode>.Empty;

    /// <inheritdoc />
    public override string ToString() => Name;

    private static Dictionary<string, CountryGroup> Load()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["EU"] = "European Union",
            ["EU-VAT"] = "EU VAT area",
            ["EURO"] = "Euro area",
        };

        // group,country,from,to,source
        return EmbeddedCsv.Read("country-groups.csv")
            .GroupBy(f => f[0], StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => new CountryGroup(g.Key, names[g.Key], g.Select(f => new EffectiveValue<CountryCode>(
                    Period(Dates.ParseOptional(f[2]), Dates.ParseOptional(f[3])),
                    CountryRegistry.Iso3166.FromAlpha2(f[1]),
                    f[4]))),
                StringComparer.Ordinal);
    }

    internal static EffectivePeriod Period(LocalDate? from, LocalDate? to) => (from, to) switch
    {
        (null, null) => EffectivePeriod.Always,
        (null, { } end) => EffectivePeriod.Until(end),
        ({ } start, null) => EffectivePeriod.From(start),
        ({ } start, { } end) => EffectivePeriod.Between(start, end),
    };
}
