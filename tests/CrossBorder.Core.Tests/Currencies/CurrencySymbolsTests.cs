namespace CrossBorder.Tests.Currencies;

/// <summary>
/// The international symbols, copied by hand from Unicode CLDR common/main/root.xml (&lt;currency type="…"&gt;&lt;symbol&gt;),
/// not from the table under test.
/// </summary>
public class CurrencySymbolsTests
{
    [Theory]
    [InlineData("AUD", "A$")]
    [InlineData("BRL", "R$")]
    [InlineData("CAD", "CA$")]
    [InlineData("CNY", "CN¥")]
    [InlineData("EUR", "€")]
    [InlineData("GBP", "£")]
    [InlineData("HKD", "HK$")]
    [InlineData("ILS", "₪")]
    [InlineData("INR", "₹")]
    [InlineData("JPY", "JP¥")]
    [InlineData("KRW", "₩")]
    [InlineData("MXN", "MX$")]
    [InlineData("NZD", "NZ$")]
    [InlineData("PHP", "₱")]
    [InlineData("TWD", "NT$")]
    [InlineData("USD", "US$")]
    [InlineData("VND", "₫")]
    [InlineData("XCD", "EC$")]
    public void Each_currency_has_its_CLDR_root_symbol_and_the_symbol_finds_it(string code, string symbol)
    {
        Assert.Equal(symbol, CurrencySymbols.GetSymbol(Currency.FromCode(code)));

        Assert.True(CurrencySymbols.TryFind("12 " + symbol + "5", out var found, out var index, out var length));
        Assert.Equal((code, 3, symbol.Length), (found, index, length));
    }

    [Theory]
    [InlineData("CHF")] // CLDR root's symbol is the code itself
    [InlineData("XAF")] // "FCFA": letters alone, left out
    public void Currencies_without_a_distinct_symbol_have_none(string code) =>
        Assert.Null(CurrencySymbols.GetSymbol(Currency.FromCode(code)));

    [Fact]
    public void Text_without_a_symbol_finds_nothing()
    {
        Assert.False(CurrencySymbols.TryFind("5.00 $", out var code, out var index, out var length));
        Assert.Equal((string.Empty, -1, 0), (code, index, length));
    }

    [Fact]
    public void GetSymbol_refuses_null() =>
        Assert.Throws<ArgumentNullException>(() => CurrencySymbols.GetSymbol(null!));
}
