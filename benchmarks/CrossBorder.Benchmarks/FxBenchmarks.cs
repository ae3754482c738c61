using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CrossBorder.Fx;
using NodaTime;

namespace CrossBorder.Benchmarks;

/// <summary>
/// <see cref="FxRate"/> conversion against a raw <see cref="decimal"/> multiply, and <see cref="ThresholdRule"/>
/// evaluation over ten years of minute rates. Targets: conversion with a cached rate within 3x of the decimal
/// baseline and 0 B allocated; threshold evaluation reported as throughput (observations per second).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class FxBenchmarks
{
    /// <summary>Ten years of minute observations: 10 × 365.25 × 24 × 60.</summary>
    public const int MinuteObservations = 5_259_600;

    private static readonly Instant Start = Instant.FromUtc(2016, 1, 1, 0, 0);

    private decimal _amount;
    private decimal _price;
    private Money _money;
    private Currency _cny = null!;
    private CurrencyPair _pair;
    private Instant _asOf;
    private FxRate _rate = null!;
    private FxRateResolver _resolver = null!;
    private CachingRateProvider _cache = null!;
    private InMemoryRateStore _store = null!;
    private FxRate[] _minutes = [];
    private ThresholdRule _rule = null!;
    private Instant _evaluatedAt;

    [GlobalSetup(Targets = [
        nameof(DecimalMultiply), nameof(FxRateConvert), nameof(FxRateConvertAmount), nameof(ResolverCachedConvert),
        nameof(ResolverCachedConvertWithBreakdown), nameof(StoreLookup), nameof(CacheLookup), nameof(ResolverLookup)])]
    public void SetupConversion()
    {
        var usd = Currency.FromCode("USD");
        _cny = Currency.FromCode("CNY");
        _pair = new CurrencyPair(usd, _cny);
        _amount = 1234.56m;
        _price = 7.1234m;
        _money = Money.Of(_amount, usd);
        _asOf = Instant.FromUtc(2026, 11, 24, 12, 0);
        _rate = FxRate.Of(_pair, _price, Instant.FromUtc(2026, 11, 24, 0, 0), "benchmark", RateKind.Spot);

        // The path a host uses: a cache in front of a chain of stores, behind a resolver with a staleness policy.
        _store = new InMemoryRateStore([_rate], "store");
        var fallback = new InMemoryRateStore([FxRate.Of(_pair, 7m, Instant.FromUtc(2026, 1, 1, 0, 0), "fallback", RateKind.Spot)], "fallback");
        _cache = new CachingRateProvider(new ChainedRateProvider(_store, fallback));
        _resolver = new FxRateResolver(_cache, StalenessPolicy.MaxAgeOf(Duration.FromDays(5)));
        _ = _resolver.GetRate(_pair, _asOf, RateKind.Spot);
    }

    [GlobalSetup(Targets = [nameof(ThresholdScanDecimalBaseline), nameof(ThresholdEvaluate)])]
    public void SetupThreshold()
    {
        _pair = new CurrencyPair(Currency.FromCode("USD"), Currency.FromCode("CNY"));

        // A deterministic random walk around 7.0 (a fixed-seed xorshift), one two-way quote per minute.
        _minutes = new FxRate[MinuteObservations];
        ulong state = 0x9E3779B97F4A7C15UL;
        var mid = 7.0000m;
        for (var i = 0; i < _minutes.Length; i++)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            var step = ((long)(state % 201UL) - 100L) / 100_000m;
            mid += step;
            mid += (7.0000m - mid) / 2_000m;
            mid = decimal.Round(mid, 5);
            _minutes[i] = FxRate.TwoWay(_pair, mid - 0.0005m, mid, mid + 0.0005m, Start + Duration.FromMinutes(i), "synthetic", RateKind.Spot);
        }

        _evaluatedAt = _minutes[^1].AsOf;
        _rule = ThresholdRule.Create(
            "pause-cny", _pair, ThresholdDirection.FallsBelow, 6.99m, PriceSide.Mid, 0.02m, 2,
            Duration.FromDays(3660), [FxAction.PauseNewOrders]);
    }

    // Convert: USD 1,234.56 at 7.1234, rounded to fen.

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Convert")]
    public decimal DecimalMultiply() => decimal.Round(_amount * _price, 2, MidpointRounding.ToEven);

    [Benchmark]
    [BenchmarkCategory("Convert")]
    public Money FxRateConvert() => _rate.Convert(_money, PriceSide.Mid, MidpointRounding.ToEven).To;

    [Benchmark]
    [BenchmarkCategory("Convert")]
    public Money FxRateConvertAmount() => _rate.ConvertAmount(_money, PriceSide.Mid, MidpointRounding.ToEven);

    [Benchmark]
    [BenchmarkCategory("Convert")]
    public Money ResolverCachedConvert() =>
        _resolver.GetRate(_pair, _asOf, RateKind.Spot).ConvertAmount(_money, PriceSide.Mid, MidpointRounding.ToEven);

    [Benchmark]
    [BenchmarkCategory("Convert")]
    public Money ResolverCachedConvertWithBreakdown() =>
        _resolver.Convert(_money, _cny, _asOf, PriceSide.Mid, MidpointRounding.ToEven, RateKind.Spot).To;

    // Lookup: where the resolver's time goes (no conversion).

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Lookup")]
    public bool StoreLookup() => _store.TryGetRate(_pair, _asOf, RateKind.Spot, out _);

    [Benchmark]
    [BenchmarkCategory("Lookup")]
    public bool CacheLookup() => _cache.TryGetRate(_pair, _asOf, RateKind.Spot, out _);

    [Benchmark]
    [BenchmarkCategory("Lookup")]
    public FxRate ResolverLookup() => _resolver.GetRate(_pair, _asOf, RateKind.Spot);

    // Threshold: one rule over ten years of minute quotes.

    [Benchmark(Baseline = true, OperationsPerInvoke = MinuteObservations)]
    [BenchmarkCategory("Threshold")]
    public int ThresholdScanDecimalBaseline()
    {
        // The bare comparison loop: how many minutes the mid is below the threshold.
        var count = 0;
        foreach (var rate in _minutes)
        {
            if (rate.Mid < 6.99m)
            {
                count++;
            }
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = MinuteObservations)]
    [BenchmarkCategory("Threshold")]
    public int ThresholdEvaluate() => _rule.Evaluate(_minutes, _evaluatedAt).Events.Count;
}
