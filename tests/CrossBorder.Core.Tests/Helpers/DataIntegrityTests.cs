using System.Reflection;

namespace CrossBorder.Tests;

/// <summary>Checks that the embedded tables agree with each other and with the facts the package promises.</summary>
public class DataIntegrityTests
{
    [Fact]
    public void Every_country_currency_exists_and_is_current()
    {
        foreach (var country in CountryRegistry.Iso3166.Countries)
        {
            Assert.All(country.Currencies, c => Assert.False(c.IsWithdrawn, $"{country} uses withdrawn {c}"));
        }
    }

    [Fact]
    public void Every_current_ISO_currency_has_a_numeric_code_and_a_name()
    {
        Assert.All(CurrencyRegistry.Iso4217.Currencies.Where(c => !c.IsWithdrawn), c =>
        {
            Assert.NotNull(c.NumericCode);
            Assert.False(string.IsNullOrWhiteSpace(c.EnglishName));
            Assert.False(string.IsNullOrWhiteSpace(c.Source));
        });
    }

    [Fact]
    public void The_library_never_uses_the_operating_systems_region_data()
    {
        var usesRegionInfo = typeof(Money).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Any(m => m.ReturnType == typeof(System.Globalization.RegionInfo));

        Assert.False(usesRegionInfo);
    }

    [Fact]
    public void Every_embedded_table_loads()
    {
        Assert.NotEmpty(CountryGroup.EuropeanUnion.MembersOn(new NodaTime.LocalDate(2026, 1, 1)));
        Assert.NotEmpty(SpecialTerritory.All);
        Assert.NotEmpty(CountryRegistry.Iso3166.Countries);
        Assert.Equal(5, typeof(Money).Assembly.GetManifestResourceNames().Length);
    }
}
