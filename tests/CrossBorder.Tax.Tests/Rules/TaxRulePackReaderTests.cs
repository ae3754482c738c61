using CrossBorder.Tax.Tests.Helpers;

namespace CrossBorder.Tax.Tests.Rules;

public class TaxRulePackReaderTests
{
    [Fact]
    public void Reads_every_field()
    {
        var pack = TestPacks.Load();
        var estonia = pack[TaxJurisdiction.Parse("EE")];
        var current = estonia.RatesOf(TaxTier.Standard)[^1].Value;

        Assert.Equal("test-1", pack.Version);
        Assert.Equal("Estonia", estonia.Name);
        Assert.Equal("VAT", estonia.TaxName);
        Assert.Equal(new NodaTime.LocalDate(2020, 1, 1), estonia.CoverageFrom);
        Assert.Equal("https://example.test/ee", current.SourceUrl);
        Assert.Equal("books", estonia.RatesOf(TaxTier.Reduced)[0].Value.Note);
        Assert.Equal("EE standard 24% 2025-07-01..", current.ToString());
        Assert.Equal([TaxTier.Standard, TaxTier.Reduced], estonia.Tiers.Order());
    }

    [Theory]
    [InlineData("\"format\": \"crossborder-tax-rules/1\"", "\"format\": \"crossborder-tax-rules/2\"", "test.json: format: is 'crossborder-tax-rules/2'; this reader understands 'crossborder-tax-rules/1'.")]
    [InlineData("\"code\": \"EE\"", "\"code\": \"XX\"", "test.json: jurisdictions[0].code: 'XX' is not a known ISO 3166-1 country code")]
    [InlineData("\"tier\": \"reduced\", \"rate\": \"9%\"", "\"tier\": \"reduced1\", \"rate\": \"9%\"", "test.json: jurisdictions[0] (EE).rates[3].tier: 'reduced1' is not a tier")]
    [InlineData("\"rate\": \"9%\"", "\"rate\": \"9\"", "test.json: jurisdictions[0] (EE).rates[3].rate: '9' is not a percentage")]
    [InlineData("\"rate\": \"9%\"", "\"rate\": \"120%\"", "test.json: jurisdictions[0] (EE).rates[3]: A tax rate is at least 0% and below 100%.")]
    [InlineData("\"to\": \"2025-12-31\", \"source\": \"test fixture\", \"note\"", "\"to\": \"2019-12-31\", \"source\": \"test fixture\", \"note\"", "test.json: jurisdictions[0] (EE).rates[3].to: 2019-12-31 is before from 2020-01-01.")]
    [InlineData("\"from\": \"2024-01-01\", \"to\": \"2025-06-30\"", "\"from\": \"2023-12-01\", \"to\": \"2025-06-30\"", "test.json: jurisdictions[0] (EE): EE standard: Periods 2009-07-01..2023-12-31")]
    [InlineData("\"from\": \"2024-01-01\", \"to\": \"2025-06-30\"", "\"from\": \"2024-01-02\", \"to\": \"2025-06-30\"", "test.json: jurisdictions[0] (EE): EE standard: no rate between 2009-07-01..2023-12-31 and 2024-01-02..2025-06-30.")]
    [InlineData("\"coverageFrom\": \"2020-01-01\"", "\"coverageFrom\": \"2020-1-1\"", "test.json: jurisdictions[0] (EE).coverageFrom: '2020-1-1' is not a yyyy-MM-dd date.")]
    [InlineData("\"name\": \"Estonia\", ", "", "test.json: jurisdictions[0] (EE).name: is required and must be a non-empty string.")]
    [InlineData("\"source\": \"test fixture\", \"note\": \"books\"", "\"note\": \"books\"", "test.json: jurisdictions[0] (EE).rates[3].source: is required")]
    [InlineData("\"tax\": \"VAT\"", "\"tax\": \"VAT\", \"taxe\": \"VAT\"", "test.json: jurisdictions[0] (EE).taxe: is not a property of this object")]
    [InlineData("\"category\": \"books\", \"tier\": \"reduced\"", "\"category\": \"Books\", \"tier\": \"reduced\"", "test.json: jurisdictions[0] (EE).categories[0].category: 'Books' is not a category code")]
    [InlineData("\"code\": \"US-CA\"", "\"code\": \"EE\"", "test.json: jurisdictions[1].code: EE appears twice in the pack.")]
    [InlineData("\"rate\": \"7.25%\"", "\"rate\": 7.25", "test.json: jurisdictions[1] (US-CA).rates[0].rate: must be a string, not Number.")]
    public void A_malformed_pack_is_an_error_naming_the_rule(string find, string replace, string message)
    {
        var e = Assert.Throws<TaxRulePackException>(() => TestPacks.Load(TestPacks.With(find, replace)));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layer_must_name_a_jurisdiction_of_the_pack_and_a_territory_one_of_cores()
    {
        var orphan = TestPacks.With("\"code\": \"US-CA\", \"name\": \"California\"", "\"code\": \"US-CA\", \"addsTo\": \"US\", \"name\": \"California\"");
        Assert.Contains("US-CA adds to US, which the pack does not have", Assert.Throws<TaxRulePackException>(() => TestPacks.Load(orphan)).Message, StringComparison.Ordinal);

        var territory = TestPacks.With("\"jurisdictions\": [", "\"territories\": [ { \"territory\": \"ES-XX\", \"country\": \"ES\", \"postcodes\": [\"35\"], \"source\": \"test fixture\" } ], \"jurisdictions\": [");
        Assert.Contains("ES-XX is not a special territory of ES", Assert.Throws<TaxRulePackException>(() => TestPacks.Load(territory)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_property_is_an_error_not_a_last_one_wins()
    {
        var json = TestPacks.With("\"rate\": \"24%\"", "\"rate\": \"24%\", \"rate\": \"99%\"");

        var e = Assert.Throws<TaxRulePackException>(() => TestPacks.Load(json));

        Assert.StartsWith("test.json: the property 'rate' appears twice in one object (at $.jurisdictions[0].rates[2].rate, line ", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{ \"format\": \"crossborder-tax-rules/1\", \"version\": \"v\", \"jurisdictions\": [], }")]
    [InlineData("{ \"format\": \"crossborder-tax-rules/1\", \"version\": \"v\" }")]
    public void Not_a_pack_is_an_error(string json) =>
        Assert.Throws<TaxRulePackException>(() => TestPacks.Load(json));

    [Fact]
    public void Comments_are_allowed_so_a_pack_can_cite_its_sources_inline()
    {
        var json = TestPacks.Estonia.Replace("\"version\": \"test-1\",", "\"version\": \"test-1\", // compiled by hand\n", StringComparison.Ordinal);

        Assert.Equal("test-1", TestPacks.Load(json).Version);
    }

    [Fact]
    public void A_file_is_read_and_named_in_errors()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tax-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, TestPacks.With("\"rate\": \"9%\"", "\"rate\": \"x\""));
        try
        {
            var e = Assert.Throws<TaxRulePackException>(() => TaxRulePackReader.ReadFile(path));
            Assert.StartsWith(path + ": jurisdictions[0] (EE).rates[3].rate", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
