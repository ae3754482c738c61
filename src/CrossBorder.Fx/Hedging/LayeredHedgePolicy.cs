using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>One layer of a hedge policy: hedge <see cref="Ratio"/> of exposure due from <see cref="FromMonth"/> (inclusive) to <see cref="ToMonth"/> (exclusive) months ahead.</summary>
public sealed class HedgeLayer
{
    /// <summary>Creates a layer.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The months are negative or empty, or the ratio is outside 0%–100%.</exception>
    public HedgeLayer(int fromMonth, int toMonth, Percentage ratio)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fromMonth);
        if (toMonth <= fromMonth)
        {
            throw new ArgumentOutOfRangeException(nameof(toMonth), toMonth, Invariant($"A layer must end after it starts (month {fromMonth})."));
        }

        if (ratio < Percentage.Zero || ratio > Percentage.OneHundred)
        {
            throw new ArgumentOutOfRangeException(nameof(ratio), ratio, Invariant($"A hedge ratio must be between 0% and 100%, not {ratio}."));
        }

        FromMonth = fromMonth;
        ToMonth = toMonth;
        Ratio = ratio;
    }

    /// <summary>First month ahead covered (0 = the current month).</summary>
    public int FromMonth { get; }

    /// <summary>First month ahead not covered.</summary>
    public int ToMonth { get; }

    /// <summary>The share of exposure to hedge.</summary>
    public Percentage Ratio { get; }

    /// <inheritdoc />
    public override string ToString() => Invariant($"{FromMonth}–{ToMonth} months: {Ratio}");
}

/// <summary>A hedge already in place for a currency and month: positive amounts sell the currency forward (cover a receivable), negative amounts buy it (cover a payable).</summary>
public sealed class ExistingHedge
{
    /// <summary>Creates an existing hedge.</summary>
    public ExistingHedge(Money amount, YearMonth month)
    {
        if (amount.IsDefault)
        {
            throw new ArgumentException("The amount is default(Money).", nameof(amount));
        }

        Amount = amount;
        Month = month;
    }

    /// <summary>The signed amount hedged.</summary>
    public Money Amount { get; }

    /// <summary>
    /// The hedge a forward gives an exposure in <paramref name="exposureCurrency"/>, in the month of its value date:
    /// for the base currency, selling base is +N and buying base −N; for the quote currency, selling base buys
    /// N × K of the quote (−N × K) and buying base sells it (+N × K).
    /// </summary>
    /// <exception cref="ArgumentException">The exposure currency is not in the contract's pair.</exception>
    public static ExistingHedge FromForward(ForwardContract contract, Currency exposureCurrency)
    {
        ArgumentNullException.ThrowIfNull(contract);
        ArgumentNullException.ThrowIfNull(exposureCurrency);
        var sellsBase = contract.Position == ForwardPosition.SellBase;
        Money amount;
        if (exposureCurrency.Equals(contract.Pair.Base))
        {
            amount = sellsBase ? contract.Notional : -contract.Notional;
        }
        else if (exposureCurrency.Equals(contract.Pair.Quote))
        {
            var quote = new Money(contract.Notional.Amount * contract.ContractRate, exposureCurrency);
            amount = sellsBase ? -quote : quote;
        }
        else
        {
            throw new ArgumentException(Invariant($"{exposureCurrency.Code} is not in the forward's pair {contract.Pair}."), nameof(exposureCurrency));
        }

        return new ExistingHedge(amount, new YearMonth(contract.ValueDate.Year, contract.ValueDate.Month));
    }

    /// <summary>The month it settles in.</summary>
    public YearMonth Month { get; }
}

/// <summary>The hedge a policy asks for in one currency and month, against what is already hedged.</summary>
public sealed class HedgeTarget
{
    internal HedgeTarget(ExposureBucket bucket, int monthsAhead, Percentage ratio, Money target, Money existing, Money topUp)
    {
        Bucket = bucket;
        MonthsAhead = monthsAhead;
        Ratio = ratio;
        Target = target;
        Existing = existing;
        TopUp = topUp;
    }

    /// <summary>The exposure bucket.</summary>
    public ExposureBucket Bucket { get; }

    /// <summary>Months between the policy date and the bucket.</summary>
    public int MonthsAhead { get; }

    /// <summary>The policy's ratio h for that horizon.</summary>
    public Percentage Ratio { get; }

    /// <summary>H = h × E, signed like E (exact).</summary>
    public Money Target { get; }

    /// <summary>The hedges already in place, signed.</summary>
    public Money Existing { get; }

    /// <summary>What to add to reach the target: target − existing when that moves towards the target, else zero. Never unwinds.</summary>
    public Money TopUp { get; }

    /// <summary>
    /// Whether existing hedges in the right direction exceed the exposure: |existing| &gt; |E| with the sign of E, or any
    /// hedge where the net exposure is zero. A hedge of the opposite sign is <see cref="IsWrongWay"/> instead.
    /// </summary>
    public bool IsOverHedged =>
        Existing.Amount != 0m && !IsWrongWay && Math.Abs(Existing.Amount) > Math.Abs(Bucket.Net.Amount);

    /// <summary>
    /// Whether existing hedges point the wrong way: their sign is opposite to the net exposure's (selling forward a
    /// currency the business is short of, or buying one it is long of), so they add to the risk instead of reducing it.
    /// </summary>
    public bool IsWrongWay =>
        Existing.Amount != 0m && Bucket.Net.Amount != 0m && Math.Sign(Existing.Amount) != Math.Sign(Bucket.Net.Amount);

    /// <inheritdoc />
    public override string ToString() =>
        Invariant($"{Bucket}: target {Target} ({Ratio}), existing {Existing}, top-up {TopUp}") +
        (IsWrongWay ? " WRONG-WAY" : IsOverHedged ? " OVER-HEDGED" : string.Empty);
}

/// <summary>
/// What a <see cref="LayeredHedgePolicy"/> asks for: a target per exposure bucket, and the hedges in place that
/// matched no bucket of the plan, reported rather than dropped.
/// </summary>
public sealed class HedgePlan
{
    internal HedgePlan(IReadOnlyList<HedgeTarget> targets, IReadOnlyList<ExistingHedge> unmatched)
    {
        Targets = targets;
        UnmatchedHedges = unmatched;
    }

    /// <summary>The targets, one per bucket from the policy month on, in the order of the exposure.</summary>
    public IReadOnlyList<HedgeTarget> Targets { get; }

    /// <summary>
    /// Hedges in place whose currency and month have no exposure bucket in the plan (no exposure at all, or exposure
    /// only in months before the policy month). They count towards no target; a host should unwind or re-assign them.
    /// </summary>
    public IReadOnlyList<ExistingHedge> UnmatchedHedges { get; }

    /// <inheritdoc />
    public override string ToString() => Invariant($"{Targets.Count} target(s), {UnmatchedHedges.Count} unmatched hedge(s)");
}

/// <summary>
/// A layered hedge policy: the nearer the exposure, the larger the share hedged (for example 75% / 50% / 25% for
/// 0–3 / 3–6 / 6–9 months). The target for bucket k is H = h_k × E_k (money-fx.md §5.2 formula 2, generalised to
/// payables by keeping E's sign).
/// </summary>
public sealed class LayeredHedgePolicy
{
    private readonly HedgeLayer[] _layers;

    /// <summary>Creates a policy.</summary>
    /// <exception cref="ArgumentException">No layers, or two layers overlap.</exception>
    public LayeredHedgePolicy(IEnumerable<HedgeLayer> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        _layers = [.. layers.OrderBy(l => l.FromMonth)];
        if (_layers.Length == 0)
        {
            throw new ArgumentException("A hedge policy needs at least one layer.", nameof(layers));
        }

        for (var i = 1; i < _layers.Length; i++)
        {
            if (_layers[i].FromMonth < _layers[i - 1].ToMonth)
            {
                throw new ArgumentException(Invariant($"Layers {_layers[i - 1]} and {_layers[i]} overlap."), nameof(layers));
            }
        }
    }

    /// <summary>The layers by start month.</summary>
    public IReadOnlyList<HedgeLayer> Layers => _layers;

    /// <summary>The ratio for exposure <paramref name="monthsAhead"/> months ahead; zero outside every layer.</summary>
    public Percentage RatioFor(int monthsAhead) =>
        _layers.FirstOrDefault(l => monthsAhead >= l.FromMonth && monthsAhead < l.ToMonth)?.Ratio ?? Percentage.Zero;

    /// <summary>
    /// Targets and top-ups for every bucket from <paramref name="current"/> on (earlier buckets are past due and
    /// left out), given the hedges in place; hedges that match no bucket of the plan are listed in
    /// <see cref="HedgePlan.UnmatchedHedges"/>.
    /// </summary>
    /// <exception cref="CurrencyWithdrawnException">A bucket or a hedge is in a currency withdrawn before its month (HRK after 2022-12).</exception>
    public HedgePlan Plan(IEnumerable<ExposureBucket> exposure, YearMonth current, IEnumerable<ExistingHedge> existing)
    {
        ArgumentNullException.ThrowIfNull(exposure);
        ArgumentNullException.ThrowIfNull(existing);
        var hedges = existing.ToList();
        foreach (var hedge in hedges)
        {
            ArgumentNullException.ThrowIfNull(hedge, nameof(existing));
            CurrencyWithdrawnException.ThrowIfWithdrawn(hedge.Amount.Currency, hedge.Month.OnDayOfMonth(1), nameof(existing));
        }

        var hedged = hedges.GroupBy(h => (h.Amount.Currency, h.Month)).ToDictionary(g => g.Key, g => g.Aggregate(Money.Of(0m, g.Key.Currency), (s, h) => s + h.Amount));
        var targets = new List<HedgeTarget>();
        var matched = new HashSet<(Currency, YearMonth)>();
        foreach (var bucket in exposure)
        {
            ArgumentNullException.ThrowIfNull(bucket, nameof(exposure));
            var ahead = MonthsBetween(current, bucket.Month);
            if (ahead < 0)
            {
                continue;
            }

            CurrencyWithdrawnException.ThrowIfWithdrawn(bucket.Currency, bucket.Month.OnDayOfMonth(1), nameof(exposure));
            var ratio = RatioFor(ahead);
            var target = bucket.Net.Multiply(ratio);
            var inPlace = hedged.TryGetValue((bucket.Currency, bucket.Month), out var h) ? h : Money.Of(0m, bucket.Currency);
            matched.Add((bucket.Currency, bucket.Month));
            var gap = target - inPlace;
            var topUp = target.Amount != 0m && Math.Sign(gap.Amount) == Math.Sign(target.Amount) ? gap : Money.Of(0m, bucket.Currency);
            targets.Add(new HedgeTarget(bucket, ahead, ratio, target, inPlace, topUp));
        }

        return new HedgePlan(targets, [.. hedges.Where(h => !matched.Contains((h.Amount.Currency, h.Month)))]);
    }

    /// <inheritdoc />
    public override string ToString() => string.Join("; ", _layers.Select(l => l.ToString()));

    private static int MonthsBetween(YearMonth from, YearMonth to) => ((to.Year - from.Year) * 12) + (to.Month - from.Month);
}
