namespace CrossBorder.Forecasting;

/// <summary>The Syntetos–Boylan demand categories.</summary>
public enum DemandClass
{
    /// <summary>Regular demand of stable size: ADI &lt; 1.32 and CV² &lt; 0.49. Use a smoothing method (SES, ETS).</summary>
    Smooth,

    /// <summary>Regular demand of erratic size: ADI &lt; 1.32 and CV² ≥ 0.49.</summary>
    Erratic,

    /// <summary>Sporadic demand of stable size: ADI ≥ 1.32 and CV² &lt; 0.49. Use SBA or TSB.</summary>
    Intermittent,

    /// <summary>Sporadic demand of erratic size: ADI ≥ 1.32 and CV² ≥ 0.49. Use SBA or TSB.</summary>
    Lumpy,

    /// <summary>No demand at all: every observation is zero.</summary>
    NoDemand,
}

/// <summary>The classification of one series by its average inter-demand interval (ADI) and squared coefficient of variation of demand sizes (CV²).</summary>
public sealed class DemandClassification
{
    internal DemandClassification(DemandClass demandClass, double adi, double cv2, int demandCount, int length)
    {
        Class = demandClass;
        Adi = adi;
        Cv2 = cv2;
        DemandCount = demandCount;
        Length = length;
    }

    /// <summary>The category.</summary>
    public DemandClass Class { get; }

    /// <summary>
    /// Average inter-demand interval: the mean of the intervals between demands, the first counted from the start of
    /// the series (so it equals (index of the last demand + 1) / number of demands, as Croston's and statsforecast's
    /// interval series). <see cref="double.PositiveInfinity"/> when there is no demand.
    /// </summary>
    public double Adi { get; }

    /// <summary>Squared coefficient of variation of the non-zero demand sizes (sample standard deviation); 0 with fewer than two demands.</summary>
    public double Cv2 { get; }

    /// <summary>Number of periods with demand.</summary>
    public int DemandCount { get; }

    /// <summary>Number of periods in the series.</summary>
    public int Length { get; }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Class} (ADI {Adi:G4}, CV² {Cv2:G4}, {DemandCount}/{Length} periods with demand)");
}

/// <summary>The result of the obsolescence check: the trailing run of zeros compared with the threshold.</summary>
public sealed class ObsolescenceCheck
{
    internal ObsolescenceCheck(bool isObsolete, int trailingZeros, double meanInterval, double threshold)
    {
        IsObsolete = isObsolete;
        TrailingZeros = trailingZeros;
        MeanInterval = meanInterval;
        Threshold = threshold;
    }

    /// <summary>Whether the item looks obsolete.</summary>
    public bool IsObsolete { get; }

    /// <summary>Number of zero periods at the end of the series.</summary>
    public int TrailingZeros { get; }

    /// <summary>The mean inter-demand interval before the run (<see cref="DemandClassification.Adi"/>).</summary>
    public double MeanInterval { get; }

    /// <summary>The run length from which the item counts as obsolete.</summary>
    public double Threshold { get; }
}
