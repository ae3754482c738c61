using System.Diagnostics.CodeAnalysis;
using CrossBorder.Fx.Internal;
using NodaTime;

namespace CrossBorder.Fx;

/// <summary>Date-based lookups on any <see cref="IExchangeRateProvider"/>.</summary>
public static class ExchangeRateProviderExtensions
{
    /// <summary>
    /// The newest rate of <paramref name="kind"/> for <paramref name="pair"/> stamped on or before <paramref name="date"/>
    /// (any instant of that date, UTC). No inversion, triangulation or staleness check: use <see cref="FxRateResolver"/> for those.
    /// </summary>
    public static bool TryGetRate(this IExchangeRateProvider provider, CurrencyPair pair, LocalDate date, RateKind kind, [NotNullWhen(true)] out FxRate? rate)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return provider.TryGetRate(pair, FxText.EndOf(date), kind, out rate);
    }
}
