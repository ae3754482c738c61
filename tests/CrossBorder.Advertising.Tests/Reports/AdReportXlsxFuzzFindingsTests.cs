namespace CrossBorder.Advertising.Tests.Reports;

/// <summary>
/// Found while fuzzing the ad report reader (docs/reliability.md "Fuzzing"): afl-fuzz mutates the CSV path freely but
/// rarely gets a mutated XLSX past the zip container, so the XLSX cell conversion was read and tested by hand.
/// </summary>
public class AdReportXlsxFuzzFindingsTests
{
    // Before the fix a numeric cell beyond decimal's range (about 7.9e28) was cast to decimal and its
    // OverflowException escaped the reader, which documents only FormatException. The row is line 2 of the sheet
    // (line 1 is the header), so that is the line the message must name.
    [Theory]
    [InlineData("Spend", 1e300)]
    [InlineData("Impressions", -1e29)]
    [InlineData("Clicks", double.PositiveInfinity)]
    public void A_number_beyond_decimal_is_a_format_error_naming_the_line(string column, double value)
    {
        var row = new Dictionary<string, object>
        {
            ["Date"] = new DateTime(2026, 11, 2), ["Currency"] = "USD", ["Campaign Name"] = "Camp", ["Ad Group Name"] = "G", ["Targeting"] = "k",
            ["Match Type"] = "EXACT", ["Customer Search Term"] = "k", ["Impressions"] = 300, ["Clicks"] = 5, ["Spend"] = 3.75,
            ["7 Day Total Sales"] = 39.99, ["7 Day Total Orders (#)"] = 1, ["7 Day Total Units (#)"] = 1,
        };
        row[column] = value;
        using var memory = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(memory, new[] { row }, excelType: MiniExcelLibs.ExcelType.XLSX);
        memory.Position = 0;

        var e = Assert.Throws<FormatException>(() => AdReportReader.Read(memory, "report.xlsx"));

        Assert.StartsWith("report.xlsx: line 2:", e.Message, StringComparison.Ordinal);
    }
}
