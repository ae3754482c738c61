using System.Globalization;
using Parquet;
using Parquet.Schema;

namespace CrossBorder.Forecasting.Files;

/// <summary>
/// The one place that reads typed columns out of Parquet files for the suite's readers: a column found by name and
/// checked for its type, values widened to <see langword="double"/> or <see langword="long"/>, and every failure a
/// <see cref="FormatException"/> naming the source, the column and the row group.
/// </summary>
/// <remarks>Parquet.Net's API is asynchronous; the readers here are synchronous streams over files, so each call is awaited in place.</remarks>
internal static class ParquetColumns
{
    /// <summary>Rows per row group that the suite's writers buffer before writing one: 262,144.</summary>
    public const int RowGroupRows = 1 << 18;

    /// <summary>The options every reader uses: DATE columns as <see cref="DateOnly"/>.</summary>
    public static ParquetOptions ReadOptions { get; } = new() { UseDateOnlyTypeForDates = true };

    /// <summary>The options every writer uses: Snappy, DATE columns from <see cref="DateOnly"/>.</summary>
    public static ParquetOptions WriteOptions { get; } = new() { UseDateOnlyTypeForDates = true, CompressionMethod = CompressionMethod.Snappy };

    /// <summary>Opens a Parquet file for reading; a stream that is not one is a <see cref="FormatException"/> naming <paramref name="source"/>.</summary>
    public static ParquetReader Open(Stream stream, string source)
    {
        if (ParquetFooter.Problem(stream) is { } problem)
        {
            throw new FormatException($"{source} is not a readable Parquet file: {problem}.");
        }

        try
        {
            return ParquetReader.CreateAsync(stream, ReadOptions, leaveStreamOpen: true).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException and not FormatException)
        {
            throw new FormatException($"{source} is not a readable Parquet file: {e.Message}", e);
        }
    }

    /// <summary>The top-level column <paramref name="name"/>, or null.</summary>
    public static DataField? Find(ParquetSchema schema, string name) =>
        schema.DataFields.FirstOrDefault(f => f.Path.Length == 1 && string.Equals(f.Name, name, StringComparison.Ordinal));

    /// <summary>Checks that <paramref name="field"/> holds one of <paramref name="types"/>, not lists.</summary>
    public static DataField Typed(DataField field, string source, string expected, params Type[] types)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;

        // Parquet.Net reads UTF-8 columns as ReadOnlyMemory<char>: the same strings.
        type = type == typeof(ReadOnlyMemory<char>) ? typeof(string) : type;
        return !field.IsArray && Array.IndexOf(types, type) >= 0
            ? field
            : throw new FormatException($"{source}: column '{field.Name}' holds {(field.IsArray ? "lists of " : string.Empty)}{type.Name}; expected {expected}.");
    }

    /// <summary>Strings; null where the file has none.</summary>
    public static string?[] Strings(ParquetRowGroupReader group, DataField field, string source, int index)
    {
        var values = new string?[group.RowCount];
        Run(() => group.ReadAsync(field, values.AsMemory()!).AsTask(), source, field, index);
        return values;
    }

    /// <summary>Numbers (double, float, int32 or int64) widened to double; null where the file has none.</summary>
    public static double?[] Doubles(ParquetRowGroupReader group, DataField field, string source, int index)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        if (type == typeof(double))
        {
            return Read<double>(group, field, source, index);
        }

        if (type == typeof(float))
        {
            return Array.ConvertAll(Read<float>(group, field, source, index), v => (double?)v);
        }

        return Array.ConvertAll(Longs(group, field, source, index), v => (double?)v);
    }

    /// <summary>Whole numbers (int32 or int64) widened to long; null where the file has none.</summary>
    public static long?[] Longs(ParquetRowGroupReader group, DataField field, string source, int index)
    {
        var type = Nullable.GetUnderlyingType(field.ClrType) ?? field.ClrType;
        return type == typeof(int)
            ? Array.ConvertAll(Read<int>(group, field, source, index), v => (long?)v)
            : Read<long>(group, field, source, index);
    }

    /// <summary>Dates (Parquet DATE); null where the file has none.</summary>
    public static DateOnly?[] Dates(ParquetRowGroupReader group, DataField field, string source, int index) =>
        Read<DateOnly>(group, field, source, index);

    /// <summary>Booleans; null where the file has none.</summary>
    public static bool?[] Booleans(ParquetRowGroupReader group, DataField field, string source, int index) =>
        Read<bool>(group, field, source, index);

    /// <summary>Writes <paramref name="values"/> as the next column of <paramref name="group"/>.</summary>
    public static void Write<T>(ParquetRowGroupWriter group, DataField field, T?[] values)
        where T : struct =>
        group.WriteAsync(field, new ReadOnlyMemory<T?>(values)).GetAwaiter().GetResult();

    /// <summary>Writes a string column.</summary>
    public static void Write(ParquetRowGroupWriter group, DataField field, string?[] values) =>
        group.WriteAsync(field, values).GetAwaiter().GetResult();

    /// <summary>Closes a Parquet reader or writer (a writer writes its footer here).</summary>
    public static void Close(IAsyncDisposable disposable) => disposable.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>
    /// Ends a buffering writer once: writes its last row group (<paramref name="flush"/>) and the footer; a second call
    /// does nothing. The writers' <c>Dispose</c>.
    /// </summary>
    public static void Finish(ref bool disposed, Action flush, IAsyncDisposable writer)
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            flush();
        }
        finally
        {
            Close(writer);
        }
    }

    /// <summary>"row group 0, row 11": where a row is, both 0-based as Parquet counts them.</summary>
    public static string Place(int group, long row) => string.Create(CultureInfo.InvariantCulture, $"row group {group}, row {row}");

    private static T?[] Read<T>(ParquetRowGroupReader group, DataField field, string source, int index)
        where T : struct
    {
        var values = new T?[group.RowCount];
        Run(() => group.ReadAsync(field, values.AsMemory()).AsTask(), source, field, index);
        return values;
    }

    private static void Run(Func<Task> read, string source, DataField field, int index)
    {
        try
        {
            read().GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"{source}, row group {index}: column '{field.Name}' cannot be read: {e.Message}"), e);
        }
    }
}
