using System.Globalization;
using NodaTime;

namespace CrossBorder;

/// <summary>
/// A rate for a <see cref="CurrencyPair"/> on a date: <c>USD/CNY 7.1025 on 2026-11-24</c> means 7.1025 CNY per USD.
/// Converts money both ways with an explicit rounding; inverse and cross rates keep exact decimal arithmetic.
/// </summary>
/// <remarks>Where a rate comes from (providers, bid/ask, staleness) is the business of CrossBorder.Fx.</remarks>
public sealed class ExchangeRate : IEquatable<ExchangeRate>
{
    /// <summary>Creates a rate.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is zero or negative.</exception>
    public ExchangeRate(CurrencyPair pair, decimal rate, LocalDate date)
    {
        if (pair.Equals(default(CurrencyPair)))
        {
            throw new ArgumentException("The currency pair is default(CurrencyPair).", nameof(pair));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        Pair = pair;
        Rate = rate;
        Date = date;
    }

    /// <summary>Creates a rate from two currencies: <c>new ExchangeRate(usd, cny, 7.1025m, date)</c>.</summary>
    public ExchangeRate(Currency baseCurrency, Currency quoteCurrency, decimal rate, LocalDate date)
        : this(new CurrencyPair(baseCurrency, quoteCurrency), rate, date)
    {
    }

    /// <summary>The pair.</summary>
    public CurrencyPair Pair { get; }

    /// <summary>Units of the quote currency per unit of the base currency; always positive.</summary>
    public decimal Rate { get; }

    /// <summary>The date the rate applies to.</summary>
    public LocalDate Date { get; }

    /// <summary>The base currency.</summary>
    public Currency Base => Pair.Base;

    /// <summary>The quote currency.</summary>
    public Currency Quote => Pair.Quote;

    /// <summary>The same rate the other way round (1 / rate, to decimal's 28 digits).</summary>
    public ExchangeRate Inverse() => new(Pair.Inverse(), 1m / Rate, Date);

    /// <summary>
    /// The cross rate through the currency this rate and <paramref name="other"/> share: EUR/USD and USD/CNY give
    /// EUR/CNY. Either rate may be quoted either way round. The cross rate carries the earlier of the two dates.
    /// </summary>
    /// <exception cref="ArgumentException">The rates share no currency, or share both.</exception>
    public ExchangeRate Cross(ExchangeRate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var date = Date < other.Date ? Date : other.Date;

        // Orient both legs as X/common and common/Y, then multiply.
        var first = Quote.Equals(other.Base) || Quote.Equals(other.Quote) ? this : Inverse();
        var common = first.Quote;
        if (!other.Pair.Contains(common) || other.Pair.Equals(first.Pair) || other.Pair.Equals(first.Pair.Inverse()))
        {
            throw new ArgumentException($"{Pair} and {other.Pair} share no single currency to cross through.", nameof(other));
        }

        var second = other.Base.Equals(common) ? other : other.Inverse();
        return new ExchangeRate(first.Base, second.Quote, first.Rate * second.Rate, date);
    }

    /// <summary>
    /// Converts money in either currency of the pair into the other, rounded to the target currency's minor unit.
    /// </summary>
    /// <exception cref="ArgumentException">The money is in neither currency of the pair.</exception>
    /// <exception cref="InvalidOperationException">The target currency has no minor unit.</exception>
    public Money Convert(Money money, MidpointRounding rounding) =>
        ConvertExact(money).Round(rounding);

    /// <summary>Converts money into the other currency of the pair, exactly (to decimal's 28 digits), without rounding.</summary>
    /// <exception cref="ArgumentException">The money is in neither currency of the pair.</exception>
    public Money ConvertExact(Money money)
    {
        if (money.Currency.Equals(Base))
        {
            return new Money(money.Amount * Rate, Quote);
        }

        return money.Currency.Equals(Quote)
            ? new Money(money.Amount / Rate, Base)
            : throw new ArgumentException($"{money} is in neither currency of {Pair}.", nameof(money));
    }

    /// <inheritdoc />
    public bool Equals(ExchangeRate? other) =>
        other is not null && Pair.Equals(other.Pair) && Rate == other.Rate && Date == other.Date;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExchangeRate);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Pair, Rate, Date);

    /// <summary><c>USD/CNY 7.1025 on 2026-11-24</c>.</summary>
    public override string ToString() =>
        $"{Pair} {Rate.ToString(CultureInfo.InvariantCulture)} on {Internal.Dates.Format(Date)}";
}
