using CrossBorder.Fx.Internal;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>A forward price by covered interest parity, with its inputs.</summary>
public sealed class ForwardQuote
{
    internal ForwardQuote(CurrencyPair pair, decimal spot, decimal forward, int days, Percentage baseRate, Percentage quoteRate, DayCountBasis baseBasis, DayCountBasis quoteBasis)
    {
        Pair = pair;
        Spot = spot;
        Forward = forward;
        Days = days;
        BaseRate = baseRate;
        QuoteRate = quoteRate;
        BaseBasis = baseBasis;
        QuoteBasis = quoteBasis;
    }

    /// <summary>The pair.</summary>
    public CurrencyPair Pair { get; }

    /// <summary>The spot rate S.</summary>
    public decimal Spot { get; }

    /// <summary>The forward rate F (exact, not rounded).</summary>
    public decimal Forward { get; }

    /// <summary>Days from spot to the value date.</summary>
    public int Days { get; }

    /// <summary>The base currency's simple money-market interest rate.</summary>
    public Percentage BaseRate { get; }

    /// <summary>The quote currency's simple money-market interest rate.</summary>
    public Percentage QuoteRate { get; }

    /// <summary>The base currency's day-count basis.</summary>
    public DayCountBasis BaseBasis { get; }

    /// <summary>The quote currency's day-count basis.</summary>
    public DayCountBasis QuoteBasis { get; }

    /// <summary>Forward points: (F − S) × 10⁴, or × 10² when the quote currency is JPY.</summary>
    public decimal Points => (Forward - Spot) * Forwards.PointsScale(Pair);

    /// <summary>The annualised forward premium (negative: discount) of the base currency: (F / S − 1) × B_quote / d.</summary>
    public Percentage AnnualisedPremium => Percentage.FromFraction(((Forward / Spot) - 1m) * QuoteBasis.DaysInYear / Days);

    /// <summary>The formula with its numbers.</summary>
    public override string ToString() =>
        Invariant($"{Pair} F = {FxText.Format(Spot)} × (1 + {QuoteRate} × {Days}/{QuoteBasis.DaysInYear}) / (1 + {BaseRate} × {Days}/{BaseBasis.DaysInYear}) = {FxText.Format(Forward)}");
}

/// <summary>The value of an open forward at a point in time.</summary>
public sealed class ForwardValuation
{
    internal ForwardValuation(ForwardContract contract, decimal currentForward, decimal discountFactor, Money exact, Money value)
    {
        Contract = contract;
        CurrentForward = currentForward;
        DiscountFactor = discountFactor;
        ExactValue = exact;
        Value = value;
    }

    /// <summary>The contract.</summary>
    public ForwardContract Contract { get; }

    /// <summary>The forward rate now for the contract's value date, F_t.</summary>
    public decimal CurrentForward { get; }

    /// <summary>1 / (1 + r_quote × d_remaining / B_quote).</summary>
    public decimal DiscountFactor { get; }

    /// <summary>The value to the holder in the quote currency, exact.</summary>
    public Money ExactValue { get; }

    /// <summary>The value to the holder in the quote currency, rounded: positive is an asset, negative a liability.</summary>
    public Money Value { get; }

    /// <inheritdoc />
    public override string ToString() => Invariant($"{Contract}: marked at {FxText.Format(CurrentForward)} = {Value}");
}

/// <summary>Forward pricing by covered interest parity and mark-to-market (money-fx.md §5.2 formulas 3 and 4).</summary>
public static class Forwards
{
    /// <summary>The multiplier for forward points: 100 when the quote currency is JPY, 10,000 otherwise.</summary>
    public static decimal PointsScale(CurrencyPair pair) => string.Equals(pair.Quote.Code, "JPY", StringComparison.Ordinal) ? 100m : 10_000m;

    /// <summary>
    /// F = S × (1 + r_quote × d / B_quote) / (1 + r_base × d / B_base), simple money-market interest.
    /// </summary>
    /// <param name="pair">The pair; S and F are quote units per base unit.</param>
    /// <param name="spot">The spot rate S; positive.</param>
    /// <param name="baseRate">The base currency's interest rate per year.</param>
    /// <param name="quoteRate">The quote currency's interest rate per year.</param>
    /// <param name="days">Days from spot to the value date d; positive.</param>
    /// <param name="baseBasis">The base currency's day-count basis (see <see cref="DayCountBasis.For"/>).</param>
    /// <param name="quoteBasis">The quote currency's day-count basis.</param>
    /// <exception cref="ArgumentOutOfRangeException">The spot or days are not positive, or a rate gives a non-positive growth factor.</exception>
    public static ForwardQuote Price(CurrencyPair pair, decimal spot, Percentage baseRate, Percentage quoteRate, int days, DayCountBasis baseBasis, DayCountBasis quoteBasis)
    {
        if (pair.Equals(default(CurrencyPair)))
        {
            throw new ArgumentException("The currency pair is default(CurrencyPair).", nameof(pair));
        }

        if (spot <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(spot), spot, Invariant($"The spot rate must be positive, not {FxText.Format(spot)}."));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(days);
        var quoteGrowth = 1m + (quoteRate.Fraction * quoteBasis.YearFraction(days));
        var baseGrowth = 1m + (baseRate.Fraction * baseBasis.YearFraction(days));
        if (quoteGrowth <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(quoteRate), quoteRate, "The quote rate makes 1 + r × d / B zero or negative.");
        }

        if (baseGrowth <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(baseRate), baseRate, "The base rate makes 1 + r × d / B zero or negative.");
        }

        return new ForwardQuote(pair, spot, spot * quoteGrowth / baseGrowth, days, baseRate, quoteRate, baseBasis, quoteBasis);
    }

    /// <summary>
    /// Mark-to-market of an open forward: V = N × (F_t − K) / (1 + r_quote × d_remaining / B_quote) for a buy-base (long)
    /// position, −V for a sell-base (short) one, in the quote currency.
    /// </summary>
    /// <param name="contract">The contract.</param>
    /// <param name="currentForward">F_t: today's forward rate for the contract's value date; positive.</param>
    /// <param name="quoteRate">The quote currency's interest rate for the remaining period.</param>
    /// <param name="daysRemaining">Days to the value date; zero or more.</param>
    /// <param name="quoteBasis">The quote currency's day-count basis.</param>
    /// <param name="rounding">The rounding of <see cref="ForwardValuation.Value"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The forward rate is not positive or the days are negative.</exception>
    public static ForwardValuation MarkToMarket(ForwardContract contract, decimal currentForward, Percentage quoteRate, int daysRemaining, DayCountBasis quoteBasis, MidpointRounding rounding)
    {
        ArgumentNullException.ThrowIfNull(contract);
        if (currentForward <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(currentForward), currentForward, Invariant($"The current forward rate must be positive, not {FxText.Format(currentForward)}."));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(daysRemaining);
        var growth = 1m + (quoteRate.Fraction * quoteBasis.YearFraction(daysRemaining));
        if (growth <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(quoteRate), quoteRate, "The quote rate makes 1 + r × d / B zero or negative.");
        }

        var sign = contract.Position == ForwardPosition.BuyBase ? 1m : -1m;
        var exact = new Money(sign * contract.Notional.Amount * (currentForward - contract.ContractRate) / growth, contract.Pair.Quote);
        return new ForwardValuation(contract, currentForward, 1m / growth, exact, exact.Round(rounding));
    }
}
