using System.Globalization;
using CrossBorder.Text;
using CrossBorder.Forecasting.Batch;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Forecasting.Files;

/// <summary>
/// Reads series in long CSV format, one observation per row: <c>series_id,t,y</c> with optional per-series
/// <c>freq</c> and <c>h</c> columns, or a <c>date</c> column (ISO <c>yyyy-MM-dd</c>) instead of <c>t</c>.
/// Rows of one series must be contiguous and in time order. Streams: one series is in memory at a time.
/// </summary>
/// <remarks>
/// With dates, the period is inferred from the spacing (daily → 7, weekly → 52, monthly → 12, quarterly → 4,
/// yearly → 1) unless a <c>freq</c> column gives it, and missing dates inside a series become missing values (NaN),
/// which the forecasters fill and report. Empty <c>y</c> and <c>NA</c> are missing values too.
/// </remarks>
public static class LongFormatReader
{
    /// <summary>Reads every series from <paramref name="reader"/>, lazily.</summary>
    /// <exception cref="FormatException">A required column is missing, a value is malformed, or rows are out of order; the message names the line.</exception>
    public static IEnumerable<SeriesInput> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return ReadCore(reader);
    }

    /// <summary>Reads every series of a file, lazily.</summary>
    public static IEnumerable<SeriesInput> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadFileCore(path);
    }

    private static IEnumerable<SeriesInput> ReadFileCore(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var series in ReadCore(reader))
        {
            yield return series;
        }
    }

    private static IEnumerable<SeriesInput> ReadCore(TextReader reader)
    {
        var header = reader.ReadLine() ?? throw new FormatException("The file is empty: expected a header such as series_id,t,y.");
        var columns = Csv.SplitLine(header).Select(c => c.Trim().ToLowerInvariant()).ToArray();
        var id = Require(columns, "series_id");
        var y = Require(columns, "y");
        var t = Array.IndexOf(columns, "t");
        var date = Array.IndexOf(columns, "date");
        if (t < 0 && date < 0)
        {
            throw new FormatException("The header needs a 't' or a 'date' column.");
        }

        var freq = Array.IndexOf(columns, "freq");
        var h = Array.IndexOf(columns, "h");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        SeriesBuilder? current = null;
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Csv.SplitLine(line);
            if (fields.Length < columns.Length)
            {
                throw new FormatException($"Line {lineNumber} has {fields.Length} fields; the header has {columns.Length}.");
            }

            var seriesId = fields[id];
            if (current is null || !string.Equals(current.Id, seriesId, StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    yield return current.Build();
                }

                if (!seen.Add(seriesId))
                {
                    throw new FormatException($"Line {lineNumber}: rows of series '{seriesId}' are not contiguous.");
                }

                current = new SeriesBuilder(
                    seriesId,
                    freq >= 0 ? Positive(ParseInt(fields[freq], "freq", lineNumber), "freq", lineNumber) : null,
                    h >= 0 ? Positive(ParseInt(fields[h], "h", lineNumber), "h", lineNumber) : null);
            }

            var value = ParseValue(fields[y], lineNumber);
            if (date >= 0)
            {
                var parsed = LocalDatePattern.Iso.Parse(fields[date]);
                current.AddDated(parsed.Success ? parsed.Value : throw new FormatException($"Line {lineNumber}: '{fields[date]}' is not a yyyy-MM-dd date."), value, lineNumber);
            }
            else
            {
                current.AddIndexed(ParseInt(fields[t], "t", lineNumber) ?? throw new FormatException($"Line {lineNumber}: 't' is empty."), value, lineNumber);
            }
        }

        if (current is not null)
        {
            yield return current.Build();
        }
    }

    private static int Require(string[] columns, string name)
    {
        var index = Array.IndexOf(columns, name);
        return index >= 0 ? index : throw new FormatException($"The header has no '{name}' column; expected series_id,t,y[,freq,h] or series_id,date,y.");
    }

    private static double ParseValue(string text, int lineNumber)
    {
        if (text.Length == 0 || text is "NA" or "NaN")
        {
            return double.NaN;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new FormatException($"Line {lineNumber}: y = '{text}' is not a finite number.");
    }

    private static int? ParseInt(string text, string column, int lineNumber)
    {
        if (text.Length == 0 || text == "NA")
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Line {lineNumber}: {column} = '{text}' is not an integer.");
    }

    private static int? Positive(int? value, string column, int lineNumber) =>
        value is <= 0
            ? throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"Line {lineNumber}: {column} = {value} must be at least 1."))
            : value;

    private sealed class SeriesBuilder(string id, int? frequency, int? horizon)
    {
        private readonly List<double> _values = [];
        private readonly List<LocalDate> _dates = [];
        private int _lastIndex = int.MinValue;

        public string Id { get; } = id;

        public void AddIndexed(int index, double value, int lineNumber)
        {
            if (_lastIndex != int.MinValue && index <= _lastIndex)
            {
                throw new FormatException($"Line {lineNumber}: series '{Id}' goes back in time (t = {index} after {_lastIndex}).");
            }

            // Gaps in t are missing observations.
            for (var gap = _lastIndex == int.MinValue ? 0 : index - _lastIndex - 1; gap > 0; gap--)
            {
                _values.Add(double.NaN);
            }

            _lastIndex = index;
            _values.Add(value);
        }

        public void AddDated(LocalDate date, double value, int lineNumber)
        {
            if (_dates.Count > 0 && date <= _dates[^1])
            {
                throw new FormatException($"Line {lineNumber}: series '{Id}' goes back in time ({date:uuuu'-'MM'-'dd} after {_dates[^1]:uuuu'-'MM'-'dd}).");
            }

            _dates.Add(date);
            _values.Add(value);
        }

        public SeriesInput Build()
        {
            if (_dates.Count == 0)
            {
                return new SeriesInput(Id, [.. _values], frequency ?? 1, horizon);
            }

            try
            {
                var calendar = SeriesCalendar.Infer(_dates);
                return new SeriesInput(Id, calendar.Align(_dates, _values), frequency ?? calendar.Period, horizon, _dates[0]);
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"Series '{Id}': {e.Message}", e);
            }
        }
    }
}
