using System.Globalization;
using CrossBorder.Forecasting.Batch;
using CrossBorder.Text;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Forecasting.Files;

/// <summary>
/// Reads series in long CSV format, one observation per row: <c>series_id,t,y</c> with optional per-series
/// <c>freq</c> and <c>h</c> columns, or a <c>date</c> column (ISO <c>yyyy-MM-dd</c>) instead of <c>t</c>.
/// Rows of one series must be contiguous and in time order. Streams: one series is in memory at a time.
/// </summary>
/// <remarks>
/// <para>With dates, the period is inferred from the spacing (daily → 7, weekly → 52, monthly → 12, quarterly → 4,
/// yearly → 1) unless a <c>freq</c> column gives it, and missing dates inside a series become missing values (NaN),
/// which the forecasters fill and report. Empty <c>y</c> and <c>NA</c> are missing values too.</para>
/// <para>The file is read with the suite's one CSV reader: quoted fields, a row with more or fewer fields than the
/// header, or a repeated header name, are handled alike everywhere (see <c>docs/adr/0006</c>). Every error is a
/// <see cref="FormatException"/> that starts with the source and the line.</para>
/// <para>Work is bounded up front: a series spans at most <see cref="MaximumSeriesLength"/> periods (gaps
/// included, from its first to its last <c>t</c> or date) and an <c>h</c> column asks for at most
/// <see cref="MaximumHorizon"/> steps; beyond, the file is refused at the offending line before anything is
/// allocated.</para>
/// </remarks>
public static class LongFormatReader
{
    /// <summary>The most periods one series may span, gaps included: 100,000 (274 years of days).</summary>
    public const int MaximumSeriesLength = 100_000;

    /// <summary>The largest <c>h</c> a row may ask for: 10,000 steps.</summary>
    public const int MaximumHorizon = 10_000;

    private const string Expected = "series_id,t,y[,freq,h] or series_id,date,y";

    /// <summary>Reads every series from <paramref name="reader"/>, lazily; missing values are NaN and negative values are kept.</summary>
    /// <exception cref="FormatException">A required column is missing, a value is malformed, rows are out of order, or a limit is exceeded; the message names the line.</exception>
    public static IEnumerable<SeriesInput> Read(TextReader reader) => Read(reader, "the input", null);

    /// <summary>
    /// Reads every series from <paramref name="reader"/>, lazily, checking values against <paramref name="options"/>:
    /// with <see cref="SeriesOptions.RequireNonNegative"/> a negative <c>y</c> is an error; with
    /// <see cref="MissingValuePolicy.Throw"/> an empty or <c>NA</c> <c>y</c>, or a gap in <c>t</c> or the dates, is an
    /// error; with <see cref="MissingValuePolicy.Zero"/> they read as 0; with <see cref="MissingValuePolicy.Interpolate"/>
    /// they stay NaN for the forecaster to fill. Each error names the series and the line.
    /// </summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The name errors start with, such as the file's path.</param>
    /// <param name="options">How to treat negative and missing values; <see langword="null"/> to keep them as read.</param>
    /// <exception cref="FormatException">Malformed input, a refused value, or a limit exceeded; the message names the line.</exception>
    public static IEnumerable<SeriesInput> Read(TextReader reader, string source, SeriesOptions? options)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return ReadCore(reader, source, options);
    }

    /// <summary>Reads every series of a file, lazily; errors start with <paramref name="path"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to treat negative and missing values; <see langword="null"/> to keep them as read.</param>
    public static IEnumerable<SeriesInput> ReadFile(string path, SeriesOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadFileCore(path, options);
    }

    private static IEnumerable<SeriesInput> ReadFileCore(string path, SeriesOptions? options)
    {
        using var reader = new StreamReader(path);
        foreach (var series in ReadCore(reader, path, options))
        {
            yield return series;
        }
    }

    private static IEnumerable<SeriesInput> ReadCore(TextReader reader, string source, SeriesOptions? options)
    {
        var table = CsvTable.Open(reader, source);
        var id = table.Require("series_id", Expected);
        var y = table.Require("y", Expected);
        var t = table.IndexOf("t");
        var date = table.IndexOf("date");
        if (t < 0 && date < 0)
        {
            throw table.Error(1, $"the header needs a 't' or a 'date' column; expected {Expected}.");
        }

        var freq = table.IndexOf("freq");
        var h = table.IndexOf("h");
        var assembler = new LongFormatAssembler(source, options, line => string.Create(CultureInfo.InvariantCulture, $"line {line}"));
        foreach (var row in table.Rows())
        {
            var closed = assembler.Next(row.Line, row.Get(id), out var starts);
            if (closed is not null)
            {
                yield return closed;
            }

            if (starts)
            {
                assembler.Begin(row.Line, Count(row, freq), Count(row, h));
            }

            var value = assembler.Check(row.Line, ParseValue(row, y));
            LocalDate? day = null;
            long index = 0;
            if (date >= 0)
            {
                var parsed = LocalDatePattern.Iso.Parse(row.Get(date));
                day = parsed.Success ? parsed.Value : throw row.Invalid(date, "a yyyy-MM-dd date");
            }
            else
            {
                var text = row.Get(t);
                if (text.Length == 0 || text == "NA")
                {
                    throw row.Error("t is empty.");
                }

                index = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsedIndex) ? parsedIndex : throw row.Invalid(t, "an integer");
            }

            assembler.Add(row.Line, value, index, day);
        }

        if (assembler.Finish() is { } last)
        {
            yield return last;
        }
    }

    private static double ParseValue(CsvRow row, int column)
    {
        var text = row.Get(column);
        if (text.Length == 0 || text is "NA" or "NaN")
        {
            return double.NaN;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw row.Invalid(column, "a finite number");
    }

    private static long? Count(CsvRow row, int column)
    {
        var text = row.Get(column);
        if (column < 0 || text.Length == 0 || text == "NA")
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : throw row.Invalid(column, "an integer");
    }
}
