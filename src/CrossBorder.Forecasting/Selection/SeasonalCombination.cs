namespace CrossBorder.Forecasting;

/// <summary>
/// The branch of <see cref="AutoForecaster"/> for regular demand with a season of 7 periods or more (daily, weekly,
/// monthly sales): forecasts of log(1 + y), whose seasonal swings grow with the level as sellers' peaks do, by
/// harmonic regression and by STL, combined. Every choice here was made on the development catalogue
/// (docs/forecasting.md, "Which data chose each constant"); none was made on the data the docs score.
/// </summary>
internal static class SeasonalCombination
{
    /// <summary>The shortest seasonal period this branch takes; shorter ones (quarterly) stay with ETS.</summary>
    internal const int MinimumPeriod = 7;

    /// <summary>Above this period (R's limit for seasonal ETS) the STL member forecasts its adjusted series by Theta, not ETS.</summary>
    internal const int LongPeriod = 24;

    /// <summary>The seasonal periods of a series whose base period is <paramref name="period"/>: daily data (7) has a yearly cycle too.</summary>
    internal static double[] Periods(int period) => period switch { < 2 => [], 7 => [7, 365.25], _ => [period] };

    /// <summary>Whether the branch applies: non-negative demand with a season of at least <see cref="MinimumPeriod"/>.</summary>
    internal static bool Applies(int period, bool hasNegative) => period >= MinimumPeriod && !hasNegative;

    /// <summary>
    /// Daily data: harmonic regression on the weekly and yearly cycles alone. Weekly and monthly data: the mean of the
    /// harmonic regression and STL forecasts (STL-Theta for long seasons, STL-ETS for short ones), with the members'
    /// intervals' envelope for long seasons and their average for short ones.
    /// </summary>
    /// <exception cref="ArgumentException">A member cannot be fitted (a series too short for the regression).</exception>
    internal static Forecast Forecast(ReadOnlySpan<double> y, int period, int horizon, double[] levels, EtsOptions? ets)
    {
        var log = ToLog(y);
        var periods = Periods(period);
        var harmonic = HarmonicRegression.Forecast(log, periods, horizon, levels: levels);
        if (period == 7)
        {
            return FromLog(harmonic, "log " + harmonic.Method);
        }

        var longSeason = period > LongPeriod;
        var a = FromLog(harmonic, harmonic.Method);
        var stl = StlForecaster.Forecast(log, periods, horizon, longSeason ? StlMethod.Theta : StlMethod.Ets, levels, ets);
        var b = FromLog(stl, stl.Method);
        var mean = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            mean[h] = (a.Mean[h] + b.Mean[h]) / 2;
        }

        var intervals = new List<PredictionInterval>(levels.Length);
        foreach (var level in levels)
        {
            var (ia, ib) = (a.IntervalAt(level)!, b.IntervalAt(level)!);
            var lower = new double[horizon];
            var upper = new double[horizon];
            for (var h = 0; h < horizon; h++)
            {
                lower[h] = longSeason ? Math.Min(ia.Lower[h], ib.Lower[h]) : (ia.Lower[h] + ib.Lower[h]) / 2;
                upper[h] = longSeason ? Math.Max(ia.Upper[h], ib.Upper[h]) : (ia.Upper[h] + ib.Upper[h]) / 2;
            }

            intervals.Add(new PredictionInterval(level, lower, upper));
        }

        return new Forecast(longSeason ? "Combo(Harmonic,STL-Theta)" : "Combo(Harmonic,STL-ETS)", mean, intervals);
    }

    /// <summary>log(1 + y), the scale on which the seasonal members forecast.</summary>
    internal static double[] ToLog(ReadOnlySpan<double> y)
    {
        var log = new double[y.Length];
        for (var t = 0; t < y.Length; t++)
        {
            log[t] = Math.Log(1 + y[t]);
        }

        return log;
    }

    /// <summary>A forecast of log(1 + y) back on the scale of y: the median of a log-symmetric forecast (means and bounds), never below zero.</summary>
    internal static Forecast FromLog(Forecast log, string name)
    {
        static double Median(double value) => Math.Max(0, Math.Exp(value) - 1);
        var mean = log.Mean.Select(Median).ToArray();
        var intervals = log.Intervals.Select(i => new PredictionInterval(i.Level, [.. i.Lower.Select(Median)], [.. i.Upper.Select(Median)]));
        return new Forecast(name, mean, intervals);
    }
}
