using CrossBorder.Forecasting.Files;
using NodaTime;

namespace CrossBorder.Forecasting;

/// <summary>
/// Forecasts with known events as multiplicative inputs: history is divided by each period's event factor so that
/// the model sees the underlying demand, and the forecast of each future period is multiplied by its factor.
/// </summary>
/// <remarks>
/// A period's factor is the product of the factors of the events that overlap it, each weighted by the share of the
/// period's days it covers (a two-day event in a week counts for 2/7 of its uplift): f = Π (1 + (factor − 1) · days/period days).
/// Intervals are scaled with their point forecast.
/// </remarks>
public static class EventAdjustment
{
    /// <summary>The factor of every period from <paramref name="start"/>, <paramref name="count"/> periods long.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static double[] Factors(LocalDate start, SeriesCalendar calendar, int count, IEnumerable<DemandEvent> events)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var list = events.ToArray();
        var factors = new double[count];
        for (var i = 0; i < count; i++)
        {
            var first = calendar.Step(start, i);
            var last = calendar.Step(start, i + 1).PlusDays(-1);
            var days = Period.Between(first, last, PeriodUnits.Days).Days + 1.0;
            var factor = 1.0;
            foreach (var e in list)
            {
                var overlapStart = e.Period.Start > first ? e.Period.Start : first;
                var overlapEnd = e.Period.End!.Value < last ? e.Period.End.Value : last;
                if (overlapEnd >= overlapStart)
                {
                    var share = (Period.Between(overlapStart, overlapEnd, PeriodUnits.Days).Days + 1) / days;
                    factor *= 1 + ((e.Factor - 1) * share);
                }
            }

            factors[i] = factor;
        }

        return factors;
    }

    /// <summary>Forecasts <paramref name="y"/> (observations from <paramref name="start"/> on <paramref name="calendar"/>) with events.</summary>
    /// <param name="y">Observations, oldest first.</param>
    /// <param name="start">Date of the first observation.</param>
    /// <param name="calendar">Spacing of the observations.</param>
    /// <param name="horizon">Periods ahead.</param>
    /// <param name="events">Past and future events.</param>
    /// <param name="method">The method for the event-free demand, for example <c>(v, h) =&gt; AutoForecaster.Default.Forecast(v, 52, h)</c>.</param>
    /// <exception cref="ArgumentException">The horizon is below 1.</exception>
    public static Forecast Forecast(ReadOnlySpan<double> y, LocalDate start, SeriesCalendar calendar, int horizon, IEnumerable<DemandEvent> events, ForecastMethod method)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var factors = Factors(start, calendar, y.Length + horizon, events);
        var deflated = new double[y.Length];
        for (var t = 0; t < y.Length; t++)
        {
            deflated[t] = y[t] / factors[t];
        }

        var baseForecast = method(deflated, horizon);
        var n = y.Length;
        double[] Inflate(IReadOnlyList<double> values) => [.. values.Select((v, h) => v * factors[n + h])];
        var fitted = baseForecast.Fitted is { } f ? f.Select((v, t) => v * factors[t]).ToArray() : null;
        return new Forecast(
            baseForecast.Method + " with events",
            Inflate(baseForecast.Mean),
            baseForecast.Intervals.Select(i => new PredictionInterval(i.Level, Inflate(i.Lower), Inflate(i.Upper))),
            fitted,
            baseForecast.Reason);
    }
}
