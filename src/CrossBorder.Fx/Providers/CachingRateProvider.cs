using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// Remembers the answers of a slower provider (one that parses files or reads a database) per pair, kind and
/// as-of instant, including "no rate". Thread-safe. Only wrap providers whose answer for a past instant never changes.
/// </summary>
public sealed class CachingRateProvider : IExchangeRateProvider
{
    private readonly IExchangeRateProvider _inner;
    private readonly ConcurrentDictionary<(CurrencyPair, Instant, RateKind), FxRate?> _cache = new();
    private readonly int _capacity;

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
        if (!_cache.TryGetValue(key, out rate))
        {
            _ = _inner.TryGetRate(pair, asOf, kind, out rate);
            if (_cache.Count >= _capacity)
            {
                _cache.Clear();
            }

            _cache[key] = rate;
        }

        return rate is not null;
    }

    /// <inheritdoc />
    public FxRate? Newest(CurrencyPair pair, RateKind kind) => _inner.Newest(pair, kind);
}
