namespace CrossBorder.Text;

/// <summary>
/// Converts between currencies with the caller's rates: direct, inverted (by division, so that CNY 3,600,000 at
/// USD 1 = CNY 7.2 is exactly USD 500,000), or crossed through one currency; results are rounded half away from zero
/// to the target's minor unit. Compiled as source into the packages that convert with caller-supplied rates (ADR 0006).
/// </summary>
internal sealed class RateTable(IReadOnlyList<ExchangeRate> rates)
{
    private readonly Dictionary<(Currency, Currency), Func<decimal, decimal>> _cache = [];

    // Replaced whole (one reference), so that a reader never sees the parts of two answers.
    private LastAnswer? _last;

    /// <summary>The rate that converts one unit, as text for traces: <c>1 USD = 7.2 CNY</c>.</summary>
    public string Describe(Currency from, Currency to) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"1 {from.Code} = {Converter(from, to)(1m):0.##########} {to.Code}");

    /// <summary>The amount in <paramref name="target"/>, rounded to its minor unit.</summary>
    /// <exception cref="ArgumentException">No rate, direct, inverted or crossed, connects the two currencies.</exception>
    public Money Convert(Money amount, Currency target)
    {
        if (amount.Currency == target)
        {
            return amount;
        }

        var converted = Converter(amount.Currency, target)(amount.Amount);
        return Money.Of(Math.Round(converted, target.MinorUnit ?? 0, MidpointRounding.AwayFromZero), target);
    }

    /// <summary>The amount in <paramref name="target"/>, not rounded (for per-unit figures that are rounded only at the end).</summary>
    /// <exception cref="ArgumentException">No rate, direct, inverted or crossed, connects the two currencies.</exception>
    public Money ConvertExact(Money amount, Currency target) =>
        amount.Currency == target ? amount : Money.Of(Converter(amount.Currency, target)(amount.Amount), target);

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Usage", "CA2208", Justification = "The missing rate is in the caller's rates argument, which this type holds.")]
    private Func<decimal, decimal> Converter(Currency from, Currency to)
    {
        // The last pair answered first: a calculation converts one pair many times in a row, and comparing two
        // references is cheaper than hashing two currency codes.
        if (_last is { } last && ReferenceEquals(last.From, from) && ReferenceEquals(last.To, to))
        {
            return last.Converter;
        }

        if (_cache.TryGetValue((from, to), out var cached))
        {
            _last = new LastAnswer(from, to, cached);
            return cached;
        }

        var converter = Direct(from, to) ?? Crossed(from, to)
            ?? throw new ArgumentException($"No rate converts {from.Code} into {to.Code}; supply one (such as {to.Code}/{from.Code}).", nameof(rates));
        _cache[(from, to)] = converter;
        _last = new LastAnswer(from, to, converter);
        return converter;
    }

    private Func<decimal, decimal>? Direct(Currency from, Currency to)
    {
        foreach (var rate in rates)
        {
            var r = rate.Rate;
            if (rate.Base == from && rate.Quote == to)
            {
                return amount => amount * r;
            }

            if (rate.Base == to && rate.Quote == from)
            {
                return amount => amount / r;
            }
        }

        return null;
    }

    private Func<decimal, decimal>? Crossed(Currency from, Currency to)
    {
        foreach (var rate in rates.Where(r => r.Pair.Contains(from)))
        {
            var pivot = rate.Base == from ? rate.Quote : rate.Base;
            if (pivot != to && Direct(from, pivot) is { } first && Direct(pivot, to) is { } second)
            {
                return amount => second(first(amount));
            }
        }

        return null;
    }

    private sealed record LastAnswer(Currency From, Currency To, Func<decimal, decimal> Converter);
}
