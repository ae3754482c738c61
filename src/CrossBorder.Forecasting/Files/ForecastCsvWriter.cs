using System.Globalization;
using CrossBorder.Text;

namespace CrossBorder.Forecasting.Files;

/// <summary>
/// Writes forecasts in the long format of R's forecast output, <c>series_id,method,step,mean,lo80,hi80,lo95,hi95</c>,
/// so that results can be scored side by side with R's. Missing intervals are written as <c>NA</c>.
/// </summary>
public sealed class ForecastCsvWriter
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
        _writer.Write("\"series_id\",\"method\",\"step\",\"mean\"");
        foreach (var level in _levels)
        {
            // Rounded to 10 decimals to drop the binary noise of level × 100, never to 3 (99.9999% is lo99.9999, not lo100).
            var percent = Math.Round(level * 100, 10).ToString("0.##########", CultureInfo.InvariantCulture);
            _writer.Write(",\"lo" + percent + "\",\"hi" + percent + "\"");
        }

        _writer.WriteLine();
    }

    /// <summary>Writes one row per step of <paramref name="forecast"/>.</summary>
    public void Write(string seriesId, Forecast forecast)
    {
        ArgumentNullException.ThrowIfNull(seriesId);
        ArgumentNullException.ThrowIfNull(forecast);
        var intervals = Array.ConvertAll(_levels, forecast.IntervalAt);
        for (var step = 0; step < forecast.Horizon; step++)
        {
            _writer.Write(Csv.Quote(seriesId));
            _writer.Write(',');
            _writer.Write(Csv.Quote(forecast.Method));
            _writer.Write(',');
            _writer.Write((step + 1).ToString(CultureInfo.InvariantCulture));
            _writer.Write(',');
            _writer.Write(Number(forecast.Mean[step]));
            foreach (var interval in intervals)
            {
                _writer.Write(',');
                _writer.Write(interval is null ? "NA" : Number(interval.Lower[step]));
                _writer.Write(',');
                _writer.Write(interval is null ? "NA" : Number(interval.Upper[step]));
            }

            _writer.WriteLine();
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
