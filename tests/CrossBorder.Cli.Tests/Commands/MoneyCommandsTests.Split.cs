using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

public partial class MoneyCommandsTests
{
    [Fact]
    public void Split_prints_equal_parts_and_a_total_equal_to_the_amount()
    {
        var run = Tool.Run("money", "split", "--amount", "USD 100.00", "--parts", "3");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        string[] expected =
        [
            "    #      amount",
            "-----  ----------",
            "    1   USD 33.34",
            "    2   USD 33.33",
            "    3   USD 33.33",
            "-----  ----------",
            "total  USD 100.00",
        ];
        Assert.Equal(expected, run.OutLines);
    }

    [Fact]
    public void Split_json_has_parts_that_sum_to_the_amount()
    {
        var run = Tool.Run("money", "split", "--amount", "KWD 10", "--parts", "7", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonOutput.Parse(run.Out);
        Assert.Equal("split", root.GetProperty("method").GetString());
        var parts = JsonOutput.Parts(root);
        Assert.Equal(7, parts.Count);
        Assert.Equal(10.000m, parts.Sum(p => p.Amount));
        Assert.Equal((1.429m, "KWD"), parts[0]);
        Assert.Equal((1.428m, "KWD"), parts[^1]);
        Assert.Equal("10.000", root.GetProperty("total").GetProperty("amount").GetString());
        Assert.False(root.GetProperty("parts")[0].TryGetProperty("ratio", out _));
    }

    [Fact]
    public void Split_in_one_part_is_the_amount()
    {
        var run = Tool.Run("money", "split", "-a", "JPY 1,000", "-n", "1", "-f", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([(1000m, "JPY")], JsonOutput.Parts(JsonOutput.Parse(run.Out)));
    }
}
