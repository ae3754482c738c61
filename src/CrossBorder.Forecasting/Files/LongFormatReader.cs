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
        var seen = new HashSet<string>(StringComparer.Ordinal);
        SeriesBuilder? current = null;
        foreach (var row in table.Rows())
        {
            var seriesId = row.Get(id);
            if (seriesId.Length == 0)
            {
                throw row.Error("series_id is empty.");
            }

            if (current is null || !string.Equals(current.Id, seriesId, StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    yield return current.Build();
                }

                if (!seen.Add(seriesId))
                {
                    throw row.Error($"rows of series '{CsvTable.Echo(seriesId)}' are not contiguous.");
                }

                current = new SeriesBuilder(
                    seriesId,
                    freq >= 0 ? Count(row, freq, "freq", int.MaxValue) : null,
                    h >= 0 ? Count(row, h, "h", MaximumHorizon) : null,
                    options,
                    source);
            }

            var value = ParseValue(row, y, current.Id, options);
            if (date >= 0)
            {
                var parsed = LocalDatePattern.Iso.Parse(row.Get(date));
                current.AddDated(parsed.Success ? parsed.Value : throw row.Invalid(date, "a yyyy-MM-dd date"), value, row);
            }
            else
            {
                var text = row.Get(t);
                if (text.Length == 0 || text == "NA")
                {
                    throw row.Error("t is empty.");
                }

                current.AddIndexed(
                    long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index) ? index : throw row.Invalid(t, "an integer"),
                    value,
                    row);
            }
        }

        if (current is not null)
        {
            yield return current.Build();
        }
    }

    private static double ParseValue(CsvRow row, int column, string id, SeriesOptions? options)
    {
        var text = row.Get(column);
        double value;
        if (text.Length == 0 || text is "NA" or "NaN")
        {
            value = double.NaN;
        }
        else if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            throw row.Invalid(column, "a finite number");
        }

        if (options is null)
        {
            return value;
        }

        if (double.IsNaN(value))
        {
            return options.MissingValues switch
            {
                MissingValuePolicy.Throw => throw row.Error($"series '{CsvTable.Echo(id)}' has no value (y is empty or NA); missing values are refused (SeriesOptions.MissingValues = Throw)."),
                MissingValuePolicy.Zero => 0,
                _ => value,
            };
        }

        return value < 0 && options.RequireNonNegative
            ? throw row.Error(string.Create(CultureInfo.InvariantCulture, $"series '{CsvTable.Echo(id)}' has y = {value:G6}; negative values are refused (SeriesOptions.RequireNonNegative)."))
            : value;
    }

    private static int? Count(CsvRow row, int column, string name, int maximum)
    {
        var text = row.Get(column);
        if (text.Length == 0 || text == "NA")
        {
            return null;
        }

        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            throw row.Invalid(column, "an integer");
        }

        return value switch
        {
            < 1 => throw row.Error(string.Create(CultureInfo.InvariantCulture, $"{name} = {value} must be at least 1.")),
            _ when value > maximum => throw row.Error(string.Create(CultureInfo.InvariantCulture, $"{name} = {value} is beyond the limit of {maximum}.")),
            _ => (int)value,
        };
    }

    private sealed class SeriesBuilder(string id, int? frequency, int? horizon, SeriesOptions? options, string source)
    {
        private readonly List<double> _values = [];
        private readonly List<LocalDate> _dates = [];
        private readonly List<int> _lines = [];
        private long? _firstIndex;
        private long _lastIndex;

        public string Id { get; } = id;

        public void AddIndexed(long index, double value, CsvRow row)
        {
            if (_firstIndex is { } first)
            {
                if (index <= _lastIndex)
                {
                    throw row.Error(string.Create(CultureInfo.InvariantCulture, $"series '{CsvTable.Echo(Id)}' goes back in time (t = {index} after {_lastIndex})."));
                }

                // Checked before anything is allocated: the span, gaps included, is bounded.
                if (index - first >= MaximumSeriesLength)
                {
                    throw row.Error(string.Create(CultureInfo.InvariantCulture, $"series '{CsvTable.Echo(Id)}' would span {index - first + 1} periods (t = {first} to {index}); the limit is {MaximumSeriesLength}."));
                }

                var gap = index - _lastIndex - 1;
                if (gap > 0)
                {
                    var fill = Missing(row, string.Create(CultureInfo.InvariantCulture, $"t = {_lastIndex + 1}"));
                    for (var i = 0; i < gap; i++)
                    {
                        _values.Add(fill);
                    }
                }
            }
            else
            {
                _firstIndex = index;
            }

            _lastIndex = index;
            _values.Add(value);
        }

        public void AddDated(LocalDate date, double value, CsvRow row)
        {
            if (_dates.Count > 0 && date <= _dates[^1])
            {
                throw row.Error($"series '{CsvTable.Echo(Id)}' goes back in time ({Iso(date)} after {Iso(_dates[^1])}).");
            }

            // The calendar is only known at the end, so bound the span by the widest one (yearly periods); the exact
            // check on the inferred calendar follows in Build, still before the gaps are filled.
            if (_dates.Count > 0 && Period.Between(_dates[0], date, PeriodUnits.Years).Years >= MaximumSeriesLength)
            {
                throw row.Error(string.Create(CultureInfo.InvariantCulture, $"series '{CsvTable.Echo(Id)}' spans too many periods; the limit is {MaximumSeriesLength}."));
            }

            if (_values.Count >= MaximumSeriesLength)
            {
                throw row.Error(string.Create(CultureInfo.InvariantCulture, $"series '{CsvTable.Echo(Id)}' has more than {MaximumSeriesLength} rows; the limit is {MaximumSeriesLength} periods."));
            }

            _dates.Add(date);
            _values.Add(value);
            _lines.Add(row.Line);
        }

        public SeriesInput Build()
        {
            if (_dates.Count == 0)
            {
                return new SeriesInput(Id, [.. _values], frequency ?? 1, horizon);
            }

            SeriesCalendar calendar;
            try
            {
                calendar = SeriesCalendar.Infer(_dates);
            }
            catch (ArgumentException e)
            {
                throw Error(_lines[^1], e.Message);
            }

            var span = Steps(calendar, _dates[0], _dates[^1]);
            if (span >= MaximumSeriesLength)
            {
                throw Error(_lines[^1], string.Create(CultureInfo.InvariantCulture, $"series '{CsvTable.Echo(Id)}' spans {span + 1} {calendar.Name} periods ({Iso(_dates[0])} to {Iso(_dates[^1])}); the limit is {MaximumSeriesLength}."));
            }

            double[] aligned;
            try
            {
                aligned = calendar.Align(_dates, _values);
            }
            catch (ArgumentException e)
            {
                throw Error(_lines[^1], e.Message);
            }

            if (aligned.Length != _values.Count && options is { } o && o.MissingValues != MissingValuePolicy.Interpolate)
            {
                for (var i = 0; i < _dates.Count; i++)
                {
                    var expected = calendar.Step(_dates[0], i);
                    if (expected != _dates[i])
                    {
                        if (o.MissingValues == MissingValuePolicy.Throw)
                        {
                            throw Error(_lines[i], $"series '{CsvTable.Echo(Id)}' has no row for {Iso(expected)} (a {calendar.Name} gap before this line); missing values are refused (SeriesOptions.MissingValues = Throw).");
                        }

                        break;
                    }
                }

                for (var i = 0; i < aligned.Length; i++)
                {
                    aligned[i] = double.IsNaN(aligned[i]) ? 0 : aligned[i];
                }
            }

            return new SeriesInput(Id, aligned, frequency ?? calendar.Period, horizon, _dates[0]);
        }

        private double Missing(CsvRow row, string what) => options?.MissingValues switch
        {
            MissingValuePolicy.Throw => throw row.Error($"series '{CsvTable.Echo(Id)}' has no row for {what} (a gap before this line); missing values are refused (SeriesOptions.MissingValues = Throw)."),
            MissingValuePolicy.Zero => 0,
            _ => double.NaN,
        };

        private FormatException Error(int line, string message) =>
            new(string.Create(CultureInfo.InvariantCulture, $"{source}, line {line}: {message}"));

        private static long Steps(SeriesCalendar calendar, LocalDate first, LocalDate last)
        {
            var days = Period.Between(first, last, PeriodUnits.Days).Days;
            return calendar.Period switch
            {
                7 => days,
                52 => days / 7,
                12 => Period.Between(first, last, PeriodUnits.Months).Months,
                4 => Period.Between(first, last, PeriodUnits.Months).Months / 3,
                _ => Period.Between(first, last, PeriodUnits.Years).Years,
            };
        }

        private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
    }
}
