namespace CrossBorder.Forecasting.Files;

/// <summary>Where a batch of forecasts goes, one series at a time: a CSV (<see cref="ForecastCsvWriter"/>) or Parquet (<c>ForecastParquetWriter</c> (CrossBorder.Forecasting.Parquet)) file.</summary>
public interface IForecastWriter
{
    /// <summary>Writes one row per step of <paramref name="forecast"/>.</summary>
    void Write(string seriesId, Forecast forecast);
}
