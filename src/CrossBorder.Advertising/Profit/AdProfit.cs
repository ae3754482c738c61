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

/// <summary>
/// Targets on TACoS (ad spend ÷ total sales, organic included), which sellers use once ads and organic sales feed each
/// other: the spend a target allows, and the ACoS that meets it given the share of sales the ads bring.
/// </summary>
public static class TacosTarget
{
    /// <summary>The ad spend that <paramref name="targetTacos"/> allows on <paramref name="totalSales"/>: TACoS × total sales, exact.</summary>
    /// <exception cref="ArgumentException">The sales are negative or the target is not above 0% and below 100%.</exception>
    public static Money SpendFor(Money totalSales, Percentage targetTacos)
    {
        if (totalSales.IsDefault || totalSales.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(totalSales), totalSales.IsDefault ? "default" : totalSales.ToString(), "Total sales are a non-negative amount.");
        }

        Check(targetTacos, nameof(targetTacos));
        return totalSales * targetTacos;
    }

    /// <summary>
    /// The ACoS at which ads that bring <paramref name="adShareOfSales"/> of total sales meet <paramref name="targetTacos"/>:
    /// TACoS ÷ ad share (TACoS = spend ÷ total = ACoS × ad sales ÷ total).
    /// </summary>
    /// <exception cref="ArgumentException">A share is not above 0% and at most 100%, or the target is not above 0% and below 100%.</exception>
    public static Percentage AcosFor(Percentage targetTacos, Percentage adShareOfSales)
    {
        Check(targetTacos, nameof(targetTacos));
        if (adShareOfSales <= Percentage.Zero || adShareOfSales > Percentage.OneHundred)
        {
            throw new ArgumentOutOfRangeException(nameof(adShareOfSales), adShareOfSales, "The ads' share of total sales is above 0% and at most 100%.");
        }

        return Percentage.FromFraction(targetTacos.Fraction / adShareOfSales.Fraction);
    }

    private static void Check(Percentage target, string name)
    {
        if (target <= Percentage.Zero || target >= Percentage.OneHundred)
        {
            throw new ArgumentOutOfRangeException(name, target, "A TACoS target is above 0% and below 100%.");
        }
    }
}
