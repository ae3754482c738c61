using System.Diagnostics.CodeAnalysis;
using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// Finds the rate to use for a pair at an instant and fails loudly when there is none or it is stale.
/// </summary>
/// <remarks>
/// <para>Order of search: the pair as quoted; its inverse (derived, recorded in <see cref="FxRate.Legs"/>); only when
/// neither exists at all, a cross rate through each pivot currency in order (EUR, then USD by default), with both legs
/// recorded. A direct rate that exists but is stale is reported as stale — it is not replaced by a fresher cross rate.</para>
/// <para>The resolver is immutable and thread-safe; caching is the business of <see cref="CachingRateProvider"/>.</para>
/// </remarks>
public sealed class FxRateResolver
{
    private readonly Currency[] _pivots;

    /// <summary>Creates a resolver.</summary>
    /// <param name="provider">Where rates come from (a store, a chain).</param>
    /// <param name="staleness">How old a rate may be.</param>
    /// <param name="pivots">Currencies to triangulate through, in order; null for EUR then USD.</param>
    public FxRateResolver(IExchangeRateProvider provider, StalenessPolicy staleness, IEnumerable<Currency>? pivots = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(staleness);
        Provider = provider;
        Staleness = staleness;
        _pivots = pivots is null ? [Currency.FromCode("EUR"), Currency.FromCode("USD")] : [.. pivots.Distinct()];
    }

    /// <summary>The provider asked.</summary>
    public IExchangeRateProvider Provider { get; }

    /// <summary>The staleness policy.</summary>
    public StalenessPolicy Staleness { get; }

    /// <summary>The pivot currencies, in the order they are tried.</summary>
    public IReadOnlyList<Currency> Pivots => _pivots;

    /// <summary>The rate for <paramref name="pair"/> as of <paramref name="asOf"/>.</summary>
    /// <exception cref="CurrencyWithdrawnException">The quote currency (the target of a conversion from base) was withdrawn before the UTC date of <paramref name="asOf"/>.</exception>
    /// <exception cref="RateNotFoundException">No rate exists, directly, inverted or via a pivot.</exception>
    /// <exception cref="StaleRateException">The rate found is stale under <see cref="Staleness"/>.</exception>
    public FxRate GetRate(CurrencyPair pair, Instant asOf, RateKind kind)
    {
        if (pair.Equals(default(CurrencyPair)))
        {
            throw new ArgumentException("The currency pair is default(CurrencyPair).", nameof(pair));
        }

        CurrencyWithdrawnException.ThrowIfWithdrawn(pair.Quote, asOf.InUtc().Date, nameof(pair));

        if (!TryFind(pair, asOf, kind, out var rate))
        {
            var newest = Provider.Newest(pair, kind) ?? Provider.Newest(pair.Inverse(), kind);
            throw new RateNotFoundException(pair, asOf, kind, newest, Provider.Name);
        }

        return Staleness.IsStale(rate, asOf) ? throw new StaleRateException(pair, asOf, rate, Staleness.MaxAge) : rate;
    }

    /// <summary>The rate for <paramref name="pair"/> for a date: the newest stamped on or before that date (UTC), judged for staleness at the end of the date.</summary>
    /// <exception cref="CurrencyWithdrawnException">The quote currency was withdrawn before <paramref name="date"/>.</exception>
    /// <exception cref="RateNotFoundException">No rate exists, directly, inverted or via a pivot.</exception>
    /// <exception cref="StaleRateException">The rate found is stale under <see cref="Staleness"/>.</exception>
    public FxRate GetRate(CurrencyPair pair, LocalDate date, RateKind kind) => GetRate(pair, FxText.EndOf(date), kind);

    /// <summary>Converts <paramref name="money"/> into <paramref name="target"/> with the rate as of <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="target"/> is the money's own currency, or was withdrawn before the UTC date of <paramref name="asOf"/> (<see cref="CurrencyWithdrawnException"/>).</exception>
    /// <exception cref="RateNotFoundException">No rate exists.</exception>
    /// <exception cref="StaleRateException">The rate found is stale.</exception>
    public Conversion Convert(Money money, Currency target, Instant asOf, PriceSide side, MidpointRounding rounding, RateKind kind)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (money.Currency.Equals(target))
        {
            throw new ArgumentException(Invariant($"{money} is already in {target.Code}."), nameof(target));
        }

        return GetRate(new CurrencyPair(money.Currency, target), asOf, kind).Convert(money, side, rounding);
    }

    private bool TryFind(CurrencyPair pair, Instant asOf, RateKind kind, [NotNullWhen(true)] out FxRate? rate)
    {
        if (TryDirectOrInverse(pair, asOf, kind, out rate))
        {
            return true;
        }

        foreach (var pivot in _pivots)
        {
            if (pair.Contains(pivot))
            {
                continue;
            }

            if (TryDirectOrInverse(new CurrencyPair(pair.Base, pivot), asOf, kind, out var first) &&
                TryDirectOrInverse(new CurrencyPair(pivot, pair.Quote), asOf, kind, out var second))
            {
                rate = first.Cross(second);
                return true;
            }
        }

        rate = null;
        return false;
    }

    private bool TryDirectOrInverse(CurrencyPair pair, Instant asOf, RateKind kind, [NotNullWhen(true)] out FxRate? rate)
    {
        if (Provider.TryGetRate(pair, asOf, kind, out rate))
        {
            return true;
        }

        if (Provider.TryGetRate(pair.Inverse(), asOf, kind, out var inverse))
        {
            rate = inverse.Inverse();
            return true;
        }

        return false;
    }
}
