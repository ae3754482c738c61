using System.Globalization;
using CrossBorder.Internal;

namespace CrossBorder.Tests.Internal;

/// <summary>
/// Exact decimal helpers. System.Decimal is a 96-bit integer mantissa and a scale 0..28 (value = mantissa × 10^-scale,
/// max mantissa 2^96 − 1 = 79,228,162,514,264,337,593,543,950,335); the expected values below are that definition worked
/// by hand.
/// </summary>
public class DecimalMathTests
{
    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    [Theory]
    // 5e26 at scale 2 is mantissa 5e28; 5e26 at scale 1 is 5e27. The exact sum 1e27 needs mantissa 1e29 at scale 2,
    // beyond 2^96, so decimal gives it at scale 1 (mantissa 1e28): lower scale, but exact. Both orders, so that each
    // operand is once the one with the larger scale.
    [InlineData("500000000000000000000000000.00", "500000000000000000000000000.0", "1000000000000000000000000000")]
    [InlineData("500000000000000000000000000.0", "500000000000000000000000000.00", "1000000000000000000000000000")]
    [InlineData("500000000000000000000000000.00", "500000000000000000000000000.00", "1000000000000000000000000000")]
    [InlineData("-500000000000000000000000000.00", "-500000000000000000000000000.0", "-1000000000000000000000000000")]
    public void A_sum_that_loses_scale_but_no_value_is_returned(string a, string b, string exact)
    {
        var expected = D(exact);

        var sum = DecimalMath.AddKeepingMinorUnits(D(a), D(b), minorUnit: 2);

        Assert.Equal(expected, sum);
        Assert.True(sum.Scale < Math.Max(D(a).Scale, D(b).Scale)); // the case under test: decimal lowered the scale
    }

    [Fact]
    public void A_sum_that_would_lose_a_minor_unit_throws()
    {
        // 1e27 + 0.01 is 1000000000000000000000000000.01: 30 significant digits, more than decimal holds; decimal
        // rounds it to 1e27 and the cent is gone.
        var e = Assert.Throws<OverflowException>(() => DecimalMath.AddKeepingMinorUnits(1_000_000_000_000_000_000_000_000_000m, 0.01m, minorUnit: 2));
        Assert.Contains("needs more than decimal's 28–29 significant digits to keep every minor unit", e.Message, StringComparison.Ordinal);

        // The same through Money: EUR has 2 minor digits (ISO 4217).
        Assert.Throws<OverflowException>(() => Money.Of(1_000_000_000_000_000_000_000_000_000m, "EUR") + Money.Of(0.01m, "EUR"));
    }

    [Fact]
    public void Rounding_below_the_minor_unit_is_not_a_loss()
    {
        // The lost 0.01 is below one decimal: to one decimal, 1e27 + 0.01 is 1e27.
        Assert.Equal(1_000_000_000_000_000_000_000_000_000m, DecimalMath.AddKeepingMinorUnits(1_000_000_000_000_000_000_000_000_000m, 0.01m, minorUnit: 1));
    }

    [Theory]
    [InlineData("1.50", 1)]
    [InlineData("2.000", 0)]
    [InlineData("0.125", 3)]
    [InlineData("-1.10", 1)]
    [InlineData("0.00", 0)]
    [InlineData("700", 0)]
    public void Significant_scale_drops_trailing_zeros(string value, int expected) =>
        Assert.Equal(expected, DecimalMath.SignificantScale(D(value)));

    [Fact]
    public void Mantissa_is_the_signed_unscaled_integer()
    {
        Assert.Equal(-123, DecimalMath.Mantissa(-1.23m));
        Assert.Equal((Int128.One << 96) - 1, DecimalMath.Mantissa(decimal.MaxValue));
    }

    [Fact]
    public void FromUnscaled_builds_mantissa_times_ten_to_the_minus_scale()
    {
        var cents = DecimalMath.FromUnscaled(12345, 2);
        Assert.Equal(123.45m, cents);
        Assert.Equal(2, cents.Scale);
        Assert.Equal(-123.45m, DecimalMath.FromUnscaled(-12345, 2));

        // 2^64 + 2^32 + 1 = 18,446,744,078,004,518,913: one bit in each 32-bit word of the mantissa.
        Assert.Equal(18_446_744_078_004_518_913m, DecimalMath.FromUnscaled((Int128.One << 64) + (Int128.One << 32) + 1, 0));
        Assert.Equal(decimal.MaxValue, DecimalMath.FromUnscaled((Int128.One << 96) - 1, 0));
        Assert.Equal(decimal.MinValue, DecimalMath.FromUnscaled(-((Int128.One << 96) - 1), 0));
    }

    [Fact]
    public void FromUnscaled_zero_has_no_sign()
    {
        // A zero built with the sign bit set is -0.00, which prints as such in some formats; zero is not negative.
        var zero = DecimalMath.FromUnscaled(0, 2);

        Assert.False(decimal.IsNegative(zero));
        Assert.Equal(2, zero.Scale);
    }

    [Fact]
    public void FromUnscaled_beyond_96_bits_throws()
    {
        Assert.Throws<OverflowException>(() => DecimalMath.FromUnscaled(Int128.One << 96, 0));
        Assert.Throws<OverflowException>(() => DecimalMath.FromUnscaled(-(Int128.One << 96), 4));
    }

    [Fact]
    public void Powers_of_ten_are_exact_over_the_whole_scale_range()
    {
        Assert.Equal(1m, DecimalMath.PowerOfTen(0));
        Assert.Equal(10_000_000_000_000_000_000_000_000_000m, DecimalMath.PowerOfTen(28));
        Assert.Equal(1m, DecimalMath.PowerOfTenInverse(0));
        Assert.Equal(0.0000000000000000000000000001m, DecimalMath.PowerOfTenInverse(28));
    }
}
