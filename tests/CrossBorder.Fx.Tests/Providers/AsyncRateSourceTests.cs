using NodaTime;
using static CrossBorder.Fx.Tests.Helpers.Fx;

namespace CrossBorder.Fx.Tests.Providers;

public class AsyncRateSourceTests
{
    /// <summary>A source that answers after yielding, as a database call would, and records what it was asked.</summary>
    private sealed class SlowSource(params FxRate[] rates) : IAsyncRateSource
    {
        public string Name => "rates db";

        public Interval? Asked { get; private set; }

        public async ValueTask<IReadOnlyList<FxRate>> LoadAsync(Interval window, CancellationToken cancellationToken)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            Asked = window;
            return rates;
        }
    }

    private static readonly Interval November = new(Day(2026, 11, 1), Day(2026, 12, 1));

    [Fact]
    public async Task A_loaded_snapshot_answers_the_synchronous_chain()
    {
        var source = new SlowSource(Rate("EUR/USD", 1.05m, Day(2026, 11, 19)), Rate("EUR/CNY", 7.455m, Day(2026, 11, 19)));
        var store = await InMemoryRateStore.LoadAsync(source, November, CancellationToken.None);
        Assert.Equal(November, source.Asked);
        Assert.Equal(("rates db snapshot", 2), (store.Name, store.Count));

        // USD/CNY through EUR: 7.455 / 1.05.
        var resolver = new FxRateResolver(store, StalenessPolicy.MaxAgeOf(Duration.FromDays(5)));
        Assert.Equal(7.455m / 1.05m, resolver.GetRate(Pair("USD/CNY"), new LocalDate(2026, 11, 20), RateKind.Spot).Mid, 20);
        Assert.Contains("rates db snapshot", Assert.Throws<RateNotFoundException>(() => resolver.GetRate(Pair("GBP/CNY"), new LocalDate(2026, 11, 20), RateKind.Spot)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rates_outside_the_window_nulls_and_cancellation_are_refused()
    {
        var outside = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            InMemoryRateStore.LoadAsync(new SlowSource(Rate("EUR/USD", 1.05m, Day(2026, 12, 1))), November, CancellationToken.None).AsTask());
        Assert.Contains("'rates db' returned EUR/USD 1.05", outside.Message, StringComparison.Ordinal);
        Assert.Contains("outside the window", outside.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidOperationException>(() => InMemoryRateStore.LoadAsync(new SlowSource(null!), November, CancellationToken.None).AsTask());
        await Assert.ThrowsAsync<ArgumentException>(() =>
            InMemoryRateStore.LoadAsync(new SlowSource(Rate("EUR/USD", 1.05m, Day(2026, 11, 2)), Rate("EUR/USD", 1.06m, Day(2026, 11, 2))), November, CancellationToken.None).AsTask());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => InMemoryRateStore.LoadAsync(new SlowSource(), November, cancelled.Token).AsTask());
        Assert.Equal("source", (await Assert.ThrowsAsync<ArgumentNullException>(() => InMemoryRateStore.LoadAsync(null!, November, CancellationToken.None).AsTask())).ParamName);
    }
}
