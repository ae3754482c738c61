using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// How old a rate may be when used: a rate is stale at instant <c>t</c> when <c>t − AsOf &gt; MaxAge</c>, or when
/// <c>t</c> is past the rate's own <see cref="FxRate.ValidUntil"/>.
/// </summary>
public sealed class StalenessPolicy
{
    private StalenessPolicy(Duration maxAge) => MaxAge = maxAge;

    /// <summary>The largest age allowed.</summary>
    public Duration MaxAge { get; }

    /// <summary>
    /// A policy allowing rates up to <paramref name="maxAge"/> old. For daily rates stamped at the start of their date
    /// and asked for by date (judged at the end of the date), a weekend needs just under 4 days, a weekend plus one
    /// holiday just under 5 days, and a four-day closure such as Easter just under 6 days.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAge"/> is negative.</exception>
    public static StalenessPolicy MaxAgeOf(Duration maxAge) =>
        maxAge < Duration.Zero
            ? throw new ArgumentOutOfRangeException(nameof(maxAge), Invariant($"A maximum age cannot be negative, not {FxText.Format(maxAge)}."))
            : new StalenessPolicy(maxAge);

    /// <summary>Whether <paramref name="rate"/> is stale at <paramref name="asOf"/>.</summary>
    public bool IsStale(FxRate rate, Instant asOf)
    {
        ArgumentNullException.ThrowIfNull(rate);
        return asOf - rate.AsOf > MaxAge || !rate.IsValidAt(asOf);
    }

    /// <inheritdoc />
    public override string ToString() => Invariant($"max age {FxText.Format(MaxAge)}");
}
