using System.Numerics;

namespace CrossBorder.Internal;

/// <summary>Exact largest-remainder allocation in integer units.</summary>
internal static class Allocation
{
    /// <summary>Allocates <paramref name="total"/> by <paramref name="ratios"/> in units of 10^-decimals.</summary>
    public static decimal[] Allocate(decimal total, ReadOnlySpan<decimal> ratios, int decimals, Currency currency)
    {
        Validate(ratios);
        try
        {
            // Int128 covers every realistic case without allocating big integers.
            return Allocate<Int128>(total, ratios, decimals, currency);
        }
        catch (OverflowException)
        {
            return Allocate<BigInteger>(total, ratios, decimals, currency);
        }
    }

    private static void Validate(ReadOnlySpan<decimal> ratios)
    {
        if (ratios.IsEmpty)
        {
            throw new ArgumentException("At least one ratio is needed.", nameof(ratios));
        }

        var anyPositive = false;
        for (var i = 0; i < ratios.Length; i++)
        {
            if (ratios[i] < 0m)
            {
                throw new ArgumentException($"Ratio {i} is negative ({ratios[i]}); ratios must be zero or positive.", nameof(ratios));
            }

            anyPositive |= ratios[i] > 0m;
        }

        if (!anyPositive)
        {
            throw new ArgumentException("All ratios are zero; at least one must be positive.", nameof(ratios));
        }
    }

    private static decimal[] Allocate<T>(decimal total, ReadOnlySpan<decimal> ratios, int decimals, Currency currency)
        where T : IBinaryInteger<T>
    {
        var units = ToUnits<T>(total, decimals, currency);
        var negative = T.IsNegative(units);
        units = T.Abs(units);

        var maxScale = 0;
        foreach (var ratio in ratios)
        {
            maxScale = Math.Max(maxScale, ratio.Scale);
        }

        var weights = new T[ratios.Length];
        var weightSum = T.Zero;
        for (var i = 0; i < ratios.Length; i++)
        {
            weights[i] = T.CreateChecked(DecimalMath.Mantissa(ratios[i])) * PowerOfTen<T>(maxScale - ratios[i].Scale);
            weightSum += weights[i];
        }

        var parts = new T[ratios.Length];
        var remainders = new T[ratios.Length];
        var leftover = units;
        for (var i = 0; i < ratios.Length; i++)
        {
            (parts[i], remainders[i]) = T.DivRem(units * weights[i], weightSum);
            leftover -= parts[i];
        }

        // Largest remainder first; equal remainders keep their order, so ties favour earlier parts.
        var order = new int[ratios.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var byRemainder = remainders[b].CompareTo(remainders[a]);
            return byRemainder != 0 ? byRemainder : a.CompareTo(b);
        });
        for (var k = 0; T.CreateChecked(k) < leftover; k++)
        {
            parts[order[k]]++;
        }

        var result = new decimal[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var unscaled = Int128.CreateChecked(parts[i]);
            result[i] = DecimalMath.FromUnscaled(negative ? -unscaled : unscaled, decimals);
        }

        return result;
    }

    private static T ToUnits<T>(decimal amount, int decimals, Currency currency)
        where T : IBinaryInteger<T>
    {
        var mantissa = T.CreateChecked(DecimalMath.Mantissa(amount));
        var scale = amount.Scale;
        if (scale <= decimals)
        {
            return mantissa * PowerOfTen<T>(decimals - scale);
        }

        var (units, remainder) = T.DivRem(mantissa, PowerOfTen<T>(scale - decimals));
        if (!T.IsZero(remainder))
        {
            throw new InvalidOperationException(
                $"{new Money(amount, currency)} has digits below the allocation unit of 10^-{decimals}; round it first so that no fraction of a unit is lost.");
        }

        return units;
    }

    private static T PowerOfTen<T>(int exponent)
        where T : IBinaryInteger<T>
    {
        var ten = T.CreateChecked(10);
        var result = T.One;
        for (var i = 0; i < exponent; i++)
        {
            result *= ten;
        }

        return result;
    }
}
