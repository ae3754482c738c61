namespace CrossBorder.Advertising;

/// <summary>
/// The counts and amounts of ad activity (impressions, clicks, spend, attributed sales, orders, units) and the
/// metrics derived from them. Sums add counts, so every metric of a sum is a ratio of sums, never an average of
/// ratios. Immutable and validated; amounts in one currency.
/// </summary>
public sealed class AdMetrics : IEquatable<AdMetrics>
{
    /// <summary>Creates metrics.</summary>
    /// <exception cref="ArgumentException">A count or amount is negative, the amounts are in two currencies, or orders are attributed without clicks.</exception>
    public AdMetrics(long impressions, long clicks, Money spend, Money sales, long orders, long units)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(impressions);
        ArgumentOutOfRangeException.ThrowIfNegative(clicks);
        ArgumentOutOfRangeException.ThrowIfNegative(orders);
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        if (spend.IsDefault || spend.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(spend), spend.IsDefault ? "default" : spend.ToString(), "Spend is a non-negative amount.");
        }

        if (sales.IsDefault || sales.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(sales), sales.IsDefault ? "default" : sales.ToString(), "Attributed sales are a non-negative amount.");
        }

        if (spend.Currency != sales.Currency)
        {
            throw new CurrencyMismatchException(spend.Currency, sales.Currency, "measure ads");
        }

        if (orders > 0 && clicks == 0)
        {
            throw new ArgumentException($"{orders} orders are attributed to no clicks: click-attributed orders need clicks.", nameof(orders));
        }

        Impressions = impressions;
        Clicks = clicks;
        Spend = spend;
        Sales = sales;
        Orders = orders;
        Units = units;
    }

    /// <summary>No activity, in <paramref name="currency"/>.</summary>
    public static AdMetrics Zero(Currency currency) => new(0, 0, Money.Zero(currency), Money.Zero(currency), 0, 0);

    /// <summary>Impressions.</summary>
    public long Impressions { get; }

    /// <summary>Clicks.</summary>
    public long Clicks { get; }

    /// <summary>Ad spend.</summary>
    public Money Spend { get; }

    /// <summary>Sales attributed to the ads.</summary>
    public Money Sales { get; }

    /// <summary>Orders attributed to the ads.</summary>
    public long Orders { get; }

    /// <summary>Units attributed to the ads.</summary>
    public long Units { get; }

    /// <summary>The currency of spend and sales.</summary>
    public Currency Currency => Spend.Currency;

    /// <summary>Click-through rate: clicks ÷ impressions.</summary>
    public Ratio Ctr => Ratio.Of(Clicks, Impressions);

    /// <summary>Conversion rate: orders ÷ clicks (Amazon's definition; orders, not units or sales).</summary>
    public Ratio Cvr => Ratio.Of(Orders, Clicks);

    /// <summary>Advertising cost of sale: spend ÷ attributed sales; infinite when there is spend and no sale.</summary>
    public Ratio Acos => Ratio.Of(Spend.Amount, Sales.Amount);

    /// <summary>Return on ad spend: attributed sales ÷ spend (1 / ACoS where both are defined).</summary>
    public Ratio Roas => Ratio.Of(Sales.Amount, Spend.Amount);

    /// <summary>Cost per click: spend ÷ clicks, exact (not rounded); null without clicks.</summary>
    public Money? Cpc => Clicks == 0 ? null : Money.Of(Spend.Amount / Clicks, Currency);

    /// <summary>Cost per acquisition: spend ÷ orders, exact; null without orders.</summary>
    public Money? Cpa => Orders == 0 ? null : Money.Of(Spend.Amount / Orders, Currency);

    /// <summary>Average order value: sales ÷ orders, exact; null without orders.</summary>
    public Money? Aov => Orders == 0 ? null : Money.Of(Sales.Amount / Orders, Currency);

    /// <summary>Total advertising cost of sale: spend ÷ total (ad and organic) sales.</summary>
    /// <exception cref="ArgumentException">Total sales are below the attributed sales or in another currency.</exception>
    public Ratio Tacos(Money totalSales)
    {
        if (totalSales.Currency != Currency)
        {
            throw new CurrencyMismatchException(Currency, totalSales.Currency, "compute TACoS");
        }

        if (totalSales < Sales)
        {
            throw new ArgumentOutOfRangeException(nameof(totalSales), totalSales.ToString(), $"Total sales include the {Sales} the ads sold.");
        }

        return Ratio.Of(Spend.Amount, totalSales.Amount);
    }

    /// <summary>
    /// Ad ROI: (the pre-ad profit of the ad sales − spend) ÷ spend = margin × ROAS − 1; positive exactly when ACoS is below
    /// the break-even ACoS. Not ROAS. Undefined without spend.
    /// </summary>
    /// <param name="preAdMargin">The contribution margin before ad spend, as a share of the price (the break-even ACoS).</param>
    public Ratio AdRoi(Percentage preAdMargin)
    {
        if (Spend.IsZero)
        {
            return Ratio.Undefined;
        }

        return Ratio.FromValue(((Sales.Amount * preAdMargin.Fraction) - Spend.Amount) / Spend.Amount);
    }

    /// <summary>The sum of two sets of metrics: counts and amounts add.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public AdMetrics Add(AdMetrics other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Impressions + other.Impressions, Clicks + other.Clicks, Spend + other.Spend, Sales + other.Sales, Orders + other.Orders, Units + other.Units);
    }

    /// <summary>The sum of two sets of metrics.</summary>
    public static AdMetrics operator +(AdMetrics left, AdMetrics right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Add(right);
    }

    /// <inheritdoc />
    public bool Equals(AdMetrics? other) =>
        other is not null && Impressions == other.Impressions && Clicks == other.Clicks && Spend == other.Spend && Sales == other.Sales && Orders == other.Orders && Units == other.Units;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AdMetrics);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Impressions, Clicks, Spend, Sales, Orders, Units);

    /// <inheritdoc />
    public override string ToString() => $"{Impressions} impressions, {Clicks} clicks, {Spend} spend, {Sales} sales, {Orders} orders";
}
