using NodaTime;

namespace CrossBorder.Tests;

public class CountryGroupTests
{
    private static CountryCode C(string code) => CountryCode.Parse(code);

    [Fact]
    public void The_EU_has_27_members_today_and_had_28_before_the_UK_left()
    {
        Assert.Equal(27, CountryGroup.EuropeanUnion.MembersOn(new LocalDate(2026, 11, 25)).Count);
        Assert.Equal(28, CountryGroup.EuropeanUnion.MembersOn(new LocalDate(2020, 1, 31)).Count);
        Assert.Equal(27, CountryGroup.EuropeanUnion.MembersOn(new LocalDate(2020, 2, 1)).Count);
        Assert.Equal(15, CountryGroup.EuropeanUnion.MembersOn(new LocalDate(2004, 4, 30)).Count);
        Assert.Equal(25, CountryGroup.EuropeanUnion.MembersOn(new LocalDate(2004, 5, 1)).Count);
    }

    [Fact]
    public void EU_VAT_law_applied_to_the_UK_until_the_end_of_the_transition_period()
    {
        Assert.True(CountryGroup.EuVatArea.Contains(C("GB"), new LocalDate(2020, 12, 31)));
        Assert.False(CountryGroup.EuVatArea.Contains(C("GB"), new LocalDate(2021, 1, 1)));
        Assert.False(CountryGroup.EuropeanUnion.Contains(C("GB"), new LocalDate(2020, 12, 31)));
        Assert.Equal(27, CountryGroup.EuVatArea.MembersOn(new LocalDate(2021, 1, 1)).Count);
    }

    [Theory]
    [InlineData("HR", "2013-07-01")]
    [InlineData("BG", "2007-01-01")]
    [InlineData("PL", "2004-05-01")]
    public void Accessions_start_on_their_day(string country, string date)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

        Assert.False(CountryGroup.EuropeanUnion.Contains(C(country), day.PlusDays(-1)));
        Assert.True(CountryGroup.EuropeanUnion.Contains(C(country), day));
        Assert.NotEmpty(CountryGroup.EuropeanUnion.MembershipOf(C(country))[0].Source);
    }

    [Theory]
    [InlineData("HR", "2023-01-01")]
    [InlineData("BG", "2026-01-01")]
    [InlineData("LT", "2015-01-01")]
    [InlineData("GR", "2001-01-01")]
    [InlineData("DE", "1999-01-01")]
    public void Euro_area_joiners_count_from_their_adoption_day(string country, string date)
    {
        var day = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;

        Assert.False(CountryGroup.EuroArea.Contains(C(country), day.PlusDays(-1)));
        Assert.True(CountryGroup.EuroArea.Contains(C(country), day));
    }

    [Fact]
    public void The_euro_area_has_21_members_in_2026_and_never_included_Sweden()
    {
        Assert.Equal(21, CountryGroup.EuroArea.MembersOn(new LocalDate(2026, 1, 1)).Count);
        Assert.Equal(20, CountryGroup.EuroArea.MembersOn(new LocalDate(2025, 12, 31)).Count);
        Assert.Empty(CountryGroup.EuroArea.MembershipOf(C("SE")));
    }

    [Fact]
    public void Every_euro_area_member_uses_the_euro_from_ISO_4217()
    {
        foreach (var member in CountryGroup.EuroArea.MembersOn(new LocalDate(2026, 11, 25)))
        {
            Assert.Equal("EUR", member.Currency?.Code);
        }
    }

    [Fact]
    public void Custom_groups_reject_overlapping_memberships()
    {
        var de = C("DE");
        var memberships = new[]
        {
            new EffectiveValue<CountryCode>(EffectivePeriod.From(new LocalDate(2020, 1, 1)), de),
            new EffectiveValue<CountryCode>(EffectivePeriod.From(new LocalDate(2021, 1, 1)), de),
        };

        Assert.Throws<ArgumentException>(() => new CountryGroup("X", "Test", memberships));
        Assert.Throws<ArgumentException>(() => new CountryGroup(" ", "Test", []));
        Assert.Equal("Test", new CountryGroup("X", "Test", memberships.Take(1)).ToString());
    }
}
