using System.Numerics;

namespace CrossBorder.Tests.Helpers;

/// <summary>Exact integer arithmetic on decimals for the properties, independent of decimal's own rounding.</summary>
public static class Exact
{
    private static readonly BigInteger MantissaLimit = BigInteger.One << 96;

    /// <summary>A decimal as an integer count of 10^-28, exactly (from its bits, no decimal arithmetic).</summary>
    public static BigInteger Of(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = unchecked(((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0]);
        var scale = (bits[3] >> 16) & 0xFF;
        return (value < 0m ? -mantissa : mantissa) * BigInteger.Pow(10, 28 - scale);
    }

    /// <summary>
    /// Whether a count of 10^-28 is a decimal: some scale 0–28 makes it a whole mantissa below 2^96 (decimal's
    /// definition: value = mantissa × 10^-scale).
    /// </summary>
    public static bool IsDecimal(BigInteger count)
    {
        var magnitude = BigInteger.Abs(count);
        for (var scale = 28; scale >= 0; scale--)
        {
            var divisor = BigInteger.Pow(10, 28 - scale);
            if (magnitude % divisor != 0)
            {
                return false;
            }

            if (magnitude / divisor < MantissaLimit)
            {
                return true;
            }
        }

        return false;
    }
}
