using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>Whether a foreign-currency monetary item is owed to the business or by it.</summary>
public enum MonetaryItemKind
{
    /// <summary>An asset: the business gains when the foreign currency strengthens.</summary>
    Receivable = 0,

    /// <summary>A liability: the business loses when the foreign currency strengthens.</summary>
    Payable = 1,
}

/// <summary>Whether an exchange difference is still open, settled, or the reversal of open differences on settlement.</summary>
public enum GainLossKind
{
    /// <summary>From remeasuring an open item at a period-end closing rate.</summary>
    Unrealised = 0,

    /// <summary>
    /// On settlement, the whole realised difference since the transaction: N × (S_settle − S_txn), from the
    /// transaction rate to the settlement rate (IAS 21 §28).
    /// </summary>
    Realised = 1,

    /// <summary>
    /// On settlement, the reversal of the unrealised differences booked at earlier period ends: the carrying amount
    /// moves from the last closing rate back to the transaction rate, so that the realised step can state the whole
    /// difference since the transaction. Present only when there were period ends.
    /// </summary>
    UnrealisedReversal = 2,
}

/// <summary>One exchange difference: the carrying amount in the home currency moves from one rate to the next.</summary>
public sealed class FxGainLossStep
{
    internal FxGainLossStep(LocalDate date, GainLossKind kind, decimal fromRate, decimal toRate, Money carryingBefore, Money carryingAfter, Money gainLoss, Money exactGainLoss)
    {
        ExactGainLoss = exactGainLoss;
        Date = date;
        Kind = kind;
        FromRate = fromRate;
        ToRate = toRate;
        CarryingBefore = carryingBefore;
        CarryingAfter = carryingAfter;
        GainLoss = gainLoss;
    }

    /// <summary>The period end or settlement date.</summary>
    public LocalDate Date { get; }

    /// <summary>Unrealised (period end), the reversal of the earlier unrealised steps, or realised (both on settlement).</summary>
    public GainLossKind Kind { get; }

    /// <summary>The previous carrying rate (home per foreign unit).</summary>
    public decimal FromRate { get; }

    /// <summary>The new rate.</summary>
    public decimal ToRate { get; }

    /// <summary>The carrying amount before, rounded.</summary>
    public Money CarryingBefore { get; }

    /// <summary>The carrying amount after, rounded.</summary>
    public Money CarryingAfter { get; }

    /// <summary>The gain (positive) or loss (negative) to profit or loss, in the home currency: the change in the rounded carrying amount.</summary>
    public Money GainLoss { get; }

    /// <summary>The same step before rounding: ±N × (to − from). These sum exactly to ±N × (S_settle − S_txn).</summary>
    public Money ExactGainLoss { get; }

    /// <inheritdoc />
    public override string ToString() => Invariant($"{FxText.Format(Date)} {Kind}: {FxText.Format(FromRate)} → {FxText.Format(ToRate)} = {GainLoss}");
}

/// <summary>
/// Foreign-exchange differences on a monetary item in the style of IAS 21 §21–28, and variance against a budget
/// rate (money-fx.md §5.2 formulas 6 and 8). Rates are home units per foreign unit.
/// </summary>
public static class FxGainLoss
{
    /// <summary>
    /// The exchange differences of an item booked at <paramref name="transactionRate"/>, remeasured at each period-end
    /// closing rate and settled at <paramref name="settlementRate"/>, in the order they are booked:
    /// <list type="number">
    /// <item>one <see cref="GainLossKind.Unrealised"/> step per period end, from the previous carrying rate to the closing rate;</item>
    /// <item>on settlement, when there were period ends, one <see cref="GainLossKind.UnrealisedReversal"/> step from the
    /// last closing rate back to the transaction rate, reversing the unrealised steps (their sum, negated);</item>
    /// <item>on settlement, one <see cref="GainLossKind.Realised"/> step from the transaction rate to the settlement
    /// rate: the whole realised difference N × (S_settle − S_txn) of IAS 21 §28.</item>
    /// </list>
    /// The carrying amount at each step is round(N × rate); each step is the change in carrying amount (negated for a
    /// payable), and each step starts where the previous one ended. The steps therefore sum exactly to the total,
    /// round(N × S_settle) − round(N × S_txn) — the realised step — which is within one minor unit of
    /// N × (S_settle − S_txn); the unrounded <see cref="FxGainLossStep.ExactGainLoss"/> values sum exactly to
    /// N × (S_settle − S_txn).
    /// </summary>
    /// <param name="amount">The item's foreign amount N; positive.</param>
    /// <param name="kind">Receivable or payable.</param>
    /// <param name="home">The home (functional) currency.</param>
    /// <param name="transactionDate">The date the item is booked.</param>
    /// <param name="transactionRate">S_txn, the spot rate on the transaction date.</param>
    /// <param name="periodEnds">Period-end dates and closing rates, in date order, strictly after <paramref name="transactionDate"/> and strictly before <paramref name="settlementDate"/>.</param>
    /// <param name="settlementDate">The settlement date; not before <paramref name="transactionDate"/>.</param>
    /// <param name="settlementRate">S_settle.</param>
    /// <param name="rounding">The rounding of carrying amounts.</param>
    /// <exception cref="ArgumentException">The amount is not positive or in the home currency, a rate is not positive, or period ends are out of order.</exception>
    public static IReadOnlyList<FxGainLossStep> Schedule(
        Money amount, MonetaryItemKind kind, Currency home, LocalDate transactionDate, decimal transactionRate,
        IEnumerable<(LocalDate PeriodEnd, decimal ClosingRate)> periodEnds, LocalDate settlementDate, decimal settlementRate, MidpointRounding rounding)
    {
        ArgumentNullException.ThrowIfNull(home);
        ArgumentNullException.ThrowIfNull(periodEnds);
        if (amount.IsDefault || amount.Amount <= 0m || amount.Currency.Equals(home))
        {
            throw new ArgumentException(Invariant($"The item must be a positive amount in a currency other than {home.Code}."), nameof(amount));
        }

        HedgeBook.RequirePositive(transactionRate, nameof(transactionRate));
        HedgeBook.RequirePositive(settlementRate, nameof(settlementRate));
        if (settlementDate < transactionDate)
        {
            throw new ArgumentException(Invariant($"Settlement {FxText.Format(settlementDate)} is before the transaction {FxText.Format(transactionDate)}."), nameof(settlementDate));
        }

        var sign = kind == MonetaryItemKind.Receivable ? 1m : -1m;
        var steps = new List<FxGainLossStep>();
        var rate = transactionRate;
        var carrying = Carrying(amount, rate, home, rounding);
        var previous = transactionDate;
        foreach (var (date, closing) in periodEnds)
        {
            HedgeBook.RequirePositive(closing, nameof(periodEnds));
            if (date <= previous || date >= settlementDate)
            {
                throw new ArgumentException(
                    Invariant($"Period end {FxText.Format(date)} must come after {FxText.Format(previous)} (the transaction or the previous period end) and before settlement {FxText.Format(settlementDate)}."),
                    nameof(periodEnds));
            }

            var next = Carrying(amount, closing, home, rounding);
            steps.Add(Step(date, GainLossKind.Unrealised, rate, closing, carrying, next));
            (rate, carrying, previous) = (closing, next, date);
        }

        var booked = Carrying(amount, transactionRate, home, rounding);
        if (steps.Count > 0)
        {
            steps.Add(Step(settlementDate, GainLossKind.UnrealisedReversal, rate, transactionRate, carrying, booked));
        }

        steps.Add(Step(settlementDate, GainLossKind.Realised, transactionRate, settlementRate, booked, Carrying(amount, settlementRate, home, rounding)));
        return steps;

        FxGainLossStep Step(LocalDate date, GainLossKind stepKind, decimal from, decimal to, Money before, Money after) =>
            new(date, stepKind, from, to, before, after, (after - before).Multiply(sign), Exact(amount, from, to, home, sign));
    }

    /// <summary>
    /// The variance of an actual rate against the budget rate, in the home currency, signed so that positive is
    /// favourable: N × (R_actual − R_budget) for a receivable, the negative for a payable. Not rounded.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A rate is not positive.</exception>
    public static Money BudgetVariance(Money foreignAmount, MonetaryItemKind kind, Currency home, decimal actualRate, decimal budgetRate)
    {
        ArgumentNullException.ThrowIfNull(home);
        HedgeBook.RequirePositive(actualRate, nameof(actualRate));
        HedgeBook.RequirePositive(budgetRate, nameof(budgetRate));
        var sign = kind == MonetaryItemKind.Receivable ? 1m : -1m;
        return new Money(sign * foreignAmount.Amount * (actualRate - budgetRate), home);
    }

    /// <summary>Hedge result against budget: N_hedged × (K̄ − R_budget), in the home currency, positive favourable for a hedged receivable. Not rounded.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A rate is not positive.</exception>
    public static Money HedgeVersusBudget(Money hedgedAmount, MonetaryItemKind kind, Currency home, decimal blendedRate, decimal budgetRate) =>
        BudgetVariance(hedgedAmount, kind, home, blendedRate, budgetRate);

    private static Money Exact(Money amount, decimal from, decimal to, Currency home, decimal sign) =>
        new(sign * amount.Amount * (to - from), home);

    private static Money Carrying(Money amount, decimal rate, Currency home, MidpointRounding rounding) =>
        new Money(amount.Amount * rate, home).Round(rounding);
}
