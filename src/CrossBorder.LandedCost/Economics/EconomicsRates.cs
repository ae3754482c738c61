using CrossBorder.Text;

namespace CrossBorder.LandedCost;

/// <summary>
/// Converts the inputs of <see cref="UnitEconomics"/> and <see cref="FulfilmentComparison"/> into the result currency
/// with the caller's rates, exactly (nothing rounded): a rate of the pair either way round, or two rates crossed through
/// the currency they share (the suite's <see cref="RateTable"/>).
/// </summary>
internal sealed class EconomicsRates
{
    private readonly RateTable _rates;

    /// <exception cref="ArgumentNullException">The currency or the rates are null, or a rate is.</exception>
    public EconomicsRates(Currency currency, IReadOnlyList<ExchangeRate>? rates)
    {
        ArgumentNullException.ThrowIfNull(currency);
        _ = currency.MinorUnit ?? throw new ArgumentException($"{currency.Code} has no minor unit; choose a currency that has one.", nameof(currency));
        rates ??= [];
        if (rates.Any(r => r is null))
        {
            throw new ArgumentNullException(nameof(rates), "A rate is null.");
        }

        Target = currency;
        _rates = new RateTable(rates);
    }

    /// <summary>The result currency.</summary>
    public Currency Target { get; }

    /// <summary><paramref name="money"/> in the target currency, exact.</summary>
    /// <exception cref="ArgumentException">No rate, direct, inverted or crossed, connects the two currencies (named as the rates parameter).</exception>
    public Money Convert(Money money) => _rates.ConvertExact(money, Target);

    /// <summary>The sum of <paramref name="amounts"/> in the target currency, exact.</summary>
    public Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero(Target), (sum, m) => sum + Convert(m));
}
