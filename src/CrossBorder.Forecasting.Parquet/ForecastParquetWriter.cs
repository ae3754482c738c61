using System.Globalization;
using CrossBorder.Text;
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
        : this(stream, SeriesChecks.Levels(levels ?? throw new ArgumentNullException(nameof(levels))), null, rowGroupRows)
    {
    }

    /// <summary>A writer whose bound columns are named by <paramref name="boundColumns"/> (a CSV's header) or, when null, by <paramref name="levels"/>.</summary>
    private ForecastParquetWriter(Stream stream, double[] levels, string[]? boundColumns, int rowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _levels = levels;
        _bounds = Array.ConvertAll(boundColumns ?? ForecastCsvWriter.BoundColumns(_levels), c => new DataField<double?>(c, true));
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
        var bounds = new double?[_bounds.Length];
        for (var step = 0; step < forecast.Horizon; step++)
        {
            for (var i = 0; i < intervals.Length; i++)
            {
                bounds[2 * i] = intervals[i]?.Lower[step];
                bounds[(2 * i) + 1] = intervals[i]?.Upper[step];
            }

            WriteRow(seriesId, forecast.Method, step + 1, forecast.Mean[step], bounds);
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

    /// <summary>
    /// Rewrites a forecast CSV, as <see cref="ForecastCsvWriter"/> writes it, as the Parquet file this class writes for
    /// the same forecasts, byte for byte: the inverse of <see cref="ToCsv"/>. The CSV's round-trip numbers are read back
    /// exactly and <c>NA</c> bounds become nulls, so a batch that forecasts in CSV pieces can still deliver the Parquet
    /// file a single run would have written.
    /// </summary>
    /// <param name="csv">The forecast CSV: <c>series_id,method,step,mean</c> and lo/hi columns.</param>
    /// <param name="source">The name errors start with.</param>
    /// <param name="parquet">Where the Parquet file goes; left open.</param>
    /// <returns>The rows written.</returns>
    /// <exception cref="FormatException">The header is not a forecast's, or a row's step, mean or bound is not a number, naming the line.</exception>
    public static long FromCsv(TextReader csv, string source, Stream parquet)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentNullException.ThrowIfNull(parquet);
        var table = CsvTable.Open(csv, source);
        string[] leading = ["series_id", "method", "step", "mean"];
        if (table.Columns.Count < leading.Length || !table.Columns.Take(leading.Length).SequenceEqual(leading, StringComparer.Ordinal) || (table.Columns.Count - leading.Length) % 2 != 0)
        {
            throw table.Error(1, "expected the header series_id,method,step,mean followed by lo/hi pairs.");
        }

        var boundColumns = table.Columns.Skip(leading.Length).ToArray();
        using var writer = new ForecastParquetWriter(parquet, [], boundColumns, ParquetColumns.RowGroupRows);
        var bounds = new double?[boundColumns.Length];
        foreach (var row in table.Rows())
        {
            var step = int.TryParse(row[2], NumberStyles.None, CultureInfo.InvariantCulture, out var s) && s >= 1 ? s : throw row.Invalid(2, "a step from 1");
            for (var b = 0; b < bounds.Length; b++)
            {
                bounds[b] = row[leading.Length + b] == "NA" ? null : Number(row, leading.Length + b);
            }

            writer.WriteRow(row[0], row[1], step, Number(row, 3), bounds);
        }

        return writer.Rows;

        static double Number(CsvRow row, int column) =>
            double.TryParse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw row.Invalid(column, "a number");
    }

    /// <summary>Adds one row; a null bound is a missing interval.</summary>
    private void WriteRow(string seriesId, string method, int step, double mean, ReadOnlySpan<double?> bounds)
    {
        _ids[_count] = seriesId;
        _methods[_count] = method;
        _steps[_count] = step;
        _means[_count] = mean;
        for (var i = 0; i < bounds.Length; i++)
        {
            _boundValues[i][_count] = bounds[i];
        }

        _count++;
        Rows++;
        if (_count == _capacity)
        {
            Flush();
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
