namespace CrossBorder;

public readonly partial struct Money
{
    /// <summary>
    /// Shares this amount out by <paramref name="ratios"/> in whole minor units, by the largest-remainder method:
    /// each part gets its exact share rounded toward zero, and the minor units left over go one each to the parts
    /// with the largest remainders (the earlier part first on a tie). The parts always sum exactly to this amount.
    /// </summary>
    /// <param name="ratios">Non-negative weights, at least one positive; zero and fractional weights are allowed.</param>
    /// <returns>One part per ratio, in order.</returns>
    /// <exception cref="ArgumentException"><paramref name="ratios"/> is empty, has a negative weight or only zeros.</exception>
    /// <exception cref="InvalidOperationException">This amount has digits below the minor unit (round it first), or the currency has no minor unit.</exception>
    public Money[] Allocate(ReadOnlySpan<decimal> ratios) => Allocate(ratios, Currency.RequireMinorUnit());

    /// <summary>Like <see cref="Allocate(ReadOnlySpan{decimal})"/>, in units of 10^-<paramref name="decimals"/> instead of the minor unit.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–28.</exception>
    public Money[] Allocate(ReadOnlySpan<decimal> ratios, int decimals)
    {
        var currency = Currency;
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, 28);
        var amounts = Internal.Allocation.Allocate(_amount, ratios, decimals, currency);
        var parts = new Money[amounts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = new Money(amounts[i], currency);
        }

        return parts;
    }

    /// <summary>
    /// Splits this amount into <paramref name="parts"/> parts in whole minor units that sum exactly to it and
    /// differ by at most one minor unit; the earlier parts take the extra units.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parts"/> is not positive.</exception>
    /// <exception cref="InvalidOperationException">This amount has digits below the minor unit, or the currency has none.</exception>
    public Money[] Split(int parts)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parts);
        var ratios = new decimal[parts];
        Array.Fill(ratios, 1m);
        return Allocate(ratios);
    }
}
