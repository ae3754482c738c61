using CrossBorder.Tax.Tests.Helpers;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CrossBorder.Tax.Tests.Thresholds;

public class ThresholdMonitorTests
{
    private static readonly ThresholdMonitor Monitor = ThresholdMonitor.Default;

    private static ThresholdSale Sale(string date, string to, decimal amount, string currency = "EUR", BuyerType type = BuyerType.Consumer, string? state = null) =>
        new(Sales.Day(date), CountryCode.Parse(to), Money.Of(amount, currency), type, state);

    private static ThresholdStatus Status(IReadOnlyList<ThresholdStatus> statuses, string id) => Assert.Single(statuses, s => s.Threshold.Id == id);

    [Fact]
    public void A_german_seller_crosses_the_eu_10000_euro_threshold_on_the_sale_that_exceeds_it()
    {
        // 4,000 + 3,000 + 2,999.99 = 9,999.99 (within); the fourth sale of 0.02 takes the year to 10,000.01 on 2025-05-02.
        ThresholdSale[] sales =
        [
            Sale("2025-01-15", "FR", 4000m), Sale("2025-02-15", "IT", 3000m), Sale("2025-03-15", "AT", 2999.99m),
            Sale("2025-04-01", "DE", 50_000m), // a domestic sale does not count
            Sale("2025-04-02", "FR", 9_000m, type: BuyerType.Business), // nor a business sale
            Sale("2025-05-02", "NL", 0.02m),
        ];

        var before = Status(Monitor.Evaluate(sales, CountryCode.Parse("DE"), Sales.Day("2025-05-01")), "EU-union-threshold");
        var after = Status(Monitor.Evaluate(sales, CountryCode.Parse("DE"), Sales.Day("2025-05-02")), "EU-union-threshold");

        Assert.False(before.Crossed);
        Assert.Equal(Money.Of(9999.99m, "EUR"), before.Measured);
        Assert.Equal(Money.Of(0.01m, "EUR"), before.Headroom);
        Assert.True(after.Crossed);
        Assert.Equal(Sales.Day("2025-05-02"), after.FirstCrossedOn);
        Assert.Null(after.Headroom);
    }

    [Fact]
    public void Crossing_in_the_previous_year_carries_into_the_current_one()
    {
        ThresholdSale[] sales = [Sale("2024-11-01", "FR", 12_000m)];

        var status = Status(Monitor.Evaluate(sales, CountryCode.Parse("DE"), Sales.Day("2025-03-01")), "EU-union-threshold");

        Assert.True(status.Crossed);
        Assert.Equal(Money.Of(12_000m, "EUR"), status.PreviousYear);
        Assert.Equal(Money.Of(0m, "EUR"), status.Measured);
        Assert.Equal(Sales.Day("2024-11-01"), status.FirstCrossedOn);
    }

    [Fact]
    public void The_eu_threshold_does_not_apply_to_a_seller_established_outside_the_eu()
    {
        var status = Status(Monitor.Evaluate([Sale("2025-01-15", "FR", 10m)], CountryCode.Parse("CN"), Sales.Day("2025-03-01")), "EU-union-threshold");

        Assert.False(status.Applies);
        Assert.True(status.Crossed);
        Assert.Contains("owes the tax there from its first taxable sale", status.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_july_2021_the_old_per_country_distance_selling_thresholds_answer()
    {
        // France's threshold was EUR 35,000, Germany's EUR 100,000 (calendar year); the union threshold did not exist.
        ThresholdSale[] sales = [Sale("2020-03-01", "FR", 36_000m), Sale("2020-03-01", "DE", 90_000m)];

        var statuses = Monitor.Evaluate(sales, CountryCode.Parse("IT"), Sales.Day("2020-06-30"));

        Assert.True(Status(statuses, "FR-distance-selling").Crossed);
        Assert.False(Status(statuses, "DE-distance-selling").Crossed);
        Assert.Equal(Money.Of(10_000m, "EUR"), Status(statuses, "DE-distance-selling").Headroom);
        Assert.DoesNotContain(statuses, s => s.Threshold.Id == "EU-union-threshold");

        var after = Monitor.Evaluate(sales, CountryCode.Parse("IT"), Sales.Day("2021-07-01"));
        Assert.DoesNotContain(after, s => s.Threshold.Id == "FR-distance-selling");
        Assert.True(Status(after, "EU-union-threshold").Crossed); // 126,000 in 2020, the previous year
    }

    [Fact]
    public void New_york_needs_both_tests_over_the_four_preceding_quarters()
    {
        // USD 600,000 in 50 sales in 2025: the amount test is met but not the 100 transactions, so no nexus.
        var sales = Enumerable.Range(0, 50).Select(i => Sale("2025-02-01", "US", 12_000m, "USD", state: "NY")).ToList();

        var q1 = Status(Monitor.Evaluate(sales, CountryCode.Parse("CN"), Sales.Day("2026-01-15")), "US-NY-nexus");
        Assert.False(q1.Crossed);
        Assert.Equal("2025-01-01..2025-12-31", q1.Window);
        Assert.Equal(50, q1.TransactionsLeft);

        sales.AddRange(Enumerable.Range(0, 50).Select(i => Sale("2025-12-01", "US", 1m, "USD", state: "NY")));
        var both = Status(Monitor.Evaluate(sales, CountryCode.Parse("CN"), Sales.Day("2026-01-15")), "US-NY-nexus");
        Assert.True(both.Crossed);
        Assert.Equal(Sales.Day("2026-01-01"), both.FirstCrossedOn); // the first day whose four preceding quarters hold both
    }

    [Fact]
    public void Connecticut_measures_the_twelve_months_to_the_last_30_september()
    {
        // 200 sales of USD 600 = USD 120,000 between 2024-10-01 and 2025-09-30: both tests met from 2025-10-01.
        var sales = Enumerable.Range(0, 200).Select(i => new ThresholdSale(Sales.Day("2024-10-01").PlusDays(i), CountryCode.Parse("US"), Money.Of(600m, "USD"), subdivision: "CT")).ToList();

        var september = Status(Monitor.Evaluate(sales, CountryCode.Parse("CN"), Sales.Day("2025-09-30")), "US-CT-nexus");
        var october = Status(Monitor.Evaluate(sales, CountryCode.Parse("CN"), Sales.Day("2025-10-01")), "US-CT-nexus");

        Assert.False(september.Crossed);
        Assert.Equal("2023-10-01..2024-09-30", september.Window);
        Assert.True(october.Crossed);
        Assert.Equal("2024-10-01..2025-09-30", october.Window);
        Assert.Equal(Sales.Day("2025-10-01"), october.FirstCrossedOn);
    }

    [Fact]
    public void Sales_in_other_currencies_convert_through_the_callers_rates()
    {
        // CNY 3,600,000 at USD 1 = CNY 7.20 is USD 500,000: not above California's USD 500,000; CNY 3,600,007.20 is.
        ThresholdSale[] within = [Sale("2025-06-01", "US", 3_600_000m, "CNY", state: "CA")];
        ThresholdSale[] above = [Sale("2025-06-01", "US", 3_600_007.20m, "CNY", state: "CA")];
        ExchangeRate[] rates = [Sales.Rate("USD", "CNY", 7.2m)];

        Assert.False(Status(Monitor.Evaluate(within, CountryCode.Parse("CN"), Sales.Day("2025-12-31"), rates), "US-CA-nexus").Crossed);
        Assert.True(Status(Monitor.Evaluate(above, CountryCode.Parse("CN"), Sales.Day("2025-12-31"), rates), "US-CA-nexus").Crossed);

        var missing = Assert.Throws<ArgumentException>(() => Monitor.Evaluate(within, CountryCode.Parse("CN"), Sales.Day("2025-12-31")));
        Assert.Contains("No rate converts CNY into USD", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_touched_areas_are_reported_unless_asked()
    {
        var touched = Monitor.Evaluate([Sale("2025-06-01", "US", 10m, "USD", state: "TX")], CountryCode.Parse("US"), Sales.Day("2025-12-31"));
        var all = Monitor.Evaluate([Sale("2025-06-01", "US", 10m, "USD", state: "TX")], CountryCode.Parse("US"), Sales.Day("2025-12-31"), [Sales.Rate("EUR", "USD", 1.1m), Sales.Rate("USD", "GBP", 0.8m), Sales.Rate("USD", "CHF", 0.9m), Sales.Rate("USD", "NOK", 10m), Sales.Rate("USD", "AUD", 1.5m), Sales.Rate("USD", "NZD", 1.7m), Sales.Rate("USD", "SGD", 1.3m), Sales.Rate("USD", "MYR", 4.5m), Sales.Rate("USD", "CAD", 1.4m)], includeUntouched: true);

        Assert.Equal(["US-TX-nexus"], touched.Select(s => s.Threshold.Id));
        Assert.True(all.Count > 50);
        Assert.Contains(all, s => s.Threshold.Id == "EU-union-threshold");
    }

    [Fact]
    public void Dates_and_amounts_outside_the_documented_limits_are_refused()
    {
        Assert.Equal("asOf", Assert.Throws<ArgumentOutOfRangeException>(() => Monitor.Evaluate([], CountryCode.Parse("DE"), new LocalDate(9999, 12, 31))).ParamName);
        Assert.Equal("asOf", Assert.Throws<ArgumentOutOfRangeException>(() => Monitor.Evaluate([], CountryCode.Parse("DE"), new LocalDate(1899, 12, 31))).ParamName);
        Assert.DoesNotContain(Monitor.Evaluate([Sale("9000-01-01", "FR", 1m)], CountryCode.Parse("DE"), ThresholdMonitor.LatestAsOf), s => s.Crossed);
        Assert.Equal("amount", Assert.Throws<ArgumentOutOfRangeException>(() => Sale("2025-01-01", "FR", 1_000_000_000_000_000.01m)).ParamName);
    }

    [Fact]
    public void Sales_after_the_as_of_date_are_not_counted()
    {
        var status = Status(Monitor.Evaluate([Sale("2025-01-10", "FR", 1m), Sale("2025-01-15", "FR", 20_000m), Sale("2025-03-01", "FR", 1m)], CountryCode.Parse("DE"), Sales.Day("2025-01-14")), "EU-union-threshold");

        Assert.Equal(Money.Of(1m, "EUR"), status.Measured);
        Assert.Null(status.FirstCrossedOn);
    }

    [Fact]
    public void Explanations_do_not_depend_on_the_current_culture()
    {
        ThresholdSale[] sales = [Sale("2024-11-01", "FR", 12_345.67m), Sale("2025-02-01", "IT", 1_000m)];
        var invariant = Status(Monitor.Evaluate(sales, CountryCode.Parse("DE"), Sales.Day("2025-03-01")), "EU-union-threshold").Explanation;

        foreach (var culture in new[] { "de-DE", "fr-FR", "tr-TR", "ar-SA", "ja-JP" })
        {
            Cultures.With(culture, () => Assert.Equal(invariant, Status(Monitor.Evaluate(sales, CountryCode.Parse("DE"), Sales.Day("2025-03-01")), "EU-union-threshold").Explanation));
        }

        Assert.Contains("EUR 1,000.00 in 1 sales", invariant, StringComparison.Ordinal);
        Assert.Contains("EUR 12,345.67 the year before", invariant, StringComparison.Ordinal);
    }

    [ScaledProperty]
    public Property Windows_span_a_year_and_end_before_or_on_the_day(int offset, int kind)
    {
        var day = new LocalDate(2020, 1, 1).PlusDays(Math.Abs(offset % 3000));
        var window = (MeasurementWindow)Math.Abs(kind % 5);
        var (start, end) = ThresholdMonitor.Window(window, day);
        var length = Period.DaysBetween(start, end) + 1;
        var yearLong = window == MeasurementWindow.CurrentOrPreviousCalendarYear ? length <= 366 : length is 365 or 366;
        return (end <= day).Label("ends on or before the day")
            .And(yearLong).Label($"{window}: {start}..{end} is {length} days")
            .And(window is MeasurementWindow.Rolling12Months or MeasurementWindow.CurrentOrPreviousCalendarYear ? end == day : end < day).Label("complete periods end before the day");
    }

    [ScaledProperty]
    public Property Another_sale_never_lowers_the_measure_nor_uncrosses(PositiveInt extra, NonNegativeInt dayOffset)
    {
        var asOf = Sales.Day("2025-12-31");
        ThresholdSale[] sales = [Sale("2025-01-10", "FR", 6_000m), Sale("2025-06-10", "IT", 3_000m)];
        var more = sales.Append(new ThresholdSale(asOf.PlusDays(-(dayOffset.Get % 365)), CountryCode.Parse("ES"), Money.Of(extra.Get / 100m, "EUR"))).ToArray();

        var a = Status(Monitor.Evaluate(sales, CountryCode.Parse("DE"), asOf), "EU-union-threshold");
        var b = Status(Monitor.Evaluate(more, CountryCode.Parse("DE"), asOf), "EU-union-threshold");

        return (b.Measured >= a.Measured).Label("measure")
            .And(!a.Crossed || b.Crossed).Label("crossing")
            .And(b.Measured.Amount == a.Measured.Amount + (extra.Get / 100m)).Label("adds exactly");
    }
}
