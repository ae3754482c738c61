using CrossBorder.Forecasting.Files;
using FsCheck;
using NodaTime;

namespace CrossBorder.Forecasting.Tests.Events;

public class EventAdjustmentTests
{
    private static readonly LocalDate Monday = new(2024, 1, 1);

    // Black Friday week (the Friday falls in the ISO week starting that Monday) in 2024, 2025 and 2026.
    private static readonly DemandEvent[] BlackFridays =
    [
        new("Black Friday 2024", EffectivePeriod.Between(new LocalDate(2024, 11, 25), new LocalDate(2024, 12, 1)), 3),
        new("Black Friday 2025", EffectivePeriod.Between(new LocalDate(2025, 11, 24), new LocalDate(2025, 11, 30)), 3),
        new("Black Friday 2026", EffectivePeriod.Between(new LocalDate(2026, 11, 23), new LocalDate(2026, 11, 29)), 3),
    ];

    private static double[] WeeklySalesWithBlackFriday(int weeks)
    {
        var factors = EventAdjustment.Factors(Monday, SeriesCalendar.Weekly, weeks, BlackFridays);
        return [.. factors.Select((f, t) => (100 + (5 * Math.Sin(t))) * f)];
    }

    [Fact]
    public void Whole_weeks_get_the_full_factor_and_partial_overlaps_a_share()
    {
        var factors = EventAdjustment.Factors(Monday, SeriesCalendar.Weekly, 52, BlackFridays);
        var primeDay = new DemandEvent("Prime Day", EffectivePeriod.Between(new LocalDate(2024, 7, 16), new LocalDate(2024, 7, 17)), 2.5);

        Assert.Equal(3, factors[47]);                       // week of 2024-11-25
        Assert.Equal(51, factors.Count(f => f == 1));
        Assert.Equal(1 + (1.5 * 2 / 7), EventAdjustment.Factors(new LocalDate(2024, 7, 15), SeriesCalendar.Weekly, 1, [primeDay])[0], 12);
    }

    [Fact]
    public void Event_weeks_are_forecast_at_their_uplift_and_history_is_cleaned()
    {
        var y = WeeklySalesWithBlackFriday(99);    // weeks of 2024-01-01 .. 2025-11-17: the 2025 Black Friday week is next
        ForecastMethod mean = (v, h) => Baseline.Mean(v, h);

        var plain = mean(y, 2);
        var withEvents = EventAdjustment.Forecast(y, Monday, SeriesCalendar.Weekly, 2, BlackFridays, mean);

        // Exact answers. Cleaned history is 100 + 5·sin t for t = 0…98, whose mean is 100 + 5·S/99 with
        // S = Σ sin t = sin(49)·sin(49.5)/sin(0.5) (the closed form of a sum of sines, not a loop). Week 99 starts
        // 2024-01-01 + 693 days = 2025-11-24, the Black Friday 2025 week (×3); week 100 has no event (×1). Without
        // events the mean also carries the 2024 Black Friday week's extra 2 × (100 + 5·sin 47) (week 47 is ×3).
        var s = Math.Sin(49) * Math.Sin(49.5) / Math.Sin(0.5);
        var clean = 100 + (5 * s / 99);
        Assert.Equal(3 * clean, withEvents.Mean[0], 1e-9);
        Assert.Equal(clean, withEvents.Mean[1], 1e-9);
        Assert.Equal(clean + (2 * (100 + (5 * Math.Sin(47))) / 99), plain.Mean[0], 1e-9);
        Assert.EndsWith("with events", withEvents.Method, StringComparison.Ordinal);
        Assert.Equal(withEvents.Mean[0] / withEvents.Mean[1], withEvents.IntervalAt(0.95)!.Upper[0] / withEvents.IntervalAt(0.95)!.Upper[1], 9);
    }

    [Fact]
    public void Events_work_with_auto_on_a_weekly_seasonal_series()
    {
        // Weeks 2024-01-01 … 2026-11-16 (151 weeks); week 151 starts 2026-11-23, the Black Friday 2026 week (×3).
        var y = WeeklySalesWithBlackFriday(151);
        ForecastMethod auto = (v, h) => AutoForecaster.Default.Forecast(v, 52, h);
        var factors = EventAdjustment.Factors(Monday, SeriesCalendar.Weekly, 151, BlackFridays);
        var cleaned = auto([.. y.Select((v, t) => v / factors[t])], 2);

        var withEvents = EventAdjustment.Forecast(y, Monday, SeriesCalendar.Weekly, 2, BlackFridays, auto);

        Assert.StartsWith("Combo(Harmonic,STL-Theta)", withEvents.Method, StringComparison.Ordinal);
        Assert.Equal(3 * cleaned.Mean[0], withEvents.Mean[0], 1e-9);
        Assert.Equal(cleaned.Mean[1], withEvents.Mean[1], 1e-9);
    }

    [ScaledProperty(Cases = 50)]
    public bool Neutral_events_change_nothing(PositiveInt seed)
    {
        var y = Enumerable.Range(0, 60).Select(t => (double)((t * 7 + seed.Get) % 13)).ToArray();
        var neutral = new DemandEvent("nothing", EffectivePeriod.Between(Monday, Monday.PlusWeeks(100)), 1);
        ForecastMethod theta = (v, h) => CrossBorder.Forecasting.Theta.Standard(v, 1, h);

        var with = EventAdjustment.Forecast(y, Monday, SeriesCalendar.Weekly, 8, [neutral], theta);
        return with.Mean.SequenceEqual(theta(y, 8).Mean);
    }

    [Fact]
    public void Bad_events_are_rejected_naming_the_parameter()
    {
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => new DemandEvent("x", EffectivePeriod.Between(Monday, Monday), 0)).ParamName);
        Assert.Equal("factor", Assert.Throws<ArgumentOutOfRangeException>(() => new DemandEvent("x", EffectivePeriod.Between(Monday, Monday), double.NaN)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentException>(() => new DemandEvent("x", EffectivePeriod.From(Monday), 2)).ParamName);
        Assert.Equal("horizon", Assert.Throws<ArgumentOutOfRangeException>(() => EventAdjustment.Forecast([1, 2, 3], Monday, SeriesCalendar.Weekly, 0, [], (v, h) => Baseline.Mean(v, h))).ParamName);
    }
}
