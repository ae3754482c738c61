using System.Collections.Frozen;
using NodaTime;

namespace CrossBorder.Tax;

/// <summary>
/// A versioned, validated set of jurisdictions' tax rules: what a tax engine reads. <see cref="Default"/> is the pack
/// embedded in this package; a host loads its own with <see cref="TaxRulePackReader"/> and combines packs with
/// <see cref="TaxRulePackBuilder"/>. Immutable and safe to share between threads.
/// </summary>
public sealed class TaxRulePack
{
    private static readonly Lazy<TaxRulePack> Embedded = new(LoadEmbedded);
    private readonly FrozenDictionary<TaxJurisdiction, JurisdictionRules> _rules;
    private readonly FrozenDictionary<(string Regime, string Area), Timeline<RegimeRule>> _regimes;

    /// <summary>Creates a pack.</summary>
    /// <param name="version">The pack's version, such as the date it was compiled (<c>2026-12-03</c>).</param>
    /// <param name="jurisdictions">The rules, one per jurisdiction.</param>
    /// <param name="regimes">The regimes' parameters; the periods of one regime in one area must not overlap.</param>
    /// <exception cref="ArgumentException">The version is empty, a jurisdiction appears twice, or two periods of a regime overlap.</exception>
    /// <param name="thresholds">The registration, distance-selling and nexus thresholds; versions of one id must not overlap.</param>
    public TaxRulePack(string version, IEnumerable<JurisdictionRules> jurisdictions, IEnumerable<RegimeRule>? regimes = null, IEnumerable<RegistrationThreshold>? thresholds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(version);
        ArgumentNullException.ThrowIfNull(jurisdictions);
        var rules = new Dictionary<TaxJurisdiction, JurisdictionRules>();
        foreach (var rule in jurisdictions)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(jurisdictions));
            if (!rules.TryAdd(rule.Jurisdiction, rule))
            {
                throw new ArgumentException($"{rule.Jurisdiction} appears twice in the pack.", nameof(jurisdictions));
            }
        }

        Version = version;
        _rules = rules.ToFrozenDictionary();
        var all = (regimes ?? []).ToArray();
        foreach (var regime in all)
        {
            ArgumentNullException.ThrowIfNull(regime, nameof(regimes));
        }

        foreach (var layer in _rules.Values)
        {
            if (layer.AddsTo is { } parent && !_rules.ContainsKey(parent))
            {
                throw new ArgumentException($"{layer.Jurisdiction} adds to {parent}, which the pack does not have.", nameof(jurisdictions));
            }
        }

        var limits = (thresholds ?? []).ToArray();
        foreach (var group in limits.GroupBy(t => t.Id, StringComparer.Ordinal))
        {
            var sorted = group.OrderBy(t => t.Period.Start).ToArray();
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i - 1].Period.Overlaps(sorted[i].Period))
                {
                    throw new ArgumentException($"threshold {group.Key}: periods {sorted[i - 1].Period} and {sorted[i].Period} overlap.", nameof(thresholds));
                }
            }
        }

        Thresholds = [.. limits.OrderBy(t => t.Id, StringComparer.Ordinal).ThenBy(t => t.Period.Start)];
        _regimes = all.GroupBy(r => (r.Regime, r.Area)).ToFrozenDictionary(g => g.Key, g =>
        {
            try
            {
                return Timeline<RegimeRule>.Create(g.Select(r => new EffectiveValue<RegimeRule>(r.Period, r, r.Source)));
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"regime {g.Key.Regime} in {g.Key.Area}: {e.Message}", nameof(regimes), e);
            }
        });
        Jurisdictions = [.. _rules.Values.OrderBy(r => r.Jurisdiction)];
        Regimes = [.. _regimes.OrderBy(r => r.Key.Regime, StringComparer.Ordinal).ThenBy(r => r.Key.Area, StringComparer.Ordinal).SelectMany(r => r.Value.Select(e => e.Value))];
    }

    /// <summary>The pack embedded in CrossBorder.Tax (<c>Data/tax-rules.json</c>), loaded once.</summary>
    public static TaxRulePack Default => Embedded.Value;

    /// <summary>The pack's version.</summary>
    public string Version { get; }

    /// <summary>The jurisdictions the pack has rules for, in code order.</summary>
    public IReadOnlyList<JurisdictionRules> Jurisdictions { get; }

    /// <summary>Postcode prefixes of special territories (the Canary Islands, Ceuta, Heligoland…), whose EU VAT treatment is Core's <see cref="SpecialTerritory"/>.</summary>
    public IReadOnlyList<TerritoryPostcodes> Territories
    {
        get;
        init => field = value is null ? throw new ArgumentNullException(nameof(value)) : [.. value];
    } = [];

    /// <summary>The special territory a delivery address falls in, by postcode prefix, or null.</summary>
    public TerritoryPostcodes? TerritoryOf(CountryCode country, string? postcode)
    {
        if (postcode is null)
        {
            return null;
        }

        var compact = postcode.Replace(" ", string.Empty, StringComparison.Ordinal);
        return Territories.FirstOrDefault(t => t.Country == country && t.Postcodes.Any(p => compact.StartsWith(p, StringComparison.Ordinal)));
    }

    /// <summary>Every registration, distance-selling and economic-nexus threshold, by id and date.</summary>
    public IReadOnlyList<RegistrationThreshold> Thresholds { get; }

    /// <summary>Every regime rule, by regime, area and date.</summary>
    public IReadOnlyList<RegimeRule> Regimes { get; }

    /// <summary>The parameters of <paramref name="regime"/> in <paramref name="area"/> on <paramref name="date"/>, or null when the regime is not in force there then.</summary>
    public RegimeRule? RegimeOn(string regime, string area, LocalDate date) =>
        _regimes.TryGetValue((regime, area), out var timeline) && timeline.TryGetValueAt(date, out var rule) ? rule : null;

    /// <summary>The rules of a jurisdiction.</summary>
    /// <exception cref="KeyNotFoundException">The pack has no rules for it; the message says so.</exception>
    public JurisdictionRules this[TaxJurisdiction jurisdiction] =>
        TryGet(jurisdiction, out var rules)
            ? rules
            : throw new KeyNotFoundException($"The tax rule pack {Version} has no rules for {jurisdiction}.");

    /// <summary>The rules of a jurisdiction, if the pack has them.</summary>
    public bool TryGet(TaxJurisdiction jurisdiction, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JurisdictionRules? rules) =>
        _rules.TryGetValue(jurisdiction, out rules);

    /// <summary>The rate of a tier in a jurisdiction on a date.</summary>
    /// <exception cref="TaxRateNotFoundException">The jurisdiction is unknown, the date outside the data's coverage, or the tier not in force then.</exception>
    public TaxRate RateOn(TaxJurisdiction jurisdiction, TaxTier tier, LocalDate date) =>
        _rules.TryGetValue(jurisdiction, out var rules)
            ? rules.RateOn(tier, date)
            : throw new TaxRateNotFoundException(jurisdiction, tier, date, TaxRateMissing.UnknownJurisdiction,
                $"the tax rule pack {Version} has no rules for {jurisdiction}.");

    /// <inheritdoc />
    public override string ToString() => $"tax rule pack {Version} ({_rules.Count} jurisdictions)";

    private static TaxRulePack LoadEmbedded()
    {
        const string name = "CrossBorder.Tax.Data.tax-rules.json";
        using var stream = typeof(TaxRulePack).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from CrossBorder.Tax.");
        return TaxRulePackReader.Read(stream, "the embedded tax rule pack");
    }
}
