using System.Collections.Frozen;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Tax;

/// <summary>
/// The rules of one jurisdiction in a rule pack: the tax's name, the first day the data covers, each tier's rates by
/// date and each category's tier by date. Immutable and validated: the standard rate has no gap from
/// <see cref="CoverageFrom"/> on, and no tier has two rates on one day.
/// </summary>
public sealed class JurisdictionRules
{
    private readonly FrozenDictionary<TaxTier, Timeline<TaxRate>> _tiers;
    private readonly FrozenDictionary<TaxCategory, Timeline<CategoryRule>> _categories;

    /// <summary>Creates and validates a jurisdiction's rules.</summary>
    /// <exception cref="ArgumentException">A rate or category rule belongs to another jurisdiction, periods of one tier or category overlap, the standard rate has a gap or ends inside the coverage, or a rate starts before the coverage.</exception>
    /// <param name="jurisdiction">The jurisdiction.</param>
    /// <param name="name">Its English name.</param>
    /// <param name="taxName">The tax's name.</param>
    /// <param name="coverageFrom">The first day the data covers.</param>
    /// <param name="rates">The rates of every tier.</param>
    /// <param name="categories">The categories' tiers by date.</param>
    /// <param name="coverageTo">The last day the data covers, when the law in force after it is not known (a temporary rate with no word on what follows); null when the last standard rate is open-ended.</param>
    public JurisdictionRules(TaxJurisdiction jurisdiction, string name, string taxName, LocalDate coverageFrom, IEnumerable<TaxRate> rates, IEnumerable<CategoryRule>? categories = null, LocalDate? coverageTo = null)
    {
        if (jurisdiction.IsDefault)
        {
            throw new ArgumentException("The jurisdiction is default(TaxJurisdiction).", nameof(jurisdiction));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(taxName);
        ArgumentNullException.ThrowIfNull(rates);
        Jurisdiction = jurisdiction;
        Name = name;
        TaxName = taxName;
        CoverageFrom = coverageFrom;
        if (coverageTo is { } to && to < coverageFrom)
        {
            throw new ArgumentException($"The coverage ends on {Format(to)}, before it starts on {Format(coverageFrom)}.", nameof(coverageTo));
        }

        CoverageTo = coverageTo;

        var all = rates.ToArray();
        foreach (var rate in all)
        {
            ArgumentNullException.ThrowIfNull(rate, nameof(rates));
            if (rate.Jurisdiction != jurisdiction)
            {
                throw new ArgumentException($"{rate} belongs to {rate.Jurisdiction}, not {jurisdiction}.", nameof(rates));
            }

            if (rate.Period.Start < coverageFrom && rate.Period.End is { } end && end < coverageFrom)
            {
                throw new ArgumentException($"{rate} ends before the coverage starts on {Format(coverageFrom)}.", nameof(rates));
            }
        }

        _tiers = all.GroupBy(r => r.Tier).ToFrozenDictionary(
            g => g.Key,
            g => Build(g.Select(r => new EffectiveValue<TaxRate>(r.Period, r, r.Source)), $"{jurisdiction} {TaxTiers.ToCode(g.Key)}", nameof(rates)));
        CheckStandardHasNoGap();

        var rules = (categories ?? []).ToArray();
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(categories));
        }

        _categories = rules.GroupBy(r => r.Category).ToFrozenDictionary(
            g => g.Key,
            g => Build(g.Select(r => new EffectiveValue<CategoryRule>(r.Period, r, r.Source)), $"{jurisdiction} category {g.Key}", nameof(categories)));
    }

    /// <summary>The jurisdiction.</summary>
    public TaxJurisdiction Jurisdiction { get; }

    /// <summary>Its English name.</summary>
    public string Name { get; }

    /// <summary>The tax's name: VAT, GST, sales tax, consumption tax, ICMS…</summary>
    public string TaxName { get; }

    /// <summary>The first day the data covers; an earlier date is an error, never answered with the nearest rate.</summary>
    public LocalDate CoverageFrom { get; }

    /// <summary>
    /// The jurisdiction whose tax this one is levied on top of, or null: a Canadian province's PST or QST is charged
    /// besides the federal GST (<c>CA-BC</c> adds to <c>CA</c>), while an HST province's rate already includes it.
    /// </summary>
    public TaxJurisdiction? AddsTo
    {
        get;
        init => field = value is { } parent && (parent.IsDefault || parent == Jurisdiction)
            ? throw new ArgumentException($"{Jurisdiction} cannot add to {parent}.", nameof(value))
            : value;
    }

    /// <summary>
    /// How the jurisdiction's law or practice rounds tax, when the pack states it; the calculator uses it for sales that
    /// set no rounding of their own, before its own default. Null when the pack says nothing.
    /// </summary>
    public TaxRoundingPolicy? Rounding { get; init; }

    /// <summary>The last day the data covers, or null when it runs on; a later date is an error.</summary>
    public LocalDate? CoverageTo { get; }

    /// <summary>The tiers with at least one rate.</summary>
    public IReadOnlyCollection<TaxTier> Tiers => _tiers.Keys;

    /// <summary>The categories with at least one rule.</summary>
    public IReadOnlyCollection<TaxCategory> Categories => _categories.Keys;

    /// <summary>Every rate of a tier, in date order (empty when the jurisdiction never had the tier).</summary>
    public Timeline<TaxRate> RatesOf(TaxTier tier) => _tiers.TryGetValue(tier, out var timeline) ? timeline : Timeline<TaxRate>.Empty;

    /// <summary>Every rule of a category, in date order (empty when the pack has none).</summary>
    public Timeline<CategoryRule> RulesOf(TaxCategory category) => _categories.TryGetValue(category, out var timeline) ? timeline : Timeline<CategoryRule>.Empty;

    /// <summary>The rate of <paramref name="tier"/> in force on <paramref name="date"/>.</summary>
    /// <exception cref="TaxRateNotFoundException">The date is before the coverage, or the tier has no rate that day.</exception>
    public TaxRate RateOn(TaxTier tier, LocalDate date)
    {
        if (date < CoverageFrom || date > CoverageTo)
        {
            throw new TaxRateNotFoundException(Jurisdiction, tier, date, TaxRateMissing.OutsideCoverage,
                $"the rule pack covers {Jurisdiction} {(CoverageTo is { } to ? $"from {Format(CoverageFrom)} to {Format(to)}" : $"from {Format(CoverageFrom)}")}.");
        }

        return _tiers.TryGetValue(tier, out var timeline) && timeline.TryGetValueAt(date, out var rate)
            ? rate
            : throw new TaxRateNotFoundException(Jurisdiction, tier, date, TaxRateMissing.TierNotInForce,
                $"{Name} has no {TaxTiers.ToCode(tier)} rate that day; its tiers then are {string.Join(", ", TiersOn(date).Select(TaxTiers.ToCode))}.");
    }

    /// <summary>The category rule in force on <paramref name="date"/>, or null when the pack has none for the category then.</summary>
    public CategoryRule? CategoryRuleOn(TaxCategory category, LocalDate date) =>
        _categories.TryGetValue(category, out var timeline) && timeline.TryGetValueAt(date, out var rule) ? rule : null;

    /// <summary>The tiers that have a rate on <paramref name="date"/>, in tier order.</summary>
    public IEnumerable<TaxTier> TiersOn(LocalDate date) =>
        _tiers.Where(t => t.Value.TryGetValueAt(date, out _)).Select(t => t.Key).Order();

    /// <inheritdoc />
    public override string ToString() => $"{Jurisdiction} {Name} ({TaxName}) from {Format(CoverageFrom)}{(CoverageTo is { } to ? " to " + Format(to) : string.Empty)}";

    private static Timeline<T> Build<T>(IEnumerable<EffectiveValue<T>> values, string what, string parameter)
    {
        try
        {
            return Timeline<T>.Create(values);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"{what}: {e.Message}", parameter, e);
        }
    }

    private void CheckStandardHasNoGap()
    {
        var standard = RatesOf(TaxTier.Standard);
        if (standard.Count == 0)
        {
            throw new ArgumentException($"{Jurisdiction} has no standard rate.", "rates");
        }

        if (standard[0].Period.Start > CoverageFrom)
        {
            throw new ArgumentException($"{Jurisdiction} standard: the first rate starts on {Format(standard[0].Period.Start)}, after the coverage starts on {Format(CoverageFrom)}.", "rates");
        }

        for (var i = 1; i < standard.Count; i++)
        {
            if (standard[i - 1].Period.End is not { } end || end.PlusDays(1) != standard[i].Period.Start)
            {
                throw new ArgumentException($"{Jurisdiction} standard: no rate between {standard[i - 1].Period} and {standard[i].Period}.", "rates");
            }
        }

        if (standard[^1].Period.End is { } last && (CoverageTo is not { } to || last < to))
        {
            throw new ArgumentException(
                CoverageTo is null
                    ? $"{Jurisdiction} standard: the last rate ends on {Format(last)}; a pack must say what applies after it, or end the coverage there (coverageTo)."
                    : $"{Jurisdiction} standard: the last rate ends on {Format(last)}, before the coverage ends on {Format(CoverageTo.Value)}.",
                "rates");
        }
    }

    private static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
