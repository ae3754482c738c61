using System.Globalization;

namespace CrossBorder.Tests;

/// <summary>
/// Money's sign, order operators and Min/Max at the ties, and Percentage's the same, written from the documented
/// meaning of each operator (strict for &lt; and &gt;, inclusive for &lt;= and &gt;=).
/// </summary>
public class MoneyOrderTests
{
    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    [Theory]
    [InlineData("-0.01", true)]
    [InlineData("0", false)]
    [InlineData("0.01", false)]
    public void IsNegative_is_strictly_below_zero(string amount, bool negative) =>
        Assert.Equal(negative, Usd(decimal.Parse(amount, CultureInfo.InvariantCulture)).IsNegative);

    [Fact]
    public void Order_operators_are_strict_or_inclusive_as_named()
    {
        Assert.True(Usd(1m) < Usd(2m));
        Assert.False(Usd(2m) < Usd(1m));
        Assert.False(Usd(1m) < Usd(1.00m));

        Assert.True(Usd(2m) > Usd(1m));
        Assert.False(Usd(1m) > Usd(2m));
        Assert.False(Usd(1m) > Usd(1.00m));

        Assert.True(Usd(1m) >= Usd(1.00m));
        Assert.True(Usd(2m) >= Usd(1m));
        Assert.False(Usd(1m) >= Usd(2m));

        Assert.True(Usd(1m) <= Usd(1.00m));
        Assert.False(Usd(2m) <= Usd(1m));
    }

    [Fact]
    public void Min_and_Max_pick_by_value_and_keep_the_left_operand_on_a_tie()
    {
        Assert.Equal(Usd(1m), Money.Min(Usd(2m), Usd(1m)));
        Assert.Equal(Usd(1m), Money.Min(Usd(1m), Usd(2m)));
        Assert.Equal(Usd(2m), Money.Max(Usd(1m), Usd(2m)));
        Assert.Equal(Usd(2m), Money.Max(Usd(2m), Usd(1m)));

        // 1.0 and 1.000 are equal amounts; the left one (scale 1) is returned, as Math.Min/Max do for decimals.
        Assert.Equal(1, Money.Min(Usd(1.0m), Usd(1.000m)).Amount.Scale);
        Assert.Equal(1, Money.Max(Usd(1.0m), Usd(1.000m)).Amount.Scale);
    }

    [Fact]
    public void Percentage_order_operators_are_strict_or_inclusive_as_named()
    {
        var five = Percentage.FromPercent(5m);
        var fiveAgain = Percentage.FromFraction(0.050m);
        var seven = Percentage.FromPercent(7m);

        Assert.True(five < seven);
        Assert.False(five < fiveAgain);
        Assert.False(seven < five);
        Assert.True(seven > five);
        Assert.False(five > fiveAgain);
        Assert.False(five > seven);
        Assert.True(five <= fiveAgain);
        Assert.True(five >= fiveAgain);
    }

    [Fact]
    public void Percentage_zero_has_no_sign_and_formats_are_G_in_either_case()
    {
        Assert.Equal("0%", Percentage.Zero.ToString());
        Assert.Equal("-2%", Percentage.FromPercent(-2m).ToString());
        Assert.Equal("19%", Percentage.FromPercent(19m).ToString("g", CultureInfo.InvariantCulture));
        Assert.Equal("19%", Percentage.FromPercent(19m).ToString("", CultureInfo.InvariantCulture));
        Assert.Equal(
            "Unknown Percentage format 'P': use G.",
            Assert.Throws<FormatException>(() => Percentage.FromPercent(19m).ToString("P", CultureInfo.InvariantCulture)).Message);
        Assert.Throws<ArgumentNullException>(() => Percentage.Parse(null!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Percentage_parses_a_culture_sign_written_first()
    {
        // A culture whose percent sign is not "%": the sign standing first (position 0) must still be found.
        var format = (NumberFormatInfo)NumberFormatInfo.InvariantInfo.Clone();
        format.PercentSymbol = "pct";

        Assert.Equal(Percentage.FromPercent(19m), Percentage.Parse("pct19", format));
        Assert.Equal(Percentage.FromPercent(19m), Percentage.Parse("19pct", format));
    }
}
