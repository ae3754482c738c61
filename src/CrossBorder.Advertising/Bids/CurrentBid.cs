namespace CrossBorder.Advertising;

/// <summary>
/// A target's current base bid and the multipliers that the platform applies on top of it, so that the rational bid can
/// divide them out: effective max CPC = base bid × (1 + placement adjustment) × dynamic factor.
/// </summary>
public sealed class CurrentBid
{
    /// <summary>Creates a current bid.</summary>
    /// <param name="key">The target's key at targeting level (<c>campaign / ad group / targeting</c>, <see cref="AdReport.KeyOf"/>).</param>
    /// <param name="bid">The base bid, positive, in the currency's minor unit.</param>
    /// <exception cref="ArgumentException">The key is empty, or the bid is not positive, is in a currency without a minor unit (such as a fund code), or has more decimals than the currency's minor unit.</exception>
    public CurrentBid(string key, Money bid)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (bid.IsDefault || bid.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(bid), bid.IsDefault ? "default" : bid.ToString(), "A bid is a positive amount.");
        }

        if (bid.Currency.MinorUnit is null)
        {
            throw new ArgumentException($"A bid is in a currency with a minor unit; {bid.Currency.Code} ({bid.Currency.EnglishName}) has none.", nameof(bid));
        }

        if (!bid.IsRounded)
        {
            throw new ArgumentException($"A bid of {bid} has more decimals than the currency's minor unit.", nameof(bid));
        }

        Key = key;
        Bid = bid;
    }

    /// <summary>The target's key.</summary>
    public string Key { get; }

    /// <summary>The base bid.</summary>
    public Money Bid { get; }

    /// <summary>
    /// The placement adjustment applied to the clicks the report counts (for example +50% top of search), 0 to 900%
    /// (Amazon's range). Default 0.
    /// </summary>
    public Percentage PlacementAdjustment
    {
        get;
        init => field = value >= Percentage.Zero && value <= Percentage.FromPercent(900m) ? value : throw new ArgumentOutOfRangeException(nameof(PlacementAdjustment), value, "A placement adjustment is 0 to 900%.");
    }

    /// <summary>
    /// The average factor by which dynamic bidding moved the bid (1 for fixed bids; up to 2 for "up and down" at top of
    /// search; below 1 for "down only"). Above 0, at most 2. Default 1.
    /// </summary>
    public decimal DynamicFactor
    {
        get;
        init => field = value > 0m && value <= 2m ? value : throw new ArgumentOutOfRangeException(nameof(DynamicFactor), value, "A dynamic-bidding factor is above 0 and at most 2.");
    } = 1m;

    /// <summary>(1 + placement adjustment) × dynamic factor: what the base bid is multiplied by.</summary>
    public decimal Multiplier => (1m + PlacementAdjustment.Fraction) * DynamicFactor;
}
