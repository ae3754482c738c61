using System.Globalization;
using CrossBorder.Tests.Helpers;

namespace CrossBorder.Tests;

/// <summary>
/// Group separators must stand where the culture groups digits. .NET's <see cref="NumberStyles.AllowThousands"/> takes
/// a separator anywhere, so without this check "USD 1,5" read as USD 15.00: a European 1.5 taken for ten times it.
/// Expected values are the grouping rules of each culture's <see cref="NumberFormatInfo.NumberGroupSizes"/>
/// (3 for en-US, de-DE and fr-FR; 3 then 2 for en-IN), written out by hand.
/// </summary>
public class GroupSeparatorTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Theory]
    [InlineData("USD 1,234.56", "", 1234.56)]
    [InlineData("USD 1,234,567.89", "", 1234567.89)]
    [InlineData("USD 12,345", "", 12345)]
    [InlineData("USD 123,456.7", "", 123456.7)]
    [InlineData("USD -1,000", "", -1000)]
    [InlineData("(1,000.00) USD", "", -1000)]
    [InlineData("USD 1234567.89", "", 1234567.89)]
    [InlineData("1.234,56 EUR", "de-DE", 1234.56)]
    [InlineData("1.234.567 EUR", "de-DE", 1234567)]
    [InlineData("INR 1,23,456.78", "en-IN", 123456.78)]
    [InlineData("INR 12,34,56,789", "en-IN", 123456789)]
    [InlineData("INR 999", "en-IN", 999)]
    [InlineData("EUR 1\u202F234,56", "fr-FR", 1234.56)]
    [InlineData("EUR 1 234,56", "fr-FR", 1234.56)]
    public void Groups_of_the_cultures_sizes_are_read(string text, string culture, double amount)
    {
        var parsed = Money.Parse(text, CultureInfo.GetCultureInfo(culture));

        Assert.Equal((decimal)amount, parsed.Amount);
    }

    [Theory]
    [InlineData("USD 1,5", "")]
    [InlineData("USD 1,50", "")]
    [InlineData("USD 12,34.56", "")]
    [InlineData("USD 1,2345", "")]
    [InlineData("USD 1234,567.00", "")]
    [InlineData("USD 1,,234", "")]
    [InlineData("USD 1,2,3.4", "")]
    [InlineData("USD -1,5", "")]
    [InlineData("(1,5) USD", "")]
    [InlineData("1.5 EUR", "de-DE")]
    [InlineData("1.50 EUR", "de-DE")]
    [InlineData("INR 123,456.78", "en-IN")]
    [InlineData("INR 1,234,567", "en-IN")]
    public void A_separator_out_of_place_is_refused_with_a_reason_never_read_as_another_amount(string text, string culture)
    {
        var e = Assert.Throws<FormatException>(() => Money.Parse(text, CultureInfo.GetCultureInfo(culture)));

        Assert.Contains("group separator out of place", e.Message, StringComparison.Ordinal);
        Assert.False(Money.TryParse(text, CultureInfo.GetCultureInfo(culture), out _));
    }

    [Theory]
    [InlineData("19,5%")]
    [InlineData("1,5 %")]
    [InlineData("%12,34")]
    [InlineData("1,0000%")]
    public void A_percentage_with_a_separator_out_of_place_is_refused(string text)
    {
        Assert.Throws<FormatException>(() => Percentage.Parse(text, Invariant));
        Assert.False(Percentage.TryParse(text, Invariant, out _));
    }

    [Theory]
    [InlineData("1,000%", "", 1000)]
    [InlineData("-2,500.5%", "", -2500.5)]
    [InlineData("19,5 %", "de-DE", 19.5)]
    [InlineData("1.000,5 %", "de-DE", 1000.5)]
    public void A_percentage_grouped_as_the_culture_groups_is_read(string text, string culture, double percent)
    {
        Assert.Equal(Percentage.FromPercent((decimal)percent), Percentage.Parse(text, CultureInfo.GetCultureInfo(culture)));
    }

    /// <summary>Every culture's own grouping ("N" format, which groups with its sizes) reads back to the same amount.</summary>
    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public void Numbers_grouped_by_their_culture_read_back(Money money)
    {
        foreach (var culture in Cultures.All.Append(CultureInfo.GetCultureInfo("en-IN")))
        {
            var text = money.Amount.ToString("N" + money.Currency.MinorUnit!.Value.ToString(Invariant), culture);

            Assert.Equal(money, Money.Parse(text, money.Currency, culture));
        }
    }
}
