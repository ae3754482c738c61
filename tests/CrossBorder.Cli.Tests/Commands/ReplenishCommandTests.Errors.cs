using CrossBorder.Cli.Tests.Helpers;
using CrossBorder.Forecasting.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

/// <summary>User errors of <c>crossborder replenish</c>: exit code 1 and exactly one <c>error:</c> line.</summary>
public sealed partial class ReplenishCommandTests
{
    [Fact]
    public void A_missing_sales_file_is_a_user_error()
    {
        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", _folder.File("nope.csv"), "--stock", Stock, "--lead-times", LeadTimes));

        Assert.Contains("does not exist", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_stock_or_lead_time_file_is_a_user_error()
    {
        Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", _folder.File("nope.csv"), "--lead-times", LeadTimes));
        Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", Stock, "--lead-times", _folder.File("nope.csv")));
        Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", Stock));
    }

    [Fact]
    public void An_unknown_sku_in_the_stock_file_is_a_user_error()
    {
        var stock = _folder.Write("stock.csv", File.ReadAllText(Stock) + "SKU-99,5,0,,,0,1\n");

        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", stock, "--lead-times", LeadTimes));

        Assert.Contains("SKU 'SKU-99' that has no sales", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sku_without_stock_is_a_user_error()
    {
        var stock = _folder.Write("stock.csv", string.Join('\n', File.ReadAllLines(Stock).Where(l => !l.StartsWith("SKU-05", StringComparison.Ordinal))) + "\n");

        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", stock, "--lead-times", LeadTimes));

        Assert.Contains("SKU-05", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2025-13-01")]
    [InlineData("29/12/2025")]
    [InlineData("yesterday")]
    public void A_bad_as_of_date_is_a_user_error(string date)
    {
        var line = Tool.AssertUserError(Replenish("--as-of", date));

        Assert.Contains("--as-of", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_date_in_the_purchase_orders_is_a_user_error()
    {
        var lead = _folder.Write("lt.csv", File.ReadAllText(LeadTimes) + "SKU-02,sea,2025-02-30,2025-03-01,2025-03-20,2025-03-22\n");

        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", Stock, "--lead-times", lead));

        Assert.Contains("line 28", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("100%")]
    [InlineData("0%")]
    [InlineData("1.5")]
    [InlineData("-0.9")]
    [InlineData("high")]
    public void A_service_level_outside_zero_one_is_a_user_error(string level)
    {
        var line = Tool.AssertUserError(Replenish("--service", level));

        Assert.Contains("--service", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_lead_time_in_the_purchase_orders_is_a_user_error()
    {
        var lead = _folder.Write("lt.csv", "sku,mode,ordered,received\n*,sea,2025-03-01,2025-02-01\n*,sea,2025-03-01,2025-04-20\n");

        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", Stock, "--lead-times", lead));

        Assert.Contains("line 2: arrived 2025-02-01 is before shipped 2025-03-01", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_mean_lead_time_is_a_user_error()
    {
        var lead = _folder.Write("lt.csv", "sku,mean_days,sd_days\n*,-3,2\n");

        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", Stock, "--lead-times", lead));

        Assert.Contains("line 2: mean_days = '-3' is not a number of days ≥ 0", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Per_sku_lead_time_statistics_are_accepted()
    {
        var lead = _folder.Write("lt.csv", "sku,mean_days,sd_days\n*,56,7\nSKU-01,70,10\n");

        var run = Tool.Run("replenish", "--sales", Sales, "--stock", Stock, "--lead-times", lead, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var skus = JsonOutput.Parse(run.Out).GetProperty("skus");
        Assert.Equal(10.0, skus[0].GetProperty("leadTimeWeeks").GetDouble(), 3);
        Assert.Equal(8.0, skus[1].GetProperty("leadTimeWeeks").GetDouble(), 3);
    }

    [Fact]
    public void Too_few_air_orders_for_a_sku_is_a_user_error()
    {
        var lead = _folder.Write("lt.csv", "sku,mode,ordered,received\n*,sea,2025-01-01,2025-02-20\n*,sea,2025-03-01,2025-04-20\n");

        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", Stock, "--lead-times", lead, "--freight", "air"));

        Assert.Contains("SKU 'SKU-01': Fewer than two air orders", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chart_of_an_unknown_sku_or_without_an_svg_path_is_a_user_error()
    {
        Tool.AssertUserError(Replenish("--chart", "SKU-77", "--chart-output", _folder.File("c.svg")));
        Tool.AssertUserError(Replenish("--chart", "SKU-01"));
        Tool.AssertUserError(Replenish("--chart", "SKU-01", "--chart-output", _folder.File("c.png")));
    }

    [Fact]
    public void A_negative_on_hand_quantity_is_a_user_error()
    {
        var stock = _folder.Write("stock.csv", File.ReadAllText(Stock).Replace("SKU-02,", "SKU-02,-", StringComparison.Ordinal));

        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", stock, "--lead-times", LeadTimes));

        Assert.Contains("on_hand = '-640' is not a finite quantity ≥ 0", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_lead_time_of_100000_days_is_refused_with_the_limit()
    {
        var stats = _folder.Write("lt.csv", "sku,mean_days,sd_days\n*,100000,0\n");
        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", Stock, "--lead-times", stats));
        Assert.Contains("line 2: mean_days + 4·sd_days = 100000 days is beyond the limit of 730 days", line, StringComparison.Ordinal);

        var orders = _folder.Write("po.csv", "sku,mode,ordered,received\n*,sea,1990-01-01,2263-10-17\n*,sea,2025-01-01,2025-02-01\n");
        line = Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", Stock, "--lead-times", orders));
        Assert.Contains("line 2: received: a lead time of 100000 days is beyond the limit of 730 days", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_moq_of_int_max_is_refused_with_the_limit()
    {
        var stock = _folder.Write("stock.csv", File.ReadAllText(Stock).Replace("SKU-01,450,0,,,500,24", "SKU-01,450,0,,,2147483647,24", StringComparison.Ordinal));
        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", stock, "--lead-times", LeadTimes));
        Assert.Contains("line 2: moq = '2147483647' is not a whole number from 0 to 100000000", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_as_of_date_at_the_end_of_the_calendar_is_refused()
    {
        var line = Tool.AssertUserError(Replenish("--as-of", "9999-12-31"));
        Assert.Contains("--as-of", line, StringComparison.Ordinal);
        Assert.Contains("would run past 9999-12-31", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_sku_in_the_stock_file_is_refused()
    {
        var stock = _folder.Write("stock.csv", File.ReadAllText(Stock) + "SKU-01,999,0,,,500,24\n");
        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", stock, "--lead-times", LeadTimes));
        Assert.Contains("line 12: SKU 'SKU-01' is repeated (first on line 2)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_sales_are_refused_naming_the_sku_and_line()
    {
        var sales = _folder.Write("sales.csv", File.ReadAllText(Sales).Replace("SKU-01,2024-01-08,138", "SKU-01,2024-01-08,-138", StringComparison.Ordinal));
        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", sales, "--stock", Stock, "--lead-times", LeadTimes));
        Assert.Contains("line 3: series 'SKU-01' has y = -138; negative values are refused", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_as_of_date_after_the_sales_and_past_due_receipts_are_reported()
    {
        // The sales end with the week of 2025-12-22; SKU-02's receipt is due 2026-01-19, before an as-of of 2026-02-02.
        var run = Replenish("--format", "json", "--as-of", "2026-02-02");
        Assert.Equal(0, run.ExitCode);
        var skus = JsonOutput.Parse(run.Out).GetProperty("skus");
        var warnings = skus[1].GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
        Assert.Contains("Sales end 2025-12-28, 35 days before the as-of date 2026-02-02: the days between have no sales data and were not used.", warnings);
        Assert.Contains(warnings, w => w.StartsWith("In-transit receipt of 320 units was due 2026-01-19, 14 days before the plan starts", StringComparison.Ordinal));

        var table = Replenish("--as-of", "2026-02-02");
        Assert.Contains(table.OutLines, l => l.StartsWith("Warnings, inputs not used or assumed (", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("fr-FR")]
    public void Every_format_reads_the_same_in_every_culture(string culture)
    {
        foreach (var format in new[] { "table", "json", "csv" })
        {
            var invariant = Cultures.With(string.Empty, () => Replenish("--format", format).Out);
            var local = Cultures.With(culture, () => Replenish("--format", format).Out);
            Assert.Equal(invariant, local);
        }
    }

    [Fact]
    public void A_sale_of_1e300_is_refused_with_the_limit()
    {
        var sales = _folder.Write("sales.csv", File.ReadAllText(Sales).Replace("SKU-01,2024-01-08,138", "SKU-01,2024-01-08,1e300", StringComparison.Ordinal));
        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", sales, "--stock", Stock, "--lead-times", LeadTimes));
        Assert.Contains("SKU 'SKU-01' cannot be planned: history[1] = 1E+300 units in one period is beyond the limit of 1E+12", line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_output_that_is_an_input_is_refused_and_the_input_kept()
    {
        var sales = _folder.Write("sales.csv", File.ReadAllText(Sales));
        var before = File.ReadAllBytes(sales);

        var line = Tool.AssertUserError(Tool.Run("replenish", "--sales", sales, "--stock", Stock, "--lead-times", LeadTimes, "--output", sales));

        Assert.Contains("--output", line, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(sales));
        var chart = _folder.File("same.svg");
        Tool.AssertUserError(Tool.Run("replenish", "--sales", Sales, "--stock", Stock, "--lead-times", LeadTimes, "--output", chart, "--chart", "SKU-01", "--chart-output", chart));
        Assert.False(File.Exists(chart));
    }
}
