using CrossBorder.Tax.Tests.Helpers;
using NodaTime;

namespace CrossBorder.Tax.Tests.Rules;

public class TaxRulePackTests
{
    private static readonly TaxJurisdiction Ee = TaxJurisdiction.Parse("EE");

    [Theory]
    [InlineData("2020-01-01", "20%")]
    [InlineData("2023-12-31", "20%")]
    [InlineData("2024-01-01", "22%")]
    [InlineData("2025-06-30", "22%")]
    [InlineData("2025-07-01", "24%")]
    [InlineData("2099-12-31", "24%")]
    public void The_rate_is_the_one_in_force_on_the_day_on_both_sides_of_each_change(string date, string expected)
    {
        var rate = TestPacks.Load().RateOn(Ee, TaxTier.Standard, LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(Percentage.Parse(expected), rate.Rate);
        Assert.Equal("test fixture", rate.Source);
        Assert.Equal(Ee, rate.Jurisdiction);
    }

    [Fact]
    public void A_date_before_the_coverage_is_an_error_not_the_nearest_rate()
    {
        var e = Assert.Throws<TaxRateNotFoundException>(() => TestPacks.Load().RateOn(Ee, TaxTier.Standard, new LocalDate(2019, 12, 31)));

        Assert.Equal(TaxRateMissing.OutsideCoverage, e.Reason);
        Assert.Equal("No standard rate for EE on 2019-12-31: the rule pack covers EE from 2020-01-01.", e.Message);
    }

    [Fact]
    public void An_abolished_tier_is_an_error_naming_the_tiers_in_force()
    {
        var e = Assert.Throws<TaxRateNotFoundException>(() => TestPacks.Load().RateOn(Ee, TaxTier.Reduced, new LocalDate(2026, 1, 1)));

        Assert.Equal(TaxRateMissing.TierNotInForce, e.Reason);
        Assert.Equal("No reduced rate for EE on 2026-01-01: Estonia has no reduced rate that day; its tiers then are standard.", e.Message);
        Assert.Equal(Percentage.Parse("9%"), TestPacks.Load().RateOn(Ee, TaxTier.Reduced, new LocalDate(2025, 12, 31)).Rate);
    }

    [Fact]
    public void An_unknown_jurisdiction_is_an_error()
    {
        var e = Assert.Throws<TaxRateNotFoundException>(() => TestPacks.Load().RateOn(TaxJurisdiction.Parse("FR"), TaxTier.Standard, new LocalDate(2026, 1, 1)));

        Assert.Equal(TaxRateMissing.UnknownJurisdiction, e.Reason);
        Assert.Contains("the tax rule pack test-1 has no rules for FR", e.Message, StringComparison.Ordinal);
        Assert.Throws<KeyNotFoundException>(() => TestPacks.Load()[TaxJurisdiction.Parse("FR")]);
    }

    [Fact]
    public void Category_rules_are_dated_and_may_exempt()
    {
        var rules = TestPacks.Load()[Ee];
        var books = TaxCategory.Parse("books");

        Assert.Equal(TaxTier.Reduced, rules.CategoryRuleOn(books, new LocalDate(2025, 12, 31))!.Tier);
        Assert.Equal(TaxTier.Standard, rules.CategoryRuleOn(books, new LocalDate(2026, 1, 1))!.Tier);
        Assert.True(rules.CategoryRuleOn(TaxCategory.Parse("postage-stamps"), new LocalDate(2026, 1, 1))!.IsExempt);
        Assert.Null(rules.CategoryRuleOn(TaxCategory.Parse("food"), new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void Subdivisions_are_jurisdictions_of_their_own()
    {
        var pack = TestPacks.Load();

        Assert.Equal(Percentage.Parse("7.25%"), pack.RateOn(TaxJurisdiction.Parse("US-CA"), TaxTier.Standard, new LocalDate(2026, 3, 1)).Rate);
        Assert.Equal(["EE", "US-CA"], pack.Jurisdictions.Select(j => j.Jurisdiction.ToString()));
    }

    [Fact]
    public void A_lookup_returns_the_packs_own_rate_object()
    {
        var pack = TestPacks.Load();
        var date = new LocalDate(2025, 7, 1);

        Assert.Same(pack.RateOn(Ee, TaxTier.Standard, date), pack.RateOn(Ee, TaxTier.Standard, date.PlusDays(100)));
    }

    [Fact]
    public void The_builder_replaces_a_jurisdiction_whole_and_names_the_versions()
    {
        var overrideJson = TestPacks.Estonia
            .Replace("\"version\": \"test-1\"", "\"version\": \"host-7\"", StringComparison.Ordinal)
            .Replace("\"rate\": \"24%\"", "\"rate\": \"25%\"", StringComparison.Ordinal);
        var combined = new TaxRulePackBuilder().Add(TestPacks.Load()).Add(TaxRulePackReader.Parse(overrideJson, "host.json")).Build();

        Assert.Equal("test-1+host-7", combined.Version);
        Assert.Equal(Percentage.Parse("25%"), combined.RateOn(Ee, TaxTier.Standard, new LocalDate(2026, 1, 1)).Rate);
        Assert.Equal(2, combined.Jurisdictions.Count);

        var without = new TaxRulePackBuilder().Add(TestPacks.Load()).Remove(TaxJurisdiction.Parse("US-CA")).Build("mine");
        Assert.Equal("mine", without.Version);
        Assert.Single(without.Jurisdictions);
        Assert.Throws<InvalidOperationException>(() => new TaxRulePackBuilder().Build());
    }

    [Fact]
    public void Rules_built_in_code_are_validated_like_a_file()
    {
        var start = new LocalDate(2020, 1, 1);
        TaxRate Standard(string rate, LocalDate from, LocalDate? to) =>
            new(Ee, TaxTier.Standard, Percentage.Parse(rate), to is { } end ? EffectivePeriod.Between(from, end) : EffectivePeriod.From(from), "test fixture");

        var gap = Assert.Throws<ArgumentException>(() => new JurisdictionRules(Ee, "Estonia", "VAT", start,
            [Standard("20%", start, new LocalDate(2023, 12, 30)), Standard("22%", new LocalDate(2024, 1, 1), null)]));
        Assert.Contains("no rate between 2020-01-01..2023-12-30 and 2024-01-01..", gap.Message, StringComparison.Ordinal);

        var ends = Assert.Throws<ArgumentException>(() => new JurisdictionRules(Ee, "Estonia", "VAT", start, [Standard("20%", start, new LocalDate(2030, 1, 1))]));
        Assert.Contains("a pack must say what applies after it", ends.Message, StringComparison.Ordinal);

        var late = Assert.Throws<ArgumentException>(() => new JurisdictionRules(Ee, "Estonia", "VAT", start, [Standard("20%", start.PlusDays(1), null)]));
        Assert.Contains("after the coverage starts on 2020-01-01", late.Message, StringComparison.Ordinal);

        var foreign = new TaxRate(TaxJurisdiction.Parse("LV"), TaxTier.Standard, Percentage.Parse("21%"), EffectivePeriod.From(start), "test fixture");
        Assert.Contains("belongs to LV", Assert.Throws<ArgumentException>(() => new JurisdictionRules(Ee, "Estonia", "VAT", start, [foreign])).Message, StringComparison.Ordinal);

        Assert.Throws<ArgumentOutOfRangeException>(() => Standard("100%", start, null));
        Assert.Throws<ArgumentOutOfRangeException>(() => Standard("-1%", start, null));
    }

    [Fact]
    public void The_embedded_pack_loads_and_every_rate_change_is_seen_on_its_first_day_and_not_the_day_before()
    {
        var pack = TaxRulePack.Default;

        Assert.False(string.IsNullOrWhiteSpace(pack.Version));
        foreach (var rules in pack.Jurisdictions)
        {
            foreach (var tier in rules.Tiers)
            {
                foreach (var rate in rules.RatesOf(tier).Select(e => e.Value))
                {
                    Assert.False(string.IsNullOrWhiteSpace(rate.Source));
                    var first = rate.Period.Start < rules.CoverageFrom ? rules.CoverageFrom : rate.Period.Start;
                    Assert.Same(rate, rules.RateOn(tier, first));
                    if (rate.Period.End is { } end && (rules.CoverageTo is not { } last || end < last))
                    {
                        Assert.Same(rate, rules.RateOn(tier, end));
                        var next = rules.RatesOf(tier).Select(e => e.Value).FirstOrDefault(r => r.Period.Start == end.PlusDays(1));
                        if (next is null)
                        {
                            Assert.Throws<TaxRateNotFoundException>(() => rules.RateOn(tier, end.PlusDays(1)));
                        }
                        else
                        {
                            Assert.Same(next, rules.RateOn(tier, end.PlusDays(1)));
                        }
                    }
                }
            }

            Assert.Throws<TaxRateNotFoundException>(() => rules.RateOn(TaxTier.Standard, rules.CoverageFrom.PlusDays(-1)));
            if (rules.CoverageTo is { } to)
            {
                Assert.Equal(TaxRateMissing.OutsideCoverage, Assert.Throws<TaxRateNotFoundException>(() => rules.RateOn(TaxTier.Standard, to.PlusDays(1))).Reason);
            }
        }

        Assert.True(pack.Jurisdictions.Count >= 100, "the default pack covers the EU-27, the UK, Norway, Switzerland, the US states and the rest of the issue's list");
    }
}
