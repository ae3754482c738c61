using CrossBorder.Replenishment.Files;

namespace CrossBorder.Replenishment.Tests.Files;

public class LeadTimeFileTests
{
    private static LeadTimeTable Read(string csv) => LeadTimeFile.Read(new StringReader(csv), "lt.csv");

    [Fact]
    public void Purchase_orders_with_a_pool_for_skus_without_their_own()
    {
        var table = Read("""
            sku,mode,ordered,shipped,arrived,received
            *,sea,2025-01-01,,,2025-02-26
            *,sea,2025-03-01,,,2025-05-10
            A,sea,2025-01-01,2025-01-20,2025-02-20,2025-02-22
            A,sea,2025-04-01,2025-04-15,2025-05-15,2025-05-20
            B,sea,2025-01-01,,,2025-01-29
            """);

        // A: 52 and 49 days → 50.5 days = 7.214 weeks, its own. B has one order: the pool, 56 and 70 days → 9 weeks.
        var a = table.For("A", FreightMode.Sea, PeriodUnit.Week);
        Assert.Equal(50.5 / 7, a.LeadTime.Mean, 12);
        Assert.Equal("2 sea POs", a.Source);
        var b = table.For("B", FreightMode.Sea, PeriodUnit.Week);
        Assert.Equal(9, b.LeadTime.Mean, 12);
        Assert.Equal("2 sea POs (all SKUs)", b.Source);
        Assert.Equal("sku", Assert.Throws<ArgumentException>(() => table.For("B", FreightMode.Air, PeriodUnit.Week)).ParamName);
    }

    [Fact]
    public void Statistics_per_sku_with_a_default()
    {
        var table = Read("sku,mean_days,sd_days\n*,56,7\nA,70,14\n");
        Assert.Equal(LeadTime.Of(10, 2, PeriodUnit.Week), table.For("A", FreightMode.Sea, PeriodUnit.Week).LeadTime);
        Assert.Equal(LeadTime.Of(56, 7, PeriodUnit.Day), table.For("Z", FreightMode.Air, PeriodUnit.Day).LeadTime);
        Assert.Contains("no lead time for SKU 'Z'", Assert.Throws<ArgumentException>(() => Read("sku,mean_days,sd_days\nA,1,0\n").For("Z", FreightMode.Sea, PeriodUnit.Day)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sku,mean_days,sd_days\nA,56,7\nA,60,7\n", "lt.csv, line 3: SKU 'A' already has a lead time on line 2")]
    [InlineData("sku,mean_days,sd_days\nA,100000,0\n", "lt.csv, line 2: mean_days + 4·sd_days = 100000 days is beyond the limit of 730 days")]
    [InlineData("sku,mean_days,sd_days\nA,700,10\n", "lt.csv, line 2: mean_days + 4·sd_days = 740 days")] // 700 + 4·10 > 730
    [InlineData("sku,mean_days,sd_days\nA,-3,2\n", "lt.csv, line 2: mean_days = '-3' is not a number of days ≥ 0")]
    [InlineData("sku,mode,ordered,received\nA,sea,2025-03-01,2025-02-01\n", "lt.csv, line 2: arrived 2025-02-01 is before shipped 2025-03-01")]
    [InlineData("sku,mode,ordered,received\nA,sea,1990-01-01,2263-10-17\n", "lt.csv, line 2: received: a lead time of 100000 days is beyond the limit of 730 days")]
    [InlineData("sku,mode,ordered,received\nA,boat,2025-01-01,2025-02-01\n", "lt.csv, line 2: mode = 'boat' is not sea, air, rail or road")]
    [InlineData("sku,mode,ordered,received\nA,sea,2025-01-01,2025-02-01,x\n", "lt.csv, line 2: 5 fields where the header has 4")]
    public void Malformed_repeated_or_excessive_rows_are_errors_naming_the_line(string csv, string reason) =>
        Assert.Contains(reason, Assert.Throws<FormatException>(() => Read(csv)).Message, StringComparison.Ordinal);
}
