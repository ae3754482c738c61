using NodaTime;

namespace CrossBorder.Advertising.Tests.Reports;

public class AdReportReaderTests
{
    private const string AmazonHeader = "Date,Currency,Campaign Name,Ad Group Name,Targeting,Match Type,Customer Search Term,Impressions,Clicks,Click-Thru Rate (CTR),Spend,14 Day Total Sales ,14 Day Total Orders (#),14 Day Total Units (#)";

    private static AdReport Csv(string text, AdReportReadOptions? options = null) => AdReportReader.ReadCsv(new StringReader(text), "report.csv", options);

    [Fact]
    public void Amazons_columns_are_read_and_the_window_comes_from_the_sales_column()
    {
        var report = Csv(AmazonHeader + "\n\"Nov 01, 2026\",USD,Camp,Group,earbuds,BROAD,wireless earbuds,\"1,204\",12,1.00%,$9.60,79.98,2,2\n");

        var record = Assert.Single(report.Records);
        Assert.Equal(new Attribution(14), report.Attribution);
        Assert.Equal(new LocalDate(2026, 11, 1), record.Date);
        Assert.Equal(new AdKey("Camp", "Group", "earbuds", "BROAD", "wireless earbuds"), record.Key);
        Assert.Equal(new AdMetrics(1_204, 12, Money.Of(9.60m, "USD"), Money.Of(79.98m, "USD"), 2, 2), record.Metrics);
    }

    [Fact]
    public void The_plain_csv_reads_as_seven_day_click()
    {
        var report = Csv("date,campaign,ad_group,search_term,match_type,impressions,clicks,spend,sales,orders,units,currency\n2026-11-01,C,G,t,EXACT,100,4,2.00,25.00,1,1,EUR\n");

        Assert.Equal(Attribution.SevenDayClick, report.Attribution);
        Assert.Equal(Money.Of(2.00m, "EUR"), report.Totals.Spend);
    }

    [Fact]
    public void The_bundled_sample_reads_whole()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "CrossBorder.Core.sln")))
        {
            directory = directory.Parent;
        }

        using var stream = File.OpenRead(Path.Combine(directory.FullName, "samples", "data", "sp-search-term-report.csv"));
        var report = AdReportReader.Read(stream, "sp-search-term-report.csv");

        Assert.Equal(252, report.Records.Count);
        Assert.Equal((new LocalDate(2026, 11, 1), new LocalDate(2026, 11, 28)), (report.First, report.Last));
        Assert.Equal(3, report.GroupBy(AdLevel.Campaign).Count);
    }

    [Fact]
    public void An_xlsx_export_reads_like_its_csv()
    {
        var rows = new[]
        {
            new Dictionary<string, object> { ["Date"] = new DateTime(2026, 11, 2), ["Currency"] = "USD", ["Campaign Name"] = "Camp", ["Ad Group Name"] = "G", ["Targeting"] = "k", ["Match Type"] = "EXACT", ["Customer Search Term"] = "k", ["Impressions"] = 300, ["Clicks"] = 5, ["Spend"] = 3.75, ["7 Day Total Sales"] = 39.99, ["7 Day Total Orders (#)"] = 1, ["7 Day Total Units (#)"] = 1 },
        };
        using var memory = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(memory, rows, excelType: MiniExcelLibs.ExcelType.XLSX);
        memory.Position = 0;

        var report = AdReportReader.Read(memory, "report.xlsx");

        var record = Assert.Single(report.Records);
        Assert.Equal(new LocalDate(2026, 11, 2), record.Date);
        Assert.Equal(new AdMetrics(300, 5, Money.Of(3.75m, "USD"), Money.Of(39.99m, "USD"), 1, 1), record.Metrics);
    }

    [Theory]
    [InlineData("Date,Currency,Campaign Name\n", "no 'N Day Total Sales' column")]
    [InlineData(AmazonHeader + "\n", "a header but no rows")]
    [InlineData(AmazonHeader + "\n2026-11-01,USD,C,G,t,EXACT,t,100,-3,1%,1.00,0,0,0\n", "line 2: clicks '-3' is not a whole non-negative number")]
    [InlineData(AmazonHeader + "\n2026-11-01,USD,C,G,t,EXACT,t,100,0,1%,1.00,9.00,1,1\n", "line 2: 1 orders are attributed to no clicks")]
    [InlineData(AmazonHeader + "\n2026-11-01,USD,C,G,t,EXACT,t,100,1,1%,1.00,0,0,0\n2026-11-01,EUR,C,G,t,EXACT,t,100,1,1%,1.00,0,0,0\n", "mixes USD and EUR")]
    [InlineData(AmazonHeader + "\n31/11/2026,USD,C,G,t,EXACT,t,100,1,1%,1.00,0,0,0\n", "date '31/11/2026' is not")]
    [InlineData("Date,Currency,Campaign Name,7 Day Total Sales,14 Day Total Sales\n", "sales for 7-day, 14-day attribution; choose one window")]
    public void A_malformed_report_is_an_error_naming_the_file_and_line(string text, string mention)
    {
        var e = Assert.Throws<FormatException>(() => Csv(text));

        Assert.StartsWith("report.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains(mention, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_neither_is_refused()
    {
        using var memory = new MemoryStream("PK\u0003\u0004garbage"u8.ToArray());

        Assert.Throws<FormatException>(() => AdReportReader.Read(memory, "report.xlsx"));
    }

    private static string Plain(int rows, Func<int, string>? row = null)
    {
        var text = new System.Text.StringBuilder("date,campaign,ad_group,search_term,match_type,impressions,clicks,spend,sales,orders,units,currency\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append(row?.Invoke(i) ?? $"2026-11-{1 + (i % 28):00},C{i % 7},G,t{i % 13},EXACT,100,2,1.00,10.00,1,1,USD").Append('\n');
        }

        return text.ToString();
    }

    [Fact]
    public void A_report_of_many_blocks_keeps_every_row_in_file_order()
    {
        // 20,001 rows: more than two of the reader's 8,192-row blocks, and one row over.
        var report = Csv(Plain(20_001));

        Assert.Equal(20_001, report.Records.Count);
        Assert.Equal(new AdMetrics(2_000_100, 40_002, Money.Of(20_001m, "USD"), Money.Of(200_010m, "USD"), 20_001, 20_001), report.Totals);
        Assert.Equal(["C0", "C1", "C2", "C3", "C4", "C5", "C6"], report.GroupBy(AdLevel.Campaign).Select(g => g.Key));
        Assert.Equal("t6", report.Records[20_000].Key.SearchTerm); // the last row: 20,000 mod 13 = 6
    }

    [Fact]
    public void The_first_bad_line_is_reported_even_when_a_later_line_is_malformed_too()
    {
        // Line 101 has a negative count (found while records are made); line 15,001 has too few fields (found while
        // rows are read, ahead): a sequential read would stop at line 101, and so must this one.
        var text = Plain(20_000, i => i == 99 ? "2026-11-01,C,G,t,EXACT,100,-2,1.00,10.00,1,1,USD" : i == 14_999 ? "2026-11-01,C" : null!);

        var e = Assert.Throws<FormatException>(() => Csv(text));

        Assert.Contains("line 101: clicks '-2'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_row_far_into_the_file_is_reported_with_its_line()
    {
        var e = Assert.Throws<FormatException>(() => Csv(Plain(20_000, i => i == 17_000 ? "2026-11-01,C" : null!)));

        Assert.Contains("line 17002", e.Message, StringComparison.Ordinal);
    }
}
