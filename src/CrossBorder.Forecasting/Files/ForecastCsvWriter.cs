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

    /// <summary>Writes the header to <paramref name="writer"/>.</summary>
    public ForecastCsvWriter(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        _writer = writer;
        _writer.WriteLine("\"series_id\",\"method\",\"step\",\"mean\",\"lo80\",\"hi80\",\"lo95\",\"hi95\"");
    }

    /// <summary>Writes one row per step of <paramref name="forecast"/>.</summary>
    public void Write(string seriesId, Forecast forecast)
    {
        ArgumentNullException.ThrowIfNull(seriesId);
        ArgumentNullException.ThrowIfNull(forecast);
        var p80 = forecast.IntervalAt(0.8);
        var p95 = forecast.IntervalAt(0.95);
        for (var step = 0; step < forecast.Horizon; step++)
        {
            _writer.Write(Csv.Quote(seriesId));
            _writer.Write(',');
            _writer.Write(Csv.Quote(forecast.Method));
            _writer.Write(',');
            _writer.Write((step + 1).ToString(CultureInfo.InvariantCulture));
            _writer.Write(',');
            _writer.Write(Number(forecast.Mean[step]));
            _writer.Write(',');
            _writer.Write(p80 is null ? "NA" : Number(p80.Lower[step]));
            _writer.Write(',');
            _writer.Write(p80 is null ? "NA" : Number(p80.Upper[step]));
            _writer.Write(',');
            _writer.Write(p95 is null ? "NA" : Number(p95.Lower[step]));
            _writer.Write(',');
            _writer.WriteLine(p95 is null ? "NA" : Number(p95.Upper[step]));
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
