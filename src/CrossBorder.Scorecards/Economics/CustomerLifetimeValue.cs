namespace CrossBorder.Scorecards;

/// <summary>
/// Customer lifetime value by two named formulas, on gross margin (not revenue), with every rate per the same period.
/// </summary>
public static class CustomerLifetimeValue
{
    /// <summary>
    /// The order-value formula: average order value × purchases per period × gross margin × lifespan in periods
    /// (purchases and lifespan in the same period: per year and years, or per month and months).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative frequency or lifespan, or a margin above 100%.</exception>
    public static Money FromOrderValue(Money averageOrderValue, decimal purchasesPerPeriod, Percentage grossMargin, decimal lifespanPeriods)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(purchasesPerPeriod);
        ArgumentOutOfRangeException.ThrowIfNegative(lifespanPeriods);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(grossMargin.Fraction, 1m, nameof(grossMargin));
        return averageOrderValue * (purchasesPerPeriod * grossMargin.Fraction * lifespanPeriods);
    }

    /// <summary>
    /// The retention formula: margin per period × r ÷ (1 + d − r), for a constant margin per customer and period, a
    /// retention rate r and a discount rate d per the same period (Gupta–Lehmann's simple CLV, as the reference names it).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A retention outside [0, 1) or a negative discount rate.</exception>
    public static Money FromRetention(Money marginPerPeriod, Percentage retentionPerPeriod, Percentage discountRatePerPeriod)
    {
        var r = retentionPerPeriod.Fraction;
        var d = discountRatePerPeriod.Fraction;
        if (r is < 0m or >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(retentionPerPeriod), r, "Retention per period is a share in [0, 1).");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(d, nameof(discountRatePerPeriod));
        return marginPerPeriod * (r / (1m + d - r));
    }
}
