using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands.Fx;

public class FxFeesCommandTests
{
    [Fact]
    public void Routes_from_a_file_print_a_table_sorted_by_all_in_cost()
    {
        var run = Tool.Run("fx", "fees", "--amount", "EUR 100.00", "--date", "2026-11-20", "--routes", FxSamples.Routes);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        string[] expected =
        [
            $"EUR 100.00 charged on 2026-11-20; routes from '{FxSamples.Routes}'; cheapest first.",
            "",
            "#  route            fee              spread      fees  spread cost  net received  all-in",
            "-  ---------------  ---------------  ------  --------  -----------  ------------  ------",
            "1  Bank transfer D  0% + EUR 1.50     0.35%  EUR 1.50     EUR 0.34     EUR 98.16  1.845%",
            "2  Card acquirer A  1.4% + EUR 0.25      2%  EUR 1.65     EUR 1.97     EUR 96.38  3.617%",
            "3  Card acquirer B  2.9% + EUR 0.30    0.5%  EUR 3.20     EUR 0.48     EUR 96.32  3.684%",
            "4  Wallet C         3.4% + EUR 0.35      0%  EUR 3.75     EUR 0.00     EUR 96.25  3.750%",
        ];
        Assert.Equal(expected, run.OutLines);
    }

    [Fact]
    public void Json_costs_add_up_and_are_sorted_by_all_in_percent()
    {
        var run = Tool.Run("fx", "fees", "-a", "EUR 250.00", "--date", "2026-11-20", "--routes", FxSamples.Routes, "-f", "json");

        Assert.Equal(0, run.ExitCode);
        var costs = JsonOutput.Parse(run.Out).GetProperty("costs").EnumerateArray().ToList();
        Assert.Equal(4, costs.Count);
        var allIn = costs.Select(c => FxSamples.Decimal(c.GetProperty("allInPercent"))).ToList();
        Assert.Equal(allIn.Order(), allIn);
        Assert.Equal([1, 2, 3, 4], costs.Select(c => c.GetProperty("rank").GetInt32()));
        foreach (var cost in costs)
        {
            var fees = JsonOutput.Money(cost.GetProperty("fees")).Amount;
            var net = JsonOutput.Money(cost.GetProperty("netAfterFees")).Amount;
            var spreadCost = JsonOutput.Money(cost.GetProperty("spreadCost")).Amount;
            var received = JsonOutput.Money(cost.GetProperty("netReceived")).Amount;
            var percent = FxSamples.Decimal(cost.GetProperty("feePercent"));
            var fixedFee = JsonOutput.Money(cost.GetProperty("fixedFee")).Amount;
            var spread = FxSamples.Decimal(cost.GetProperty("spreadPercent"));
            Assert.Equal(decimal.Round(250m * percent / 100m, 2, MidpointRounding.AwayFromZero) + fixedFee, fees);
            Assert.Equal(250m - fees, net);
            Assert.Equal(decimal.Round(net * spread / 100m, 2, MidpointRounding.AwayFromZero), spreadCost);
            Assert.Equal(net - spreadCost, received);
            Assert.Equal(decimal.Round((1m - (net * (1m - (spread / 100m)) / 250m)) * 100m, 6), FxSamples.Decimal(cost.GetProperty("allInPercent")));
        }
    }

    [Fact]
    public void Embedded_stripe_fees_compare_card_regions_and_tiers()
    {
        var run = Tool.Run("fx", "fees", "-a", "EUR 100.00", "--date", "2026-11-20");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("embedded stripe-eea card fees", run.OutLines[0], StringComparison.Ordinal);
        Assert.Equal("1  stripe-eea Eea Standard            1.5% + EUR 0.25       0%  EUR 1.75     EUR 0.00     EUR 98.25  1.750%", run.OutLines[4]);
        Assert.Equal(6, run.OutLines.Length - 4);
        Assert.EndsWith("3.500%", run.OutLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Embedded_stripe_fees_follow_the_date()
    {
        var root = JsonOutput.Parse(Tool.Run("fx", "fees", "-a", "EUR 100.00", "--date", "2023-01-10", "-f", "json").Out);

        var only = Assert.Single(root.GetProperty("costs").EnumerateArray());
        Assert.Equal("stripe-eea Eea Standard", only.GetProperty("route").GetString());
        Assert.Equal((1.65m, "EUR"), JsonOutput.Money(only.GetProperty("fees")));
    }

    [Theory]
    [InlineData(new[] { "-a", "USD 100.00" }, "have no rows for USD charges")]
    [InlineData(new[] { "-a", "EUR 100.001" }, "must be positive and in whole minor units")]
    [InlineData(new[] { "-a", "EUR 0.00" }, "must be positive")]
    [InlineData(new[] { "-a", "ABC 1.00" }, "Unknown currency code 'ABC'")]
    [InlineData(new[] { "-a", "USD 100.00", "--routes", "ROUTES" }, "has a fixed fee in EUR, but the charge is in USD")]
    public void Bad_options_are_one_error_line(string[] options, string mention)
    {
        var args = options.Select(o => o == "ROUTES" ? FxSamples.Routes : o).Prepend("fees").Prepend("fx").ToArray();

        Assert.Contains(mention, Tool.AssertUserError(Tool.Run(args)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"routes\":[]}", "has no \"routes\"")]
    [InlineData("{\"route\":[]}", "unknown property 'route'")]
    [InlineData("{\"routes\":[{\"provider\":\"A\",\"percent\":1,\"fee\":1}]}", "route 1 has unknown property 'fee'")]
    [InlineData("{\"routes\":[{\"percent\":1}]}", "route 1 has no \"provider\"")]
    [InlineData("{\"routes\":[{\"provider\":\"A\"}]}", "route 'A' has no \"percent\"")]
    [InlineData("{\"routes\":[{\"provider\":\"A\",\"percent\":120}]}", "route 'A': A percentage fee must be at least 0% and below 100%, not 120%.")]
    [InlineData("{\"routes\":[{\"provider\":\"A\",\"percent\":1,\"spread\":-1}]}", "route 'A': A conversion spread must be at least 0%")]
    [InlineData("{\"routes\":[{\"provider\":\"A\",\"percent\":\"x\"}]}", "is not a valid routes file: The JSON value could not be converted to a route object. (at $.routes[0].percent, line 1)")]
    [InlineData("{\"routes\":[{\"provider\":\"A\",\"percent\":1},{\"provider\":\"A\",\"percent\":2}]}", "names route 'A' twice")]
    public void A_bad_routes_file_is_one_error_line(string json, string mention)
    {
        using var file = new TempFile(json);

        var line = Tool.AssertUserError(Tool.Run("fx", "fees", "-a", "EUR 10.00", "--routes", file.Path));

        Assert.Contains(mention, line, StringComparison.Ordinal);
        Assert.Contains(file.Path, line, StringComparison.Ordinal);
    }
}
