using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

/// <summary>Amounts are never rounded silently: beyond a decimal's 28 digits, finer than the minor unit, or at its limits.</summary>
public partial class MoneyCommandsTests
{
    [Theory]
    // 29 significant digits: a decimal would round the last one away.
    [InlineData("USD 100.00000000000000000000000001", "has 29 significant digits")]
    [InlineData("USD 1234567890123456789012345678.9", "has 29 significant digits")]
    // decimal.MaxValue, 79,228,162,514,264,337,593,543,950,335, has 29 digits too.
    [InlineData("USD 79228162514264337593543950335", "has 29 significant digits")]
    [InlineData("USD 792281625142643375935439503350", "has 30 significant digits")]
    // 28 digits hold as a decimal, but not once written with USD's 2 decimals (10^28 > decimal.MaxValue / 100).
    [InlineData("USD 9999999999999999999999999999", "is beyond the largest USD amount")]
    [InlineData("USD 100.005", "has more decimals than USD's minor unit (2)")]
    public void Split_refuses_amounts_it_would_round(string amount, string mention)
    {
        Assert.Contains(mention, Tool.AssertUserError(Tool.Run("money", "split", "--amount", amount, "--parts", "3")), StringComparison.Ordinal);
        Assert.Contains(mention, Tool.AssertUserError(Tool.Run("money", "allocate", "--amount", amount, "--ratios", "1,2")), StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_zeros_do_not_count_as_significant_digits()
    {
        // 1.00 followed by 28 more zeros is exactly one dollar: nothing is lost.
        var run = Tool.Run("money", "split", "--amount", "USD 1.00" + new string('0', 28), "--parts", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("USD 0.50", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void An_amount_of_28_digits_is_split_exactly()
    {
        // 9,999,999,999,999,999,999,999,999,999 cents (28 digits, the most held exactly) halve to 4,999,…,999.5: the
        // first part takes the odd cent, 5,000,…,000 cents = USD 50000000000000000000000000.00, the second …999.99.
        var run = Tool.Run("money", "split", "--amount", "USD 99999999999999999999999999.99", "--parts", "2", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var parts = JsonOutput.Parse(run.Out).GetProperty("parts");
        Assert.Equal("50000000000000000000000000.00", parts[0].GetProperty("amount").GetProperty("amount").GetString());
        Assert.Equal("49999999999999999999999999.99", parts[1].GetProperty("amount").GetProperty("amount").GetString());
    }

    [Theory]
    // Today the last one would win: EUR 100.00 would silently become USD 999.00.
    [InlineData("{\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\"},\"ratios\":[1],\"amount\":{\"amount\":\"999.00\",\"currency\":\"USD\"}}", "the property \'amount\' appears twice in one object (at $.amount, line 1)")]
    [InlineData("{\"amount\":{\"amount\":\"100.00\",\"currency\":\"EUR\",\"currency\":\"USD\"},\"ratios\":[1]}", "the property \'currency\' appears twice in one object (at $.amount.currency, line 1)")]
    [InlineData("{\"amount\":{\"amount\":\"100.00\",\"Amount\":\"999.00\",\"currency\":\"EUR\"},\"ratios\":[1]}", "the property \'Amount\' appears twice in one object (at $.amount.Amount, line 1)")]
    [InlineData("{\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\n\"ratios\":[1],\n\"labels\":[{\"a\":1,\"a\":2}]}", "the property \'a\' appears twice in one object (at $.labels[0].a, line 3)")]
    [InlineData("{\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"ratios\":[1,2],\"ratios\":[3]}", "the property \'ratios\' appears twice in one object (at $.ratios, line 1)")]
    public void A_property_given_twice_is_refused_with_its_path(string json, string mention)
    {
        using var file = new TempFile(json);

        var line = Tool.AssertUserError(Tool.Run("money", "allocate", "--input", file.Path));

        Assert.Equal($"error: '{file.Path}': {mention}; give it once.", line);
    }

    [Theory]
    [InlineData("\"100.000000000000000000000000001\"", "has 30 significant digits")]
    [InlineData("100.000000000000000000000000001", "has 30 significant digits")]
    [InlineData("1e400", "is not a valid allocation input")]
    [InlineData("\"100.005\"", "has more decimals than USD's minor unit (2)")]
    public void A_file_amount_that_would_be_rounded_is_refused(string amount, string mention)
    {
        using var file = new TempFile("{\"amount\":{\"amount\":" + amount + ",\"currency\":\"USD\"},\"ratios\":[1,2]}");

        var line = Tool.AssertUserError(Tool.Run("money", "allocate", "--input", file.Path));

        Assert.Contains(mention, line, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", line, StringComparison.Ordinal);
    }
}
