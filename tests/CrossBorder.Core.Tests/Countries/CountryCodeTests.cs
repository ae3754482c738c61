using CrossBorder.Tests.Helpers;

namespace CrossBorder.Tests;

public class CountryCodeTests
{
    [Fact]
    public void Lookups_by_alpha2_alpha3_and_numeric_agree()
    {
        var germany = CountryCode.FromAlpha2("DE");

        Assert.Equal(germany, CountryCode.FromAlpha3("DEU"));
        Assert.Equal(germany, CountryCode.FromNumericCode(276));
        Assert.Equal(germany, CountryCode.Parse("de"));
        Assert.Equal(germany, CountryCode.Parse(" deu "));
        Assert.Equal("DEU", germany.Alpha3);
        Assert.Equal(276, germany.NumericCode);
        Assert.Equal("Germany", germany.EnglishName);
        Assert.Equal("EUR", germany.Currency?.Code);
        Assert.Equal("DE", germany.ToString());
        Assert.Equal("DEU", germany.ToString("3", null));
        Assert.Equal("Germany", germany.ToString("N", null));
    }

    [Fact]
    public void The_list_is_complete_ISO_3166_1() =>
        Assert.Equal(249, CountryRegistry.Iso3166.Countries.Count);

    [Theory]
    [InlineData("BG", "EUR")]
    [InlineData("HR", "EUR")]
    [InlineData("CW", "XCG")]
    [InlineData("SX", "XCG")]
    [InlineData("ZW", "ZWG")]
    [InlineData("SL", "SLE")]
    [InlineData("US", "USD")]
    [InlineData("BT", "BTN")]
    [InlineData("CH", "CHF")]
    [InlineData("TR", "TRY")]
    [InlineData("KR", "KRW")]
    public void Currencies_follow_ISO_4217_not_the_operating_system(string country, string currency) =>
        Assert.Equal(currency, CountryCode.Parse(country).Currency?.Code);

    [Fact]
    public void Funds_are_not_listed_as_a_countrys_currencies()
    {
        Assert.Equal(["USD"], CountryCode.Parse("US").Currencies.Select(c => c.Code));
        Assert.Equal(["CHF"], CountryCode.Parse("CH").Currencies.Select(c => c.Code));
        Assert.Equal(["BTN", "INR"], CountryCode.Parse("BT").Currencies.Select(c => c.Code));
    }

    [Fact]
    public void Places_without_a_currency_have_none() =>
        Assert.Null(CountryCode.Parse("AQ").Currency);

    [Theory]
    [InlineData("HR", "2022-12-31", "HRK")]
    [InlineData("HR", "2023-01-01", "EUR")]
    [InlineData("BG", "2025-12-31", "BGN")]
    [InlineData("BG", "2026-01-01", "EUR")]
    [InlineData("CW", "2025-03-30", "ANG")]
    [InlineData("CW", "2025-03-31", "XCG")]
    [InlineData("DE", "2001-01-01", "EUR")]
    public void CurrencyOn_follows_changeovers(string country, string date, string currency) =>
        Assert.Equal(currency, CountryCode.Parse(country).CurrencyOn(NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value)?.Code);

    [Theory]
    [InlineData("XX")]
    [InlineData("XXX")]
    [InlineData("D")]
    [InlineData("")]
    public void Unknown_codes_are_rejected(string code)
    {
        Assert.Contains($"'{code}'", Assert.Throws<FormatException>(() => CountryCode.Parse(code)).Message, StringComparison.Ordinal);
        Assert.False(CountryCode.TryParse(code, out _));
    }

    [Fact]
    public void Factory_errors_name_the_parameter()
    {
        Assert.Equal("alpha2", Assert.Throws<ArgumentException>(() => CountryCode.FromAlpha2("XX")).ParamName);
        Assert.Equal("alpha3", Assert.Throws<ArgumentException>(() => CountryCode.FromAlpha3("XXX")).ParamName);
        Assert.Equal("numericCode", Assert.Throws<ArgumentException>(() => CountryCode.FromNumericCode(1)).ParamName);
    }

    [Fact]
    public void Default_is_detectable()
    {
        CountryCode none = default;

        Assert.True(none.IsDefault);
        Assert.Equal(string.Empty, none.ToString());
        Assert.Throws<InvalidOperationException>(() => none.Alpha2);
    }

    [Fact]
    public void Equality_and_order_by_alpha2()
    {
        Laws.Equality(CountryCode.Parse("DE"), CountryCode.Parse("DEU"), CountryCode.Parse("FR"));
        Laws.Ordering(CountryCode.Parse("DE"), CountryCode.Parse("de"), CountryCode.Parse("FR"));
        Assert.True(CountryCode.Parse("DE") < CountryCode.Parse("FR") && CountryCode.Parse("FR") >= CountryCode.Parse("DE"));
        Assert.Throws<FormatException>(() => CountryCode.Parse("DE").ToString("X", null));
    }

    [Fact]
    public void Search_finds_by_name_and_code()
    {
        Assert.Contains(CountryRegistry.Iso3166.Search("kingdom"), c => c.Alpha2 == "GB");
        Assert.Equal(["DE"], CountryRegistry.Iso3166.Search("deu").Select(c => c.Alpha2));
    }

    [Fact]
    public void Parsing_ignores_the_thread_culture() =>
        Cultures.With("tr-TR", () => Assert.Equal("IT", CountryCode.Parse("it").Alpha2));

    [Fact]
    public void Generic_parsing_ignores_the_provider()
    {
        Assert.Equal(CountryCode.Parse("FR"), ParseGeneric<CountryCode>("fra"));
        Assert.Equal(CurrencyPair.Parse("EUR/USD"), ParseGeneric<CurrencyPair>("EURUSD"));
        Assert.True(TryParseGeneric<CountryCode>("FR".AsSpan()));
        Assert.False(TryParseGeneric<CurrencyPair>("EUR".AsSpan()));
    }

    private static T ParseGeneric<T>(string s)
        where T : IParsable<T> => T.Parse(s, System.Globalization.CultureInfo.GetCultureInfo("tr-TR"));

    private static bool TryParseGeneric<T>(ReadOnlySpan<char> s)
        where T : ISpanParsable<T> => T.TryParse(s, null, out _) && T.Parse(s, null) is not null;
}
