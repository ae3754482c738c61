using NodaTime;

namespace CrossBorder.Tax;

/// <summary>One of the seller's past sales, as the threshold monitor counts it.</summary>
public readonly struct ThresholdSale
{
    /// <summary>Creates a sale record.</summary>
    /// <param name="date">The date of the sale.</param>
    /// <param name="destination">Where the goods were delivered.</param>
    /// <param name="amount">The sale's value without tax; not negative (a refund is a separate credit the caller nets first).</param>
    /// <param name="buyerType">Consumer or business.</param>
    /// <param name="subdivision">The state or province, where thresholds are per state.</param>
    /// <param name="shipFrom">Where the goods were shipped from, when known.</param>
    /// <exception cref="ArgumentException">The destination or amount is default, or the amount negative or above 10¹⁵.</exception>
    public ThresholdSale(LocalDate date, CountryCode destination, Money amount, BuyerType buyerType = BuyerType.Consumer, string? subdivision = null, CountryCode? shipFrom = null)
    {
        if (destination.IsDefault)
        {
            throw new ArgumentException("The destination is default(CountryCode).", nameof(destination));
        }

        if (amount.IsDefault || amount.IsNegative || amount.Amount > TaxSaleLine.MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount.IsDefault ? "default" : amount.ToString(), "A sale's amount is not negative and at most 10^15.");
        }

        if (subdivision is not null)
        {
            _ = TaxJurisdiction.Of(destination, subdivision);
        }

        Date = date;
        Destination = destination;
        Amount = amount;
        BuyerType = buyerType;
        Subdivision = subdivision;
        ShipFrom = shipFrom;
    }

    /// <summary>The date.</summary>
    public LocalDate Date { get; }

    /// <summary>Where the goods went.</summary>
    public CountryCode Destination { get; }

    /// <summary>The value without tax.</summary>
    public Money Amount { get; }

    /// <summary>Consumer or business.</summary>
    public BuyerType BuyerType { get; }

    /// <summary>The state or province code, or null.</summary>
    public string? Subdivision { get; }

    /// <summary>Where the goods came from, or null when unknown.</summary>
    public CountryCode? ShipFrom { get; }
}

/// <summary>Where a seller stands against one threshold on a date.</summary>
public sealed class ThresholdStatus
{
    internal ThresholdStatus(RegistrationThreshold threshold, bool applies, string window, Money measured, int transactions, Money? previousYear, bool crossed, LocalDate? firstCrossedOn, Money? headroom, int? transactionsLeft, string explanation)
    {
        Threshold = threshold;
        Applies = applies;
        Window = window;
        Measured = measured;
        Transactions = transactions;
        PreviousYear = previousYear;
        Crossed = crossed;
        FirstCrossedOn = firstCrossedOn;
        Headroom = headroom;
        TransactionsLeft = transactionsLeft;
        Explanation = explanation;
    }

    /// <summary>The threshold.</summary>
    public RegistrationThreshold Threshold { get; }

    /// <summary>Whether it applies to this seller at all (a non-EU seller has no €10,000 threshold: it owes destination VAT from its first sale).</summary>
    public bool Applies { get; }

    /// <summary>The days measured, as an ISO range.</summary>
    public string Window { get; }

    /// <summary>The sales in the window, in the threshold's currency.</summary>
    public Money Measured { get; }

    /// <summary>The number of sales in the window.</summary>
    public int Transactions { get; }

    /// <summary>For the current-or-previous-year window: the previous calendar year's total; otherwise null.</summary>
    public Money? PreviousYear { get; }

    /// <summary>Whether the threshold is crossed on the date (or, when it does not apply, whether registration is due anyway).</summary>
    public bool Crossed { get; }

    /// <summary>The first day in the history on which the threshold was crossed, if ever.</summary>
    public LocalDate? FirstCrossedOn { get; }

    /// <summary>How much more can be sold in the window before the amount is exceeded; null when crossed or when there is no amount test.</summary>
    public Money? Headroom { get; }

    /// <summary>How many more sales before the transaction test is reached; null when crossed or when there is none.</summary>
    public int? TransactionsLeft { get; }

    /// <summary>The comparison in words.</summary>
    public string Explanation { get; }
}
