using System.Globalization;
using CrossBorder.Forecasting.Batch;
using CrossBorder.Text;
using NodaTime;

namespace CrossBorder.Forecasting.Files;

/// <summary>
/// The rules of the long format once a row's fields are typed, shared by the CSV (<see cref="LongFormatReader"/>) and
/// Parquet (<c>LongFormatParquet</c> (CrossBorder.Forecasting.Parquet)) readers so that both give the same series and the same errors: contiguous
/// series, time order, gaps, limits, and the treatment of negative and missing values.
/// </summary>
/// <remarks>
/// A row's place is a <see langword="long"/> (a CSV line, a Parquet row number) that <c>describe</c> turns into the
/// words of an error such as <c>line 12</c> or <c>row group 0, row 11</c>.
/// </remarks>
internal sealed class LongFormatAssembler(string source, SeriesOptions? options, Func<long, string> describe)
{
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private SeriesBuilder? _current;
    private string? _next;

    /// <summary>An error at <paramref name="place"/>, in the house format <c>source, place: message</c>.</summary>
    public FormatException Error(long place, string message) => new($"{source}, {describe(place)}: {message}");

    /// <summary>
    /// Reads a row's series id: returns the series the row closes (the previous one, when the row starts another), or
    /// null; <paramref name="starts"/> tells whether the row starts a series, which the caller then opens with
    /// <see cref="Begin"/> before adding the row's value with <see cref="Add"/>.
    /// </summary>
    public SeriesInput? Next(long place, string seriesId, out bool starts)
    {
        if (seriesId.Length == 0)
        {
            throw Error(place, "series_id is empty.");
        }

        starts = _current is null || !string.Equals(_current.Id, seriesId, StringComparison.Ordinal);
        if (!starts)
        {
            return null;
        }

        var closed = _current?.Build();
        _current = null;
        _next = seriesId;
        return closed;
    }

    /// <summary>Opens the series that <see cref="Next"/> found, with the <c>freq</c> and <c>h</c> of its first row (null when absent or empty).</summary>
    public void Begin(long place, long? frequency, long? horizon)
    {
        var id = _next ?? throw new InvalidOperationException("Begin follows a Next that starts a series.");
        if (!_seen.Add(id))
        {
            throw Error(place, $"rows of series '{CsvTable.Echo(id)}' are not contiguous.");
        }

        _current = new SeriesBuilder(
            this,
            id,
            Count(place, frequency, "freq", int.MaxValue),
            Count(place, horizon, "h", LongFormatReader.MaximumHorizon),
            options);
        _next = null;
    }

    /// <summary>The id of the open series.</summary>
    public string Current => _current?.Id ?? throw new InvalidOperationException("No series is open.");

    /// <summary>Adds one value of the open series, checked by <see cref="Check"/>, at <paramref name="index"/> (indexed input) or <paramref name="date"/> (dated input).</summary>
    public void Add(long place, double value, long index, LocalDate? date)
    {
        var current = _current ?? throw new InvalidOperationException("No series is open.");
        if (date is { } d)
        {
            current.AddDated(d, value, place);
        }
        else
        {
            current.AddIndexed(index, value, place);
        }
    }

    /// <summary>The last series, or null when there were no rows.</summary>
    public SeriesInput? Finish()
    {
        var last = _current?.Build();
        _current = null;
        return last;
    }

    /// <summary>A value of the open series (NaN when missing) as the options treat it: kept, zero, or refused with an error.</summary>
    public double Check(long place, double value)
    {
        var id = Current;
        if (options is null)
        {
            return value;
        }

        if (double.IsNaN(value))
        {
            return options.MissingValues switch
            {
                MissingValuePolicy.Throw => throw Error(place, $"series '{CsvTable.Echo(id)}' has no value (y is empty or NA); missing values are refused (SeriesOptions.MissingValues = Throw)."),
                MissingValuePolicy.Zero => 0,
                _ => value,
            };
        }

        return value < 0 && options.RequireNonNegative
            ? throw Error(place, string.Create(CultureInfo.InvariantCulture, $"series '{CsvTable.Echo(id)}' has y = {value:G6}; negative values are refused (SeriesOptions.RequireNonNegative)."))
            : value;
    }

    private int? Count(long place, long? value, string name, int maximum) => value switch
    {
        null => null,
        < 1 => throw Error(place, string.Create(CultureInfo.InvariantCulture, $"{name} = {value} must be at least 1.")),
        _ when value > maximum => throw Error(place, string.Create(CultureInfo.InvariantCulture, $"{name} = {value} is beyond the limit of {maximum}.")),
        _ => (int)value,
    };

    private sealed class SeriesBuilder(LongFormatAssembler owner, string id, int? frequency, int? horizon, SeriesOptions? options)
    {
        private const int MaximumSeriesLength = LongFormatReader.MaximumSeriesLength;
        private readonly List<double> _values = [];
        private readonly List<LocalDate> _dates = [];
        private readonly List<long> _places = [];
        private long? _firstIndex;
        private long _lastIndex;

        public string Id { get; } = id;

        public void AddIndexed(long index, double value, long place)
        {
            if (_firstIndex is { } first)
            {
                if (index <= _lastIndex)
                {
                    throw owner.Error(place, string.Create(CultureInfo.InvariantCulture, $"series '{CsvTable.Echo(Id)}' goes back in time (t = {index} after {_lastIndex})."));
                }

                // Checked before anything is allocated: the span, gaps included, is bounded.
                if (index - first >= MaximumSeriesLength)
                {
                    throw owner.Error(place, string.Create(CultureInfo.InvariantCulture, $"series '{CsvTable.Echo(Id)}' would span {index - first + 1} periods (t = {first} to {index}); the limit is {MaximumSeriesLength}."));
                }

                var gap = index - _lastIndex - 1;
                if (gap > 0)
                {
                    var fill = Missing(place, string.Create(CultureInfo.InvariantCulture, $"t = {_lastIndex + 1}"));
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

        public void AddDated(LocalDate date, double value, long place)
        {
            if (_dates.Count > 0 && date <= _dates[^1])
            {
                throw owner.Error(place, $"series '{CsvTable.Echo(Id)}' goes back in time ({Iso(date)} after {Iso(_dates[^1])}).");
            }

            // The calendar is only known at the end, so bound the span by the widest one (yearly periods); the exact
            // check on the inferred calendar follows in Build, still before the gaps are filled.
            if (_dates.Count > 0 && Period.Between(_dates[0], date, PeriodUnits.Years).Years >= MaximumSeriesLength)
            {
                throw owner.Error(place, string.Create(CultureInfo.InvariantCulture, $"series '{CsvTable.Echo(Id)}' spans too many periods; the limit is {MaximumSeriesLength}."));
            }

            if (_values.Count >= MaximumSeriesLength)
            {
                throw owner.Error(place, string.Create(CultureInfo.InvariantCulture, $"series '{CsvTable.Echo(Id)}' has more than {MaximumSeriesLength} rows; the limit is {MaximumSeriesLength} periods."));
            }

            _dates.Add(date);
            _values.Add(value);
            _places.Add(place);
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
                throw owner.Error(_places[^1], e.Message);
            }

            var span = Steps(calendar, _dates[0], _dates[^1]);
            if (span >= MaximumSeriesLength)
            {
                throw owner.Error(_places[^1], string.Create(CultureInfo.InvariantCulture, $"series '{CsvTable.Echo(Id)}' spans {span + 1} {calendar.Name} periods ({Iso(_dates[0])} to {Iso(_dates[^1])}); the limit is {MaximumSeriesLength}."));
            }

            double[] aligned;
            try
            {
                aligned = calendar.Align(_dates, _values);
            }
            catch (ArgumentException e)
            {
                throw owner.Error(_places[^1], e.Message);
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
                            throw owner.Error(_places[i], $"series '{CsvTable.Echo(Id)}' has no row for {Iso(expected)} (a {calendar.Name} gap before this {owner.RowWord}); missing values are refused (SeriesOptions.MissingValues = Throw).");
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

        private double Missing(long place, string what) => options?.MissingValues switch
        {
            MissingValuePolicy.Throw => throw owner.Error(place, $"series '{CsvTable.Echo(Id)}' has no row for {what} (a gap before this {owner.RowWord}); missing values are refused (SeriesOptions.MissingValues = Throw)."),
            MissingValuePolicy.Zero => 0,
            _ => double.NaN,
        };

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
    }

    /// <summary>What the errors call a row: "line" in a CSV file, "row" in a Parquet file.</summary>
    public string RowWord { get; init; } = "line";

    /// <summary>An ISO date, for messages.</summary>
    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
