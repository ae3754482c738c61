namespace CrossBorder.Tax.Tests.Thresholds;

public class ThresholdSalesCsvTests
{
    [Fact]
    public void A_header_with_no_rows_is_refused_naming_the_file_and_line_1()
    {
        // Issue #14's sweep: a header-only export used to read as "no sales" and report no threshold.
        var error = Assert.Throws<FormatException>(() => ThresholdSalesCsv.Read(new StringReader("date,destination,amount,currency\n"), "sales.csv"));

        Assert.Contains("sales.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains("no rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void One_row_is_one_sale()
    {
        var sales = ThresholdSalesCsv.Read(new StringReader("date,destination,amount,currency\n2025-01-03,IT,47.34,EUR\n"), "sales.csv");

        Assert.Equal(Money.Of(47.34m, "EUR"), Assert.Single(sales).Amount);
    }
}
