using static CrossBorder.Advertising.Tests.Bids.Rows;

namespace CrossBorder.Advertising.Tests.Rules;

public class DaypartingTests
{
    private static AdMetrics Hour(long clicks, decimal sales) => new(clicks * 20, clicks, Eur(clicks * 0.5m), Eur(sales), sales > 0m ? 1 : 0, sales > 0m ? 1 : 0);

    // 21 hours of 10 clicks and €20 of sales; hour 3 has no click, hour 20 has 30 clicks and €120, hour 21 has 40 clicks and
    // nothing. Day: 280 clicks, €540, so €27/14 per click.
    private static AdMetrics[] Day() =>
        [.. Enumerable.Range(0, 24).Select(h => h switch { 3 => Hour(0, 0m), 20 => Hour(30, 120m), 21 => Hour(40, 0m), _ => Hour(10, 20m) })];

    [Fact]
    public void Each_hours_value_per_click_is_shrunk_toward_the_day_and_bounded()
    {
        // By hand, k = 20: an ordinary hour (20 + 20 × 27/14) / 30 ÷ 27/14 = (280/27 + 20) / 30 = 82/81;
        // hour 20: (120 + 20 × 27/14) / 50 ÷ 27/14 = 74/45 = 1.644, bounded to 1.5; hour 21: 20 / 60 = 1/3, bounded to 0.5;
        // hour 3: (0 + 20 × 27/14) / 20 ÷ 27/14 = 1.
        var hours = Dayparting.Multipliers(Day());

        Assert.Equal(82m / 81m, hours[0].Multiplier, 20);
        Assert.False(hours[0].Clamped);
        Assert.Equal("hour-value-per-click", hours[0].Reason.Code);
        Assert.Equal((1.5m, true, "multiplier-bounded"), (hours[20].Multiplier, hours[20].Clamped, hours[20].Reason.Code));
        Assert.Equal(74m / 45m, hours[20].Unclamped, 20);
        Assert.Equal((0.5m, true), (hours[21].Multiplier, hours[21].Clamped));
        Assert.Equal(1m / 3m, hours[21].Unclamped, 20);
        Assert.Equal(1m, hours[3].Multiplier, 20);
    }

    [Fact]
    public void Without_a_pseudo_count_an_hour_without_clicks_keeps_one()
    {
        var hours = Dayparting.Multipliers(Day(), new DaypartingSettings { PseudoClicks = 0m, MinMultiplier = 0m, MaxMultiplier = 3m });

        // Hour 20: (120 / 30) ÷ 27/14 = 56/27; hour 21: 0, which pauses.
        Assert.Equal(1m, hours[3].Multiplier);
        Assert.Equal(56m / 27m, hours[20].Multiplier, 20);
        Assert.Equal(0m, hours[21].Multiplier);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("byHour", Assert.Throws<ArgumentException>(() => Dayparting.Multipliers(Day()[..23])).ParamName);
        Assert.Equal("byHour", Assert.Throws<ArgumentException>(() => Dayparting.Multipliers([.. Enumerable.Repeat(Hour(5, 0m), 24)])).ParamName);
        Assert.Equal("settings", Assert.Throws<ArgumentException>(() => Dayparting.Multipliers(Day(), new DaypartingSettings { MinMultiplier = 2m })).ParamName);
        Assert.Equal("PseudoClicks", Assert.Throws<ArgumentOutOfRangeException>(() => new DaypartingSettings { PseudoClicks = -1m }).ParamName);
        var mixed = Day();
        mixed[5] = new AdMetrics(100, 5, Money.Of(1m, "USD"), Money.Of(10m, "USD"), 1, 1);
        Assert.Throws<CurrencyMismatchException>(() => Dayparting.Multipliers(mixed));
    }
}
