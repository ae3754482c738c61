using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace CrossBorder.Fx;

/// <summary>
/// A source of rates: the newest rate of a kind for a pair, as of an instant. A provider answers only for the pair
/// exactly as asked (no inversion, no triangulation, no staleness check); <see cref="FxRateResolver"/> adds those.
/// </summary>
public interface IExchangeRateProvider
{
    /// <summary>A short name for messages: "ECB sample", "in-memory".</summary>
    string Name { get; }

    /// <summary>The newest rate of <paramref name="kind"/> for <paramref name="pair"/> with <see cref="FxRate.AsOf"/> at or before <paramref name="asOf"/>.</summary>
    /// <returns>Whether the provider has one.</returns>
    bool TryGetRate(CurrencyPair pair, Instant asOf, RateKind kind, [NotNullWhen(true)] out FxRate? rate);

    /// <summary>The newest rate of <paramref name="kind"/> for <paramref name="pair"/> the provider holds at all, for error messages; null if none or unknown.</summary>
    FxRate? Newest(CurrencyPair pair, RateKind kind);
}
