namespace CrossBorder.Replenishment.Files;

/// <summary>
/// Where the plans of a catalogue go, one SKU at a time, with the columns of <see cref="PlanCsvWriter.Columns"/>: a CSV
/// (<see cref="PlanCsvWriter"/>) or Parquet (<c>PlanParquetWriter</c> of CrossBorder.Forecasting.Parquet) file.
/// </summary>
public interface IPlanWriter
{
    /// <summary>Writes the row of <paramref name="plan"/> (<see cref="PlanRow.Of"/>).</summary>
    void Write(SkuPlan plan);

    /// <summary>Writes <paramref name="row"/>, such as one read back from a plan file.</summary>
    void Write(PlanRow row);
}
