namespace CrossBorder.Forecasting;

/// <summary>How <see cref="StlForecaster"/> forecasts the seasonally adjusted series (R's <c>forecast.stl</c> <c>method</c>).</summary>
public enum StlMethod
{
    /// <summary>Automatic non-seasonal ETS by AICc (R's <c>method = "ets"</c>, <c>etsmodel = "ZZN"</c>).</summary>
    Ets,

    /// <summary>The standard Theta method without its own seasonal adjustment (R: <c>forecastfunction = thetaf</c>).</summary>
    Theta,

    /// <summary>The naive random walk (R's <c>method = "naive"</c>).</summary>
    Naive,

    /// <summary>The random walk with drift (R's <c>method = "rwdrift"</c>).</summary>
    Drift,
}
