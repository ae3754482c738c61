namespace CrossBorder.Tax;

/// <summary>
/// Combines rule packs: a host starts from <see cref="TaxRulePack.Default"/> (or nothing), adds its own packs or
/// jurisdictions, and builds one immutable pack. A jurisdiction added later replaces the earlier one whole, so an
/// override never mixes two sources' periods.
/// </summary>
public sealed class TaxRulePackBuilder
{
    private readonly Dictionary<TaxJurisdiction, JurisdictionRules> _rules = [];
    private readonly Dictionary<(string Regime, string Area), List<RegimeRule>> _regimes = [];
    private readonly Dictionary<string, List<RegistrationThreshold>> _thresholds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TerritoryPostcodes> _territories = new(StringComparer.Ordinal);
    private readonly List<string> _versions = [];

    /// <summary>Adds every jurisdiction, regime and threshold of <paramref name="pack"/>, replacing the jurisdictions, the regimes (by regime and area) and the thresholds (by id) already added.</summary>
    public TaxRulePackBuilder Add(TaxRulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        _versions.Add(pack.Version);
        foreach (var rules in pack.Jurisdictions)
        {
            _rules[rules.Jurisdiction] = rules;
        }

        foreach (var group in pack.Regimes.GroupBy(r => (r.Regime, r.Area)))
        {
            _regimes[group.Key] = [.. group];
        }

        foreach (var group in pack.Thresholds.GroupBy(t => t.Id, StringComparer.Ordinal))
        {
            _thresholds[group.Key] = [.. group];
        }

        foreach (var territory in pack.Territories)
        {
            _territories[territory.Territory] = territory;
        }

        return this;
    }

    /// <summary>Adds one jurisdiction, replacing it if already added.</summary>
    public TaxRulePackBuilder Add(JurisdictionRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules[rules.Jurisdiction] = rules;
        return this;
    }

    /// <summary>Removes a jurisdiction, if added.</summary>
    public TaxRulePackBuilder Remove(TaxJurisdiction jurisdiction)
    {
        _rules.Remove(jurisdiction);
        return this;
    }

    /// <summary>The pack; its version joins the added packs' versions with <c>+</c> unless <paramref name="version"/> is given.</summary>
    /// <exception cref="InvalidOperationException">Nothing was added and no version was given.</exception>
    public TaxRulePack Build(string? version = null)
    {
        var name = version ?? (_versions.Count > 0 ? string.Join('+', _versions) : null)
            ?? throw new InvalidOperationException("Name the version of a pack built from single jurisdictions: Build(\"my-rules-2026-12\").");
        return new TaxRulePack(name, _rules.Values, _regimes.Values.SelectMany(r => r), _thresholds.Values.SelectMany(t => t)) { Territories = [.. _territories.Values] };
    }
}
