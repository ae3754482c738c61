namespace CrossBorder;

public readonly partial struct Money
{
    /// <summary>Rounds to the currency's minor unit (cents for USD, whole yen for JPY).</summary>
    /// <param name="mode">How to round a midpoint: <see cref="MidpointRounding.ToEven"/> (banker's) or <see cref="MidpointRounding.AwayFromZero"/> (commercial) are the usual choices.</param>
    /// <exception cref="InvalidOperationException">The currency has no minor unit; use <see cref="Round(int, MidpointRounding)"/>.</exception>
    public Money Round(MidpointRounding mode) => Round(Currency.RequireMinorUnit(), mode);

    /// <summary>Rounds to a number of decimals, for example 4 for a unit price.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public Money Round(int decimals, MidpointRounding mode)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        return new Money(Math.Round(_amount, decimals, mode), Currency);
    }

    /// <summary>Rounds to a multiple of <paramref name="increment"/>: cash rounding such as CHF 0.05 or SEK 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="increment"/> is not positive.</exception>
    public Money RoundToIncrement(decimal increment, MidpointRounding mode)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(increment);
        return new Money(Math.Round(_amount / increment, 0, mode) * increment, Currency);
    }
}
