using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace CrossBorder.Fx;

/// <summary>Asks providers in order and answers with the first that has a rate.</summary>
public sealed class ChainedRateProvider : IExchangeRateProvider
{
    private readonly IExchangeRateProvider[] _providers;

    /// <summary>Chains providers; the first listed is asked first.</summary>
    /// <exception cref="ArgumentException">No provider is given, or one is null.</exception>
    public ChainedRateProvider(params IEnumerable<IExchangeRateProvider> providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        _providers = [.. providers];
        if (_providers.Length == 0 || _providers.Any(p => p is null))
        {
            throw new ArgumentException("A chain needs at least one provider and no null ones.", nameof(providers));
        }
    }

    /// <summary>The providers in the order they are asked.</summary>
    public IReadOnlyList<IExchangeRateProvider> Providers => _providers;

    /// <inheritdoc />
    public string Name => string.Join(" → ", _providers.Select(p => p.Name));

    /// <inheritdoc />
    public bool TryGetRate(CurrencyPair pair, Instant asOf, RateKind kind, [NotNullWhen(true)] out FxRate? rate)
    {
        foreach (var provider in _providers)
        {
            if (provider.TryGetRate(pair, asOf, kind, out rate))
            {
                return true;
            }
        }

        rate = null;
        return false;
    }

    /// <inheritdoc />
    public FxRate? Newest(CurrencyPair pair, RateKind kind)
    {
        FxRate? newest = null;
        foreach (var provider in _providers)
        {
            if (provider.Newest(pair, kind) is { } rate && (newest is null || rate.AsOf > newest.AsOf))
            {
                newest = rate;
            }
        }

        return newest;
    }
}
