namespace CrossBorder;

public readonly partial struct Money
{
    /// <summary>
    /// Exact sum of two amounts in the same currency (to decimal's 28–29 significant digits, which never drops a
    /// digit at or above the minor unit: a sum that would throws).
    /// </summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The sum is outside the range of <see cref="decimal"/>, or so large that decimal cannot hold its minor units and would round it.</exception>
    public Money Add(Money other)
    {
        var currency = Currency;
        CurrencyMismatchException.ThrowIfDifferent(currency, other.Currency, "add");
        return new Money(currency, Internal.DecimalMath.AddKeepingMinorUnits(_amount, other._amount, currency.MinorUnit ?? 0));
    }

    /// <summary>Exact difference of two amounts in the same currency, on the terms of <see cref="Add"/>.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="OverflowException">The difference is outside the range of <see cref="decimal"/>, or so large that decimal cannot hold its minor units and would round it.</exception>
    public Money Subtract(Money other)
    {
        var currency = Currency;
        CurrencyMismatchException.ThrowIfDifferent(currency, other.Currency, "subtract");
        return new Money(currency, Internal.DecimalMath.AddKeepingMinorUnits(_amount, -other._amount, currency.MinorUnit ?? 0));
    }

    /// <summary>The amount with its sign flipped.</summary>
    public Money Negate() => new(Currency, -_amount);

    /// <summary>The absolute amount.</summary>
    public Money Abs() => new(Currency, Math.Abs(_amount));

    /// <summary>The amount times a factor, exactly (up to decimal's 28 digits); not rounded.</summary>
    public Money Multiply(decimal factor) => new(Currency, _amount * factor);

    /// <summary>The amount times a rate (19% of it); not rounded.</summary>
    public Money Multiply(Percentage rate) => new(Currency, _amount * rate.Fraction);

    /// <summary>The amount divided by a divisor, to decimal's 28 digits; not rounded. Use <see cref="Split"/> to share money out.</summary>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public Money Divide(decimal divisor) => new(Currency, _amount / divisor);

    /// <summary>The ratio of two amounts in the same currency.</summary>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public decimal Divide(Money divisor)
    {
        CurrencyMismatchException.ThrowIfDifferent(Currency, divisor.Currency, "divide");
        return _amount / divisor._amount;
    }

    /// <summary>Sums amounts in one currency; an empty sequence gives zero in <paramref name="currency"/>.</summary>
    /// <exception cref="CurrencyMismatchException">An amount is in another currency.</exception>
    public static Money Sum(IEnumerable<Money> amounts, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = Zero(currency);
        foreach (var amount in amounts)
        {
            total += amount;
        }

        return total;
    }

    /// <inheritdoc cref="Add" />
    public static Money operator +(Money left, Money right) => left.Add(right);

    /// <inheritdoc cref="Subtract" />
    public static Money operator -(Money left, Money right) => left.Subtract(right);

    /// <inheritdoc cref="Negate" />
    public static Money operator -(Money value) => value.Negate();

    /// <summary>The value itself.</summary>
    public static Money operator +(Money value) => value;

    /// <inheritdoc cref="Multiply(decimal)" />
    public static Money operator *(Money money, decimal factor) => money.Multiply(factor);

    /// <inheritdoc cref="Multiply(decimal)" />
    public static Money operator *(decimal factor, Money money) => money.Multiply(factor);

    /// <inheritdoc cref="Multiply(Percentage)" />
    public static Money operator *(Money money, Percentage rate) => money.Multiply(rate);

    /// <inheritdoc cref="Multiply(Percentage)" />
    public static Money operator *(Percentage rate, Money money) => money.Multiply(rate);

    /// <inheritdoc cref="Divide(decimal)" />
    public static Money operator /(Money money, decimal divisor) => money.Divide(divisor);

    /// <inheritdoc cref="Divide(Money)" />
    public static decimal operator /(Money dividend, Money divisor) => dividend.Divide(divisor);
}
