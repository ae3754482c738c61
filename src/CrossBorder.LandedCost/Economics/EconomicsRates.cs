namespace CrossBorder.LandedCost;

/// <summary>
/// Converts the inputs of <see cref="UnitEconomics"/> and <see cref="FulfilmentComparison"/> into the result currency
/// with the caller's rates, exactly (Core's <see cref="ExchangeRate.ConvertExact"/>, nothing rounded): a rate of the
/// pair either way round, or two rates crossed through the currency they share.
/// </summary>
internal sealed class EconomicsRates
{
    private readonly IReadOnlyList<ExchangeRate> _rates;
    private readonly Dictionary<Currency, Func<Money, Money>> _converters = [];

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
        _rates = rates;
    }

    /// <summary>The result currency.</summary>
    public Currency Target { get; }

    /// <summary><paramref name="money"/> in the target currency, exact.</summary>
    /// <exception cref="ArgumentException">No rate, direct, inverted or crossed, connects the two currencies (named as the rates parameter).</exception>
    public Money Convert(Money money)
    {
        var from = money.Currency;
        if (from.Equals(Target))
        {
            return money;
        }

        if (!_converters.TryGetValue(from, out var converter))
        {
            converter = Find(from);
            _converters[from] = converter;
        }

        return converter(money);
    }

    /// <summary>The sum of <paramref name="amounts"/> in the target currency, exact.</summary>
    public Money Sum(IEnumerable<Money> amounts) => amounts.Aggregate(Money.Zero(Target), (sum, m) => sum + Convert(m));

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2208", Justification = "The missing rate belongs in the caller's rates argument.")]
    private Func<Money, Money> Find(Currency from)
    {
        var direct = _rates.FirstOrDefault(r => r.Pair.Contains(from) && r.Pair.Contains(Target));
        if (direct is not null)
        {
            return direct.ConvertExact;
        }

        foreach (var first in _rates.Where(r => r.Pair.Contains(from)))
        {
            var pivot = first.Base.Equals(from) ? first.Quote : first.Base;
            var second = _rates.FirstOrDefault(r => r.Pair.Contains(pivot) && r.Pair.Contains(Target));
            if (second is not null)
            {
                var crossed = first.Cross(second);
                return crossed.ConvertExact;
            }
        }

        throw new ArgumentException($"No rate converts {from.Code} into {Target.Code}; supply one (such as {Target.Code}/{from.Code}), directly or through a currency both share.", "rates");
    }
}
