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

    /// <summary>Clicks a target needs before its bid changes; null for <see cref="BidSettings"/>' default.</summary>
    public long? BidMinClicks { get; set; }

    /// <summary>The probability that CVR is below break-even from which a bid is cut (0–1); null for the default.</summary>
    public double? BidCutProbability { get; set; }

    /// <summary>The largest raise of a bid in one step, in percent; null for the default.</summary>
    public decimal? BidMaxStepUpPercent { get; set; }

    /// <summary>The largest cut of a bid in one step, in percent; null for the default.</summary>
    public decimal? BidMaxStepDownPercent { get; set; }

    /// <summary>Orders a search term needs to be harvested; null for <see cref="SearchTermRuleSettings"/>' default.</summary>
    public long? HarvestMinOrders { get; set; }

    /// <summary>Clicks without an order from which a search term is negated; null for the default.</summary>
    public long? NegateClicksWithoutOrder { get; set; }

    /// <summary>The look-back window of the search-term rules, in days; null for the default.</summary>
    public int? LookbackDays { get; set; }
}
