using CrossBorder.Cli.Commands;
using NodaTime;

namespace CrossBorder.Cli.Tests.Commands;

/// <summary>The shared option parsers: each failure is one line naming the option.</summary>
public class CommonOptionsTests
{
    [Theory]
    [InlineData("95%", false, 0.95)]
    [InlineData(" 7.5 % ", false, 0.075)]
    [InlineData("95", true, 0.95)]
    [InlineData("99.9999", true, 0.999999)]
    [InlineData("-2%", false, -0.02)]
    public void Percentages_are_read_through_Percentage_Parse(string text, bool signOptional, decimal fraction)
    {
        Assert.Equal(fraction, CommonOptions.ParsePercentage(text, "--service", signOptional).Fraction);
    }

    [Theory]
    [InlineData("95", false, "--service '95' is not a percentage: expected a number with a percent sign, such as 95%.")]
    // Percentage.Parse would read the comma as a group separator: 955%.
    [InlineData("95,5%", false, "--service '95,5%' is not a percentage: write the decimal point as '.', such as 95.5%, with no group separators.")]
    [InlineData("ninety", true, "--service 'ninety' is not a percentage: expected a number (the % sign is optional), such as 95.")]
    [InlineData("", true, "--service is empty; give a percentage such as 95%.")]
    public void A_bad_percentage_names_the_option(string text, bool signOptional, string message)
    {
        Assert.Equal(message, Assert.Throws<UserErrorException>(() => CommonOptions.ParsePercentage(text, "--service", signOptional)).Message);
    }

    [Fact]
    public void Dates_are_ISO_and_a_bad_one_names_the_option_and_is_cut()
    {
        Assert.Equal(new LocalDate(2025, 6, 1), CommonOptions.ParseDate(" 2025-06-01 ", "--as-of"));
        Assert.Equal(
            "--as-of '01/06/2025' is not a date: expected YYYY-MM-DD, such as 2025-06-01.",
            Assert.Throws<UserErrorException>(() => CommonOptions.ParseDate("01/06/2025", "--as-of")).Message);
        var huge = Assert.Throws<UserErrorException>(() => CommonOptions.ParseDate(new string('9', 100_000), "--date")).Message;
        Assert.True(huge.Length < 200, huge);
    }

    [Fact]
    public void Chart_options_go_together_and_keep_the_order_given()
    {
        Assert.Empty(CommonOptions.ParseChart(null, null, "SKUs", "SKU-01,SKU-02", ".svg"));
        Assert.Equal(["B", "A"], CommonOptions.ParseChart("B, A,B", "c.SVG", "SKUs", "SKU-01,SKU-02", ".svg"));
        Assert.Equal(
            "--chart-output needs --chart with the SKUs to draw.",
            Assert.Throws<UserErrorException>(() => CommonOptions.ParseChart(null, "c.svg", "SKUs", "SKU-01", ".svg")).Message);
        Assert.Equal(
            "--chart needs --chart-output, a .svg or .html file.",
            Assert.Throws<UserErrorException>(() => CommonOptions.ParseChart("A", null, "series", "S1", ".svg", ".html")).Message);
        Assert.Equal(
            "--chart draws at most 50 SKUs.",
            Assert.Throws<UserErrorException>(() => CommonOptions.ParseChart(string.Join(',', Enumerable.Range(0, 51)), "c.svg", "SKUs", "SKU-01", ".svg")).Message);
    }
}
