using System.Globalization;
using NodaTime;

namespace CrossBorder.LandedCost.Tests.Duty;

/// <summary>
/// The sample tariff shipped as the package's data (<c>Data/sample-tariff.csv</c>): it loads, every line names the
/// tariff it was read from, and the rates it gives are the figures recorded in <c>tariff-research.md</c>, so a typo in
/// the CSV fails here.
/// </summary>
public class SampleTariffTests
{
    private const string Resource = "CrossBorder.LandedCost.Data.sample-tariff.csv";
    private static readonly LocalDate InForce = new(2026, 6, 1);
    private static readonly Tariff Sample = Load();

    private static Tariff Load()
    {
        using var stream = typeof(Tariff).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The resource {Resource} is not embedded.");
        using var reader = new StreamReader(stream);
        return TariffCsv.Read(reader, "sample-tariff.csv");
    }

    [Fact]
    public void Every_line_names_the_tariff_it_was_read_from()
    {
        Assert.NotEmpty(Sample.Lines);
        Assert.All(Sample.Lines, line =>
        {
            Assert.False(string.IsNullOrWhiteSpace(line.Source));
            var tariff = line.Area switch
            {
                "EU" => "TARIC",
                "GB" => "UK Trade Tariff",
                "US" => "HTSUS",
                _ => throw new InvalidOperationException($"Area {line.Area} is not one the research covers."),
            };
            Assert.StartsWith(tariff, line.Source, StringComparison.Ordinal);
        });
    }

    [Theory]
    // Expected rates are the figures quoted in tariff-research.md (the source's table cell for each code), typed there
    // from the source, not read back from the CSV.
    [InlineData("EU", "6109100010", "CN", "12")]    // TARIC 6109 10 00: 12.00 %
    [InlineData("EU", "4202221000", "CN", "9.7")]   // TARIC 4202 22 10: 9.70 %
    [InlineData("EU", "4202229090", "CN", "3.7")]   // TARIC 4202 22 90: 3.70 %
    [InlineData("EU", "9503004100", "CN", "4.7")]   // TARIC 9503 00 41: 4.70 %
    [InlineData("EU", "6402999100", "CN", "16.8")]  // TARIC 6402 99 91: 16.80 %
    [InlineData("EU", "9405423100", "CN", "4.7")]   // TARIC 9405 42 31: 4.70 %
    [InlineData("EU", "8518300090", "CN", "0")]     // TARIC 8518 30 00 90: 0.00 %
    [InlineData("GB", "4202221000", "CN", "8")]     // UK 4202 22 10: 8.00 %
    [InlineData("GB", "9503002110", "CN", "4")]     // UK 9503 00 21 10: 4.00 %
    [InlineData("GB", "6402990500", "CN", "16")]    // UK 6402 99 05: 16.00 %
    [InlineData("GB", "9405421000", "CN", "2")]     // UK 9405 42 10: 2.00 %
    [InlineData("GB", "6204623190", "CN", "12")]    // UK 6204 62 31 90: 12.00 %
    [InlineData("US", "6109100012", "CN", "16.5")]  // HTSUS 6109.10.00: 16.5%
    [InlineData("US", "6109100012", "MX", "0")]     // HTSUS 6109.10.00 special: Free (S, USMCA)
    [InlineData("US", "4202221500", "CN", "16")]    // HTSUS 4202.22.15: 16%
    [InlineData("US", "6402990800", "CN", "37.5")]  // HTSUS 6402.99.08: 37.5%
    [InlineData("US", "6402990400", "CN", "6")]     // HTSUS 6402.99.04: 6%
    [InlineData("US", "8518302000", "CN", "0")]     // HTSUS 8518.30.20: Free
    public void A_code_gets_the_rate_the_research_records(string area, string code, string origin, string percent)
    {
        var match = Sample.Find(area, code, CountryCode.Parse(origin), InForce);

        Assert.NotNull(match);
        var line = Assert.Single(match.Candidates);
        Assert.Equal(Percentage.FromPercent(decimal.Parse(percent, CultureInfo.InvariantCulture)), line.Rate.AdValorem);
        Assert.Null(line.Rate.Specific);
        Assert.Empty(match.Layers);
    }

    [Fact]
    public void The_sample_states_the_2026_rates_and_nothing_before()
    {
        // Every row applies from the start of the tariff year the sources were read in (2026); earlier years were not
        // researched, so an earlier date finds nothing rather than a 2026 rate.
        Assert.All(Sample.Lines, line => Assert.Equal(new LocalDate(2026, 1, 1), line.Period.Start));
        Assert.Null(Sample.Find("EU", "6109100010", CountryCode.Parse("CN"), new LocalDate(2025, 12, 31)));
    }

    [Theory]
    // Left out in tariff-research.md: no EU line for other articles of plastics, no EU or GB line for 9503 00 70 (toys
    // in sets), no US line for women's cotton trousers. Such goods get no rate rather than a neighbouring line's.
    [InlineData("EU", "3926909790")]
    [InlineData("EU", "9503007000")]
    [InlineData("GB", "9503007000")]
    [InlineData("US", "6204624000")]
    public void A_code_the_research_left_out_has_no_rate(string area, string code) =>
        Assert.Null(Sample.Find(area, code, CountryCode.Parse("CN"), InForce));
}
