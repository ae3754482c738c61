namespace CrossBorder.Forecasting;

/// <summary>Which in-sample values the RMSSE scale (<see cref="Accuracy.RmsseScale"/>) is computed from.</summary>
public enum RmsseScaling
{
    /// <summary>
    /// Every training value, leading zeros included: mean((y[t] − y[t−1])²) over t = 1…n−1. The R reference scores
    /// in the test data are computed this way.
    /// </summary>
    AllObservations,

    /// <summary>
    /// From the first non-zero training value on, as the M5 competition defines RMSSE (the scale covers the periods
    /// in which the product was actively sold, so the zeros before its launch do not shrink it).
    /// </summary>
    FromFirstDemand,
}
