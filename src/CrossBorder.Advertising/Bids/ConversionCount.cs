using System.Globalization;

namespace CrossBorder.Advertising;

/// <summary>
/// Clicks and the orders they converted into: the binomial count behind a conversion rate. Orders never exceed clicks
/// (each click converts at most once in the binomial model); a report row where Amazon attributes more orders than
/// clicks is counted as <see cref="Capped"/> and the recommendation built on it says so.
/// </summary>
public readonly struct ConversionCount : IEquatable<ConversionCount>
{
    /// <summary>Creates a count.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or orders exceed clicks.</exception>
    public ConversionCount(long orders, long clicks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(orders);
        ArgumentOutOfRangeException.ThrowIfNegative(clicks);
        if (orders > clicks)
        {
            throw new ArgumentOutOfRangeException(nameof(orders), orders, string.Create(CultureInfo.InvariantCulture, $"{orders} orders exceed {clicks} clicks: use Capped to count them as a binomial trial."));
        }

        Orders = orders;
        Clicks = clicks;
    }

    /// <summary>
    /// The count with orders capped at clicks (Amazon may attribute two orders to one click within the window); whether
    /// the cap applied is <see cref="OrdersExceedClicks(AdMetrics)"/>.
    /// </summary>
    public static ConversionCount Capped(AdMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return new(Math.Min(metrics.Orders, metrics.Clicks), metrics.Clicks);
    }

    /// <summary>Whether <paramref name="metrics"/> attributes more orders than clicks.</summary>
    public static bool OrdersExceedClicks(AdMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return metrics.Orders > metrics.Clicks;
    }

    /// <summary>Orders (successes).</summary>
    public long Orders { get; }

    /// <summary>Clicks (trials).</summary>
    public long Clicks { get; }

    /// <summary>Clicks without an order.</summary>
    public long Failures => Clicks - Orders;

    /// <summary>Orders ÷ clicks, or null without clicks.</summary>
    public double? Rate => Clicks == 0 ? null : (double)Orders / Clicks;

    /// <inheritdoc />
    public bool Equals(ConversionCount other) => Orders == other.Orders && Clicks == other.Clicks;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ConversionCount other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Orders, Clicks);

    /// <summary><c>2/38</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Orders}/{Clicks}");

    /// <summary>Equality.</summary>
    public static bool operator ==(ConversionCount left, ConversionCount right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(ConversionCount left, ConversionCount right) => !left.Equals(right);
}
