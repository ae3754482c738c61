using Parquet;
using Parquet.Schema;

namespace CrossBorder.Forecasting.Files;

/// <summary>
/// Writes forecasts to a Parquet file with the columns of <see cref="ForecastCsvWriter"/>: <c>series_id</c> and
/// <c>method</c> (strings), <c>step</c> (int32), <c>mean</c> (double) and a nullable double <c>lo</c>/<c>hi</c> pair per
/// level, named alike (<c>lo80,hi80,lo95,hi95</c>); a missing interval (<c>NA</c> in CSV) is null. Rows are buffered
/// and written one row group at a time; <see cref="Dispose"/> writes the last group and the file's footer.
/// </summary>
public sealed class ForecastParquetWriter : IForecastWriter, IDisposable
{
    private readonly ParquetWriter _writer;
    private readonly double[] _levels;
    private readonly DataField<string> _id = new("series_id", false);
    private readonly DataField<string> _method = new("method", false);
    private readonly DataField<int?> _step = new("step", true);
    private readonly DataField<double?> _mean = new("mean", true);
    private readonly DataField<double?>[] _bounds;
    private readonly int _capacity;
    private readonly string[] _ids;
    private readonly string[] _methods;
    private readonly int?[] _steps;
    private readonly double?[] _means;
    private readonly double?[][] _boundValues;
    private int _count;
    private bool _disposed;

    /// <summary>Starts a file on <paramref name="stream"/> (left open) with 80% and 95% interval columns.</summary>
    public ForecastParquetWriter(Stream stream)
        : this(stream, SeriesChecks.Levels(null))
    {
    }

    /// <summary>Starts a file on <paramref name="stream"/> (left open) with a <c>lo</c>/<c>hi</c> column pair per level, named as <see cref="ForecastCsvWriter"/> names them.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A level is not strictly between 0 and 1.</exception>
    public ForecastParquetWriter(Stream stream, IEnumerable<double> levels)
        : this(stream, levels, ParquetColumns.RowGroupRows)
    {
    }

    internal ForecastParquetWriter(Stream stream, IEnumerable<double> levels, int rowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(levels);
        _levels = SeriesChecks.Levels(levels);
        _bounds = Array.ConvertAll(ForecastCsvWriter.BoundColumns(_levels), c => new DataField<double?>(c, true));
        _capacity = rowGroupRows;
        _ids = new string[_capacity];
        _methods = new string[_capacity];
        _steps = new int?[_capacity];
        _means = new double?[_capacity];
        _boundValues = Array.ConvertAll(_bounds, _ => new double?[_capacity]);
        Field[] fields = [_id, _method, _step, _mean, .. _bounds];
        _writer = ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, ParquetColumns.WriteOptions, append: false).GetAwaiter().GetResult();
    }

    /// <summary>Rows written so far, buffered ones included.</summary>
    public long Rows { get; private set; }

    /// <summary>Adds one row per step of <paramref name="forecast"/>.</summary>
    /// <exception cref="ObjectDisposedException">The writer is closed.</exception>
    public void Write(string seriesId, Forecast forecast)
    {
        ArgumentNullException.ThrowIfNull(seriesId);
        ArgumentNullException.ThrowIfNull(forecast);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var intervals = Array.ConvertAll(_levels, forecast.IntervalAt);
        for (var step = 0; step < forecast.Horizon; step++)
        {
            _ids[_count] = seriesId;
            _methods[_count] = forecast.Method;
            _steps[_count] = step + 1;
            _means[_count] = forecast.Mean[step];
            for (var i = 0; i < intervals.Length; i++)
            {
                _boundValues[2 * i][_count] = intervals[i]?.Lower[step];
                _boundValues[(2 * i) + 1][_count] = intervals[i]?.Upper[step];
            }

            _count++;
            Rows++;
            if (_count == _capacity)
            {
                Flush();
            }
        }
    }

    /// <summary>Writes the buffered rows and the file's footer; the file is complete only after this.</summary>
    public void Dispose() => ParquetColumns.Finish(ref _disposed, Flush, _writer);

    /// <summary>
    /// Rewrites a forecast Parquet file as the CSV that <see cref="ForecastCsvWriter"/> writes for the same forecasts,
    /// byte for byte: same header, quoting, number format (round-trip <c>R</c>) and <c>NA</c> for null bounds.
    /// </summary>
    /// <param name="parquet">A forecast file written by this class; left open.</param>
    /// <param name="source">The name errors start with.</param>
    /// <param name="csv">Where the CSV goes.</param>
    /// <returns>The rows written.</returns>
    /// <exception cref="FormatException">Not a Parquet file, or a column is missing or mistyped, naming it.</exception>
    public static long ToCsv(Stream parquet, string source, TextWriter csv)
    {
        ArgumentNullException.ThrowIfNull(parquet);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(csv);
        var reader = ParquetColumns.Open(parquet, source);
        try
        {
            var schema = reader.Schema;
            DataField Require(string name, string expected, params Type[] types) =>
                ParquetColumns.Typed(ParquetColumns.Find(schema, name) ?? throw new FormatException($"{source}: there is no '{name}' column; expected series_id,method,step,mean and lo/hi pairs."), source, expected, types);
            var id = Require("series_id", "strings", typeof(string));
            var method = Require("method", "strings", typeof(string));
            var step = Require("step", "whole numbers (int32 or int64)", typeof(int), typeof(long));
            var mean = Require("mean", "numbers (double)", typeof(double));
            var bounds = schema.DataFields.Skip(4).Select(f => ParquetColumns.Typed(f, source, "numbers (double)", typeof(double))).ToArray();
            ForecastCsvWriter.WriteHeader(csv, [.. bounds.Select(b => b.Name)]);
            long rows = 0;
            var row = new double?[bounds.Length];
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var ids = ParquetColumns.Strings(group, id, source, g);
                var methods = ParquetColumns.Strings(group, method, source, g);
                var steps = ParquetColumns.Longs(group, step, source, g);
                var means = ParquetColumns.Doubles(group, mean, source, g);
                var columns = Array.ConvertAll(bounds, b => ParquetColumns.Doubles(group, b, source, g));
                for (var r = 0; r < ids.Length; r++)
                {
                    for (var b = 0; b < columns.Length; b++)
                    {
                        row[b] = columns[b][r];
                    }

                    ForecastCsvWriter.WriteRow(
                        csv,
                        ids[r] ?? throw new FormatException($"{source}, {ParquetColumns.Place(g, r)}: series_id is null."),
                        methods[r] ?? throw new FormatException($"{source}, {ParquetColumns.Place(g, r)}: method is null."),
                        checked((int)(steps[r] ?? throw new FormatException($"{source}, {ParquetColumns.Place(g, r)}: step is null."))),
                        means[r] ?? throw new FormatException($"{source}, {ParquetColumns.Place(g, r)}: mean is null."),
                        row);
                    rows++;
                }
            }

            return rows;
        }
        finally
        {
            ParquetColumns.Close(reader);
        }
    }

    private void Flush()
    {
        if (_count == 0)
        {
            return;
        }

        using var group = _writer.CreateRowGroup();
        ParquetColumns.Write(group, _id, _ids[.._count]);
        ParquetColumns.Write(group, _method, _methods[.._count]);
        ParquetColumns.Write(group, _step, _steps[.._count]);
        ParquetColumns.Write(group, _mean, _means[.._count]);
        for (var i = 0; i < _bounds.Length; i++)
        {
            ParquetColumns.Write(group, _bounds[i], _boundValues[i][.._count]);
        }

        _count = 0;
    }
}
