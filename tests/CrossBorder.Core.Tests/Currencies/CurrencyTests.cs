using CrossBorder.Tests.Helpers;

namespace CrossBorder.Tests;

public class CurrencyTests
{
    [Theory]
    [InlineData("USD", 840, 2, "US Dollar")]
    [InlineData("EUR", 978, 2, "Euro")]
    [InlineData("JPY", 392, 0, "Yen")]
    [InlineData("KWD", 414, 3, "Kuwaiti Dinar")]
    [InlineData("CLF", 990, 4, "Unidad de Fomento")]
    [InlineData("XCG", 532, 2, "Caribbean Guilder")]
    [InlineData("IQD", 368, 3, "Iraqi Dinar")]
    [InlineData("MGA", 969, 2, "Malagasy Ariary")]
    public void FromCode_returns_the_ISO_facts(string code, int numeric, int minorUnit, string name)
    {
        var currency = Currency.FromCode(code);

        Assert.Equal(code, currency.Code);
        Assert.Equal(numeric, currency.NumericCode);
        Assert.Equal(minorUnit, currency.MinorUnit);
        Assert.Equal(name, currency.EnglishName);
        Assert.True(currency.IsIso4217);
        Assert.False(currency.IsWithdrawn);
    }

    [Theory]
    [InlineData("XAU")]
    [InlineData("XDR")]
    [InlineData("XXX")]
    public void Units_without_a_minor_unit_say_so(string code)
    {
        var currency = Currency.FromCode(code);

        Assert.Null(currency.MinorUnit);
        var error = Assert.Throws<InvalidOperationException>(() => currency.MinorUnitValue);
        Assert.Contains(code, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MinorUnitValue_is_the_smallest_amount() =>
        Assert.Equal(
            [0.01m, 1m, 0.001m, 0.0001m],
            new[] { "USD", "JPY", "BHD", "CLF" }.Select(c => Currency.FromCode(c).MinorUnitValue));

    [Theory]
    [InlineData("HRK", "2022-12-31")]
    [InlineData("BGN", "2025-12-31")]
    [InlineData("ANG", "2025-03-30")]
    [InlineData("SLL", "2023-12-31")]
    [InlineData("ZWL", "2024-08-31")]
    [InlineData("LTL", "2014-12-31")]
    [InlineData("EEK", "2010-12-31")]
    public void Withdrawn_currencies_carry_their_last_day(string code, string lastDay)
    {
        var currency = Currency.FromCode(code);
        var last = NodaTime.Text.LocalDatePattern.Iso.Parse(lastDay).Value;

        Assert.True(currency.IsWithdrawn);
        Assert.Equal(last, currency.ValidTo);
        Assert.True(currency.IsValidOn(last));
        Assert.False(currency.IsValidOn(last.PlusDays(1)));
    }

    [Theory]
    [InlineData("XCG", "2025-03-31")]
    [InlineData("ZWG", "2024-06-25")]
    [InlineData("XAD", "2025-05-12")]
    public void New_currencies_carry_their_first_day(string code, string firstDay)
    {
        var currency = Currency.FromCode(code);
        var first = NodaTime.Text.LocalDatePattern.Iso.Parse(firstDay).Value;

        Assert.Equal(first, currency.ValidFrom);
        Assert.False(currency.IsValidOn(first.PlusDays(-1)));
        Assert.True(currency.IsValidOn(first));
    }

    [Fact]
    public void Funds_are_flagged() =>
        Assert.Equal(
            ["BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "XAD"],
            CurrencyRegistry.Iso4217.Currencies.Where(c => c.IsFund).Select(c => c.Code));

    [Theory]
    [InlineData("ABC")]
    [InlineData("ZZZ")]
    public void Unknown_codes_throw_naming_the_code(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => Currency.FromCode(code));

        Assert.Equal("code", error.ParamName);
        Assert.Contains($"'{code}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("amendment 180", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("US D")]
    [InlineData("1USD")]
    [InlineData("")]
    public void Malformed_codes_are_reported_as_malformed(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => Currency.FromCode(code));

        Assert.Contains("not a currency code", error.Message, StringComparison.Ordinal);
        Assert.False(Currency.TryFromCode(code, out _));
    }

    [Fact]
    public void Null_code_throws_ArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => Currency.FromCode(null!));
        Assert.False(Currency.TryFromCode(null, out _));
    }

    [Fact]
    public void Lookups_ignore_the_thread_culture() =>
        Cultures.With("tr-TR", () => Assert.Equal("IQD", Currency.FromCode("IQD").Code));

    [Fact]
    public void CreateCustom_makes_a_non_ISO_currency()
    {
        var usdt = Currency.CreateCustom("USDT", 6, "Tether USD");

        Assert.False(usdt.IsIso4217);
        Assert.Null(usdt.NumericCode);
        Assert.Equal(6, usdt.MinorUnit);
        Assert.Equal("custom", usdt.Source);
        Assert.Equal(0.000001m, usdt.MinorUnitValue);
    }

    [Theory]
    [InlineData("usdt")]
    [InlineData("AB")]
    [InlineData("ABCDEFGHIJKLM")]
    [InlineData("US-D")]
    public void CreateCustom_rejects_malformed_codes(string code)
    {
        var error = Assert.Throws<ArgumentException>(() => Currency.CreateCustom(code, 2, "X"));
        Assert.Equal("code", error.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(19)]
    public void CreateCustom_rejects_minor_units_out_of_range(int minorUnit) =>
        Assert.Equal("minorUnit", Assert.Throws<ArgumentOutOfRangeException>(() => Currency.CreateCustom("CNH", minorUnit, "Offshore yuan")).ParamName);

    [Fact]
    public void CreateCustom_rejects_a_blank_name() =>
        Assert.Throws<ArgumentException>(() => Currency.CreateCustom("CNH", 2, " "));

    [Fact]
    public void Equality_and_order_are_by_code()
    {
        var cnh = Currency.CreateCustom("CNH", 2, "Offshore yuan");
        var cnhAgain = Currency.CreateCustom("CNH", 2, "Another name");
        var cny = Currency.FromCode("CNY");

        Laws.Equality(cnh, cnhAgain, cny);
        Laws.Ordering(cnh, cnhAgain, cny);
        Assert.True(cnh == cnhAgain);
        Assert.True(cnh != cny);
        Assert.True(cnh < cny && cny > cnh && cnh <= cnhAgain && cnh >= cnhAgain);
        Assert.Equal("CNY", cny.ToString());
    }
}
