using NodaTime;

namespace CrossBorder.Fx;

/// <summary>
/// A source of rates that has to wait for them — a database, an HTTP cache, a message queue — read in bulk into an
/// immutable <see cref="InMemoryRateStore"/> snapshot (<see cref="InMemoryRateStore.LoadAsync"/>) that the
/// synchronous provider chain then answers from. See docs/adr/0007-fx-async-providers.md.
/// </summary>
public interface IAsyncRateSource
{
    /// <summary>A short name for messages: "rates database".</summary>
    string Name { get; }

    /// <summary>The rates the source holds with <see cref="FxRate.AsOf"/> in <paramref name="window"/> (start inclusive, end exclusive), in any order.</summary>
    /// <param name="window">The as-of instants wanted; include enough before the first query for the staleness policy to find the latest rate.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    ValueTask<IReadOnlyList<FxRate>> LoadAsync(Interval window, CancellationToken cancellationToken);
}
