using System.Globalization;
using CrossBorder.Text;

namespace CrossBorder.Forecasting.Files;

/// <summary>
/// Writes forecasts in the long format of R's forecast output, <c>series_id,method,step,mean,lo80,hi80,lo95,hi95</c>,
/// so that results can be scored side by side with R's. Missing intervals are written as <c>NA</c>.
/// </summary>
public sealed class ForecastCsvWriter : IForecastWriter
{
    private readonly TextWriter _writer;
    private readonly double[] _levels;

    /// <summary>Writes the header to <paramref name="writer"/>, with 80% and 95% interval columns.</summary>
    public ForecastCsvWriter(TextWriter writer)
        : this(writer, SeriesChecks.Levels(null))
    {
    }

    /// <summary>
    /// Writes the header to <paramref name="writer"/> with a <c>lo</c>/<c>hi</c> column pair per level, in the order
    /// given: levels 0.8 and 0.95 give <c>lo80,hi80,lo95,hi95</c>, 0.9 gives <c>lo90,hi90</c>, 0.975 <c>lo97.5,hi97.5</c>, 0.999999 <c>lo99.9999,hi99.9999</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A level is not strictly between 0 and 1.</exception>
    public ForecastCsvWriter(TextWriter writer, IEnumerable<double> levels)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(levels);
        _levels = SeriesChecks.Levels(levels);

        _writer = writer;
        WriteHeader(writer, BoundColumns(_levels));
    }

    /// <summary>Writes one row per step of <paramref name="forecast"/>.</summary>
    public void Write(string seriesId, Forecast forecast)
    {
        ArgumentNullException.ThrowIfNull(seriesId);
        ArgumentNullException.ThrowIfNull(forecast);
        var intervals = Array.ConvertAll(_levels, forecast.IntervalAt);
        var bounds = new double?[2 * intervals.Length];
        for (var step = 0; step < forecast.Horizon; step++)
        {
            for (var i = 0; i < intervals.Length; i++)
            {
                bounds[2 * i] = intervals[i]?.Lower[step];
                bounds[(2 * i) + 1] = intervals[i]?.Upper[step];
            }

            WriteRow(_writer, seriesId, forecast.Method, step + 1, forecast.Mean[step], bounds);
        }
    }

    /// <summary>The interval columns of <paramref name="levels"/>: <c>lo80,hi80,lo95,hi95</c> for 0.8 and 0.95.</summary>
    internal static string[] BoundColumns(double[] levels)
    {
        var columns = new string[2 * levels.Length];
        for (var i = 0; i < levels.Length; i++)
        {
            // Rounded to 10 decimals to drop the binary noise of level × 100, never to 3 (99.9999% is lo99.9999, not lo100).
            var percent = Math.Round(levels[i] * 100, 10).ToString("0.##########", CultureInfo.InvariantCulture);
            columns[2 * i] = "lo" + percent;
            columns[(2 * i) + 1] = "hi" + percent;
        }

        return columns;
    }

    /// <summary>The header line: <c>"series_id","method","step","mean"</c> and the quoted interval columns.</summary>
    internal static void WriteHeader(TextWriter writer, IReadOnlyList<string> boundColumns)
    {
        writer.Write("\"series_id\",\"method\",\"step\",\"mean\"");
        foreach (var column in boundColumns)
        {
            writer.Write(",\"" + column + "\"");
        }

        writer.WriteLine();
    }

    /// <summary>One row; a null bound is written <c>NA</c>.</summary>
    internal static void WriteRow(TextWriter writer, string seriesId, string method, int step, double mean, ReadOnlySpan<double?> bounds)
    {
        writer.Write(Csv.Quote(seriesId));
        writer.Write(',');
        writer.Write(Csv.Quote(method));
        writer.Write(',');
        writer.Write(step.ToString(CultureInfo.InvariantCulture));
        writer.Write(',');
        writer.Write(Number(mean));
        foreach (var bound in bounds)
        {
            writer.Write(',');
            writer.Write(bound is { } b ? Number(b) : "NA");
        }

        writer.WriteLine();
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
