using System.Diagnostics.CodeAnalysis;
using NodaTime;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Concurrency;

/// <summary>
/// The rate providers, the cache and the resolver are documented as thread-safe: one shared instance hammered from
/// 16 threads gives, question by question, what a sequential run gives; the cache's concurrent misses load once.
/// </summary>
public class RateProviderConcurrencyTests
{
    private static readonly string[] Codes = ["EUR", "USD", "CNY", "GBP", "JPY", "KWD"];

    /// <summary>A year of daily EUR/USD, USD/CNY, EUR/GBP and USD/JPY rates, spot and official.</summary>
    private static InMemoryRateStore Store()
    {
        var rates = new List<FxRate>();
        for (var d = 0; d < 365; d += 3)
        {
            var day = Day(2026, 1, 1).Plus(Duration.FromDays(d));
            rates.Add(Rate("EUR/USD", 1.08m + (d / 10_000m), day));
            rates.Add(Rate("USD/CNY", 7.1m + (d / 1_000m), day));
            rates.Add(Rate("EUR/GBP", 0.85m + (d / 100_000m), day, RateKind.Official));
            rates.Add(Rate("USD/JPY", 150m + (d / 10m), day));
        }

        return new InMemoryRateStore(rates);
    }

    /// <summary>Every ordered pair of the codes, on 40 instants (between and on the stored days), spot and official.</summary>
    private static (CurrencyPair Pair, Instant AsOf, RateKind Kind)[] Questions() =>
        [.. from b in Codes
            from q in Codes
            where b != q
            from d in Enumerable.Range(0, 40)
            from kind in new[] { RateKind.Spot, RateKind.Official }
            select (new CurrencyPair(Currency.FromCode(b), Currency.FromCode(q)), Day(2026, 1, 1).Plus(Duration.FromHours(d * 211)), kind)];

    [Fact]
    public void The_resolver_over_a_cached_store_answers_16_threads_as_it_answers_one()
    {
        // Expected values: the same resolver asked the same questions on one thread (Hammer.Compare's sequential run).
        var resolver = new FxRateResolver(new CachingRateProvider(Store(), capacity: 500), StalenessPolicy.MaxAgeOf(Duration.FromDays(5)));

        var differences = Hammer.Compare(Questions(), q => resolver.GetRate(q.Pair, q.AsOf, q.Kind));

        Assert.Empty(differences);
    }

    [Fact]
    public void The_store_and_the_chain_answer_16_threads_as_they_answer_one()
    {
        var chain = new ChainedRateProvider([InMemoryRateStore.Empty, Store()]);

        var differences = Hammer.Compare(Questions(), q => chain.TryGetRate(q.Pair, q.AsOf, q.Kind, out var rate) ? rate : null);

        Assert.Empty(differences);
    }

    [Fact]
    public void The_hammer_sees_an_engine_that_is_not_thread_safe()
    {
        // A check of the check: a shared counter gives different answers once 16 threads share it.
        var calls = 0;

        var differences = Hammer.Compare(Questions()[..50], _ => Interlocked.Increment(ref calls));

        Assert.NotEmpty(differences);
        Assert.Equal("[1, 2, ]", Hammer.Fingerprint(new[] { 1, 2 }));
    }

    [Fact]
    public void Concurrent_misses_for_one_question_make_one_load_and_every_caller_gets_its_answer()
    {
        // The slow provider holds its first call until every thread has asked (or 2 s have passed), so without the
        // shared load each of the 16 misses would reach it; with it, exactly one does.
        using var slow = new SlowProvider(Store());
        var cache = new CachingRateProvider(slow);
        var seen = new FxRate?[Hammer.Threads];
        Hammer.Together(t =>
        {
            slow.Arrived();
            _ = cache.TryGetRate(Pair("EUR/USD"), Day(2026, 3, 1), RateKind.Spot, out seen[t]);
        });

        Assert.Equal(1, slow.Calls);
        Assert.NotNull(seen[0]);
        Assert.All(seen, rate => Assert.Same(seen[0], rate));
        Assert.Equal(1, cache.CachedCount);
    }

    [Fact]
    public void A_failing_load_reaches_every_waiting_caller_and_is_not_cached()
    {
        using var slow = new SlowProvider(Store()) { Failures = 1 };
        var cache = new CachingRateProvider(slow);
        var errors = new Exception?[Hammer.Threads];
        Hammer.Together(t =>
        {
            slow.Arrived();
            errors[t] = Record.Exception(() => cache.TryGetRate(Pair("EUR/USD"), Day(2026, 3, 1), RateKind.Spot, out _));
        });

        Assert.Equal(1, slow.Calls);
        Assert.All(errors, e => Assert.Same(errors[0], e));
        Assert.IsType<IOException>(errors[0]);
        Assert.Equal(0, cache.CachedCount);

        // The next caller asks again and the answer is then cached.
        Assert.True(cache.TryGetRate(Pair("EUR/USD"), Day(2026, 3, 1), RateKind.Spot, out _));
        Assert.Equal(2, slow.Calls);
        Assert.Equal(1, cache.CachedCount);
    }

    /// <summary>A provider whose calls wait until all 16 callers have arrived; counts its calls, fails the first <see cref="Failures"/>.</summary>
    private sealed class SlowProvider(IExchangeRateProvider inner) : IExchangeRateProvider, IDisposable
    {
        private readonly CountdownEvent _arrivals = new(Hammer.Threads);
        private int _calls;

        public int Failures { get; init; }

        public int Calls => Volatile.Read(ref _calls);

        public string Name => "slow";

        public void Arrived() => _arrivals.Signal();

        public bool TryGetRate(CurrencyPair pair, Instant asOf, RateKind kind, [NotNullWhen(true)] out FxRate? rate)
        {
            var call = Interlocked.Increment(ref _calls);
            _arrivals.Wait(TimeSpan.FromSeconds(2));
            Thread.Sleep(50);
            if (call <= Failures)
            {
                throw new IOException("the rate file is locked");
            }

            return inner.TryGetRate(pair, asOf, kind, out rate);
        }

        public FxRate? Newest(CurrencyPair pair, RateKind kind) => inner.Newest(pair, kind);

        public void Dispose() => _arrivals.Dispose();
    }
}
