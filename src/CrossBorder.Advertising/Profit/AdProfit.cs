namespace CrossBorder.Advertising;

/// <summary>
/// What a unit earns before advertising, per unit and in one currency: the price the buyer pays, and every cost that is
/// not advertising (cost of goods, referral and fulfilment fees, shipping, a returns allowance). The break-even ACoS is
/// the pre-ad margin as a share of the price.
/// </summary>
public sealed class UnitProfit
{
    /// <summary>Creates the unit economics of one unit.</summary>
    /// <param name="price">The price the buyer pays (net of VAT where VAT is included, so that sales and price compare).</param>
    /// <param name="costOfGoods">Purchase cost landed at the warehouse.</param>
    /// <param name="referralFee">The marketplace's referral fee per unit.</param>
    /// <param name="fulfilmentFee">Pick, pack and ship per unit.</param>
    /// <param name="shipping">Other shipping per unit.</param>
    /// <param name="returnsAllowance">Returns cost per unit sold (return rate × cost per return).</param>
    /// <exception cref="ArgumentException">The price is not positive, a cost is negative, or an amount is in another currency.</exception>
    public UnitProfit(Money price, Money costOfGoods, Money? referralFee = null, Money? fulfilmentFee = null, Money? shipping = null, Money? returnsAllowance = null)
    {
        if (price.IsDefault || price.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(price), price.IsDefault ? "default" : price.ToString(), "A price is positive.");
        }

        var currency = price.Currency;
        Money Cost(Money? cost, string name)
        {
            var value = cost ?? Money.Zero(currency);
            if (value.IsDefault || value.IsNegative)
            {
                throw new ArgumentOutOfRangeException(name, value.IsDefault ? "default" : value.ToString(), "A cost is not negative.");
            }

            return value.Currency == currency ? value : throw new CurrencyMismatchException(currency, value.Currency, "compute a unit's profit");
        }

        Price = price;
        CostOfGoods = Cost(costOfGoods, nameof(costOfGoods));
        ReferralFee = Cost(referralFee, nameof(referralFee));
        FulfilmentFee = Cost(fulfilmentFee, nameof(fulfilmentFee));
        Shipping = Cost(shipping, nameof(shipping));
        ReturnsAllowance = Cost(returnsAllowance, nameof(returnsAllowance));
    }

    /// <summary>The price.</summary>
    public Money Price { get; }

    /// <summary>Cost of goods.</summary>
    public Money CostOfGoods { get; }

    /// <summary>Referral fee.</summary>
    public Money ReferralFee { get; }

    /// <summary>Fulfilment fee.</summary>
    public Money FulfilmentFee { get; }

    /// <summary>Shipping.</summary>
    public Money Shipping { get; }

    /// <summary>Returns allowance.</summary>
    public Money ReturnsAllowance { get; }

    /// <summary>What a unit earns before advertising (may be negative).</summary>
    public Money PreAdProfit => Price - CostOfGoods - ReferralFee - FulfilmentFee - Shipping - ReturnsAllowance;

    /// <summary>
    /// The break-even ACoS: pre-ad profit ÷ price. Ads at this ACoS spend exactly what the sale earns; a negative value
    /// means the unit loses money before any ad.
    /// </summary>
    public Percentage BreakEvenAcos => Percentage.FromFraction(PreAdProfit.Amount / Price.Amount);

    /// <summary>The break-even ROAS, 1 ÷ break-even ACoS; infinite when the unit earns nothing before ads.</summary>
    public Ratio BreakEvenRoas => PreAdProfit.Amount <= 0m ? Ratio.Infinite : Ratio.Of(Price.Amount, PreAdProfit.Amount);

    /// <summary>
    /// The target ACoS that leaves <paramref name="desiredMargin"/> of the price after ads: break-even ACoS − desired
    /// margin.
    /// </summary>
    /// <exception cref="ArgumentException">The desired margin is negative or leaves no room for ads (the target would be zero or less).</exception>
    public Percentage TargetAcos(Percentage desiredMargin)
    {
        if (desiredMargin < Percentage.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(desiredMargin), desiredMargin, "A desired margin is not negative.");
        }

        var target = BreakEvenAcos - desiredMargin;
        return target > Percentage.Zero
            ? target
            : throw new ArgumentException($"A {desiredMargin} margin after ads leaves no room for ads: the pre-ad margin is {BreakEvenAcos}.", nameof(desiredMargin));
    }
}
