using CrossBorder.Forecasting.Batch;

namespace CrossBorder.Forecasting.Files;

/// <summary>The long format in either file format, chosen by the file's extension: <c>.parquet</c> is Parquet (<see cref="LongFormatParquet"/>), anything else CSV (<see cref="LongFormatReader"/>).</summary>
public static class LongFormatFiles
{
    /// <summary>Whether <paramref name="path"/> names a Parquet file (its extension is <c>.parquet</c>, in any case).</summary>
    public static bool IsParquet(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Reads every series of <paramref name="path"/>, lazily, as Parquet or CSV by its extension; errors start with the path.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to treat negative and missing values; <see langword="null"/> to keep them as read.</param>
    /// <exception cref="FormatException">Malformed input or a refused value, naming the line (CSV) or the column and row group (Parquet).</exception>
    public static IEnumerable<SeriesInput> ReadFile(string path, SeriesOptions? options = null) =>
        IsParquet(path) ? LongFormatParquet.ReadFile(path, options) : LongFormatReader.ReadFile(path, options);
}
