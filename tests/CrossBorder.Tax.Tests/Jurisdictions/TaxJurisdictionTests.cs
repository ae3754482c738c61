namespace CrossBorder.Tax.Tests.Jurisdictions;

public class TaxJurisdictionTests
{
    [Theory]
    [InlineData("DE", "DE", null)]
    [InlineData("US-CA", "US", "CA")]
    [InlineData("CA-QC", "CA", "QC")]
    [InlineData("BR-SP", "BR", "SP")]
    [InlineData("GB-NIR", "GB", "NIR")]
    public void Parses_countries_and_subdivisions(string text, string country, string? subdivision)
    {
        var jurisdiction = TaxJurisdiction.Parse(text);

        Assert.Equal(country, jurisdiction.Country.Alpha2);
        Assert.Equal(subdivision, jurisdiction.Subdivision);
        Assert.Equal(subdivision is not null, jurisdiction.IsSubdivision);
        Assert.Equal(text, jurisdiction.ToString());
        Assert.Equal(TaxJurisdiction.Parse(country), jurisdiction.CountryJurisdiction);
    }

    [Theory]
    [InlineData("")]
    [InlineData("D")]
    [InlineData("de")]
    [InlineData("DEU")]
    [InlineData("ZZ")]
    [InlineData("US-")]
    [InlineData("US_CA")]
    [InlineData("US-ca")]
    [InlineData("US-CALI")]
    public void Refuses_what_is_not_a_code(string text)
    {
        Assert.False(TaxJurisdiction.TryParse(text, out _));
        var e = Assert.Throws<FormatException>(() => TaxJurisdiction.Parse(text));
        Assert.Contains($"'{text}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_and_ordering_put_a_country_before_its_subdivisions()
    {
        var us = TaxJurisdiction.Parse("US");
        var california = TaxJurisdiction.Parse("US-CA");
        var texas = TaxJurisdiction.Parse("US-TX");

        Assert.Equal(california, TaxJurisdiction.Of(CountryCode.Parse("US"), "CA"));
        Assert.Equal(california.GetHashCode(), TaxJurisdiction.Parse("US-CA").GetHashCode());
        Assert.NotEqual(us, california);
        Assert.True(us < california && california < texas && texas > us);
        Assert.True(TaxJurisdiction.Parse("DE") < us);
        Assert.True(default(TaxJurisdiction).IsDefault);
        Assert.Equal(string.Empty, default(TaxJurisdiction).ToString());
    }

    [Fact]
    public void Factories_name_the_bad_argument()
    {
        Assert.Equal("country", Assert.Throws<ArgumentException>(() => TaxJurisdiction.Of(default)).ParamName);
        Assert.Equal("subdivision", Assert.Throws<ArgumentException>(() => TaxJurisdiction.Of(CountryCode.Parse("US"), "c a")).ParamName);
    }
}
