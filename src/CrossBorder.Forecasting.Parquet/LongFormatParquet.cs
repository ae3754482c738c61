using System.Globalization;
using CrossBorder.Forecasting.Batch;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace CrossBorder.Forecasting.Files;

/// <summary>
/// Series in the long format as a Parquet file, with the column names of the CSV form (<see cref="LongFormatReader"/>):
/// <c>series_id</c> (string), <c>t</c> (int32 or int64) or <c>date</c> (DATE), <c>y</c> (double, float, int32 or
/// int64; null or NaN is a missing value), and optional <c>freq</c> and <c>h</c> (int32 or int64; null when absent).
/// </summary>
/// <remarks>
/// <para>The rules are the CSV reader's, applied by the same code: rows of a series contiguous and in time order,
/// gaps filled with missing values, the calendar of dates inferred from their spacing, the same limits and the same
/// treatment of negative and missing values under <see cref="SeriesOptions"/>. A series read from Parquet equals the
/// one read from the same rows in CSV.</para>
/// <para>Every error is a <see cref="FormatException"/> that starts with the source and names the column or the
/// row group and row (both 0-based, as Parquet counts them). Streams one row group at a time.</para>
/// </remarks>
public static class LongFormatParquet
{
    private const string Expected = "series_id,t,y[,freq,h] or series_id,date,y";

    /// <summary>Reads every series of the Parquet file <paramref name="path"/>, lazily; errors start with the path.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to treat negative and missing values; <see langword="null"/> to keep them as read.</param>
    /// <exception cref="FormatException">Not a Parquet file, a missing or mistyped column, or a refused value; the message names the column or row group.</exception>
    public static IEnumerable<SeriesInput> ReadFile(string path, SeriesOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadFileCore(path, options);
    }

    /// <summary>Reads every series of a Parquet stream, lazily.</summary>
    /// <param name="stream">A readable, seekable stream holding a Parquet file; left open.</param>
    /// <param name="source">The name errors start with, such as the file's path.</param>
    /// <param name="options">How to treat negative and missing values; <see langword="null"/> to keep them as read.</param>
    /// <exception cref="FormatException">Not a Parquet file, a missing or mistyped column, or a refused value; the message names the column or row group.</exception>
    public static IEnumerable<SeriesInput> Read(Stream stream, string source, SeriesOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return ReadCore(stream, source, options);
    }

    /// <summary>
    /// Writes <paramref name="series"/> as a Parquet file: <c>series_id,t,y,freq,h</c> with <c>t</c> from 1, or
    /// <c>series_id,date,y,freq,h</c> when the series have start dates; a missing value (NaN) is a null <c>y</c>.
    /// Reading the file back gives the same series.
    /// </summary>
    /// <param name="stream">A writable stream; left open.</param>
    /// <param name="series">The series: all with start dates or all without.</param>
    /// <returns>The rows written.</returns>
    /// <exception cref="ArgumentException">Dated and undated series mixed, or a dated series whose period is not 7, 52, 12, 4 or 1 (its dates would be unknown).</exception>
    public static long Write(Stream stream, IEnumerable<SeriesInput> series)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(series);
        using var enumerator = series.GetEnumerator();
        if (!enumerator.MoveNext())
        {
            throw new ArgumentException("There are no series to write.", nameof(series));
        }

        var dated = enumerator.Current.Start is not null;
        var id = new DataField<string>("series_id", false);
        var t = new DataField<long?>("t", true);
        var date = new DataField<DateOnly?>("date", true);
        var y = new DataField<double?>("y", true);
        var freq = new DataField<int?>("freq", true);
        var h = new DataField<int?>("h", true);
        var schema = new ParquetSchema(id, dated ? date : t, y, freq, h);
        var rows = new Rows(ParquetColumns.RowGroupRows);
        long written = 0;
        var writer = ParquetWriter.CreateAsync(schema, stream, ParquetColumns.WriteOptions, append: false).GetAwaiter().GetResult();
        void Flush()
        {
            if (rows.Count == 0)
            {
                return;
            }

            using var group = writer.CreateRowGroup();
            ParquetColumns.Write(group, id, rows.Ids[..rows.Count]);
            if (dated)
            {
                ParquetColumns.Write(group, date, rows.Dates[..rows.Count]);
            }
            else
            {
                ParquetColumns.Write(group, t, rows.Indexes[..rows.Count]);
            }

            ParquetColumns.Write(group, y, rows.Values[..rows.Count]);
            ParquetColumns.Write(group, freq, rows.Frequencies[..rows.Count]);
            ParquetColumns.Write(group, h, rows.Horizons[..rows.Count]);
            written += rows.Count;
            rows.Count = 0;
        }

        try
        {
            do
            {
                var s = enumerator.Current ?? throw new ArgumentException("A series is null.", nameof(series));
                if ((s.Start is not null) != dated)
                {
                    throw new ArgumentException($"Series '{s.Id}' {(dated ? "has no start date" : "has a start date")} while the first has {(dated ? "one" : "none")}: a file is either dated or indexed.", nameof(series));
                }

                var calendar = s.Start is null ? null : CalendarOf(s);
                var values = s.Values;
                for (var i = 0; i < values.Length; i++)
                {
                    var n = rows.Count++;
                    rows.Ids[n] = s.Id;
                    rows.Indexes[n] = i + 1;
                    rows.Dates[n] = calendar is null ? null : calendar.Step(s.Start!.Value, i).ToDateOnly();
                    rows.Values[n] = double.IsNaN(values[i]) ? null : values[i];
                    rows.Frequencies[n] = s.Period;
                    rows.Horizons[n] = s.Horizon;
                    if (rows.Count == rows.Ids.Length)
                    {
                        Flush();
                    }
                }
            }
            while (enumerator.MoveNext());
            Flush();
        }
        finally
        {
            ParquetColumns.Close(writer);
        }

        return written;
    }

    /// <summary>Writes <paramref name="series"/> to the Parquet file <paramref name="path"/> (see <see cref="Write(Stream, IEnumerable{SeriesInput})"/>).</summary>
    /// <returns>The rows written.</returns>
    public static long WriteFile(string path, IEnumerable<SeriesInput> series)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        return Write(stream, series);
    }

    private static SeriesCalendar CalendarOf(SeriesInput series) => series.Period switch
    {
        7 => SeriesCalendar.Daily,
        52 => SeriesCalendar.Weekly,
        12 => SeriesCalendar.Monthly,
        4 => SeriesCalendar.Quarterly,
        1 => SeriesCalendar.Yearly,
        _ => throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Series '{series.Id}' has a start date and period {series.Period}, which names no calendar (7 daily, 52 weekly, 12 monthly, 4 quarterly, 1 yearly): its dates are unknown."), nameof(series)),
    };

    private static IEnumerable<SeriesInput> ReadFileCore(string path, SeriesOptions? options)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        foreach (var series in ReadCore(stream, path, options))
        {
            yield return series;
        }
    }

    private static IEnumerable<SeriesInput> ReadCore(Stream stream, string source, SeriesOptions? options)
    {
        var reader = ParquetColumns.Open(stream, source);
        try
        {
            var schema = reader.Schema;
            DataField Require(string name) => ParquetColumns.Find(schema, name) ?? throw new FormatException($"{source}: there is no '{name}' column; expected {Expected}.");
            var id = ParquetColumns.Typed(Require("series_id"), source, "strings", typeof(string));
            var y = ParquetColumns.Typed(Require("y"), source, "numbers (double, float, int32 or int64)", typeof(double), typeof(float), typeof(int), typeof(long));
            var t = ParquetColumns.Find(schema, "t") is { } tf ? ParquetColumns.Typed(tf, source, "whole numbers (int32 or int64)", typeof(int), typeof(long)) : null;
            var date = ParquetColumns.Find(schema, "date") is { } df ? ParquetColumns.Typed(df, source, "dates (DATE)", typeof(DateOnly)) : null;
            if (t is null && date is null)
            {
                throw new FormatException($"{source}: there is no 't' or 'date' column; expected {Expected}.");
            }

            var freq = ParquetColumns.Find(schema, "freq") is { } ff ? ParquetColumns.Typed(ff, source, "whole numbers (int32 or int64)", typeof(int), typeof(long)) : null;
            var h = ParquetColumns.Find(schema, "h") is { } hf ? ParquetColumns.Typed(hf, source, "whole numbers (int32 or int64)", typeof(int), typeof(long)) : null;

            // A place is the row's number in the file; the words name its row group and its row in the group.
            var starts = new List<long>();
            var assembler = new LongFormatAssembler(source, options, place =>
            {
                var g = starts.FindLastIndex(s => s <= place);
                return ParquetColumns.Place(g, place - starts[g]);
            })
            { RowWord = "row" };
            long first = 0;
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                starts.Add(first);
                string?[] ids;
                double?[] values;
                long?[]? indexes = null;
                DateOnly?[]? dates = null;
                long?[]? frequencies = null;
                long?[]? horizons = null;
                using (var group = reader.OpenRowGroupReader(g))
                {
                    ids = ParquetColumns.Strings(group, id, source, g);
                    values = ParquetColumns.Doubles(group, y, source, g);
                    if (date is not null)
                    {
                        dates = ParquetColumns.Dates(group, date, source, g);
                    }
                    else
                    {
                        indexes = ParquetColumns.Longs(group, t!, source, g);
                    }

                    frequencies = freq is null ? null : ParquetColumns.Longs(group, freq, source, g);
                    horizons = h is null ? null : ParquetColumns.Longs(group, h, source, g);
                }

                for (var r = 0; r < ids.Length; r++)
                {
                    var place = first + r;
                    var closed = assembler.Next(place, ids[r]?.Trim() ?? string.Empty, out var begins);
                    if (closed is not null)
                    {
                        yield return closed;
                    }

                    if (begins)
                    {
                        assembler.Begin(place, frequencies?[r], horizons?[r]);
                    }

                    var value = values[r] ?? double.NaN;
                    if (double.IsInfinity(value))
                    {
                        throw assembler.Error(place, string.Create(CultureInfo.InvariantCulture, $"y = {value} is not a finite number."));
                    }

                    value = assembler.Check(place, value);
                    LocalDate? day = null;
                    long index = 0;
                    if (dates is not null)
                    {
                        day = dates[r] is { } d ? LocalDate.FromDateOnly(d) : throw assembler.Error(place, "date is null.");
                    }
                    else
                    {
                        index = indexes![r] ?? throw assembler.Error(place, "t is null.");
                    }

                    assembler.Add(place, value, index, day);
                }

                first += ids.Length;
            }

            if (assembler.Finish() is { } last)
            {
                yield return last;
            }
        }
        finally
        {
            ParquetColumns.Close(reader);
        }
    }

    /// <summary>The columns of one row group being filled.</summary>
    private sealed class Rows(int capacity)
    {
        public string[] Ids { get; } = new string[capacity];

        public long?[] Indexes { get; } = new long?[capacity];

        public DateOnly?[] Dates { get; } = new DateOnly?[capacity];

        public double?[] Values { get; } = new double?[capacity];

        public int?[] Frequencies { get; } = new int?[capacity];

        public int?[] Horizons { get; } = new int?[capacity];

        public int Count { get; set; }
    }
}
