using System.Globalization;
using System.Text;

namespace CrossBorder.Tests;

/// <summary>
/// The allocation-free span paths of Money's formatting against ToString, which the format contract defines
/// ("EUR 1234.56" for R: the code, a space, the invariant amount — 11 characters), plus the default value and formats
/// in either case.
/// </summary>
public class MoneySpanFormattingTests
{
    private static readonly CultureInfo DeDe = CultureInfo.GetCultureInfo("de-DE");

    [Theory]
    [InlineData("R", "EUR 1234.56")]
    [InlineData("G", "EUR 1.234,56")]
    [InlineData("C", "1.234,56 €")]
    [InlineData("N", "1.234,56")]
    public void Every_buffer_shorter_than_the_text_fails_cleanly_and_the_exact_length_succeeds(string format, string expected)
    {
        var money = Money.Of(1234.56m, "EUR");
        var text = money.ToString(format, DeDe);
        Assert.Equal(expected, text.Replace('\u00A0', ' '));

        for (var length = 0; length < text.Length; length++)
        {
            var buffer = new char[length];
            Assert.False(money.TryFormat(buffer, out var written, format, DeDe), $"{length} characters");
            Assert.Equal(0, written);

            var bytes = new byte[length];
            Assert.False(money.TryFormat(bytes, out _, format, DeDe), $"{length} bytes");
        }

        var exact = new char[text.Length];
        Assert.True(money.TryFormat(exact, out var all, format, DeDe));
        Assert.Equal(text, new string(exact, 0, all));

        var utf8 = new byte[Encoding.UTF8.GetByteCount(text)];
        Assert.True(money.TryFormat(utf8, out var allBytes, format, DeDe));
        Assert.Equal(text, Encoding.UTF8.GetString(utf8, 0, allBytes));
    }

    [Theory]
    [InlineData("g", "G")]
    [InlineData("c", "C")]
    [InlineData("n", "N")]
    [InlineData("r", "R")]
    public void Formats_are_case_insensitive(string lower, string upper)
    {
        var money = Money.Of(-1234.5m, "USD");

        Assert.Equal(money.ToString(upper, DeDe), money.ToString(lower, DeDe));
        Span<char> buffer = stackalloc char[32];
        Assert.True(money.TryFormat(buffer, out var written, lower, DeDe));
        Assert.Equal(money.ToString(upper, DeDe), buffer[..written].ToString());
    }

    [Theory]
    [InlineData("R")]
    [InlineData("G")]
    [InlineData("C")]
    [InlineData("")]
    public void Default_money_formats_as_its_name_through_every_path(string format)
    {
        Span<char> buffer = stackalloc char[32];
        Assert.True(default(Money).TryFormat(buffer, out var written, format, DeDe));
        Assert.Equal("default(Money)", buffer[..written].ToString());

        Span<byte> utf8 = stackalloc byte[32];
        Assert.True(default(Money).TryFormat(utf8, out var bytes, format, DeDe));
        Assert.Equal("default(Money)", Encoding.UTF8.GetString(utf8[..bytes]));
        Assert.Equal("default(Money)", $"{default(Money)}");
    }

    [Fact]
    public void An_unknown_format_is_named_in_the_error()
    {
        var e = Assert.Throws<FormatException>(() => Money.Of(1m, "USD").ToString("X", CultureInfo.InvariantCulture));
        Assert.Equal("Unknown Money format 'X': use G, C, N or R.", e.Message);
    }
}
