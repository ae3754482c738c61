using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// An immutable history of rates held in memory, indexed by pair and kind and sorted by <see cref="FxRate.AsOf"/>.
/// Lookups are a binary search. Safe to share between threads.
/// </summary>
public sealed class InMemoryRateStore : IExchangeRateProvider
{
    private readonly FrozenDictionary<(CurrencyPair Pair, RateKind Kind), FxRate[]> _series;

    /// <summary>Builds a store from rates in any order.</summary>
    /// <param name="rates">The rates.</param>
    /// <param name="name">A short name for messages.</param>
    /// <exception cref="ArgumentException">Two rates have the same pair, kind and as-of instant; the message names them.</exception>
    public InMemoryRateStore(IEnumerable<FxRate> rates, string name = "in-memory")
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        var series = new Dictionary<(CurrencyPair, RateKind), FxRate[]>();
        var count = 0;
        foreach (var group in rates.GroupBy(r => (r.Pair, r.Kind)))
        {
            var sorted = group.OrderBy(r => r.AsOf).ToArray();
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i].AsOf == sorted[i - 1].AsOf)
                {
                    throw new ArgumentException(
                        Invariant($"Two {group.Key.Kind} rates of {group.Key.Pair} are as of {FxText.Format(sorted[i].AsOf)}: {FxText.Format(sorted[i - 1].Mid)} and {FxText.Format(sorted[i].Mid)}."),
                        nameof(rates));
                }
            }

            series[group.Key] = sorted;
            count += sorted.Length;
        }

        _series = series.ToFrozenDictionary();
        Count = count;
    }

    /// <summary>
    /// Loads a snapshot from an asynchronous source: the source's rates as of instants in <paramref name="window"/>,
    /// held in a new immutable store named "<c>{source.Name} snapshot</c>". The synchronous chain then answers from
    /// it; load again (and swap the resolver) to refresh. The async path of ADR 0007.
    /// </summary>
    /// <param name="source">Where the rates come from.</param>
    /// <param name="window">The as-of instants wanted (start inclusive, end exclusive).</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <exception cref="InvalidOperationException">The source returned null, a null rate, or a rate outside the window; the message names the source.</exception>
    /// <exception cref="ArgumentException">Two rates have the same pair, kind and as-of instant.</exception>
    /// <exception cref="OperationCanceledException">The load was cancelled.</exception>
    public static async ValueTask<InMemoryRateStore> LoadAsync(IAsyncRateSource source, Interval window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        var rates = await source.LoadAsync(window, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException(Invariant($"The rate source '{source.Name}' returned null instead of a list."));
        foreach (var rate in rates)
        {
            if (rate is null)
            {
                throw new InvalidOperationException(Invariant($"The rate source '{source.Name}' returned a null rate."));
            }

            if (!window.Contains(rate.AsOf))
            {
                throw new InvalidOperationException(Invariant($"The rate source '{source.Name}' returned {rate}, outside the window asked for ({FxText.Format(window.Start)} to {FxText.Format(window.End)})."));
            }
        }

        return new InMemoryRateStore(rates, Invariant($"{source.Name} snapshot"));
    }

    /// <summary>An empty store.</summary>
    public static InMemoryRateStore Empty { get; } = new([]);

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>How many rates the store holds.</summary>
    public int Count { get; }

    /// <summary>The pairs and kinds the store has rates for.</summary>
    public IReadOnlyCollection<(CurrencyPair Pair, RateKind Kind)> Series => _series.Keys;

    /// <summary>A new store with these rates added (this one is unchanged).</summary>
    /// <exception cref="ArgumentException">A rate duplicates one already held.</exception>
    public InMemoryRateStore With(IEnumerable<FxRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        return new InMemoryRateStore(_series.Values.SelectMany(s => s).Concat(rates), Name);
    }

    /// <summary>Every rate of a series in as-of order (empty if none).</summary>
    public IReadOnlyList<FxRate> History(CurrencyPair pair, RateKind kind) =>
        _series.TryGetValue((pair, kind), out var series) ? series : [];

    /// <inheritdoc />
    public bool TryGetRate(CurrencyPair pair, Instant asOf, RateKind kind, [NotNullWhen(true)] out FxRate? rate)
    {
        rate = null;
        if (!_series.TryGetValue((pair, kind), out var series))
        {
            return false;
        }

        // Binary search for the last rate with AsOf <= asOf.
        int lo = 0, hi = series.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (series[mid].AsOf <= asOf)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            return false;
        }

        rate = series[found];
        return true;
    }

    /// <inheritdoc />
    public FxRate? Newest(CurrencyPair pair, RateKind kind) =>
        _series.TryGetValue((pair, kind), out var series) ? series[^1] : null;
}
