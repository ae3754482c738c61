using System.Globalization;

namespace CrossBorder.LandedCost;

/// <summary>
/// The margin of reselling landed goods at a price: costs are the landed cost less the tax collected at sale (passed on
/// to the authority) and, when the importer recovers it, the import tax; the break-even price is those costs.
/// </summary>
/// <param name="SellingPrice">The net selling price (without the tax collected at sale), in the result's currency.</param>
/// <param name="Costs">The costs the price must cover.</param>
/// <param name="Margin">Price less costs (negative for a loss).</param>
/// <param name="MarginPercent">Margin as a share of the price, rounded half away from zero to 0.01% (zero when the price is zero).</param>
/// <param name="BreakEvenPrice">The net price at which the margin is zero: the costs.</param>
public sealed record LandedCostMargin(Money SellingPrice, Money Costs, Money Margin, Percentage MarginPercent, Money BreakEvenPrice);

/// <summary>The net unit value that makes an order's delivered price (its landed cost, DDP and tax-inclusive) a target.</summary>
/// <param name="Sku">The line whose unit value was solved for.</param>
/// <param name="UnitValue">The unit value, in the invoice's currency and whole minor units.</param>
/// <param name="Result">The landed cost at that unit value.</param>
/// <param name="IsExact">
/// Whether the delivered price equals the target. Not every target is reachable (rounding and thresholds jump); then
/// this is false and <see cref="UnitValue"/> is the highest whose delivered price stays below the target.
/// </param>
public sealed record ReversePrice(string Sku, Money UnitValue, LandedCostResult Result, bool IsExact);

/// <summary>Margin, break-even and reverse pricing on top of <see cref="LandedCostCalculator"/>.</summary>
public static class LandedCostPricing
{
    /// <summary>The margin of reselling the landed goods at <paramref name="sellingPrice"/>.</summary>
    /// <param name="result">The landed cost.</param>
    /// <param name="sellingPrice">The net selling price of the whole order, in the result's currency.</param>
    /// <param name="importTaxRecoverable">Whether the importer recovers the import tax (a VAT-registered business importing for resale).</param>
    /// <exception cref="ArgumentException">The price is negative or in another currency.</exception>
    public static LandedCostMargin Margin(LandedCostResult result, Money sellingPrice, bool importTaxRecoverable = false)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (sellingPrice.IsDefault || sellingPrice.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(sellingPrice), sellingPrice.IsDefault ? "default" : sellingPrice.ToString(), "A selling price is a non-negative amount.");
        }

        if (sellingPrice.Currency != result.Currency)
        {
            throw new CurrencyMismatchException(result.Currency, sellingPrice.Currency, "price against a landed cost");
        }

        var totals = result.Totals;
        var costs = totals.LandedCost - totals.SaleTax - (importTaxRecoverable ? totals.ImportTax : Money.Zero(result.Currency));
        var margin = sellingPrice - costs;
        var percent = sellingPrice.IsZero ? Percentage.Zero : Percentage.FromFraction(Math.Round(margin.Amount / sellingPrice.Amount, 4, MidpointRounding.AwayFromZero));
        return new LandedCostMargin(sellingPrice, costs, margin, percent, costs);
    }

    /// <summary>
    /// The unit value of line <paramref name="sku"/> at which the order's delivered price (its landed cost) is
    /// <paramref name="target"/>: a search over whole minor units, each step a full calculation, so every threshold,
    /// fee and rounding of the pipeline is honoured. The other lines keep their values.
    /// </summary>
    /// <param name="calculator">The calculator.</param>
    /// <param name="order">The order; its line <paramref name="sku"/> is repriced.</param>
    /// <param name="sku">The line to reprice (the only line of a one-line order).</param>
    /// <param name="target">The delivered price, in the order's result currency.</param>
    /// <exception cref="ArgumentException">The SKU is not a line of the order, the target is in another currency or below the landed cost at the least unit value (one minor unit).</exception>
    public static ReversePrice UnitValueFor(LandedCostCalculator calculator, LandedCostOrder order, string sku, Money target)
    {
        ArgumentNullException.ThrowIfNull(calculator);
        ArgumentNullException.ThrowIfNull(order);
        var index = Array.FindIndex([.. order.Lines], l => l.Sku == sku);
        if (index < 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{sku}' is not a line of the order."), nameof(sku));
        }

        if (target.IsDefault || target.IsNegative || target.Currency != order.Currency)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target.IsDefault ? "default" : target.ToString(), string.Create(CultureInfo.InvariantCulture, $"The target is a non-negative amount in the order's currency, {order.Currency.Code}."));
        }

        var invoice = order.InvoiceCurrency;
        var step = invoice.MinorUnit is { } decimals ? 1m / (decimal)Math.Pow(10, decimals) : 1m;
        var lines = order.Lines.ToArray();
        LandedCostResult At(long units)
        {
            lines[index] = order.Lines[index].WithUnitValue(Money.Of(units * step, invoice));
            return calculator.Calculate(order.WithLines(lines));
        }

        // The least unit value is one minor unit: goods of no value leave nothing to share freight by.
        var low = 1L;
        var atLow = At(low);
        if (atLow.Totals.LandedCost > target)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The delivered price is {atLow.Totals.LandedCost} even at a unit value of {Money.Of(step, invoice)} for {sku}: no price reaches {target}."), nameof(target));
        }

        // Grow the bracket until the delivered price passes the target, then halve it.
        var high = 2L;
        while (At(high).Totals.LandedCost <= target)
        {
            low = high;
            high = checked(high * 2);
        }

        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if (At(middle).Totals.LandedCost <= target)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        var result = At(low);
        return new ReversePrice(sku, Money.Of(low * step, invoice), result, result.Totals.LandedCost == target);
    }
}
