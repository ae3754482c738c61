using System.Globalization;
using System.Numerics;

namespace CrossBorder.Internal;

/// <summary>Exact helpers on <see cref="decimal"/> that the BCL does not offer.</summary>
internal static class DecimalMath
{
    private static readonly decimal[] PowersOfTen = BuildPowers();

    /// <summary>10^n for n in 0..28, exact.</summary>
    public static decimal PowerOfTen(int n) => PowersOfTen[n];

    /// <summary>10^-n for n in 0..28, exact.</summary>
    public static decimal PowerOfTenInverse(int n) => new(1, 0, 0, false, checked((byte)n));

    /// <summary>
    /// <paramref name="a"/> + <paramref name="b"/>, as <see cref="decimal"/> adds them, unless decimal's 28–29
    /// significant digits could not hold the exact sum down to <paramref name="minorUnit"/> decimals: then a
    /// minor unit would be lost silently, and this throws instead.
    /// </summary>
    /// <exception cref="OverflowException">The sum is outside decimal's range or needs more digits than it holds.</exception>
    public static decimal AddKeepingMinorUnits(decimal a, decimal b, int minorUnit)
    {
        var sum = a + b;
        var scale = Math.Max(a.Scale, b.Scale);

        // Decimal addition lowers the scale only when the exact sum does not fit 96 bits; the check is rare and exact.
        if (sum.Scale >= scale || sum.Scale >= minorUnit || IsExactSum(a, b, sum, scale))
        {
            return sum;
        }

        throw new OverflowException(string.Create(
            CultureInfo.InvariantCulture,
            $"{a} + {b} needs more than decimal's 28–29 significant digits to keep every minor unit; the exact sum would be rounded."));
    }

    private static bool IsExactSum(decimal a, decimal b, decimal sum, int scale)
    {
        var exact = ((BigInteger)Mantissa(a) * BigInteger.Pow(10, scale - a.Scale)) + ((BigInteger)Mantissa(b) * BigInteger.Pow(10, scale - b.Scale));
        return exact == (BigInteger)Mantissa(sum) * BigInteger.Pow(10, scale - sum.Scale);
    }

    /// <summary>Digits after the decimal point once trailing zeros are dropped (1.50 → 1, 2.000 → 0).</summary>
    public static int SignificantScale(decimal value)
    {
        var scale = value.Scale;
        if (scale == 0)
        {
            return 0;
        }

        var mantissa = Magnitude(value);
        while (scale > 0 && mantissa % 10 == 0)
        {
            mantissa /= 10;
            scale--;
        }

        return scale;
    }

    /// <summary>The unscaled integer of a decimal: value = Mantissa × 10^-Scale, sign included.</summary>
    public static Int128 Mantissa(decimal value)
    {
        var magnitude = (Int128)Magnitude(value);
        return decimal.IsNegative(value) ? -magnitude : magnitude;
    }

    private static UInt128 Magnitude(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        return unchecked(new UInt128((uint)bits[2], ((ulong)(uint)bits[1] << 32) | (uint)bits[0]));
    }

    /// <summary>Builds the decimal unscaled × 10^-scale exactly; throws <see cref="OverflowException"/> beyond 96 bits.</summary>
    public static decimal FromUnscaled(Int128 unscaled, int scale)
    {
        var negative = unscaled < 0;
        var magnitude = (UInt128)(negative ? -unscaled : unscaled);
        if (magnitude >> 96 != 0)
        {
            throw new OverflowException("The amount is outside the range of System.Decimal.");
        }

        // Bit reinterpretation, not arithmetic: the project checks overflow by default.
        var (lo, mid, hi) = unchecked(((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64)));
        return new decimal(lo, mid, hi, negative, checked((byte)scale));
    }

    private static decimal[] BuildPowers()
    {
        var powers = new decimal[29];
        powers[0] = 1m;
        for (var i = 1; i < powers.Length; i++)
        {
            powers[i] = powers[i - 1] * 10m;
        }

        return powers;
    }
}
