using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

public partial class MoneyCommandsTests
{
    [Theory]
    [InlineData("XYZ 10.00", "Unknown currency code 'XYZ'")]
    [InlineData("10.00", "names no currency")]
    [InlineData("EUR ten", "'EUR ten'")]
    [InlineData("EUR 10.x", "'EUR 10.x'")]
    [InlineData("EUR 1.234,56", "is not money")]
    [InlineData("", "--amount is required")]
    public void A_malformed_amount_is_one_error_line(string amount, string mention)
    {
        var line = Tool.AssertUserError(Tool.Run("money", "allocate", "--amount", amount, "--ratios", "1,1"));

        Assert.Contains(mention, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EUR 10.005", "more decimals than EUR's minor unit (2)")]
    [InlineData("JPY 10.5", "more decimals than JPY's minor unit (0)")]
    [InlineData("XAU 1", "XAU (Gold) has no minor unit")]
    public void An_amount_that_cannot_be_shared_in_whole_minor_units_is_one_error_line(string amount, string mention)
    {
        Assert.Contains(mention, Tool.AssertUserError(Tool.Run("money", "allocate", "--amount", amount, "--ratios", "1,1")), StringComparison.Ordinal);
        Assert.Contains(mention, Tool.AssertUserError(Tool.Run("money", "split", "--amount", amount, "--parts", "2")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,-2,3", "ratio 2 is negative (-2)")]
    [InlineData("-1", "ratio 1 is negative (-1)")]
    [InlineData("0,0,0", "all ratios are zero")]
    [InlineData("0", "all ratios are zero")]
    [InlineData("1,x", "'x' (ratio 2) is not a number")]
    [InlineData("1,,2", "'' (ratio 2) is not a number")]
    [InlineData("1e3", "'1e3' (ratio 1) is not a number")]
    public void Bad_ratios_are_one_error_line(string ratios, string mention)
    {
        var line = Tool.AssertUserError(Tool.Run("money", "allocate", "--amount", "EUR 10.00", "--ratios", ratios));

        Assert.Contains(mention, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "money", "allocate", "--ratios", "1,2" }, "--amount is required")]
    [InlineData(new[] { "money", "allocate", "--amount", "EUR 1.00" }, "--ratios is required")]
    [InlineData(new[] { "money", "allocate", "--amount", "EUR 1.00", "--ratios", "1,2", "--labels", "a" }, "--labels has 1 labels for 2 ratios")]
    [InlineData(new[] { "money", "allocate", "--input", "x.json", "--amount", "EUR 1.00" }, "--input cannot be combined")]
    [InlineData(new[] { "money", "split", "--amount", "USD 1.00", "--parts", "0" }, "--parts must be between 1 and 100000, not 0")]
    [InlineData(new[] { "money", "split", "--amount", "USD 1.00", "--parts", "-3" }, "--parts must be between 1 and 100000, not -3")]
    [InlineData(new[] { "money", "split", "--parts", "2" }, "--amount is required")]
    public void Missing_or_conflicting_options_are_one_error_line(string[] args, string mention)
    {
        Assert.Contains(mention, Tool.AssertUserError(Tool.Run(args)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_input_file_is_one_error_line()
    {
        var path = Path.Combine(Path.GetTempPath(), "crossborder-no-such-file.json");

        var line = Tool.AssertUserError(Tool.Run("money", "allocate", "--input", path));

        Assert.Equal($"error: --input '{path}' does not exist.", line);
    }

    [Fact]
    public void A_directory_as_input_is_one_error_line()
    {
        var line = Tool.AssertUserError(Tool.Run("money", "allocate", "--input", Path.GetTempPath()));

        Assert.Contains("is a folder", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "is not a valid allocation input")]
    [InlineData("{\"amount\":", "is not a valid allocation input")]
    [InlineData("not json", "is not a valid allocation input")]
    [InlineData("null", "holds JSON null")]
    [InlineData("[]", "could not be converted to an allocation input object. (at $, line 1)")]
    [InlineData("{\"ratios\":[1]}", "has no \"amount\"")]
    [InlineData("{\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"}}", "has no \"ratios\"")]
    [InlineData("{\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"ratios\":[]}", "has no \"ratios\"")]
    [InlineData("{\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUX\"},\"ratios\":[1]}", "Unknown currency code 'EUX'")]
    [InlineData("{\"amount\":{\"amount\":\"1.00\"},\"ratios\":[1]}", "Money needs both \"amount\" and \"currency\"")]
    [InlineData("{\"amount\":\"EUR 1.00\",\"ratios\":[1]}", "Money must be a JSON object")]
    [InlineData("{\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"ratios\":[1,\"x\"]}", "could not be converted to a number. (at $.ratios[1], line 1)")]
    [InlineData("{\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"ratios\":[1,-1]}", "ratio 2 is negative (-1)")]
    [InlineData("{\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"ratios\":[0,0]}", "all ratios are zero")]
    [InlineData("{\"amount\":{\"amount\":\"1.001\",\"currency\":\"EUR\"},\"ratios\":[1]}", "more decimals than EUR's minor unit")]
    [InlineData("{\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"ratios\":[1,2],\"labels\":[\"a\"]}", "\"labels\" has 1 labels for 2 ratios")]
    [InlineData("{\"amount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"ratio\":[1]}", "unknown property 'ratio'")]
    public void A_bad_input_file_is_one_error_line(string json, string mention)
    {
        using var file = new TempFile(json);

        var line = Tool.AssertUserError(Tool.Run("money", "allocate", "--input", file.Path));

        Assert.Contains(mention, line, StringComparison.Ordinal);
        Assert.Contains(file.Path, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_format_errors_are_still_plain_error_lines()
    {
        Tool.AssertUserError(Tool.Run("money", "allocate", "--amount", "EUR 1.00", "--ratios", "0", "--format", "json"));
    }
}
