using NodaTime;

namespace CrossBorder.LandedCost.Tests.Duty;

/// <summary>Lookups in a tariff written for the tests: its lines and sources are fixtures, not a real tariff.</summary>
public class TariffTests
{
    private static readonly LocalDate Day = new(2026, 3, 1);
    private static readonly CountryCode China = CountryCode.Parse("CN");
    private static readonly CountryCode Mexico = CountryCode.Parse("MX");

    private static Tariff Fixture() => TariffCsv.Read(new StringReader("""
        area,code,ad_valorem,specific,specific_unit,currency,minimum,maximum,origins,layer,from,to,source
        US,85,2%,,,,,,,,2020-01-01,,test fixture
        US,851810,4.9%,,,,,,,,2020-01-01,,test fixture
        US,851840,4.9%,,,,,,,,2020-01-01,,test fixture
        US,851840,0%,,,,,,MX CA,,2020-07-01,,test fixture
        US,851840,25%,,,,,,CN,US-301,2018-09-24,,test fixture
        """), "tariff.csv");

    [Fact]
    public void A_national_code_finds_its_longest_prefix_and_the_layers_of_its_origin()
    {
        var match = Fixture().Find("US", "8518400000", China, Day)!;

        var line = Assert.Single(match.Candidates);
        Assert.Equal("851840", line.Code);
        Assert.Equal("line 851840, the longest prefix of 8518400000 in the tariff", match.How);
        Assert.Equal("US-301", Assert.Single(match.Layers).Layer);

        // 4.9% + 25% of USD 1,274.00 = 62.43 + 318.50 = 380.93.
        var duty = Duties.Compute(match, Money.Of(1274.00m, "USD"), 1, 4.2m, IncompleteCodePolicy.Refuse, MidpointRounding.AwayFromZero);
        Assert.Equal(Money.Of(62.43m, "USD"), duty.Base.Amount);
        Assert.Equal(Money.Of(380.93m, "USD"), duty.Total);
    }

    [Fact]
    public void A_preferential_rate_for_the_origin_wins_and_other_origins_pay_no_layer()
    {
        var match = Fixture().Find("US", "851840", Mexico, Day)!;

        Assert.Equal(Percentage.Zero, Assert.Single(match.Candidates).Rate.AdValorem);
        Assert.Contains("preferential rate for goods of MX", match.How, StringComparison.Ordinal);
        Assert.Empty(match.Layers);
    }

    [Fact]
    public void A_code_missing_from_the_tariff_falls_back_to_its_chapter()
    {
        var match = Fixture().Find("US", "852000", Mexico, Day)!;

        Assert.Equal("85", Assert.Single(match.Candidates).Code);
        Assert.Null(Fixture().Find("US", "9503", Mexico, Day));
        Assert.Null(Fixture().Find("EU-VAT", "851840", Mexico, Day));
    }

    [Theory]
    [InlineData(IncompleteCodePolicy.Lowest, "16.50")]   // 16.5% of USD 100.00
    [InlineData(IncompleteCodePolicy.Highest, "32.00")]  // 32% of USD 100.00
    [InlineData(IncompleteCodePolicy.Average, "24.25")]  // (16.50 + 32.00) / 2
    public void An_incomplete_code_takes_the_policys_choice_of_the_lines_under_it(IncompleteCodePolicy policy, string expected)
    {
        var tariff = TariffCsv.Read(new StringReader("""
            area,code,ad_valorem,from,source
            US,610910,16.5%,2020-01-01,test fixture
            US,610990,32%,2020-01-01,test fixture
            """), "tariff.csv");
        var match = tariff.Find("US", "6109", China, Day)!;

        Assert.Equal(2, match.Candidates.Count);
        var duty = Duties.Compute(match, Money.Of(100m, "USD"), 1, null, policy, MidpointRounding.AwayFromZero);
        Assert.Equal(Money.Of(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), "USD"), duty.Total);

        var refused = Assert.Throws<ArgumentException>(() => Duties.Compute(match, Money.Of(100m, "USD"), 1, null, IncompleteCodePolicy.Refuse, MidpointRounding.AwayFromZero));
        Assert.Contains("HS code 6109 is incomplete and the tariff has 2 lines under it (610910, 610990)", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lines_apply_only_inside_their_period()
    {
        var tariff = new Tariff([new TariffLine("US", "851840", new DutyRate(Percentage.Parse("25%")), EffectivePeriod.Between(new LocalDate(2018, 9, 24), new LocalDate(2025, 12, 31)), "test fixture", [China], "US-301")]);

        Assert.Null(tariff.Find("US", "851840", China, new LocalDate(2026, 1, 1)));
        Assert.Null(tariff.Find("US", "851840", China, new LocalDate(2025, 12, 31)));
    }

    [Theory]
    [InlineData("area,code,ad_valorem,from,source\nUS,85184,5%,2020-01-01,x\nUS,85184,6%,2021-01-01,x\n", "tariff.csv: Tariff lines US 85184 5% 2020-01-01.. and US 85184 6% 2021-01-01.. overlap.")]
    [InlineData("area,code,ad_valorem,from,source\nUS,85.18,5%,2020-01-01,x\n", "tariff.csv, line 2: '85.18' is not an HS code of 2 to 10 digits.")]
    [InlineData("area,code,ad_valorem,from,source\nUS,8518,5,2020-01-01,x\n", "tariff.csv, line 2: ad_valorem = '5' is not a percentage such as 5% or 2.7%.")]
    [InlineData("area,code,specific,from,source\nUS,8518,1.20,2020-01-01,x\n", "tariff.csv, line 2: specific needs the currency column.")]
    [InlineData("area,code,from,source\n", "tariff.csv, line 1: the header needs ad_valorem, specific, or both.")]
    [InlineData("area,code,rate,from,source\n", "tariff.csv, line 1: unknown column 'rate'")]
    public void A_malformed_tariff_names_the_line(string csv, string message)
    {
        var e = Assert.Throws<FormatException>(() => TariffCsv.Read(new StringReader(csv), "tariff.csv"));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }
}
