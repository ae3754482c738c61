using CrossBorder.Text;
using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Tests.Text;

public class CsvTableTests
{
    private static CsvTable Open(string text) => CsvTable.Open(new StringReader(text), "rates.csv");

    private static List<(int Line, string[] Fields)> ReadAll(string text)
    {
        var table = Open(text);
        return [.. table.Rows().Select(r => (r.Line, Enumerable.Range(0, table.Columns.Count).Select(i => r[i]).ToArray()))];
    }

    [Fact]
    public void Reads_quoted_fields_doubled_quotes_and_CRLF_with_line_numbers()
    {
        var rows = ReadAll("a,b\r\n1,\"x, y\"\r\n\r\n\"say \"\"hi\"\"\",2\r\n");

        Assert.Equal([(2, new[] { "1", "x, y" }), (4, new[] { "say \"hi\"", "2" })], rows.Select(r => (r.Line, r.Fields)), new RowComparer());
    }

    [Fact]
    public void A_quoted_field_may_span_lines_and_the_next_row_keeps_its_physical_line()
    {
        var rows = ReadAll("sku,name\nA,\"two\nlines\"\nB,plain\n");

        Assert.Equal("two\nlines", rows[0].Fields[1]);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(4, rows[1].Line);
    }

    [Fact]
    public void Header_is_trimmed_case_insensitive_and_loses_its_byte_order_mark()
    {
        var table = Open("\uFEFFSeries_ID , y\n");

        Assert.Equal(["Series_ID", "y"], table.Columns);
        Assert.Equal(0, table.IndexOf("series_id"));
        Assert.Equal(1, table.Require("Y", "series_id,y"));
        Assert.Equal(-1, table.IndexOf("t"));
    }

    [Theory]
    [InlineData("", "rates.csv, line 1: the file is empty")]
    [InlineData("a,b,a\n", "rates.csv, line 1: the header names column 'a' twice.")]
    [InlineData("a,,b\n", "rates.csv, line 1: column 2 of the header has no name.")]
    public void Bad_headers_are_errors_naming_source_and_line(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => Open(text));
        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sku,qty\nA,1,5\n", "rates.csv, line 2: 3 fields where the header has 2 (a decimal comma must be quoted or written with a point).")]
    [InlineData("sku,qty\nA,1\nB\n", "rates.csv, line 3: 1 fields where the header has 2.")]
    [InlineData("sku,qty\nA,\"1\n", "rates.csv, line 2: a quoted field is never closed.")]
    public void Rows_that_do_not_match_the_header_are_errors(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => ReadAll(text));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Missing_column_names_the_expected_header()
    {
        var e = Assert.Throws<FormatException>(() => Open("sku\n").Require("qty", "sku,qty"));
        Assert.Equal("rates.csv, line 1: the header has no 'qty' column; expected sku,qty.", e.Message);
    }

    [Fact]
    public void Rows_can_be_read_once()
    {
        var table = Open("a\n1\n");
        _ = table.Rows().ToList();
        Assert.Throws<InvalidOperationException>(() => table.Rows());
    }

    [Fact]
    public void Invalid_values_are_echoed_cut_and_without_control_characters()
    {
        var row = Open("date,y\n" + new string('9', 100) + "\u0007,1\n").Rows().Single();

        var e = row.Invalid(0, "a yyyy-MM-dd date");

        Assert.Equal("rates.csv, line 2: date = '" + new string('9', 40) + "…' is not a yyyy-MM-dd date.", e.Message);
        Assert.Equal("bell\\u0007", CsvTable.Echo("bell\u0007"));
        Assert.Equal(string.Empty, row.Get(-1));
    }

    [ScaledProperty(Cases = 300)]
    public Property Quoting_any_fields_reads_them_back_exactly()
    {
        var field = ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get.Replace("\r", "", StringComparison.Ordinal));
        var rows = Gen.ArrayOf(field, 3).ArrayOf().Where(r => r.Length > 0);
        return Prop.ForAll(rows.ToArbitrary(), data =>
        {
            var text = "a,b,c\n" + string.Join("\n", data.Select(r => string.Join(",", r.Select(Csv.Quote))));
            var read = ReadAll(text).Select(r => r.Fields).ToArray();
            return read.Length == data.Length && read.Zip(data).All(p => p.First.SequenceEqual(p.Second));
        });
    }

    private sealed class RowComparer : IEqualityComparer<(int Line, string[] Fields)>
    {
        public bool Equals((int Line, string[] Fields) x, (int Line, string[] Fields) y) => x.Line == y.Line && x.Fields.SequenceEqual(y.Fields);

        public int GetHashCode((int Line, string[] Fields) obj) => obj.Line;
    }
}
