using System.Globalization;
using System.Text;
using CrossBorder.Tests.Helpers;

namespace CrossBorder.Tests;

public class MoneyFormattingTests
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly CultureInfo EnUs = CultureInfo.GetCultureInfo("en-US");
    private static readonly CultureInfo DeDe = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo JaJp = CultureInfo.GetCultureInfo("ja-JP");

    [Fact]
    public void ToString_is_invariant_and_shows_the_minor_unit()
    {
        Cultures.With("de-DE", () =>
        {
            Assert.Equal("USD 1,234.50", Money.Of(1234.5m, "USD").ToString());
            Assert.Equal("JPY 1,235", Money.Of(1235m, "JPY").ToString());
            Assert.Equal("KWD 1.500", Money.Of(1.5m, "KWD").ToString());
        });
    }

    [Fact]
    public void Formatting_never_rounds()
    {
        Assert.Equal("USD 765.425", Money.Of(765.425m, "USD").ToString());
        Assert.Equal("USD 765.43", Money.Of(765.4300m, "USD").ToString());
    }

    [Theory]
    [InlineData("G", "en-US", "EUR 1,234.56")]
    [InlineData("G", "de-DE", "EUR 1.234,56")]
    [InlineData("N", "de-DE", "1.234,56")]
    [InlineData("R", "de-DE", "EUR 1234.56")]
    [InlineData("C", "de-DE", "1.234,56 €")]
    [InlineData("C", "en-US", "€1,234.56")]
    public void Formats_follow_the_culture(string format, string culture, string expected) =>
        Assert.Equal(expected, Money.Of(1234.56m, "EUR").ToString(format, CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void C_uses_international_symbols_or_the_code()
    {
        Assert.Equal("US$1,234.56", Money.Of(1234.56m, "USD").ToString("C", EnUs));
        Assert.Equal("-US$5.00", Money.Of(-5m, "USD").ToString("C", EnUs));
        Assert.Equal("JP¥1,235", Money.Of(1235m, "JPY").ToString("C", JaJp));
        Assert.Equal("CHF 10.00", Money.Of(10m, "CHF").ToString("C", Invariant));
        Assert.Null(CurrencySymbols.GetSymbol(Currency.FromCode("CHF")));
        Assert.Equal("€", CurrencySymbols.GetSymbol(Currency.FromCode("EUR")));
    }

    [Fact]
    public void Unknown_formats_throw() =>
        Assert.Throws<FormatException>(() => Money.Of(1m, "USD").ToString("X", Invariant));

    [Fact]
    public void Span_formatting_matches_ToString_and_reports_short_buffers()
    {
        var money = Money.Of(1234.56m, "EUR");
        Span<char> buffer = stackalloc char[64];

        Assert.True(money.TryFormat(buffer, out var written, "R", Invariant));
        Assert.Equal("EUR 1234.56", buffer[..written].ToString());
        Assert.True(money.TryFormat(buffer, out written, "G", DeDe));
        Assert.Equal("EUR 1.234,56", buffer[..written].ToString());
        Assert.False(money.TryFormat(buffer[..5], out written, "R", Invariant));
        Assert.Equal(0, written);
        Assert.False(money.TryFormat(buffer[..5], out _, "G", Invariant));

        Span<byte> utf8 = stackalloc byte[64];
        Assert.True(money.TryFormat(utf8, out var bytes, "C", DeDe));
        Assert.Equal("1.234,56 €", Encoding.UTF8.GetString(utf8[..bytes]).Replace('\u00A0', ' '));
        Assert.Equal($"{money}", money.ToString());
    }

    [Theory]
    [InlineData("USD 1,234.56", "en-US", "USD", "1234.56")]
    [InlineData("1.234,56 EUR", "de-DE", "EUR", "1234.56")]
    [InlineData("EUR -1.234,56", "de-DE", "EUR", "-1234.56")]
    [InlineData("US$1,234.56", "en-US", "USD", "1234.56")]
    [InlineData("-US$5.00", "en-US", "USD", "-5")]
    [InlineData("(US$5.00)", "en-US", "USD", "-5")]
    [InlineData("1.234,56 €", "de-DE", "EUR", "1234.56")]
    [InlineData("  JP¥1,235 ", "ja-JP", "JPY", "1235")]
    [InlineData("GBP 0.5", "", "GBP", "0.5")]
    [InlineData("KWD1.234", "", "KWD", "1.234")]
    public void Parse_reads_codes_and_international_symbols(string text, string culture, string code, string amount)
    {
        var parsed = Money.Parse(text, CultureInfo.GetCultureInfo(culture));

        Assert.Equal(Money.Of(decimal.Parse(amount, Invariant), code), parsed);
    }

    [Theory]
    [InlineData("$5.00", "ambiguous")]
    [InlineData("¥500", "ambiguous")]
    [InlineData("5.00", "names no currency")]
    [InlineData("", "Empty")]
    [InlineData("ABC 5", "Unknown currency code 'ABC'")]
    [InlineData("USD five", "not a number")]
    [InlineData("USD 1.2.3", "not a number")]
    [InlineData("usd 5", "names no currency")]
    public void Parse_rejects_what_is_not_money_with_a_reason(string text, string reason)
    {
        var error = Assert.Throws<FormatException>(() => Money.Parse(text, EnUs));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.False(Money.TryParse(text, EnUs, out _));
    }

    [Fact]
    public void Parse_never_takes_the_currency_from_the_culture() =>
        Cultures.With("en-US", () => Assert.Throws<FormatException>(() => Money.Parse("1,234.56", CultureInfo.CurrentCulture)));

    [Fact]
    public void Parse_with_a_known_currency_accepts_bare_numbers_and_rejects_others()
    {
        var usd = Currency.FromCode("USD");

        Assert.Equal(Money.Of(1234.56m, usd), Money.Parse("1,234.56", usd, EnUs));
        Assert.Equal(Money.Of(1234.56m, usd), Money.Parse("USD 1,234.56", usd, EnUs));
        Assert.Contains("not the expected USD", Assert.Throws<FormatException>(() => Money.Parse("EUR 5", usd, EnUs)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Money.Parse(null!, usd, EnUs));
        Assert.Throws<ArgumentNullException>(() => Money.Parse((string)null!, EnUs));
        Assert.False(Money.TryParse((string?)null, EnUs, out _));
    }

    [Fact]
    public void Custom_currencies_parse_through_their_registry()
    {
        var registry = CurrencyRegistry.CreateBuilder().Add("USDT", 6, "Tether USD").Build();

        var parsed = Money.Parse("USDT 12.345678", Invariant, registry);

        Assert.Equal("USDT", parsed.Currency.Code);
        Assert.Equal(12.345678m, parsed.Amount);
        Assert.True(Money.TryParse("USDT 1", Invariant, registry, out _));
        Assert.False(Money.TryParse("USDT 1", Invariant, out _));
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public void Parse_of_format_is_the_identity_in_every_culture_and_format(Money money)
    {
        foreach (var culture in Cultures.All)
        {
            foreach (var format in new[] { "G", "C" })
            {
                var text = money.ToString(format, culture);
                Assert.True(Money.TryParse(text, culture, out var parsed), $"'{text}' ({format}, {culture.Name}) did not parse");
                Assert.Equal(money, parsed);
            }

            Assert.Equal(money, Money.Parse(money.ToString("R", culture), Invariant));

            Assert.Equal(money, Money.Parse(money.ToString("N", culture), money.Currency, culture));
        }
    }

    [Fact]
    public void Every_currency_round_trips_in_every_culture()
    {
        foreach (var currency in CurrencyRegistry.Iso4217.Currencies)
        {
            var money = currency.MinorUnit is { } digits
                ? Money.FromMinorUnits(-123456789, currency)
                : Money.Of(-1234.5678m, currency);
            foreach (var culture in Cultures.All)
            {
                Assert.Equal(money, Money.Parse(money.ToString("G", culture), culture));
                Assert.Equal(money, Money.Parse(money.ToString("C", culture), culture));
            }
        }
    }

    // TryFormat writes G into the span itself (interpolated text is the hot use); the expected text is ToString's, which
    // builds the string separately (the code, a space, decimal.ToString("N" + digits, culture)).
    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public void Span_G_is_ToString_G_in_every_culture_and_short_buffers_fail(Money money, AnyAmount amount)
    {
        Span<char> buffer = stackalloc char[128];
        foreach (var value in new[] { money, Money.Of(amount.Value, "USD") })
        {
            foreach (var culture in Cultures.All)
            {
                var expected = value.ToString("G", culture);
                foreach (var format in new[] { string.Empty, "G", "g" })
                {
                    Assert.True(value.TryFormat(buffer, out var written, format, culture));
                    Assert.Equal(expected, buffer[..written].ToString());
                    Assert.False(value.TryFormat(buffer[..(expected.Length - 1)], out written, format, culture));
                    Assert.Equal(0, written);
                }
            }
        }
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public bool R_format_round_trips_any_amount_exactly(AnyAmount amount)
    {
        var money = Money.Of(amount.Value, "USD");
        var parsed = Money.Parse(money.ToString("R", Invariant), Invariant);
        return parsed == money && parsed.Amount.Scale == money.Amount.Scale;
    }
}
