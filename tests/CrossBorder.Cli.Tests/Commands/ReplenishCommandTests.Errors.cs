using CrossBorder.Cli.Tests.Helpers;

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
}
