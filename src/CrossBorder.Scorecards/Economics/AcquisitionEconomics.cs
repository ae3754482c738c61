namespace CrossBorder.Scorecards;

/// <summary>Customer acquisition cost, its payback and the LTV:CAC ratio, all in one currency.</summary>
/// <param name="Cac">Acquisition spend ÷ new customers, unrounded.</param>
/// <param name="PaybackMonths">CAC ÷ the gross margin one customer brings per month.</param>
/// <param name="LtvToCac">Lifetime value ÷ CAC.</param>
public sealed record AcquisitionResult(Money Cac, decimal PaybackMonths, decimal LtvToCac);

/// <summary>CAC = acquisition spend ÷ new customers; payback months = CAC ÷ monthly margin per customer; LTV:CAC = LTV ÷ CAC.</summary>
public static class AcquisitionEconomics
{
    /// <summary>Computes CAC, payback and LTV:CAC.</summary>
    /// <exception cref="CurrencyMismatchException">The amounts are not all in one currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Negative spend, no new customers, a monthly margin that is not positive (no payback), or a negative lifetime value.</exception>
    public static AcquisitionResult Of(Money acquisitionSpend, long newCustomers, Money monthlyMarginPerCustomer, Money lifetimeValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(acquisitionSpend.Amount, nameof(acquisitionSpend));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(newCustomers);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(monthlyMarginPerCustomer.Amount, nameof(monthlyMarginPerCustomer));
        ArgumentOutOfRangeException.ThrowIfNegative(lifetimeValue.Amount, nameof(lifetimeValue));
        var cac = acquisitionSpend / newCustomers;
        var payback = cac / monthlyMarginPerCustomer;
        if (cac.Amount == 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(acquisitionSpend), acquisitionSpend, "No acquisition spend: CAC is 0 and LTV:CAC has no value.");
        }

        return new(cac, payback, lifetimeValue / cac);
    }
}
