using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>No rate of the kind exists for the pair at or before the instant, directly, inverted or through a pivot currency.</summary>
public sealed class RateNotFoundException : InvalidOperationException
{
    /// <summary>Creates the exception; the message names the pair, the instant, the kind and the newest rate available.</summary>
    public RateNotFoundException(CurrencyPair pair, Instant asOf, RateKind kind, FxRate? newestAvailable, string providerName)
        : base(BuildMessage(pair, asOf, kind, newestAvailable, providerName))
    {
        Pair = pair;
        AsOf = asOf;
        Kind = kind;
        NewestAvailable = newestAvailable;
    }

    /// <summary>The pair asked for.</summary>
    public CurrencyPair Pair { get; }

    /// <summary>The instant asked for.</summary>
    public Instant AsOf { get; }

    /// <summary>The kind asked for.</summary>
    public RateKind Kind { get; }

    /// <summary>The newest rate of the pair (or its inverse) the providers hold at all, if any — typically one after <see cref="AsOf"/>.</summary>
    public FxRate? NewestAvailable { get; }

    private static string BuildMessage(CurrencyPair pair, Instant asOf, RateKind kind, FxRate? newest, string providerName) =>
        Invariant($"No {kind} rate for {pair} as of {FxText.Format(asOf)} from {providerName}") +
        (newest is null
            ? "; it holds no rate of that pair or its inverse, and no cross rate through a pivot currency is available then."
            : Invariant($"; the newest available is {newest.Pair} as of {FxText.Format(newest.AsOf)}."));
}

/// <summary>The newest rate found is older than the staleness policy allows, or past its validity. Nothing falls back silently.</summary>
public sealed class StaleRateException : InvalidOperationException
{
    /// <summary>Creates the exception; the message names the pair, the instant, the rate found and its age.</summary>
    public StaleRateException(CurrencyPair pair, Instant asOf, FxRate newestAvailable, Duration maxAge)
        : base(BuildMessage(pair, asOf, newestAvailable, maxAge))
    {
        ArgumentNullException.ThrowIfNull(newestAvailable);
        Pair = pair;
        AsOf = asOf;
        NewestAvailable = newestAvailable;
        MaxAge = maxAge;
    }

    /// <summary>The pair asked for.</summary>
    public CurrencyPair Pair { get; }

    /// <summary>The instant asked for.</summary>
    public Instant AsOf { get; }

    /// <summary>The newest rate found, which is stale.</summary>
    public FxRate NewestAvailable { get; }

    /// <summary>The largest age the policy allows.</summary>
    public Duration MaxAge { get; }

    /// <summary>How old the rate found is at <see cref="AsOf"/>.</summary>
    public Duration Age => AsOf - NewestAvailable.AsOf;

    private static string BuildMessage(CurrencyPair pair, Instant asOf, FxRate rate, Duration maxAge)
    {
        ArgumentNullException.ThrowIfNull(rate);
        var reason = rate.ValidUntil is { } until && asOf > until
            ? Invariant($"it expired at {FxText.Format(until)}")
            : Invariant($"it is {FxText.Format(asOf - rate.AsOf)} old and the policy allows at most {FxText.Format(maxAge)}");
        return Invariant($"The {rate.Kind} rate for {pair} as of {FxText.Format(asOf)} is stale: the newest available is {rate.Pair} as of {FxText.Format(rate.AsOf)} [{rate.Source}], and {reason}.");
    }
}

/// <summary>
/// A currency was used on a date after ISO 4217 withdrew it (HRK after 2022-12-31, when Croatia adopted the euro):
/// it cannot be the target of a conversion, the currency of a charge or a hedged exposure then.
/// </summary>
public sealed class CurrencyWithdrawnException : ArgumentException
{
    /// <summary>Creates the exception; the message names the currency, its last valid day and the date asked.</summary>
    public CurrencyWithdrawnException(Currency currency, LocalDate date, string? paramName)
        : base(BuildMessage(currency, date), paramName)
    {
        ArgumentNullException.ThrowIfNull(currency);
        Currency = currency;
        Date = date;
    }

    /// <summary>The withdrawn currency.</summary>
    public Currency Currency { get; }

    /// <summary>The date it was asked for, after its last valid day.</summary>
    public LocalDate Date { get; }

    /// <summary>Throws unless <paramref name="currency"/> is valid on <paramref name="date"/> (not yet withdrawn).</summary>
    /// <exception cref="CurrencyWithdrawnException">The currency's last valid day is before <paramref name="date"/>.</exception>
    public static void ThrowIfWithdrawn(Currency currency, LocalDate date, string? paramName)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (currency.ValidTo is { } last && date > last)
        {
            throw new CurrencyWithdrawnException(currency, date, paramName);
        }
    }

    private static string BuildMessage(Currency currency, LocalDate date) =>
        currency?.ValidTo is { } last
            ? Invariant($"{currency.Code} ({currency.EnglishName}) was withdrawn after {FxText.Format(last)}; it cannot be used on {FxText.Format(date)}.")
            : Invariant($"{currency?.Code} is not valid on {FxText.Format(date)}.");
}
