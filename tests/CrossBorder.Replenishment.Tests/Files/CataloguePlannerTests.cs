using System.Globalization;
using System.Text;
using CrossBorder.Replenishment.Files;
using NodaTime;

namespace CrossBorder.Replenishment.Tests.Files;

public class CataloguePlannerTests
{
    private static readonly ReplenishmentPlanner Planner = new(ReplenishmentSettings.Default, AutoForecaster.Default);
    private static readonly LocalDate First = new(2025, 1, 6); // a Monday

    private static readonly LeadTimeTable Lead = LeadTimeFile.Read(new StringReader("sku,mean_days,sd_days\n*,28,0\n"), "lt.csv");

    /// <summary>Weekly sales of 'A' and 'B': 100 + (t mod 7) and 40 + (t mod 5), for <paramref name="weeks"/> weeks.</summary>
    private static string Sales(int weeks, Func<string, int, string>? value = null)
    {
        var text = new StringBuilder("series_id,date,y\n");
        foreach (var sku in new[] { "A", "B" })
        {
            for (var t = 0; t < weeks; t++)
            {
                var y = value?.Invoke(sku, t) ?? (sku == "A" ? 100 + (t % 7) : 40 + (t % 5)).ToString(CultureInfo.InvariantCulture);
                text.Append(CultureInfo.InvariantCulture, $"{sku},{First.PlusWeeks(t):uuuu-MM-dd},{y}\n");
            }
        }

        return text.ToString();
    }

    private static IReadOnlyDictionary<string, StockRecord> Stock(string extra = "") =>
        StockFile.Read(new StringReader("sku,on_hand,in_transit_qty,in_transit_eta\nA,300,,\nB,200,,\n" + extra), "stock.csv");

    private static CataloguePlan Plan(string sales, CataloguePlanOptions? options = null, IReadOnlyDictionary<string, StockRecord>? stock = null) =>
        CataloguePlanner.Plan(Planner, new StringReader(sales), "sales.csv", stock ?? Stock(), Lead, options);

    [Fact]
    public void Plans_every_sku_from_the_week_after_the_sales()
    {
        var catalogue = Plan(Sales(60));

        // 60 weeks from 2025-01-06: the last week starts 2026-02-23, so the plans start 2026-03-02.
        Assert.Equal(new LocalDate(2026, 3, 2), catalogue.Start);
        Assert.Equal(PeriodUnit.Week, catalogue.Unit);
        Assert.Equal(["A", "B"], catalogue.Plans.Select(p => p.Plan.Sku));
        Assert.Equal(LeadTime.Fixed(4, PeriodUnit.Week), catalogue.Plans[0].LeadTime);
        Assert.Empty(catalogue.Plans[0].Plan.Warnings);
    }

    [Fact]
    public void The_history_ends_at_the_as_of_date()
    {
        // As of Thursday 2025-06-05: the weeks from 2025-01-06 that end by then are 21 whole weeks (152 days / 7 = 21.7),
        // so the plan is the one of the first 21 weeks, and the 39 weeks after are said to be unused.
        var asOf = new LocalDate(2025, 6, 5);
        var catalogue = Plan(Sales(60), new CataloguePlanOptions { AsOf = asOf });
        var history = Enumerable.Range(0, 21).Select(t => 100.0 + (t % 7)).ToArray();
        var direct = Planner.PlanFromHistory("A", history, 52, asOf, PeriodUnit.Week, 26, LeadTime.Fixed(4, PeriodUnit.Week), Stock()["A"].Inventory, new OrderConstraints());
        var plan = catalogue.Plans[0].Plan;
        Assert.Equal(direct.RecommendedOrder.Quantity, plan.RecommendedOrder.Quantity);
        Assert.Equal(direct.SafetyStock.Formula, plan.SafetyStock.Formula);
        Assert.Contains(plan.Warnings, w => w.StartsWith("39 sales periods from 2025-06-02 on are after the as-of date 2025-06-05", StringComparison.Ordinal));
    }

    [Fact]
    public void An_as_of_date_after_the_sales_and_a_past_due_receipt_are_warnings()
    {
        var stock = Stock("A,,50,2025-12-01\n");
        var catalogue = Plan(Sales(40), new CataloguePlanOptions { AsOf = new LocalDate(2026, 1, 5) }, stock);

        // 40 weeks from 2025-01-06 end 2025-10-12; 2025-10-13 to 2026-01-04 is 84 days without data.
        var warnings = catalogue.Plans[0].Plan.Warnings;
        Assert.Contains("Sales end 2025-10-12, 84 days before the as-of date 2026-01-05: the days between have no sales data and were not used.", warnings);
        Assert.Contains(warnings, w => w.StartsWith("In-transit receipt of 50 units was due 2025-12-01, 35 days before the plan starts", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_and_negative_sales_are_errors_naming_the_sku_and_line_by_default()
    {
        // Row 'A' of week 3 is line 5 (header, then weeks 0, 1, 2).
        var missing = Assert.Throws<FormatException>(() => Plan(Sales(30, (sku, t) => sku == "A" && t == 3 ? "NA" : "5")));
        Assert.Equal("sales.csv, line 5: series 'A' has no value (y is empty or NA); missing values are refused (SeriesOptions.MissingValues = Throw).", missing.Message);
        var negative = Assert.Throws<FormatException>(() => Plan(Sales(30, (sku, t) => sku == "B" && t == 0 ? "-4" : "5")));
        Assert.StartsWith("sales.csv, line 32: series 'B' has y = -4; negative values are refused", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_sales_can_be_read_as_no_sale()
    {
        var options = new CataloguePlanOptions { Series = new SeriesOptions { MissingValues = MissingValuePolicy.Zero } };
        var zero = Plan(Sales(30, (sku, t) => t == 3 ? "NA" : "5"), options);
        var explicitZero = Plan(Sales(30, (sku, t) => t == 3 ? "0" : "5"));
        Assert.Equal(explicitZero.Plans[0].Plan.SafetyStock.Formula, zero.Plans[0].Plan.SafetyStock.Formula);
        Assert.Equal("Series", Assert.Throws<ArgumentException>(() => new CataloguePlanOptions { Series = new SeriesOptions { RequireNonNegative = false } }).ParamName);
    }

    [Fact]
    public void Monthly_sales_are_refused_by_name()
    {
        var monthly = "series_id,date,y\nA,2025-01-31,5\nA,2025-02-28,6\nA,2025-03-31,7\n";
        var ex = Assert.Throws<ArgumentException>(() => Plan(monthly, stock: StockFile.Read(new StringReader("sku,on_hand\nA,5\n"), "s")));
        Assert.Equal("sales", ex.ParamName);
        Assert.Contains("monthly periods are not supported", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Stock_and_sales_must_name_the_same_skus()
    {
        Assert.Equal("stock", Assert.Throws<ArgumentException>(() => Plan(Sales(30), stock: Stock("C,5,,\n"))).ParamName);
        Assert.Equal("stock", Assert.Throws<ArgumentException>(() => Plan(Sales(30), stock: StockFile.Read(new StringReader("sku,on_hand\nA,5\n"), "s"))).ParamName);
    }

    [Theory]
    [InlineData("9999-12-31")] // the plan's dates would run past the calendar
    [InlineData("2024-12-30")] // before the first sales week
    public void As_of_dates_that_cannot_be_planned_are_refused(string date)
    {
        var asOf = NodaTime.Text.LocalDatePattern.Iso.Parse(date).Value;
        Assert.Equal("options", Assert.ThrowsAny<ArgumentException>(() => Plan(Sales(30), new CataloguePlanOptions { AsOf = asOf })).ParamName);
    }

    [Fact]
    public void A_lead_time_or_a_demand_beyond_the_limits_is_refused()
    {
        Assert.Equal("history", Assert.Throws<ArgumentOutOfRangeException>(() => Planner.PlanFromHistory("A", [1.0, 1e300, 3], 52, First, PeriodUnit.Week, 26, LeadTime.Fixed(2, PeriodUnit.Week), new InventorySnapshot(1))).ParamName);
        Assert.Equal("leadTime", Assert.Throws<ArgumentOutOfRangeException>(() => Planner.PlanFromHistory("A", [1.0, 2, 3], 52, First, PeriodUnit.Week, 26, LeadTime.Fixed(100_000.0 / 7, PeriodUnit.Week), new InventorySnapshot(1))).ParamName);
    }
}
