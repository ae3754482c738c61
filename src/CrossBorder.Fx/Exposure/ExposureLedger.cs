using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// An immutable ledger of receivables, payables and forecasts in many currencies, netted within each currency and
/// bucketed by calendar month of the due date.
/// </summary>
public sealed class ExposureLedger
{
    private readonly ExposureItem[] _items;

    /// <summary>Creates a ledger.</summary>
    public ExposureLedger(IEnumerable<ExposureItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _items = [.. items];
        if (_items.Any(i => i is null))
        {
            throw new ArgumentException("The ledger contains a null item.", nameof(items));
        }
    }

    /// <summary>The items.</summary>
    public IReadOnlyList<ExposureItem> Items => _items;

    /// <summary>A new ledger with more items (this one is unchanged).</summary>
    public ExposureLedger With(params IEnumerable<ExposureItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return new ExposureLedger(_items.Concat(items));
    }

    /// <summary>The buckets by currency (ordinal code order) then month, netted within each currency and month.</summary>
    /// <exception cref="OverflowException">A bucket's sums are beyond the range of decimal; the message names the currency and month.</exception>
    public IReadOnlyList<ExposureBucket> Buckets() =>
        [.. _items
            .GroupBy(i => (i.Amount.Currency, Month: new YearMonth(i.Due.Year, i.Due.Month)))
            .Select(g =>
            {
                var currency = g.Key.Currency;
                var zero = Money.Of(0m, currency);
                try
                {
                    var bucket = new ExposureBucket(
                        currency,
                        g.Key.Month,
                        g.Where(i => i.Kind == ExposureKind.Receivable).Aggregate(zero, (s, i) => s + i.Amount),
                        g.Where(i => i.Kind == ExposureKind.Payable).Aggregate(zero, (s, i) => s + i.Amount),
                        g.Where(i => i.Kind == ExposureKind.Forecast).Aggregate(zero, (s, i) => s + i.Weighted));
                    _ = bucket.Net;
                    return bucket;
                }
                catch (OverflowException e)
                {
                    throw new OverflowException(Invariant($"The {currency.Code} exposure of {FxText.Format(g.Key.Month)} adds up beyond the range of decimal (±79,228,162,514,264,337,593,543,950,335)."), e);
                }
            })
            .OrderBy(b => b.Currency.Code, StringComparer.Ordinal)
            .ThenBy(b => b.Month)];

    /// <summary>The net exposure in one currency over all months (zero if none).</summary>
    public Money NetExposure(Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return _items.Where(i => i.Amount.Currency.Equals(currency)).Aggregate(Money.Of(0m, currency), (s, i) => s + i.Weighted);
    }

    /// <summary>
    /// Each bucket's net exposure converted into <paramref name="home"/> at the mid of a rate from
    /// <paramref name="rateSet"/> (quoted either way round), rounded.
    /// </summary>
    /// <exception cref="KeyNotFoundException">The rate set has no rate between a bucket's currency and the home currency; the message names both.</exception>
    /// <exception cref="ArgumentException">The home currency has no minor unit (XAU), or the rate set has two rates for the same pair (either way round).</exception>
    public IReadOnlyList<HomeExposure> InHomeCurrency(Currency home, IEnumerable<FxRate> rateSet, MidpointRounding rounding)
    {
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(rateSet);
        if (home.MinorUnit is null)
        {
            throw new ArgumentException(Invariant($"{home.Code} ({home.EnglishName}) has no minor unit to round home amounts to; choose a home currency that has one."), nameof(home));
        }

        var rates = new Dictionary<(Currency, Currency), FxRate>();
        foreach (var rate in rateSet)
        {
            var key = rate.Base.CompareTo(rate.Quote) < 0 ? (rate.Base, rate.Quote) : (rate.Quote, rate.Base);
            if (!rates.TryAdd(key, rate))
            {
                throw new ArgumentException(Invariant($"The rate set has two rates for {rate.Pair} (or its inverse)."), nameof(rateSet));
            }
        }

        return [.. Buckets().Select(b =>
        {
            if (b.Currency.Equals(home))
            {
                return new HomeExposure(b, b.Net.Round(rounding), null);
            }

            var key = b.Currency.CompareTo(home) < 0 ? (b.Currency, home) : (home, b.Currency);
            var rate = rates.TryGetValue(key, out var r)
                ? r
                : throw new KeyNotFoundException(Invariant($"The rate set has no rate between {b.Currency.Code} and {home.Code}."));
            var conversion = rate.Convert(b.Net, PriceSide.Mid, rounding);
            return new HomeExposure(b, conversion.To, conversion);
        })];
    }
}
