namespace CrossBorder.Advertising;

/// <summary>
/// Options of <c>AddCrossBorderAdvertising</c>: the defaults a host's analyses start from. Bindable from configuration;
/// the detailed rules (<see cref="BidSettings"/>, <see cref="SearchTermRuleSettings"/>, <see cref="AnomalyPolicy"/>)
/// are set per analysis on <see cref="AdAnalysisSettings"/>.
/// </summary>
public sealed class AdvertisingOptions
{
    /// <summary>The target ACoS in percent (25 for 25%), or null for metrics and anomalies only. Default: null.</summary>
    public decimal? TargetAcosPercent { get; set; }

    /// <summary>Days whose sales are still arriving, left out of bid decisions. Default: 3.</summary>
    public int MaturityDays { get; set; } = 3;

    /// <summary>The level of the metrics rows. Default: campaign.</summary>
    public AdLevel GroupBy { get; set; } = AdLevel.Campaign;

    /// <summary>The level anomalies are looked for at. Default: campaign.</summary>
    public AdLevel AnomalyLevel { get; set; } = AdLevel.Campaign;
}
