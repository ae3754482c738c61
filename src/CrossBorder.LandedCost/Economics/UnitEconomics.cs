using CrossBorder.Fx;
using static System.FormattableString;

namespace CrossBorder.LandedCost;

/// <summary>
/// What one unit of a SKU earns the way marketplace sellers count it: the selling price less purchase cost, first-leg
/// freight, duty, import tax that is not recovered, the marketplace's referral and fulfilment fees, the payment fee,
/// advertising and a returns allowance. Immutable and validated; <see cref="Compute"/> gives each cost line, the
/// contribution per unit and the break-even price in any currency.
/// </summary>
/// <remarks>
/// <para>
/// Every amount is per unit and an average: an advertising cost of 1.20 per unit, a return rate of 4% at 6.50 a return
/// (an allowance of 0.26 per unit). Amounts may be in several currencies; <see cref="Compute"/> converts them with the
/// caller's rates. The percentage fees (referral, payment, advertising) apply to <see cref="SellingPrice"/> as given:
/// to the tax-inclusive amount when <see cref="IncludedTaxRate"/> is set, as marketplaces that show tax-inclusive
/// prices charge them.
/// </para>
/// <para>No fee figure is built in: referral, fulfilment and payment fees are inputs (a payment fee is a
/// <see cref="CardFee"/>, as <see cref="FeeSchedule"/> gives it for a date).</para>
/// </remarks>
public sealed class UnitEconomics
{
    /// <summary>Creates the economics of one unit.</summary>
    /// <param name="sellingPrice">What the buyer pays for one unit; positive, in a currency with a minor unit.</param>
    /// <param name="purchaseCost">What the seller pays the supplier for one unit.</param>
    /// <param name="includedTaxRate">The destination's VAT or GST rate when <paramref name="sellingPrice"/> includes it (the net revenue is then price / (1 + rate)); null when the price excludes tax.</param>
    /// <param name="firstLegFreight">Freight from the supplier to the destination, per unit.</param>
    /// <param name="duty">Customs duty, per unit.</param>
    /// <param name="importTax">Import VAT or GST paid at the border, per unit.</param>
    /// <param name="importTaxRecoverable">Whether the seller recovers <paramref name="importTax"/> as input tax; recovered import tax is not a cost.</param>
    /// <param name="referralRate">The marketplace's referral fee as a percentage of the selling price, below 100%.</param>
    /// <param name="referralMinimum">The least referral fee per unit, in the selling price's currency; null when none.</param>
    /// <param name="fulfilmentFee">The marketplace's (or a warehouse's) pick, pack and ship fee, per unit.</param>
    /// <param name="paymentFee">The payment provider's fee on a charge of the selling price (percentage + fixed), in the selling price's currency; null when the marketplace's referral fee includes payment.</param>
    /// <param name="advertisingPerUnit">Advertising spend per unit sold, as an amount.</param>
    /// <param name="advertisingShareOfPrice">Advertising spend as a share of the selling price (total ad spend over total sales, so that every unit carries it), below 100%. Added to <paramref name="advertisingPerUnit"/> when both are given.</param>
    /// <param name="returnRate">The share of units sold that come back, between 0% and 100%.</param>
    /// <param name="costPerReturn">What one return costs the seller (return shipping, a unit that cannot be resold, handling); the allowance per unit is <paramref name="returnRate"/> × this.</param>
    /// <exception cref="ArgumentOutOfRangeException">The price is not positive, a cost is negative or default, or a rate is outside its range.</exception>
    /// <exception cref="ArgumentException">
    /// The referral minimum or the payment fee is in another currency than the price, the price's currency has no minor
    /// unit, or the percentage fees take all the net revenue so that no price breaks even (the message says which).
    /// </exception>
    public UnitEconomics(
        Money sellingPrice,
        Money purchaseCost,
        Percentage? includedTaxRate = null,
        Money? firstLegFreight = null,
        Money? duty = null,
        Money? importTax = null,
        bool importTaxRecoverable = false,
        Percentage? referralRate = null,
        Money? referralMinimum = null,
        Money? fulfilmentFee = null,
        CardFee? paymentFee = null,
        Money? advertisingPerUnit = null,
        Percentage? advertisingShareOfPrice = null,
        Percentage? returnRate = null,
        Money? costPerReturn = null)
    {
        CheckPrice(sellingPrice, nameof(sellingPrice));
        var currency = sellingPrice.Currency;
        SellingPrice = sellingPrice;
        PurchaseCost = Cost(purchaseCost, nameof(purchaseCost))!.Value;
        IncludedTaxRate = includedTaxRate is { } tax && tax < Percentage.Zero
            ? throw new ArgumentOutOfRangeException(nameof(includedTaxRate), tax, "A tax rate is not negative.")
            : includedTaxRate;
        FirstLegFreight = Cost(firstLegFreight, nameof(firstLegFreight));
        Duty = Cost(duty, nameof(duty));
        ImportTax = Cost(importTax, nameof(importTax));
        ImportTaxRecoverable = importTaxRecoverable;
        ReferralRate = Share(referralRate, nameof(referralRate));
        ReferralMinimum = Cost(referralMinimum, nameof(referralMinimum));
        if (ReferralMinimum is { } minimum && !minimum.Currency.Equals(currency))
        {
            throw new ArgumentException(Invariant($"The referral minimum {minimum} is in another currency than the selling price ({currency.Code}); marketplaces state it in the price's currency."), nameof(referralMinimum));
        }

        FulfilmentFee = Cost(fulfilmentFee, nameof(fulfilmentFee));
        if (paymentFee is not null && !paymentFee.Currency.Equals(currency))
        {
            throw new ArgumentException(Invariant($"The payment fee {paymentFee} applies to {paymentFee.Currency.Code} charges, not to a price in {currency.Code}."), nameof(paymentFee));
        }

        PaymentFee = paymentFee;
        AdvertisingPerUnit = Cost(advertisingPerUnit, nameof(advertisingPerUnit));
        AdvertisingShareOfPrice = Share(advertisingShareOfPrice, nameof(advertisingShareOfPrice));
        ReturnRate = returnRate is { } r && (r < Percentage.Zero || r > Percentage.OneHundred)
            ? throw new ArgumentOutOfRangeException(nameof(returnRate), r, "A return rate is between 0% and 100%.")
            : returnRate ?? Percentage.Zero;
        CostPerReturn = Cost(costPerReturn, nameof(costPerReturn));
        CheckBreakEvenExists();
    }

    private UnitEconomics(UnitEconomics other, Money sellingPrice)
    {
        SellingPrice = sellingPrice;
        PurchaseCost = other.PurchaseCost;
        IncludedTaxRate = other.IncludedTaxRate;
        FirstLegFreight = other.FirstLegFreight;
        Duty = other.Duty;
        ImportTax = other.ImportTax;
        ImportTaxRecoverable = other.ImportTaxRecoverable;
        ReferralRate = other.ReferralRate;
        ReferralMinimum = other.ReferralMinimum;
        FulfilmentFee = other.FulfilmentFee;
        PaymentFee = other.PaymentFee;
        AdvertisingPerUnit = other.AdvertisingPerUnit;
        AdvertisingShareOfPrice = other.AdvertisingShareOfPrice;
        ReturnRate = other.ReturnRate;
        CostPerReturn = other.CostPerReturn;
    }

    /// <summary>What the buyer pays for one unit.</summary>
    public Money SellingPrice { get; }

    /// <summary>What the seller pays the supplier for one unit.</summary>
    public Money PurchaseCost { get; }

    /// <summary>The tax rate the selling price includes, or null when it excludes tax.</summary>
    public Percentage? IncludedTaxRate { get; }

    /// <summary>First-leg freight per unit, or null.</summary>
    public Money? FirstLegFreight { get; }

    /// <summary>Duty per unit, or null.</summary>
    public Money? Duty { get; }

    /// <summary>Import tax per unit, or null.</summary>
    public Money? ImportTax { get; }

    /// <summary>Whether the import tax is recovered as input tax (and so is not a cost).</summary>
    public bool ImportTaxRecoverable { get; }

    /// <summary>The referral fee as a percentage of the selling price (0% when none).</summary>
    public Percentage ReferralRate { get; }

    /// <summary>The least referral fee per unit, or null.</summary>
    public Money? ReferralMinimum { get; }

    /// <summary>The fulfilment fee per unit, or null.</summary>
    public Money? FulfilmentFee { get; }

    /// <summary>The payment fee on a charge of the selling price, or null.</summary>
    public CardFee? PaymentFee { get; }

    /// <summary>Advertising spend per unit as an amount, or null.</summary>
    public Money? AdvertisingPerUnit { get; }

    /// <summary>Advertising spend as a share of the selling price (0% when none).</summary>
    public Percentage AdvertisingShareOfPrice { get; }

    /// <summary>The share of units that come back (0% when none).</summary>
    public Percentage ReturnRate { get; }

    /// <summary>What one return costs, or null.</summary>
    public Money? CostPerReturn { get; }

    /// <summary>The same economics at another selling price (in the same currency), for what-if pricing.</summary>
    /// <exception cref="ArgumentException">The price is not positive or in another currency.</exception>
    public UnitEconomics WithSellingPrice(Money sellingPrice)
    {
        CheckPrice(sellingPrice, nameof(sellingPrice));
        if (!sellingPrice.Currency.Equals(SellingPrice.Currency))
        {
            throw new CurrencyMismatchException(SellingPrice.Currency, sellingPrice.Currency, "reprice unit economics");
        }

        return new UnitEconomics(this, sellingPrice);
    }

    /// <summary>
    /// Each cost line in <paramref name="currency"/>, the contribution per unit and its margin on net revenue, and the
    /// break-even selling price.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Amounts are converted exactly (to decimal's 28 digits) and nothing is rounded: the lines are per-unit averages
    /// (2.5% of 9.99 is 0.24975), they sum exactly to <see cref="UnitEconomicsResult.TotalCost"/>, and
    /// <see cref="UnitEconomicsResult.Contribution"/> is net revenue less that total. Round them for display with
    /// <see cref="Money.Round(MidpointRounding)"/>.
    /// </para>
    /// <para>
    /// The break-even price is the price, in the selling price's currency, at which the contribution is zero: with
    /// net share n (1, or 1 / (1 + tax rate) when the price includes tax), price-proportional shares r (referral),
    /// p (payment) and a (advertising), and C the costs that do not move with the price, it is
    /// max(C / (n − r − p − a), (C + referral minimum) / (n − p − a)). It is solved exactly in decimal and then rounded
    /// <b>up</b> to the minor unit, so that selling at the break-even price never loses money: the contribution there
    /// is zero or more, and one minor unit below it is negative. It is zero when nothing costs anything fixed.
    /// </para>
    /// </remarks>
    /// <param name="currency">The result currency; one with a minor unit.</param>
    /// <param name="rates">Rates that convert every amount in another currency into <paramref name="currency"/> (either way round, or crossed through a currency two rates share); empty when all amounts are in <paramref name="currency"/>.</param>
    /// <exception cref="ArgumentException">No rate converts an amount's currency into <paramref name="currency"/> (named as <paramref name="rates"/>), or the currency has no minor unit.</exception>
    public UnitEconomicsResult Compute(Currency currency, IReadOnlyList<ExchangeRate>? rates = null)
    {
        var converter = new EconomicsRates(currency, rates);
        var fixedCosts = CostsIn(converter);
        var amounts = Amounts(converter, fixedCosts, SellingPrice, out var price, out var net);
        return new UnitEconomicsResult(price, net, amounts, BreakEven(converter, fixedCosts));
    }

    /// <inheritdoc />
    public override string ToString() => Invariant($"{SellingPrice} per unit, purchase cost {PurchaseCost}");

    /// <summary>The costs per unit that do not move with the price, each already in the result currency.</summary>
    private FixedCosts CostsIn(EconomicsRates converter)
    {
        var zero = Money.Zero(converter.Target);
        Money Of(Money? amount) => amount is { } m ? converter.Convert(m) : zero;
        return new FixedCosts(
            converter.Convert(PurchaseCost),
            Of(FirstLegFreight),
            Of(Duty),
            ImportTaxRecoverable ? zero : Of(ImportTax),
            Of(FulfilmentFee),
            PaymentFee is null ? zero : converter.Convert(PaymentFee.Fixed),
            Of(AdvertisingPerUnit),
            Of(CostPerReturn).Multiply(ReturnRate),
            Of(ReferralMinimum));
    }

    /// <summary>The cost amounts at <paramref name="sellingPrice"/>, in <see cref="UnitCostKind"/> order; the one evaluation both the result and the break-even search use.</summary>
    private Money[] Amounts(EconomicsRates converter, FixedCosts costs, Money sellingPrice, out Money price, out Money net)
    {
        price = converter.Convert(sellingPrice);
        net = IncludedTaxRate is { } tax ? price.Divide(1m + tax.Fraction) : price;
        var referral = price.Multiply(ReferralRate);
        if (referral < costs.ReferralMinimum)
        {
            referral = costs.ReferralMinimum;
        }

        var payment = PaymentFee is null ? costs.PaymentFixed : price.Multiply(PaymentFee.Percent) + costs.PaymentFixed;
        return
        [
            costs.Purchase,
            costs.FirstLegFreight,
            costs.Duty,
            costs.ImportTax,
            referral,
            costs.Fulfilment,
            payment,
            costs.Advertising + price.Multiply(AdvertisingShareOfPrice),
            costs.Returns,
        ];
    }

    private Money ContributionAt(EconomicsRates converter, FixedCosts costs, Money sellingPrice)
    {
        var amounts = Amounts(converter, costs, sellingPrice, out _, out var net);
        return net - UnitEconomicsResult.SumOf(amounts, net.Currency);
    }

    private Money BreakEven(EconomicsRates converter, FixedCosts costs)
    {
        var (full, withMinimum) = Slopes();
        var fixedTotal = costs.Total.Amount;
        var exact = Math.Max(fixedTotal / full, (fixedTotal + costs.ReferralMinimum.Amount) / withMinimum);

        // exact is in the result currency; carry it back to the price's currency through the same conversion, then up to the minor unit.
        var currency = SellingPrice.Currency;
        var perUnit = converter.Convert(Money.Of(1m, currency)).Amount;
        var unit = currency.MinorUnitValue;
        var price = Money.Of(Math.Ceiling(exact / perUnit / unit) * unit, currency);

        // The contribution rises with the price, so the smallest price in whole minor units with a contribution of zero or
        // more is within a unit of the exact root; the steps below absorb the last digit of decimal's 28.
        while (ContributionAt(converter, costs, price).IsNegative)
        {
            price = Money.Of(price.Amount + unit, currency);
        }

        while (price.Amount >= unit && !ContributionAt(converter, costs, Money.Of(price.Amount - unit, currency)).IsNegative)
        {
            price = Money.Of(price.Amount - unit, currency);
        }

        return price;
    }

    /// <summary>The contribution per unit of price: n − r − p − a with the referral fee as a percentage, and n − p − a where the minimum holds it.</summary>
    private (decimal Full, decimal WithMinimum) Slopes()
    {
        var net = IncludedTaxRate is { } tax ? 1m / (1m + tax.Fraction) : 1m;
        var withMinimum = net - (PaymentFee?.Percent.Fraction ?? 0m) - AdvertisingShareOfPrice.Fraction;
        return (withMinimum - ReferralRate.Fraction, withMinimum);
    }

    private void CheckBreakEvenExists()
    {
        var (full, _) = Slopes();
        if (full > 0m)
        {
            return;
        }

        var payment = PaymentFee?.Percent ?? Percentage.Zero;
        var shares = new[] { (ReferralRate, "referralRate"), (payment, "paymentFee"), (AdvertisingShareOfPrice, "advertisingShareOfPrice") };
        var largest = shares.MaxBy(s => s.Item1).Item2;
        var net = IncludedTaxRate is { } tax ? Invariant($"{Math.Round(100m / (1m + tax.Fraction), 2)}% (the price less the {tax} tax it includes)") : "100%";
        throw new ArgumentException(
            Invariant($"The referral fee {ReferralRate}, payment fee {payment} and advertising {AdvertisingShareOfPrice} take {ReferralRate + payment + AdvertisingShareOfPrice} of the price, and the net revenue is {net}: every price loses money, so there is no break-even."),
            largest);
    }

    private static void CheckPrice(Money price, string name)
    {
        if (price.IsDefault || price.Amount <= 0m)
        {
            throw new ArgumentOutOfRangeException(name, price.IsDefault ? "default" : price.ToString(), "A selling price is positive.");
        }

        if (price.Currency.MinorUnit is null)
        {
            throw new ArgumentException($"{price.Currency.Code} has no minor unit; price in a currency that has one.", name);
        }
    }

    private static Money? Cost(Money? amount, string name) =>
        amount is { } m && (m.IsDefault || m.IsNegative)
            ? throw new ArgumentOutOfRangeException(name, m.IsDefault ? "default" : m.ToString(), "A cost per unit is zero or positive.")
            : amount;

    private static Percentage Share(Percentage? rate, string name) =>
        rate is { } p && (p < Percentage.Zero || p >= Percentage.OneHundred)
            ? throw new ArgumentOutOfRangeException(name, p, "A share of the price is at least 0% and below 100%.")
            : rate ?? Percentage.Zero;
}

/// <summary>The costs per unit that do not move with the price, in the result currency.</summary>
internal readonly record struct FixedCosts(
    Money Purchase,
    Money FirstLegFreight,
    Money Duty,
    Money ImportTax,
    Money Fulfilment,
    Money PaymentFixed,
    Money Advertising,
    Money Returns,
    Money ReferralMinimum)
{
    /// <summary>Everything but the referral minimum, which counts only where it holds the fee.</summary>
    public Money Total => Purchase + FirstLegFreight + Duty + ImportTax + Fulfilment + PaymentFixed + Advertising + Returns;
}
