using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// An exchange rate with its provenance: a <see cref="CurrencyPair"/> (quote units per one base unit), a two-way
/// price (bid ≤ mid ≤ ask), the instant it is as of, how long it is valid, who published it, what kind of rate it
/// is, and — for inverse and cross rates — the chain of rates it was derived from.
/// </summary>
/// <remarks>
/// Instances are immutable. Inverse and cross rates use exact <see cref="decimal"/> arithmetic (28 significant
/// digits); nothing is rounded until a <see cref="Convert(Money, PriceSide, MidpointRounding)"/> names its rounding.
/// </remarks>
public sealed class FxRate : IEquatable<FxRate>
{
    private readonly FxRate[] _legs;

    private FxRate(
        CurrencyPair pair, decimal bid, decimal mid, decimal ask, Instant asOf, Instant? validUntil,
        string source, RateKind kind, RateOrigin origin, FxRate[] legs)
    {
        Pair = pair;
        Bid = bid;
        Mid = mid;
        Ask = ask;
        AsOf = asOf;
        ValidUntil = validUntil;
        Source = source;
        Kind = kind;
        Origin = origin;
        _legs = legs;
    }

    /// <summary>The pair: the rate is the number of <see cref="CurrencyPair.Quote"/> units per one <see cref="CurrencyPair.Base"/> unit.</summary>
    public CurrencyPair Pair { get; }

    /// <summary>The bid price; equal to <see cref="Mid"/> for a one-way quote.</summary>
    public decimal Bid { get; }

    /// <summary>The mid price.</summary>
    public decimal Mid { get; }

    /// <summary>The ask (offer) price; equal to <see cref="Mid"/> for a one-way quote.</summary>
    public decimal Ask { get; }

    /// <summary>The instant the rate is as of. A rate published for a date (such as an ECB reference rate) is stamped at the start of that date, UTC.</summary>
    public Instant AsOf { get; }

    /// <summary>The last instant the rate may be used, if its source limits it (a payment provider's locked quote); null when open.</summary>
    public Instant? ValidUntil { get; }

    /// <summary>Who published the rate, or how it was derived: "ECB euro foreign exchange reference rates".</summary>
    public string Source { get; }

    /// <summary>What kind of rate it is.</summary>
    public RateKind Kind { get; }

    /// <summary>Whether the rate was quoted, inverted or crossed.</summary>
    public RateOrigin Origin { get; }

    /// <summary>The rates this one was derived from: none for a quoted rate, one for an inverse, two for a cross rate (oriented as X/C and C/Y).</summary>
    public IReadOnlyList<FxRate> Legs => _legs;

    /// <summary>The base currency.</summary>
    public Currency Base => Pair.Base;

    /// <summary>The quote currency.</summary>
    public Currency Quote => Pair.Quote;

    /// <summary>The spread between ask and bid, in quote units per base unit.</summary>
    public decimal Spread => Ask - Bid;

    /// <summary>Creates a one-way rate: bid = mid = ask.</summary>
    /// <param name="pair">The pair.</param>
    /// <param name="mid">Quote units per base unit; positive.</param>
    /// <param name="asOf">The instant the rate is as of.</param>
    /// <param name="source">Who published it; not blank.</param>
    /// <param name="kind">What kind of rate it is.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mid"/> is zero or negative.</exception>
    /// <exception cref="ArgumentException">The pair is default, or the source is blank.</exception>
    public static FxRate Of(CurrencyPair pair, decimal mid, Instant asOf, string source, RateKind kind) =>
        TwoWay(pair, mid, mid, mid, asOf, source, kind);

    /// <summary>Creates a two-way rate with bid ≤ mid ≤ ask, optionally valid only until an instant (a locked quote).</summary>
    /// <param name="pair">The pair.</param>
    /// <param name="bid">The bid; positive, not above <paramref name="mid"/>.</param>
    /// <param name="mid">The mid; positive.</param>
    /// <param name="ask">The ask; not below <paramref name="mid"/>.</param>
    /// <param name="asOf">The instant the rate is as of.</param>
    /// <param name="source">Who published it; not blank.</param>
    /// <param name="kind">What kind of rate it is.</param>
    /// <param name="validUntil">The last instant it may be used, if limited; not before <paramref name="asOf"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A price is zero or negative, the prices are out of order, or <paramref name="validUntil"/> is before <paramref name="asOf"/>.</exception>
    /// <exception cref="ArgumentException">The pair is default, or the source is blank.</exception>
    public static FxRate TwoWay(
        CurrencyPair pair, decimal bid, decimal mid, decimal ask, Instant asOf, string source,
        RateKind kind, Instant? validUntil = null)
    {
        if (pair.Equals(default(CurrencyPair)))
        {
            throw new ArgumentException("The currency pair is default(CurrencyPair).", nameof(pair));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (mid <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(mid), mid, Invariant($"The mid rate of {pair} must be positive, not {FxText.Format(mid)}."));
        }

        if (bid <= 0m || bid > mid)
        {
            throw new ArgumentOutOfRangeException(nameof(bid), bid, Invariant($"The bid of {pair} must be positive and not above the mid {FxText.Format(mid)}, not {FxText.Format(bid)}."));
        }

        if (ask < mid)
        {
            throw new ArgumentOutOfRangeException(nameof(ask), ask, Invariant($"The ask of {pair} must not be below the mid {FxText.Format(mid)}, not {FxText.Format(ask)}."));
        }

        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown rate kind.");
        }

        if (validUntil is { } until && until < asOf)
        {
            throw new ArgumentOutOfRangeException(nameof(validUntil), Invariant($"The rate of {pair} is valid until {FxText.Format(until)}, before it is as of {FxText.Format(asOf)}."));
        }

        return new FxRate(pair, bid, mid, ask, asOf, validUntil, source, kind, RateOrigin.Quoted, []);
    }

    /// <summary>The price on one side.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="side"/> is not a defined value.</exception>
    public decimal Price(PriceSide side) => side switch
    {
        PriceSide.Bid => Bid,
        PriceSide.Mid => Mid,
        PriceSide.Ask => Ask,
        _ => throw new ArgumentOutOfRangeException(nameof(side), side, "Unknown price side."),
    };

    /// <summary>Whether <paramref name="instant"/> is within the rate's own validity: true when <see cref="ValidUntil"/> is null or not passed. Age is the business of <see cref="StalenessPolicy"/>.</summary>
    public bool IsValidAt(Instant instant) => ValidUntil is not { } until || instant <= until;

    /// <summary>
    /// The rate the other way round: CNY/USD for USD/CNY. Mid is 1/mid; bid is 1/ask and ask is 1/bid, because
    /// selling the new base is buying the old one. The result records this rate as its only leg.
    /// </summary>
    public FxRate Inverse() =>
        new(Pair.Inverse(), 1m / Ask, 1m / Mid, 1m / Bid, AsOf, ValidUntil, Invariant($"inverse of {Pair} ({Source})"), Kind, RateOrigin.Inverted, [this]);

    /// <summary>
    /// The cross rate through the one currency this rate and <paramref name="other"/> share: EUR/USD and USD/CNY give
    /// EUR/CNY; either may be quoted either way round (it is inverted first, and the inverse is recorded).
    /// Bid, mid and ask are the products of the legs' bids, mids and asks. The cross rate is as of the older leg and
    /// valid until the earlier limit, so a staleness check sees its weakest leg.
    /// </summary>
    /// <exception cref="ArgumentException">The rates share no currency, share both, or are of different kinds.</exception>
    public FxRate Cross(FxRate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Kind != Kind)
        {
            throw new ArgumentException(Invariant($"Cannot cross a {Kind} rate of {Pair} with a {other.Kind} rate of {other.Pair}."), nameof(other));
        }

        var first = Quote.Equals(other.Base) || Quote.Equals(other.Quote) ? this : Inverse();
        var common = first.Quote;
        if (!other.Pair.Contains(common) || other.Pair.Equals(first.Pair) || other.Pair.Equals(first.Pair.Inverse()))
        {
            throw new ArgumentException(Invariant($"{Pair} and {other.Pair} share no single currency to cross through."), nameof(other));
        }

        var second = other.Base.Equals(common) ? other : other.Inverse();
        var asOf = first.AsOf < second.AsOf ? first.AsOf : second.AsOf;
        Instant? validUntil = (first.ValidUntil, second.ValidUntil) switch
        {
            ({ } a, { } b) => a < b ? a : b,
            ({ } a, null) => a,
            (null, { } b) => b,
            _ => null,
        };
        return new FxRate(
            new CurrencyPair(first.Base, second.Quote),
            first.Bid * second.Bid,
            first.Mid * second.Mid,
            first.Ask * second.Ask,
            asOf,
            validUntil,
            Invariant($"cross of {first.Pair} × {second.Pair} via {common.Code}"),
            Kind,
            RateOrigin.Crossed,
            [first, second]);
    }

    /// <summary>
    /// Converts money in either currency of the pair into the other at the price on <paramref name="side"/>, rounded
    /// to the target currency's minor unit: base → quote multiplies by the price, quote → base divides by it.
    /// </summary>
    /// <exception cref="ArgumentException">The money is in neither currency of the pair.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The converted amount is beyond the range of decimal.</exception>
    /// <exception cref="InvalidOperationException">The target currency has no minor unit.</exception>
    public Conversion Convert(Money money, PriceSide side, MidpointRounding rounding)
    {
        var exact = ConvertExact(money, side);
        return new Conversion(money, exact.Round(rounding), exact.Amount, this, side, rounding);
    }

    /// <summary>
    /// The converted money only, without the <see cref="Conversion"/> breakdown: the same amount as
    /// <c>Convert(money, side, rounding).To</c>, but allocation-free, for hot paths that price many amounts with one rate.
    /// </summary>
    /// <exception cref="ArgumentException">The money is in neither currency of the pair.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The converted amount is beyond the range of decimal.</exception>
    /// <exception cref="InvalidOperationException">The target currency has no minor unit.</exception>
    public Money ConvertAmount(Money money, PriceSide side, MidpointRounding rounding) => ConvertExact(money, side).Round(rounding);

    /// <summary>Converts at the mid price. <inheritdoc cref="Convert(Money, PriceSide, MidpointRounding)" path="/summary" /></summary>
    /// <exception cref="ArgumentException">The money is in neither currency of the pair.</exception>
    public Conversion Convert(Money money, MidpointRounding rounding) => Convert(money, PriceSide.Mid, rounding);

    /// <summary>
    /// Converts at the side a client dealing with the quoting party gets: selling base for quote at the
    /// <see cref="Bid"/>, buying base with quote at the <see cref="Ask"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The money is in neither currency of the pair.</exception>
    public Conversion ConvertAsClient(Money money, MidpointRounding rounding) =>
        Convert(money, money.Currency.Equals(Base) ? PriceSide.Bid : PriceSide.Ask, rounding);

    /// <summary>The mid rate as a Core <see cref="ExchangeRate"/> for the UTC date of <see cref="AsOf"/>.</summary>
    public ExchangeRate ToExchangeRate() => new(Pair, Mid, AsOf.InUtc().Date);

    /// <inheritdoc />
    public bool Equals(FxRate? other) =>
        other is not null && Pair.Equals(other.Pair) && Bid == other.Bid && Mid == other.Mid && Ask == other.Ask &&
        AsOf == other.AsOf && ValidUntil == other.ValidUntil && Kind == other.Kind && Origin == other.Origin &&
        string.Equals(Source, other.Source, StringComparison.Ordinal) && _legs.SequenceEqual(other._legs);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FxRate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Pair, Mid, AsOf, Kind, Origin);

    /// <summary><c>USD/CNY 7.1 (bid 7.09, ask 7.11) Spot as of 2026-11-24T00:00:00Z [source]</c>.</summary>
    public override string ToString()
    {
        var prices = Bid == Ask ? FxText.Format(Mid) : Invariant($"{FxText.Format(Mid)} (bid {FxText.Format(Bid)}, ask {FxText.Format(Ask)})");
        return Invariant($"{Pair} {prices} {Kind} as of {FxText.Format(AsOf)} [{Source}]");
    }

    private Money ConvertExact(Money money, PriceSide side)
    {
        var price = Price(side);
        var toQuote = money.Currency.Equals(Base);
        if (!toQuote && !money.Currency.Equals(Quote))
        {
            throw new ArgumentException(Invariant($"{money} is in neither currency of {Pair}."), nameof(money));
        }

        try
        {
            return toQuote ? new Money(money.Amount * price, Quote) : new Money(money.Amount / price, Base);
        }
        catch (OverflowException e)
        {
            throw new ArgumentOutOfRangeException(
                nameof(money),
                Invariant($"{money} {(toQuote ? "×" : "÷")} {FxText.Format(price)} ({Pair} {side}) is beyond the range of decimal (±79,228,162,514,264,337,593,543,950,335); convert a smaller amount.")) { HResult = e.HResult };
        }
    }
}
