using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// Remembers the answers of a slower provider (one that parses files or reads a database) per pair, kind and
/// as-of instant, including "no rate". Thread-safe. Only wrap providers whose answer for a past instant never changes.
/// </summary>
/// <remarks>
/// <para>Under concurrent misses: callers that ask the same question (pair, as-of instant, kind) while it is not
/// cached share one call to the inner provider, and every one of them gets that call's answer (the same
/// <see cref="FxRate"/> instance, or "no rate"). Different questions load in parallel, so the inner provider must
/// itself be thread-safe. If the inner provider throws, every caller waiting on that call gets the same exception
/// and nothing is cached: the next caller asks again.</para>
/// <para>An answer stays cached until the cache reaches its capacity and is cleared; a question asked after that is
/// loaded again (one call, as above).</para>
/// </remarks>
public sealed class CachingRateProvider : IExchangeRateProvider
{
    private readonly IExchangeRateProvider _inner;
    private readonly ConcurrentDictionary<(CurrencyPair Pair, Instant AsOf, RateKind Kind), Answer> _cache = new(KeyComparer.Instance);
    private readonly ConcurrentDictionary<(CurrencyPair Pair, Instant AsOf, RateKind Kind), Lazy<Answer>> _loading = new(KeyComparer.Instance);
    private readonly int _capacity;

    // The last answer given: a host converting a batch asks the same question many times in a row, and comparing
    // one key is several times cheaper than a dictionary lookup. Entries are immutable; the field is swapped atomically.
    private Answer? _last;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    /// <param name="inner">The provider to cache.</param>
    /// <param name="capacity">The most answers kept; when full, the cache is cleared (simple and bounded). At least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is below 1.</exception>
    public CachingRateProvider(IExchangeRateProvider inner, int capacity = 10_000)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _inner = inner;
        _capacity = capacity;
    }

    /// <inheritdoc />
    public string Name => Invariant($"cached {_inner.Name}");

    /// <summary>How many answers are cached now.</summary>
    public int CachedCount => _cache.Count;

    /// <inheritdoc />
    public bool TryGetRate(CurrencyPair pair, Instant asOf, RateKind kind, [NotNullWhen(true)] out FxRate? rate)
    {
        var key = (pair, asOf, kind);
        if (Volatile.Read(ref _last) is { } last && KeyComparer.Instance.Equals(last.Key, key))
        {
            rate = last.Rate;
            return rate is not null;
        }

        if (!_cache.TryGetValue(key, out var answer))
        {
            answer = LoadOnce(key);
        }

        Volatile.Write(ref _last, answer);
        rate = answer.Rate;
        return rate is not null;
    }

    /// <summary>One call to the inner provider per question however many callers miss at once (see the remarks).</summary>
    private Answer LoadOnce((CurrencyPair Pair, Instant AsOf, RateKind Kind) key)
    {
        var pending = _loading.GetOrAdd(key, k => new Lazy<Answer>(() => Load(k), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return pending.Value;
        }
        finally
        {
            // Only this load's entry: a later load of the same question (after a failure) is left alone.
            _loading.TryRemove(KeyValuePair.Create(key, pending));
        }
    }

    private Answer Load((CurrencyPair Pair, Instant AsOf, RateKind Kind) key)
    {
        // A caller that missed just before another load stored its answer and left _loading finds it here.
        if (_cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        _ = _inner.TryGetRate(key.Pair, key.AsOf, key.Kind, out var found);
        if (_cache.Count >= _capacity)
        {
            _cache.Clear();
        }

        var answer = new Answer(key, found);
        _cache[key] = answer;
        return answer;
    }

    /// <inheritdoc />
    public FxRate? Newest(CurrencyPair pair, RateKind kind) => _inner.Newest(pair, kind);

    /// <summary>
    /// Compares cache keys without the default comparers' detours: the value tuple's combined hash of each part's
    /// hash (two randomized string hashes for the currency codes) was most of a cache hit's cost. Currencies hash by
    /// their code's characters and compare as <see cref="Currency.Equals(Currency?)"/> does (a reference check first).
    /// </summary>
    private sealed class KeyComparer : IEqualityComparer<(CurrencyPair Pair, Instant AsOf, RateKind Kind)>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals((CurrencyPair Pair, Instant AsOf, RateKind Kind) x, (CurrencyPair Pair, Instant AsOf, RateKind Kind) y) =>
            x.Kind == y.Kind && x.AsOf == y.AsOf &&
            (IsDefault(x.Pair) || IsDefault(y.Pair) ? x.Pair.Equals(y.Pair) : Same(x.Pair.Base, y.Pair.Base) && Same(x.Pair.Quote, y.Pair.Quote));

        public int GetHashCode((CurrencyPair Pair, Instant AsOf, RateKind Kind) obj)
        {
            unchecked
            {
                var ticks = obj.AsOf.ToUnixTimeTicks();
                var hash = IsDefault(obj.Pair) ? 0 : (Code(obj.Pair.Base) * 31) + Code(obj.Pair.Quote);
                hash = (hash * 31) + (int)ticks + (int)(ticks >> 32);
                return (hash * 31) + (int)obj.Kind;
            }
        }

        // A default(CurrencyPair) has no currencies (its Base throws); the resolver rejects it, but a direct caller may not.
        private static bool IsDefault(CurrencyPair pair) => pair.Equals(default(CurrencyPair));

        private static bool Same(Currency a, Currency b) => ReferenceEquals(a, b) || a.Equals(b);

        private static int Code(Currency currency)
        {
            unchecked
            {
                var hash = 0;
                foreach (var c in currency.Code)
                {
                    hash = (hash * 37) + c;
                }

                return hash;
            }
        }
    }

    /// <summary>One cached answer with its question.</summary>
    private sealed class Answer((CurrencyPair Pair, Instant AsOf, RateKind Kind) key, FxRate? rate)
    {
        public (CurrencyPair Pair, Instant AsOf, RateKind Kind) Key { get; } = key;

        public FxRate? Rate { get; } = rate;
    }
}
