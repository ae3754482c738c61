using System.Text.Json.Serialization;

namespace CrossBorder;

/// <summary>
/// An exact amount of money in one currency: a <see cref="decimal"/> amount and a <see cref="CrossBorder.Currency"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Money never rounds by itself.</b> Arithmetic is exact decimal arithmetic (28–29 significant digits),
/// so intermediate results keep every digit. Rounding happens only at the named points that take a
/// <see cref="MidpointRounding"/>: <see cref="Round(MidpointRounding)"/>, <see cref="Round(int, MidpointRounding)"/>,
/// <see cref="RoundToIncrement"/> and conversions through an <see cref="ExchangeRate"/>.
/// <see cref="Allocate(ReadOnlySpan{decimal})"/> and <see cref="Split"/> produce whole minor units and always sum
/// exactly to the total, which must itself be in whole minor units.
/// </para>
/// <para>
/// Arithmetic, comparison and allocation across currencies throw <see cref="CurrencyMismatchException"/>;
/// zero is not special. <c>default(Money)</c> has no currency: <see cref="IsDefault"/> tells, and any operation
/// that needs the currency throws <see cref="InvalidOperationException"/>.
/// </para>
/// </remarks>
[JsonConverter(typeof(Serialization.MoneyJsonConverter))]
public readonly partial struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    private readonly decimal _amount;
    private readonly Currency? _currency;

    /// <summary>Creates money of an exact amount; nothing is rounded.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public Money(decimal amount, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        _amount = amount;
        _currency = currency;
    }

    /// <summary>For results of operations whose currency is already known to be non-null.</summary>
    private Money(Currency currency, decimal amount)
    {
        _amount = amount;
        _currency = currency;
    }

    /// <summary>The exact amount, with as many decimals as it was given or computed with.</summary>
    public decimal Amount => _amount;

    /// <summary>The currency.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Money)</c>, which has no currency.</exception>
    public Currency Currency => _currency ?? throw DefaultMoneyException();

    /// <summary>Whether this is <c>default(Money)</c>: no currency, not a valid amount of money.</summary>
    public bool IsDefault => _currency is null;

    /// <summary>Whether the amount is zero.</summary>
    public bool IsZero => _amount == 0m;

    /// <summary>Whether the amount is below zero.</summary>
    public bool IsNegative => _amount < 0m;

    /// <summary>Whether the amount has no more decimals than the currency's minor unit (trailing zeros ignored).</summary>
    /// <exception cref="InvalidOperationException">The currency has no minor unit.</exception>
    public bool IsRounded => Internal.DecimalMath.SignificantScale(_amount) <= Currency.RequireMinorUnit();

    /// <summary>Creates money of an exact amount.</summary>
    public static Money Of(decimal amount, Currency currency) => new(amount, currency);

    /// <summary>Creates money of an exact amount in an ISO 4217 currency given by code.</summary>
    /// <exception cref="ArgumentException">The code is unknown.</exception>
    public static Money Of(decimal amount, string currencyCode) => new(amount, Currency.FromCode(currencyCode));

    /// <summary>Zero in <paramref name="currency"/>.</summary>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>Creates money from a count of minor units: 1999 cents → 19.99 USD.</summary>
    /// <exception cref="InvalidOperationException">The currency has no minor unit.</exception>
    public static Money FromMinorUnits(long minorUnits, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return new Money(Internal.DecimalMath.FromUnscaled(minorUnits, currency.RequireMinorUnit()), currency);
    }

    /// <summary>The amount as a count of minor units: 19.99 USD → 1999.</summary>
    /// <exception cref="InvalidOperationException">The amount has digits below the minor unit (round it first), or the currency has none.</exception>
    /// <exception cref="OverflowException">The count does not fit in a <see cref="long"/>.</exception>
    public long ToMinorUnits()
    {
        var minorUnit = Currency.RequireMinorUnit();
        if (!IsRounded)
        {
            throw new InvalidOperationException(
                $"{this} has digits below the minor unit of {Currency.Code}; round it first with Round(MidpointRounding).");
        }

        return decimal.ToInt64(_amount * Internal.DecimalMath.PowerOfTen(minorUnit));
    }

    /// <summary>Splits into amount and currency.</summary>
    public void Deconstruct(out decimal amount, out Currency currency)
    {
        amount = _amount;
        currency = Currency;
    }

    /// <summary>Equal when the currencies are equal and the amounts are numerically equal (1.0 equals 1.00).</summary>
    public bool Equals(Money other) => _amount == other._amount && Equals(_currency, other._currency);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_amount, _currency);

    /// <summary>Compares amounts in the same currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public int CompareTo(Money other)
    {
        CurrencyMismatchException.ThrowIfDifferent(Currency, other.Currency, "compare");
        return _amount.CompareTo(other._amount);
    }

    int IComparable.CompareTo(object? obj) => Internal.ValueTypeHelpers.CompareToObject(this, obj);

    /// <summary>Equality of currency and amount.</summary>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Inequality of currency or amount.</summary>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Less than, same currency only.</summary>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Less than or equal, same currency only.</summary>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Greater than, same currency only.</summary>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Greater than or equal, same currency only.</summary>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    /// <summary>The smaller of two amounts in the same currency.</summary>
    public static Money Min(Money left, Money right) => left <= right ? left : right;

    /// <summary>The larger of two amounts in the same currency.</summary>
    public static Money Max(Money left, Money right) => left >= right ? left : right;

    private static InvalidOperationException DefaultMoneyException() =>
        new("This Money is default(Money) and has no currency; create money with Money.Of(amount, currency).");
}
