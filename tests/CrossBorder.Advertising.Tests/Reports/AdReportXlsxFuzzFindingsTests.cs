using System.IO.Compression;

namespace CrossBorder.Advertising.Tests.Reports;

/// <summary>
/// Found while fuzzing the ad report reader (docs/reliability.md "Fuzzing"): the number conversion by reading the XLSX
/// path, which afl-fuzz seldom reaches through the zip container; the missing sheet by afl-fuzz itself once an XLSX seed
/// was in the corpus (fuzz/corpora/ad-report/crash-xlsx-*.xlsx).
/// </summary>
public class AdReportXlsxFuzzFindingsTests
{
    // Before the fix a numeric cell beyond decimal's range (about 7.9e28) was cast to decimal and its
    // OverflowException escaped the reader, which documents only FormatException. The row is line 2 of the sheet
    // (line 1 is the header), so that is the line the message must name.
    // A workbook whose sheet part is missing (afl-fuzz damaged its entry name): MiniExcel's Single() over the entries
    // threw "Sequence contains no elements" while the rows were read, outside the reader's catch.
    [Fact]
    public void A_workbook_without_its_sheet_is_a_format_error_naming_the_file()
    {
        using var memory = Workbook(Row());
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("xl/worksheets/sheet1.xml")!.Delete();
        }

        memory.Position = 0;

        var e = Assert.Throws<FormatException>(() => AdReportReader.Read(memory, "report.xlsx"));

        Assert.StartsWith("report.xlsx: not a readable XLSX workbook", e.Message, StringComparison.Ordinal);
    }

    // afl-fuzz damaged the styles part of the seed workbook; MiniExcel threw a NullReferenceException while it read the
    // rows. The input is the crash itself, kept in the corpus.
    [Fact]
    public void A_workbook_with_a_damaged_styles_part_is_a_format_error_naming_the_file()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "CrossBorder.Core.sln")))
        {
            directory = directory.Parent;
        }

        using var stream = File.OpenRead(Path.Combine(directory.FullName, "fuzz", "corpora", "ad-report", "crash-xlsx-damaged-styles.xlsx"));

        var e = Assert.Throws<FormatException>(() => AdReportReader.Read(stream, "report.xlsx"));

        Assert.StartsWith("report.xlsx: not a readable XLSX workbook", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Spend", 1e300)]
    [InlineData("Impressions", -1e29)]
    [InlineData("Clicks", double.PositiveInfinity)]
    public void A_number_beyond_decimal_is_a_format_error_naming_the_line(string column, double value)
    {
        var row = Row();
        row[column] = value;
        using var memory = Workbook(row);

        var e = Assert.Throws<FormatException>(() => AdReportReader.Read(memory, "report.xlsx"));

        Assert.StartsWith("report.xlsx: line 2:", e.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, object> Row() => new()
    {
        ["Date"] = new DateTime(2026, 11, 2), ["Currency"] = "USD", ["Campaign Name"] = "Camp", ["Ad Group Name"] = "G", ["Targeting"] = "k",
        ["Match Type"] = "EXACT", ["Customer Search Term"] = "k", ["Impressions"] = 300, ["Clicks"] = 5, ["Spend"] = 3.75,
        ["7 Day Total Sales"] = 39.99, ["7 Day Total Orders (#)"] = 1, ["7 Day Total Units (#)"] = 1,
    };

    private static MemoryStream Workbook(Dictionary<string, object> row)
    {
        var memory = new MemoryStream();
        MiniExcelLibs.MiniExcel.SaveAs(memory, new[] { row }, excelType: MiniExcelLibs.ExcelType.XLSX);
        memory.Position = 0;
        return memory;
    }
}
