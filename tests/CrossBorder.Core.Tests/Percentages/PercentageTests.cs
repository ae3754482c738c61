using System.Globalization;
using CrossBorder.Tests.Helpers;

namespace CrossBorder.Tests;

public class PercentageTests
{
    [Fact]
    public void The_three_ways_to_say_nineteen_percent_agree()
    {
        var rate = Percentage.FromPercent(19m);

        Assert.Equal(rate, Percentage.FromFraction(0.19m));
        Assert.Equal(rate, Percentage.FromBasisPoints(1900m));
        Assert.Equal(rate, Percentage.Parse("19%"));
        Assert.Equal(0.19m, rate.Fraction);
        Assert.Equal(19m, rate.Percent);
        Assert.Equal(1900m, rate.BasisPoints);
    }

    [Theory]
    [InlineData("19%", "19%")]
    [InlineData("7.5 %", "7.5%")]
    [InlineData("-2%", "-2%")]
    [InlineData("0.25%", "0.25%")]
    [InlineData("100%", "100%")]
    [InlineData("1,250%", "1250%")]
    public void Parse_and_print_in_the_invariant_culture(string text, string printed) =>
        Assert.Equal(printed, Percentage.Parse(text).ToString());

    [Theory]
    [InlineData("19")]
    [InlineData("0.19")]
    [InlineData("%")]
    [InlineData("abc%")]
    [InlineData("")]
    public void Text_without_a_percent_sign_is_not_a_percentage(string text)
    {
        var error = Assert.Throws<FormatException>(() => Percentage.Parse(text));

        Assert.Contains("percent sign", error.Message, StringComparison.Ordinal);
        Assert.False(Percentage.TryParse(text, CultureInfo.InvariantCulture, out _));
    }

    [Theory]
    [InlineData("de-DE", "19,5 %")]
    [InlineData("fr-FR", "19,5 %")]
    [InlineData("en-US", "19.5%")]
    [InlineData("tr-TR", "%19,5")]
    public void Cultures_print_their_own_way_and_read_it_back(string culture, string expected)
    {
        var provider = CultureInfo.GetCultureInfo(culture);
        var rate = Percentage.FromPercent(19.5m);

        var text = rate.ToString("G", provider).Replace('\u00A0', ' ').Replace('\u202F', ' ');

        Assert.Equal(expected, text);
        Assert.Equal(rate, Percentage.Parse(rate.ToString("G", provider), provider));
    }

    [Fact]
    public void Rates_multiply_money_without_rounding()
    {
        var net = Money.Of(100.05m, "EUR");

        Assert.Equal(Money.Of(19.0095m, "EUR"), Percentage.Parse("19%").Of(net));
        Assert.Equal(19.0095m, Percentage.Parse("19%").Of(100.05m));
        Assert.Equal(Money.Of(119.0595m, "EUR"), net + (net * Percentage.Parse("19%")));
    }

    [Fact]
    public void Arithmetic_equality_and_order()
    {
        var a = Percentage.FromPercent(5m);
        var b = Percentage.FromPercent(7m);

        Assert.Equal(Percentage.FromPercent(12m), a + b);
        Assert.Equal(Percentage.FromPercent(-2m), a - b);
        Assert.Equal(Percentage.FromPercent(-5m), -a);
        Assert.Equal(Percentage.FromPercent(10m), a * 2m);
        Assert.Equal(a + b, Percentage.Add(a, b));
        Assert.Equal(a - b, Percentage.Subtract(a, b));
        Assert.Equal(-a, Percentage.Negate(a));
        Assert.Equal(a * 2m, Percentage.Multiply(a, 2m));
        Assert.Equal(Percentage.Zero, default);
        Assert.Equal(1m, Percentage.OneHundred.Fraction);
        Laws.Equality(a, Percentage.FromFraction(0.05m), b);
        Laws.Ordering(a, Percentage.FromFraction(0.050m), b);
        Assert.True(a < b && b > a && a <= Percentage.FromPercent(5m) && b >= Percentage.FromPercent(7m) && a != b && a == Percentage.FromPercent(5m));
    }

    [Fact]
    public void Unknown_formats_throw() =>
        Assert.Throws<FormatException>(() => Percentage.FromPercent(1m).ToString("P", CultureInfo.InvariantCulture));

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public void Parse_of_ToString_is_the_identity_in_every_culture(Percentage rate)
    {
        foreach (var culture in Cultures.All)
        {
            Assert.Equal(rate, Percentage.Parse(rate.ToString("G", culture), culture));
        }
    }
}
