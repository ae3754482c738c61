using System.Globalization;
using System.Text;
using CrossBorder.Forecasting.Batch;
using CrossBorder.Forecasting.Files;
using Parquet;
using Parquet.Schema;

namespace CrossBorder.Forecasting.Tests.Files;

public class LongFormatParquetTests
{
    /// <summary>Weekly dated series with a gap (2024-01-22 missing) and an NA, then a short one; the CSV reader is the reference.</summary>
    private const string DatedCsv =
        "series_id,date,y\n" +
        "A,2024-01-01,5\nA,2024-01-08,7\nA,2024-01-15,NA\nA,2024-01-29,6\nA,2024-02-05,9\n" +
        "B,2024-01-01,0\nB,2024-01-08,0\nB,2024-01-15,3\n";

    /// <summary>Indexed series with per-series freq and h, a gap in t (t = 3 missing) and a decimal value.</summary>
    private const string IndexedCsv =
        "series_id,t,y,freq,h\n" +
        "x,1,1.25,4,3\nx,2,2,4,3\nx,4,3.5,4,3\nx,5,4,4,3\n" +
        "y,1,10,1,\ny,2,11,1,\ny,3,13,1,\n";

    [Theory]
    [InlineData(DatedCsv)]
    [InlineData(IndexedCsv)]
    public void Series_written_to_parquet_read_back_equal_to_the_csv_reader_s(string csv)
    {
        // The reference is the CSV reader's reading of the same rows; Parquet must give the same series.
        var expected = LongFormatReader.Read(new StringReader(csv)).ToList();
        using var stream = new MemoryStream();
        LongFormatParquet.Write(stream, expected);
        stream.Position = 0;
        var actual = LongFormatParquet.Read(stream, "mem.parquet").ToList();

        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Id, actual[i].Id);
            Assert.Equal(expected[i].Period, actual[i].Period);
            Assert.Equal(expected[i].Horizon, actual[i].Horizon);
            Assert.Equal(expected[i].Start, actual[i].Start);
            Assert.Equal(expected[i].Values.ToArray(), actual[i].Values.ToArray());
        }
    }

    [Fact]
    public void Forecasts_from_csv_and_from_parquet_give_byte_identical_csv()
    {
        // Reference: the CSV path the CLI always took (CSV in, ForecastCsvWriter out). The Parquet path reads the
        // same series from a Parquet file, writes Parquet, and converts that file back to CSV.
        var csvText = BuildCatalogue(40);
        var forecaster = new AutoForecaster();
        var reference = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var csvWriter = new ForecastCsvWriter(reference);
        foreach (var s in LongFormatReader.Read(new StringReader(csvText)))
        {
            csvWriter.Write(s.Id, forecaster.Forecast(s.Values, s.Period, 13));
        }

        using var input = new MemoryStream();
        LongFormatParquet.Write(input, LongFormatReader.Read(new StringReader(csvText)));
        input.Position = 0;
        using var output = new MemoryStream();
        using (var parquetWriter = new ForecastParquetWriter(output, [0.8, 0.95], rowGroupRows: 100))
        {
            foreach (var s in LongFormatParquet.Read(input, "in.parquet"))
            {
                parquetWriter.Write(s.Id, forecaster.Forecast(s.Values, s.Period, 13));
            }
        }

        output.Position = 0;
        var roundTrip = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var rows = ForecastParquetWriter.ToCsv(output, "out.parquet", roundTrip);

        Assert.Equal(40 * 13, rows);
        Assert.Equal(reference.ToString(), roundTrip.ToString());
    }

    [Fact]
    public void A_forecast_csv_rewritten_as_parquet_is_the_parquet_written_from_the_forecasts()
    {
        // Reference: ForecastParquetWriter fed the forecasts themselves (what crossborder forecast -o x.parquet writes).
        // FromCsv gets only the CSV of the same forecasts: round-trip numbers, NA for a missing 95% interval, an id
        // with a comma, a quote and a line break, and a level named with decimals (99.9%).
        double[] levels = [0.8, 0.999];
        var forecaster = new AutoForecaster(levels: levels);
        var series = LongFormatReader.Read(new StringReader(BuildCatalogue(12))).ToList();
        var forecasts = series.Select(s => (Id: s.Id, Forecast: forecaster.Forecast(s.Values, s.Period, 13))).ToList();
        forecasts.Add(("odd, \"id\"\nhere", new Forecast("Naive", [2, -0.0], [new PredictionInterval(0.8, [1.5, -1], [2.5, 1])])));
        using var expected = new MemoryStream();
        using (var writer = new ForecastParquetWriter(expected, levels))
        {
            forecasts.ForEach(f => writer.Write(f.Id, f.Forecast));
        }

        var csv = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var csvWriter = new ForecastCsvWriter(csv, levels);
        forecasts.ForEach(f => csvWriter.Write(f.Id, f.Forecast));
        using var actual = new MemoryStream();
        var rows = ForecastParquetWriter.FromCsv(new StringReader(csv.ToString()), "forecasts.csv", actual);

        Assert.Equal((12 * 13) + 2, rows);
        Assert.Equal(expected.ToArray(), actual.ToArray());
    }

    [Theory]
    [InlineData("\"series_id\",\"method\",\"step\",\"mean\",\"lo80\"\n", "line 1")]
    [InlineData("\"id\",\"method\",\"step\",\"mean\"\n", "line 1")]
    [InlineData("\"series_id\",\"method\",\"step\",\"mean\",\"lo80\",\"hi80\"\n\"a\",\"Naive\",1,2,1,3\n\"a\",\"Naive\",2,x,1,3\n", "line 3: mean = 'x' is not a number")]
    [InlineData("\"series_id\",\"method\",\"step\",\"mean\"\n\"a\",\"Naive\",0,2\n", "line 2: step = '0' is not a step from 1")]
    public void A_csv_that_is_not_a_forecast_is_refused_naming_the_line(string text, string message)
    {
        var e = Assert.Throws<FormatException>(() => ForecastParquetWriter.FromCsv(new StringReader(text), "f.csv", new MemoryStream()));

        Assert.StartsWith("f.csv, ", e.Message, StringComparison.Ordinal);
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_bounds_are_written_na_in_csv()
    {
        // A forecast with no interval at 95% writes NA in CSV (ForecastCsvWriter's documented form) and null in Parquet.
        using var output = new MemoryStream();
        using (var writer = new ForecastParquetWriter(output, [0.8, 0.95]))
        {
            writer.Write("a", new Forecast("Naive", [2], [new PredictionInterval(0.8, [1.5], [2.5])]));
        }

        output.Position = 0;
        var csv = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        ForecastParquetWriter.ToCsv(output, "out.parquet", csv);

        Assert.Equal("\"series_id\",\"method\",\"step\",\"mean\",\"lo80\",\"hi80\",\"lo95\",\"hi95\"\n\"a\",\"Naive\",1,2,1.5,2.5,NA,NA\n", csv.ToString());
    }

    [Fact]
    public void A_file_that_is_not_parquet_is_named()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(DatedCsv));
        var e = Assert.Throws<FormatException>(() => LongFormatParquet.Read(stream, "sales.parquet").ToList());
        Assert.StartsWith("sales.parquet is not a readable Parquet file", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_footer_whose_list_count_outruns_it_is_refused_not_read_for_ever()
    {
        // Found by afl-fuzz (fuzz/corpora/long-format-parquet/crash-footer-list-count-hang.parquet): a valid file with
        // one footer byte changed so that a Thrift list claims more elements than the footer has bytes. Parquet.Net 6.1
        // read varints past the end for minutes; the footer check refuses it at once.
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "parquet", "footer-list-count-hang.parquet"));

        var e = Assert.Throws<FormatException>(() => LongFormatParquet.Read(stream, "sales.parquet").ToList());

        Assert.Equal("sales.parquet is not a readable Parquet file: its footer is damaged.", e.Message);
    }

    [Theory]
    [InlineData("cut")]
    [InlineData("length")]
    [InlineData("magic")]
    public void A_file_with_its_footer_cut_or_its_length_or_magic_changed_is_refused(string damage)
    {
        // A file written by the library, then damaged at its end: the last 8 bytes are the footer's length (int32, little
        // endian) and "PAR1" (the Parquet format's file layout).
        using var written = new MemoryStream();
        LongFormatParquet.Write(written, LongFormatReader.Read(new StringReader(DatedCsv)));
        var bytes = written.ToArray();
        switch (damage)
        {
            case "cut":
                bytes = [.. bytes.AsSpan(0, bytes.Length - 20), .. bytes.AsSpan(bytes.Length - 8)];
                break;
            case "length":
                BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 8), bytes.Length);
                break;
            default:
                bytes[^1] = (byte)'2';
                break;
        }

        var e = Assert.Throws<FormatException>(() => LongFormatParquet.Read(new MemoryStream(bytes), "sales.parquet").ToList());

        Assert.StartsWith("sales.parquet is not a readable Parquet file: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_named()
    {
        var file = Craft(new ParquetSchema(new DataField<string>("series_id"), new DataField<long?>("t")), [new[] { "a" }, new long?[] { 1 }]);
        var e = Assert.Throws<FormatException>(() => LongFormatParquet.Read(file, "s.parquet").ToList());
        Assert.Equal("s.parquet: there is no 'y' column; expected series_id,t,y[,freq,h] or series_id,date,y.", e.Message);
    }

    [Fact]
    public void A_column_of_the_wrong_type_is_named()
    {
        var file = Craft(
            new ParquetSchema(new DataField<string>("series_id"), new DataField<long?>("t"), new DataField<string>("y")),
            [new[] { "a" }, new long?[] { 1 }, new[] { "12" }]);
        var e = Assert.Throws<FormatException>(() => LongFormatParquet.Read(file, "s.parquet").ToList());
        Assert.Equal("s.parquet: column 'y' holds String; expected numbers (double, float, int32 or int64).", e.Message);
    }

    [Fact]
    public void Errors_name_the_row_group_and_the_row()
    {
        // Two row groups: a negative value at the second row of the second group (0-based: row group 1, row 1).
        var schema = new ParquetSchema(new DataField<string>("series_id"), new DataField<long?>("t"), new DataField<double?>("y"));
        var file = Craft(schema, [new[] { "a", "a" }, new long?[] { 1, 2 }, new double?[] { 1, 2 }], [new[] { "b", "b" }, new long?[] { 1, 2 }, new double?[] { 3, -4 }]);
        var e = Assert.Throws<FormatException>(() => LongFormatParquet.Read(file, "s.parquet", new SeriesOptions()).ToList());
        Assert.Equal("s.parquet, row group 1, row 1: series 'b' has y = -4; negative values are refused (SeriesOptions.RequireNonNegative).", e.Message);
    }

    [Fact]
    public void Rows_of_a_series_split_by_another_are_refused_across_row_groups()
    {
        var schema = new ParquetSchema(new DataField<string>("series_id"), new DataField<int?>("t"), new DataField<long?>("y"));
        var file = Craft(schema, [new[] { "a", "b" }, new int?[] { 1, 1 }, new long?[] { 1, 2 }], [new[] { "a" }, new int?[] { 2 }, new long?[] { 3 }]);
        var e = Assert.Throws<FormatException>(() => LongFormatParquet.Read(file, "s.parquet").ToList());
        Assert.Equal("s.parquet, row group 1, row 0: rows of series 'a' are not contiguous.", e.Message);
    }

    [Fact]
    public void Integer_sales_and_int32_t_read_as_numbers()
    {
        // Files from pandas often hold int64 sales; they are the same numbers as doubles.
        var schema = new ParquetSchema(new DataField<string>("series_id"), new DataField<int?>("t"), new DataField<long?>("y"));
        var file = Craft(schema, [new[] { "a", "a", "a" }, new int?[] { 1, 2, 3 }, new long?[] { 4, null, 6 }]);
        var series = Assert.Single(LongFormatParquet.Read(file, "s.parquet"));
        Assert.Equal([4, double.NaN, 6], series.Values.ToArray());
    }

    [Fact]
    public void Dated_and_undated_series_are_not_mixed_in_one_file()
    {
        var series = new[] { new SeriesInput("a", [1], 52, null, new NodaTime.LocalDate(2024, 1, 1)), new SeriesInput("b", [1]) };
        var e = Assert.Throws<ArgumentException>(() => LongFormatParquet.Write(new MemoryStream(), series));
        Assert.Equal("series", e.ParamName);
    }

    [Fact]
    public void The_extension_chooses_the_format()
    {
        Assert.True(LongFormatFiles.IsParquet("a/b/SALES.PARQUET"));
        Assert.False(LongFormatFiles.IsParquet("sales.csv"));
    }

    /// <summary>A CSV catalogue of <paramref name="count"/> weekly series of 60 weeks, varied in level, trend and zeros.</summary>
    internal static string BuildCatalogue(int count)
    {
        var text = new StringBuilder("series_id,date,y\n");
        var start = new NodaTime.LocalDate(2023, 1, 2);
        for (var i = 0; i < count; i++)
        {
            for (var w = 0; w < 60; w++)
            {
                var y = i % 5 == 0
                    ? (w * 7 % 11 == 0 ? 3 : 0)
                    : 10 + (i % 7) + (w * (i % 3) / 10.0) + (((w * 13) + i) % 5);
                text.Append(CultureInfo.InvariantCulture, $"SKU-{i:D4},{start.PlusWeeks(w):uuuu-MM-dd},{y}\n");
            }
        }

        return text.ToString();
    }

    /// <summary>A Parquet file with one row group per entry of <paramref name="groups"/>, each one array per column.</summary>
    private static MemoryStream Craft(ParquetSchema schema, params Array[][] groups)
    {
        var stream = new MemoryStream();
        var writer = ParquetWriter.CreateAsync(schema, stream).GetAwaiter().GetResult();
        foreach (var columns in groups)
        {
            using var group = writer.CreateRowGroup();
            for (var c = 0; c < columns.Length; c++)
            {
                var field = schema.DataFields[c];
                switch (columns[c])
                {
                    case string[] s:
                        group.WriteAsync(field, s).GetAwaiter().GetResult();
                        break;
                    case long?[] l:
                        group.WriteAsync(field, new ReadOnlyMemory<long?>(l)).GetAwaiter().GetResult();
                        break;
                    case int?[] n:
                        group.WriteAsync(field, new ReadOnlyMemory<int?>(n)).GetAwaiter().GetResult();
                        break;
                    case double?[] d:
                        group.WriteAsync(field, new ReadOnlyMemory<double?>(d)).GetAwaiter().GetResult();
                        break;
                    default:
                        throw new ArgumentException("unsupported column", nameof(groups));
                }
            }
        }

        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        stream.Position = 0;
        return stream;
    }
}
