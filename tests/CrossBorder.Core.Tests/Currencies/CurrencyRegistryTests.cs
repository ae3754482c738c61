using NodaTime;

namespace CrossBorder.Tests;

public class CurrencyRegistryTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Fact]
    public void The_embedded_list_is_amendment_180_with_current_and_withdrawn_codes()
    {
        var registry = CurrencyRegistry.Iso4217;

        Assert.Equal(180, CurrencyRegistry.Iso4217Amendment);
        Assert.Equal(178, registry.Currencies.Count(c => !c.IsWithdrawn));
        Assert.True(registry.Currencies.Count(c => c.IsWithdrawn) > 100);
        Assert.Equal(registry.Count, registry.Currencies.Select(c => c.Code).Distinct().Count());
        Assert.Equal(registry.Currencies.Select(c => c.Code).Order(StringComparer.Ordinal), registry.Currencies.Select(c => c.Code));
    }

    [Fact]
    public void Numeric_code_532_depends_on_the_date()
    {
        var registry = CurrencyRegistry.Iso4217;

        Assert.Equal("ANG", registry.FromNumericCode(532, new LocalDate(2025, 3, 30)).Code);
        Assert.Equal("XCG", registry.FromNumericCode(532, new LocalDate(2025, 3, 31)).Code);
        Assert.Equal("BGN", registry.FromNumericCode(975, new LocalDate(2025, 12, 31)).Code);
        var error = Assert.Throws<ArgumentException>(() => registry.FromNumericCode(975, new LocalDate(2026, 1, 1)));
        Assert.Contains("975", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidOn_lists_the_currencies_in_force()
    {
        var codes2022 = CurrencyRegistry.Iso4217.ValidOn(new LocalDate(2022, 6, 1)).Select(c => c.Code).ToHashSet();
        var codesToday = CurrencyRegistry.Iso4217.ValidOn(Today).Select(c => c.Code).ToHashSet();

        Assert.Contains("HRK", codes2022);
        Assert.DoesNotContain("XCG", codes2022);
        Assert.DoesNotContain("HRK", codesToday);
        Assert.DoesNotContain("BGN", codesToday);
        Assert.Contains("XCG", codesToday);
        Assert.Contains("EUR", codesToday);
    }

    [Fact]
    public void Search_matches_code_and_name_ignoring_case()
    {
        Assert.Contains(CurrencyRegistry.Iso4217.Search("dinar"), c => c.Code == "KWD");
        Assert.Contains(CurrencyRegistry.Iso4217.Search("usd"), c => c.Code == "USD");
        Assert.Empty(CurrencyRegistry.Iso4217.Search("no such currency"));
    }

    [Fact]
    public void A_builder_adds_custom_currencies_without_touching_the_ISO_registry()
    {
        var registry = CurrencyRegistry.CreateBuilder()
            .Add("USDT", 6, "Tether USD")
            .Add(Currency.CreateCustom("CNH", 2, "Offshore yuan"))
            .Build();

        Assert.Equal(6, registry.FromCode("USDT").MinorUnit);
        Assert.Equal("CNH", registry.FromCode("CNH").Code);
        Assert.Equal(CurrencyRegistry.Iso4217.Count + 2, registry.Count);
        Assert.False(CurrencyRegistry.Iso4217.TryFromCode("USDT", out _));
        Assert.True(registry.TryFromCode("USDT".AsSpan(), out _));
    }

    [Fact]
    public void Adding_an_existing_code_needs_Replace()
    {
        var builder = CurrencyRegistry.CreateBuilder();
        var error = Assert.Throws<ArgumentException>(() => builder.Add("USD", 4, "Precise dollar"));

        Assert.Contains("Replace", error.Message, StringComparison.Ordinal);
        var replaced = builder.Replace(Currency.CreateCustom("USD", 4, "Precise dollar")).Build();
        Assert.Equal(4, replaced.FromCode("USD").MinorUnit);
        Assert.Equal(2, CurrencyRegistry.Iso4217.FromCode("USD").MinorUnit);
    }

    [Fact]
    public void ToBuilder_starts_from_the_registry_and_Remove_drops_codes()
    {
        var withUsdt = CurrencyRegistry.CreateBuilder().Add("USDT", 6, "Tether USD").Build();
        var builder = withUsdt.ToBuilder();

        Assert.True(builder.Remove("USDT"));
        Assert.False(builder.Remove("USDT"));
        Assert.False(builder.Build().TryFromCode("USDT", out _));
        Assert.True(withUsdt.TryFromCode("USDT", out _));
    }
}
