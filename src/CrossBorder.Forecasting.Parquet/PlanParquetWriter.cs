using CrossBorder.Forecasting.Files;
using NodaTime;
using Parquet;
using Parquet.Schema;

namespace CrossBorder.Replenishment.Files;

/// <summary>
/// Writes replenishment plans to a Parquet file with the columns of <see cref="PlanCsvWriter.Columns"/>, the same
/// names in the same order: <c>sku</c> (string), the figures as doubles rounded as <see cref="PlanRow"/> rounds them,
/// <c>stockout_date</c>, <c>order_date</c> and <c>arrival</c> as DATE, <c>order_qty</c> int32, <c>urgent</c> boolean,
/// <c>alerts</c> and <c>warnings</c> strings. An empty CSV field is null. Rows are buffered and written one row group
/// at a time; <see cref="Dispose"/> writes the last group and the file's footer. Read back with <see cref="PlanParquet"/>.
/// </summary>
public sealed class PlanParquetWriter : IPlanWriter, IDisposable
{
    private readonly ParquetWriter _writer;
    private readonly int _capacity;
    private readonly List<PlanRow> _rows;
    private bool _disposed;

    /// <summary>Starts a file on <paramref name="stream"/> (left open).</summary>
    public PlanParquetWriter(Stream stream)
        : this(stream, ParquetColumns.RowGroupRows)
    {
    }

    internal PlanParquetWriter(Stream stream, int rowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _capacity = rowGroupRows;
        _rows = new List<PlanRow>(Math.Min(rowGroupRows, 4096));
        _writer = ParquetWriter.CreateAsync(PlanSchema.Schema, stream, ParquetColumns.WriteOptions, append: false).GetAwaiter().GetResult();
    }

    /// <summary>Rows written so far, buffered ones included.</summary>
    public long Rows { get; private set; }

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The writer is closed.</exception>
    public void Write(SkuPlan plan) => Write(PlanRow.Of(plan));

    /// <inheritdoc />
    /// <exception cref="ObjectDisposedException">The writer is closed.</exception>
    public void Write(PlanRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _rows.Add(row);
        Rows++;
        if (_rows.Count == _capacity)
        {
            Flush();
        }
    }

    /// <summary>Writes the buffered rows and the file's footer; the file is complete only after this.</summary>
    public void Dispose() => ParquetColumns.Finish(ref _disposed, Flush, _writer);

    private void Flush()
    {
        if (_rows.Count == 0)
        {
            return;
        }

        var f = PlanSchema.Fields;
        var rows = _rows;
        using var group = _writer.CreateRowGroup();
        ParquetColumns.Write(group, f[0], rows.ConvertAll(r => (string?)r.Sku).ToArray());
        Numbers(r => r.InventoryPosition, 1);
        Numbers(r => r.SafetyStock, 2);
        Numbers(r => r.ReorderPoint, 3);
        Numbers(r => r.OrderUpTo, 4);
        Dates(r => r.StockoutDate, 5);
        Numbers(r => r.WeeksOfSupply, 6);
        Dates(r => r.OrderDate, 7);
        Dates(r => r.Arrival, 8);
        ParquetColumns.Write(group, f[9], rows.ConvertAll(r => (int?)r.OrderQuantity).ToArray());
        ParquetColumns.Write(group, f[10], rows.ConvertAll(r => (bool?)r.Urgent).ToArray());
        Numbers(r => r.FillRate, 11);
        Numbers(r => r.Turnover, 12);
        Numbers(r => r.DaysOfInventory, 13);
        Numbers(r => r.LeadTimeWeeks, 14);
        Numbers(r => r.LeadTimeSdWeeks, 15);
        ParquetColumns.Write(group, f[16], rows.ConvertAll(r => r.Alerts.Length == 0 ? null : r.Alerts).ToArray());
        ParquetColumns.Write(group, f[17], rows.ConvertAll(r => r.Warnings.Length == 0 ? null : r.Warnings).ToArray());
        _rows.Clear();

        void Numbers(Func<PlanRow, double?> value, int column) => ParquetColumns.Write(group, f[column], rows.ConvertAll(r => value(r)).ToArray());
        void Dates(Func<PlanRow, LocalDate?> value, int column) =>
            ParquetColumns.Write(group, f[column], rows.ConvertAll(r => value(r) is { } d ? d.ToDateOnly() : (DateOnly?)null).ToArray());
    }
}

/// <summary>Reads plan files written by <see cref="PlanParquetWriter"/>.</summary>
public static class PlanParquet
{
    /// <summary>
    /// Reads the rows of a plan file, one row group at a time, in file order: the values written, so that
    /// <see cref="PlanCsvWriter.Write(PlanRow)"/> of each gives the CSV of the same plans byte for byte.
    /// </summary>
    /// <param name="stream">A plan file; left open.</param>
    /// <param name="source">The name errors start with, such as the file's path.</param>
    /// <exception cref="FormatException">Not a Parquet file, a column missing or of another type, or a required value null, naming the column, row group and row.</exception>
    public static IEnumerable<PlanRow> Read(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        return ReadRows(stream, source);
    }

    /// <summary>Reads the plan file at <paramref name="path"/> (see <see cref="Read"/>).</summary>
    /// <exception cref="FormatException">See <see cref="Read"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IEnumerable<PlanRow> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return ReadPath(path);
    }

    private static IEnumerable<PlanRow> ReadPath(string path)
    {
        using var stream = File.OpenRead(path);
        foreach (var row in ReadRows(stream, path))
        {
            yield return row;
        }
    }

    private static IEnumerable<PlanRow> ReadRows(Stream stream, string source)
    {
        var reader = ParquetColumns.Open(stream, source);
        try
        {
            var fields = PlanSchema.Fields.Select(f => Column(reader.Schema, f, source)).ToArray();
            for (var g = 0; g < reader.RowGroupCount; g++)
            {
                using var group = reader.OpenRowGroupReader(g);
                var sku = ParquetColumns.Strings(group, fields[0], source, g);
                var numbers = new double?[PlanSchema.Fields.Length][];
                var dates = new DateOnly?[PlanSchema.Fields.Length][];
                foreach (var i in PlanSchema.NumberColumns)
                {
                    numbers[i] = ParquetColumns.Doubles(group, fields[i], source, g);
                }

                foreach (var i in PlanSchema.DateColumns)
                {
                    dates[i] = ParquetColumns.Dates(group, fields[i], source, g);
                }

                var qty = ParquetColumns.Longs(group, fields[9], source, g);
                var urgent = ParquetColumns.Booleans(group, fields[10], source, g);
                var alerts = ParquetColumns.Strings(group, fields[16], source, g);
                var warnings = ParquetColumns.Strings(group, fields[17], source, g);
                for (var r = 0; r < sku.Length; r++)
                {
                    T Required<T>(T? value, int column)
                        where T : struct =>
                        value ?? throw new FormatException($"{source}, {ParquetColumns.Place(g, r)}: {PlanSchema.Fields[column].Name} is null.");
                    double N(int column) => Required(numbers[column][r], column);
                    LocalDate? D(int column) => dates[column][r] is { } d ? LocalDate.FromDateOnly(d) : null;
                    yield return new PlanRow(
                        sku[r] ?? throw new FormatException($"{source}, {ParquetColumns.Place(g, r)}: sku is null."),
                        N(1),
                        N(2),
                        N(3),
                        N(4),
                        D(5),
                        numbers[6][r],
                        D(7),
                        D(8),
                        checked((int)Required(qty[r], 9)),
                        Required(urgent[r], 10),
                        N(11),
                        N(12),
                        numbers[13][r],
                        N(14),
                        N(15),
                        alerts[r] ?? string.Empty,
                        warnings[r] ?? string.Empty);
                }
            }
        }
        finally
        {
            ParquetColumns.Close(reader);
        }
    }

    private static DataField Column(ParquetSchema schema, DataField expected, string source)
    {
        var found = ParquetColumns.Find(schema, expected.Name)
            ?? throw new FormatException($"{source}: there is no '{expected.Name}' column; expected the plan columns {PlanCsvWriter.Header}.");
        var type = Nullable.GetUnderlyingType(expected.ClrType) ?? expected.ClrType;
        return type == typeof(double) ? ParquetColumns.Typed(found, source, "numbers (double)", typeof(double), typeof(float), typeof(int), typeof(long))
            : type == typeof(int) ? ParquetColumns.Typed(found, source, "whole numbers (int32 or int64)", typeof(int), typeof(long))
            : type == typeof(DateOnly) ? ParquetColumns.Typed(found, source, "dates (DATE)", typeof(DateOnly))
            : type == typeof(bool) ? ParquetColumns.Typed(found, source, "booleans", typeof(bool))
            : ParquetColumns.Typed(found, source, "strings", typeof(string));
    }
}

/// <summary>The plan files' Parquet schema: the CSV's columns in order, every value nullable but <c>sku</c>.</summary>
internal static class PlanSchema
{
    public static readonly int[] NumberColumns = [1, 2, 3, 4, 6, 11, 12, 13, 14, 15];

    public static readonly int[] DateColumns = [5, 7, 8];

    public static DataField[] Fields { get; } = [.. PlanCsvWriter.Columns.Select((name, i) => Field(name, i))];

    public static ParquetSchema Schema { get; } = new(Fields);

    private static DataField Field(string name, int column) => column switch
    {
        0 => new DataField<string>(name, false),
        9 => new DataField<int?>(name, true),
        10 => new DataField<bool?>(name, true),
        16 or 17 => new DataField<string>(name, true),
        _ when Array.IndexOf(DateColumns, column) >= 0 => new DataField<DateOnly?>(name, true),
        _ => new DataField<double?>(name, true),
    };
}
