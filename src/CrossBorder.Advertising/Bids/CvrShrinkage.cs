using System.Globalization;
using System.Runtime.InteropServices;

namespace CrossBorder.Advertising;

/// <summary>
/// Settings of <see cref="CvrShrinkage"/>. Immutable; each property is validated when set.
/// </summary>
public sealed class CvrShrinkageSettings
{
    /// <summary>The defaults.</summary>
    public static CvrShrinkageSettings Default { get; } = new();

    /// <summary>
    /// The fewest siblings with clicks that a prior's strength is fitted from; below it the strength is
    /// <see cref="FallbackStrength"/>. Default 3 (an illustration: a variance needs at least a few rows). At least 2.
    /// </summary>
    public int MinSiblings
    {
        get;
        init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(MinSiblings), value, "A variance needs at least 2 siblings.");
    } = 3;

    /// <summary>
    /// The prior's strength α + β, in clicks, when it cannot be fitted. Default 20 clicks (an illustration: a keyword
    /// with 20 clicks of its own is weighted half on its own rate, half on its parent's). Positive.
    /// </summary>
    public double FallbackStrength
    {
        get;
        init => field = value > 0d && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(FallbackStrength), value, "A pseudo-count is a positive number of clicks.");
    } = 20d;
}

/// <summary>A row's conversion rate shrunk towards its parent's.</summary>
/// <param name="Key">The row's key at its level (<see cref="AdReport.KeyOf"/>).</param>
/// <param name="Level">Its level.</param>
/// <param name="ParentKey">The parent's key one level up, or null for a campaign (whose parent is the account).</param>
/// <param name="Metrics">The row's summed metrics.</param>
/// <param name="Count">Its orders and clicks, orders capped at clicks.</param>
/// <param name="Prior">The prior: mean = the parent's shrunk CVR, strength fitted over the siblings.</param>
/// <param name="Posterior">The prior updated with <paramref name="Count"/>.</param>
public sealed record CvrEstimate(string Key, AdLevel Level, string? ParentKey, AdMetrics Metrics, ConversionCount Count, BetaCvr Prior, BetaCvr Posterior)
{
    /// <summary>The shrunk CVR, (orders + α) ÷ (clicks + α + β).</summary>
    public double ShrunkCvr => Posterior.Mean;

    /// <summary>Whether the report attributes more orders than clicks (the count caps orders at clicks).</summary>
    public bool OrdersCapped => Metrics.Orders > Metrics.Clicks;
}

/// <summary>The shrunk conversion rates of a report at every level from campaign down to a leaf level.</summary>
public sealed class CvrEstimates
{
    private readonly Dictionary<string, CvrEstimate>[] _byLevel;

    internal CvrEstimates(AdMetrics account, double accountCvr, AdLevel leaf, Dictionary<string, CvrEstimate>[] byLevel)
    {
        Account = account;
        AccountCvr = accountCvr;
        Leaf = leaf;
        _byLevel = byLevel;
    }

    /// <summary>The whole report's metrics.</summary>
    public AdMetrics Account { get; }

    /// <summary>
    /// The account's CVR, the root prior mean: (orders + ½) ÷ (clicks + 1), the posterior mean under Jeffreys' prior, so
    /// that it is strictly between 0 and 1 even for an account with no order.
    /// </summary>
    public double AccountCvr { get; }

    /// <summary>The lowest level estimated.</summary>
    public AdLevel Leaf { get; }

    /// <summary>The estimates at <paramref name="level"/>, grouped by parent.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The level is below the leaf.</exception>
    public IReadOnlyCollection<CvrEstimate> At(AdLevel level) => Table(level).Values;

    /// <summary>The estimate of <paramref name="key"/> at <paramref name="level"/>, or null when the report has no such row.</summary>
    public CvrEstimate? Find(AdLevel level, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Table(level).GetValueOrDefault(key);
    }

    /// <summary>The parent of <paramref name="estimate"/>, or null for a campaign.</summary>
    public CvrEstimate? Parent(CvrEstimate estimate)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return estimate.ParentKey is null ? null : Table(estimate.Level - 1)[estimate.ParentKey];
    }

    private Dictionary<string, CvrEstimate> Table(AdLevel level) =>
        level >= AdLevel.Campaign && level <= Leaf
            ? _byLevel[(int)level]
            : throw new ArgumentOutOfRangeException(nameof(level), level, string.Create(CultureInfo.InvariantCulture, $"Estimated from campaign down to {Leaf}."));
}

/// <summary>
/// Empirical-Bayes shrinkage of conversion rates (beta-binomial, method of moments), hierarchical: campaign → ad group →
/// targeting → search term, each prior's mean being the parent's shrunk CVR and its strength α + β fitted over the
/// siblings that share the parent. A row with few clicks is pulled toward its parent; a row with many keeps its own rate.
/// Estimates are "as if stationary": clicks depend on bids and placements, so weight recent data by choosing the report's
/// window.
/// </summary>
public static class CvrShrinkage
{
    private const double MaxStrength = 1e12;

    /// <summary>
    /// Fits a prior of mean <paramref name="mean"/> to <paramref name="siblings"/> by the method of moments. With
    /// <c>N</c> clicks over <c>k</c> siblings with clicks, the click-weighted variance S = Σ nᵢ(pᵢ − μ)² ÷ N has
    /// expectation μ(1 − μ)(k/N + ρ(1 − k/N)), the k/N part being binomial noise; so ρ = (S ÷ μ(1 − μ) − k/N) ÷ (1 − k/N)
    /// and α + β = 1/ρ − 1. When fewer than <see cref="CvrShrinkageSettings.MinSiblings"/> siblings have clicks, or ρ is
    /// not strictly between 0 and 1 (or so close to 0 that α + β exceeds 10¹², in effect unbounded), the strength is <see cref="CvrShrinkageSettings.FallbackStrength"/> and the source
    /// says why.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The mean is not strictly between 0 and 1.</exception>
    public static BetaCvr FitPrior(ReadOnlySpan<ConversionCount> siblings, double mean, CvrShrinkageSettings? settings = null)
    {
        settings ??= CvrShrinkageSettings.Default;
        if (!(mean > 0d && mean < 1d))
        {
            throw new ArgumentOutOfRangeException(nameof(mean), mean, "A prior mean lies strictly between 0 and 1.");
        }

        long k = 0;
        double clicks = 0d, weighted = 0d;
        foreach (var sibling in siblings)
        {
            if (sibling.Clicks == 0)
            {
                continue;
            }

            k++;
            clicks += sibling.Clicks;
            var deviation = ((double)sibling.Orders / sibling.Clicks) - mean;
            weighted += sibling.Clicks * deviation * deviation;
        }

        if (k < settings.MinSiblings)
        {
            return BetaCvr.FromMean(mean, settings.FallbackStrength, PriorSource.TooFewSiblings);
        }

        var noise = k / clicks;
        var rho = noise < 1d ? ((weighted / clicks / (mean * (1d - mean))) - noise) / (1d - noise) : 0d;
        return rho > 0d && rho < 1d && (1d / rho) - 1d <= MaxStrength
            ? BetaCvr.FromMean(mean, (1d / rho) - 1d, PriorSource.Fitted)
            : BetaCvr.FromMean(mean, settings.FallbackStrength, PriorSource.FitOutOfRange);
    }

    /// <summary>
    /// Shrinks the CVR of every row of <paramref name="report"/> from campaign down to <paramref name="leaf"/>. The root
    /// is the account's CVR (<see cref="CvrEstimates.AccountCvr"/>); each campaign's prior is fitted over the campaigns,
    /// each ad group's over the ad groups of its campaign with the campaign's shrunk CVR as mean, and so on.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The leaf is not a level.</exception>
    public static CvrEstimates Estimate(AdReport report, AdLevel leaf, CvrShrinkageSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Estimate(report.Records, report.Currency, r => new AdPath(r.Key.Campaign, r.Key.AdGroup, r.Key.Targeting, r.Key.SearchTerm), leaf, settings);
    }

    /// <summary>The estimates of <paramref name="records"/> (one currency), placed in the hierarchy by <paramref name="path"/>.</summary>
    internal static CvrEstimates Estimate(IEnumerable<AdRecord> records, Currency currency, Func<AdRecord, AdPath> path, AdLevel leaf, CvrShrinkageSettings? settings)
    {
        if (!Enum.IsDefined(leaf))
        {
            throw new ArgumentOutOfRangeException(nameof(leaf), leaf, "Not a level.");
        }

        settings ??= CvrShrinkageSettings.Default;

        // Sum the records once at the leaf, then each level from its children: no key strings per record.
        var sums = new Dictionary<AdPath, MetricSum>[(int)leaf + 1];
        var leaves = sums[(int)leaf] = [];
        var total = default(MetricSum);
        foreach (var record in records)
        {
            var key = path(record).Truncate(leaf);
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(leaves, key, out _);
            sum.Add(record.Metrics, currency);
            total.Add(record.Metrics, currency);
        }

        for (var level = leaf - 1; level >= AdLevel.Campaign; level--)
        {
            var table = sums[(int)level] = [];
            foreach (var (key, child) in sums[(int)level + 1])
            {
                CollectionsMarshal.GetValueRefOrAddDefault(table, key.Truncate(level), out _).Add(child);
            }
        }

        var account = total.ToMetrics(currency);
        var accountCount = ConversionCount.Capped(account);
        var accountCvr = (accountCount.Orders + 0.5d) / (accountCount.Clicks + 1d);
        var estimates = new Dictionary<string, CvrEstimate>[(int)leaf + 1];
        var byPath = new Dictionary<AdPath, CvrEstimate>[(int)leaf + 1];
        for (var level = AdLevel.Campaign; level <= leaf; level++)
        {
            var table = estimates[(int)level] = new Dictionary<string, CvrEstimate>(sums[(int)level].Count, StringComparer.Ordinal);
            var paths = byPath[(int)level] = new Dictionary<AdPath, CvrEstimate>(sums[(int)level].Count);
            var parents = level == AdLevel.Campaign ? null : byPath[(int)level - 1];
            foreach (var family in sums[(int)level].GroupBy(s => level == AdLevel.Campaign ? default : s.Key.Truncate(level - 1)))
            {
                var parent = parents?[family.Key];
                var members = family.Select(s => (Path: s.Key, Metrics: s.Value.ToMetrics(currency))).ToArray();
                var counts = members.Select(m => ConversionCount.Capped(m.Metrics)).ToArray();
                var prior = FitPrior(counts, parent?.ShrunkCvr ?? accountCvr, settings);
                for (var i = 0; i < members.Length; i++)
                {
                    var estimate = new CvrEstimate(members[i].Path.Key(level), level, parent?.Key, members[i].Metrics, counts[i], prior, prior.Update(counts[i]));
                    table[estimate.Key] = estimate;
                    paths[members[i].Path] = estimate;
                }
            }
        }

        return new CvrEstimates(account, accountCvr, leaf, estimates);
    }
}

/// <summary>Where a row sits, as the names of its levels (unused levels empty).</summary>
internal readonly record struct AdPath(string Campaign, string AdGroup, string Targeting, string SearchTerm)
{
    public AdPath Truncate(AdLevel level) => level switch
    {
        AdLevel.Campaign => new(Campaign, string.Empty, string.Empty, string.Empty),
        AdLevel.AdGroup => new(Campaign, AdGroup, string.Empty, string.Empty),
        AdLevel.Targeting => new(Campaign, AdGroup, Targeting, string.Empty),
        _ => this,
    };

    public string Key(AdLevel level) => AdReport.KeyOf(new AdKey(Campaign, AdGroup, Targeting, string.Empty, SearchTerm), level);
}

/// <summary>A running sum of metrics without an allocation per row.</summary>
internal struct MetricSum
{
    private long _impressions, _clicks, _orders, _units;
    private decimal _spend, _sales;

    public void Add(AdMetrics metrics, Currency currency)
    {
        if (metrics.Currency != currency)
        {
            throw new CurrencyMismatchException(currency, metrics.Currency, "sum ad metrics");
        }

        _impressions += metrics.Impressions;
        _clicks += metrics.Clicks;
        _orders += metrics.Orders;
        _units += metrics.Units;
        _spend += metrics.Spend.Amount;
        _sales += metrics.Sales.Amount;
    }

    public void Add(in MetricSum other)
    {
        _impressions += other._impressions;
        _clicks += other._clicks;
        _orders += other._orders;
        _units += other._units;
        _spend += other._spend;
        _sales += other._sales;
    }

    public readonly AdMetrics ToMetrics(Currency currency) => new(_impressions, _clicks, Money.Of(_spend, currency), Money.Of(_sales, currency), _orders, _units);
}
