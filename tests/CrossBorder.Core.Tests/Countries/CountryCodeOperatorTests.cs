namespace CrossBorder.Tests.Countries;

/// <summary>
/// CountryCode's operators, formats and default value. Codes and names from ISO 3166-1 (DE/DEU/276 Germany,
/// FR/FRA France); the order is the ordinal order of the alpha-2 codes ("DE" before "FR").
/// </summary>
public class CountryCodeOperatorTests
{
    private static readonly CountryCode Germany = CountryCode.FromAlpha2("DE");
    private static readonly CountryCode France = CountryCode.FromAlpha2("FR");

    [Fact]
    public void Operators_follow_the_alpha_2_order_on_both_sides_of_equality()
    {
        var germanyAgain = CountryCode.Parse("DEU");

        Assert.True(Germany < France);
        Assert.False(France < Germany);
        Assert.False(Germany < germanyAgain);

        Assert.True(Germany <= France);
        Assert.True(Germany <= germanyAgain);
        Assert.False(France <= Germany);

        Assert.True(France > Germany);
        Assert.False(Germany > France);
        Assert.False(Germany > germanyAgain);

        Assert.True(France >= Germany);
        Assert.True(Germany >= germanyAgain);
        Assert.False(Germany >= France);

        Assert.True(Germany == germanyAgain);
        Assert.False(Germany != germanyAgain);
        Assert.True(Germany != France);
        Assert.False(Germany == France);
    }

    [Fact]
    public void Default_sorts_first_hashes_without_throwing_and_explains_itself()
    {
        Assert.True(default(CountryCode) < Germany);
        Assert.Equal(default(CountryCode).GetHashCode(), default(CountryCode).GetHashCode());
        Assert.Equal(string.Empty, default(CountryCode).ToString("3", null));
        Assert.Equal(string.Empty, default(CountryCode).ToString("N", null));

        var e = Assert.Throws<InvalidOperationException>(() => default(CountryCode).Alpha2);
        Assert.Contains("default(CountryCode)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_codes_tell_countries_apart()
    {
        // Not a contract on the values, but a hash that is the same for every country turns every dictionary into a
        // list: among the 249 ISO 3166-1 entries, nearly all hashes are distinct.
        var codes = new[] { "DE", "FR", "US", "JP", "CN", "BR", "IN", "GB", "IT", "ES" };
        Assert.True(codes.Select(c => CountryCode.FromAlpha2(c).GetHashCode()).Distinct().Count() >= 9);
    }

    [Theory]
    [InlineData(null, "DE")]
    [InlineData("", "DE")]
    [InlineData("G", "DE")]
    [InlineData("2", "DE")]
    [InlineData("3", "DEU")]
    [InlineData("N", "Germany")]
    public void Formats_are_alpha_2_alpha_3_or_the_English_name(string? format, string expected)
    {
        Assert.Equal(expected, Germany.ToString(format, null));

        Span<char> buffer = stackalloc char[16];
        Assert.True(Germany.TryFormat(buffer, out var written, format, null));
        Assert.Equal(expected, buffer[..written].ToString());
    }

    [Fact]
    public void An_unknown_format_is_named_in_the_error()
    {
        var e = Assert.Throws<FormatException>(() => Germany.ToString("X", null));
        Assert.Equal("Unknown CountryCode format 'X': use G, 2, 3 or N.", e.Message);
    }

    [Fact]
    public void Parse_refuses_null() =>
        Assert.Throws<ArgumentNullException>(() => CountryCode.Parse((string)null!));
}
