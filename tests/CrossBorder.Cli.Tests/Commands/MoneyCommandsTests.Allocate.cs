using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

public partial class MoneyCommandsTests
{
    [Fact]
    public void Allocate_prints_each_part_and_a_total_equal_to_the_amount()
    {
        var run = Tool.Run("money", "allocate", "--amount", "EUR 1000.00", "--ratios", "3,2,1");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        string[] expected =
        [
            "    #  ratio        amount",
            "-----  -----  ------------",
            "    1      3    EUR 500.00",
            "    2      2    EUR 333.33",
            "    3      1    EUR 166.67",
            "-----  -----  ------------",
            "total      6  EUR 1,000.00",
        ];
        Assert.Equal(expected, run.OutLines);
    }

    [Fact]
    public void Allocate_with_labels_shows_them()
    {
        var run = Tool.Run("money", "allocate", "--amount", "USD 0.05", "--ratios", "1", "1", "1", "--labels", "north, south,east");

        Assert.Equal(0, run.ExitCode);
        string[] expected =
        [
            "#  label  ratio    amount",
            "-  -----  -----  --------",
            "1  north      1  USD 0.02",
            "2  south      1  USD 0.02",
            "3  east       1  USD 0.01",
            "-  -----  -----  --------",
            "   total      3  USD 0.05",
        ];
        Assert.Equal(expected, run.OutLines);
    }

    [Fact]
    public void Allocate_json_has_parts_that_sum_to_the_amount()
    {
        var run = Tool.Run("money", "allocate", "--amount", "EUR 1000", "--ratios", "3,2,1", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonOutput.Parse(run.Out);
        Assert.Equal("allocate", root.GetProperty("method").GetString());
        Assert.Equal((1000.00m, "EUR"), JsonOutput.Money(root.GetProperty("amount")));
        Assert.Equal("1000.00", root.GetProperty("amount").GetProperty("amount").GetString());
        Assert.Equal([(500.00m, "EUR"), (333.33m, "EUR"), (166.67m, "EUR")], JsonOutput.Parts(root));
        Assert.Equal((1000.00m, "EUR"), JsonOutput.Money(root.GetProperty("total")));
        var first = root.GetProperty("parts")[0];
        Assert.Equal(1, first.GetProperty("index").GetInt32());
        Assert.Equal(3m, first.GetProperty("ratio").GetDecimal());
        Assert.False(first.TryGetProperty("label", out _));
        Assert.False(root.TryGetProperty("description", out _));
    }

    [Fact]
    public void Allocate_accepts_zero_and_decimal_ratios_and_negative_amounts()
    {
        var run = Tool.Run("money", "allocate", "--amount", "JPY -1000", "--ratios", "0.5,0,1.25", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var parts = JsonOutput.Parts(JsonOutput.Parse(run.Out));
        Assert.Equal([(-286m, "JPY"), (0m, "JPY"), (-714m, "JPY")], parts);
    }

    [Fact]
    public void Allocate_reads_the_bundled_freight_example()
    {
        var run = Tool.Run("money", "allocate", "--input", Tool.SamplePath("freight-allocation.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        Assert.StartsWith("Sea freight", run.OutLines[0], StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.OutLines[1]);
        string[] expected =
        [
            "#  label              ratio        amount",
            "-  ----------------  ------  ------------",
            "1  DESK-LAMP-BRASS    2.184    EUR 548.91",
            "2  OAK-SIDE-TABLE      1.35    EUR 339.30",
            "3  LINEN-THROW-GREY   0.972    EUR 244.29",
            "4  CERAMIC-MUG-SET4  0.4675    EUR 117.50",
            "-  ----------------  ------  ------------",
            "   total             4.9735  EUR 1,250.00",
        ];
        Assert.Equal(expected, run.OutLines[2..]);
    }

    [Fact]
    public void Allocate_json_of_the_bundled_example_sums_to_the_invoice()
    {
        var run = Tool.Run("money", "allocate", "--input", Tool.SamplePath("freight-allocation.json"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var root = JsonOutput.Parse(run.Out);
        Assert.StartsWith("Sea freight", root.GetProperty("description").GetString(), StringComparison.Ordinal);
        var parts = JsonOutput.Parts(root);
        Assert.Equal(4, parts.Count);
        Assert.Equal(1250.00m, parts.Sum(p => p.Amount));
        Assert.All(parts, p => Assert.Equal("EUR", p.Currency));
        Assert.Equal("DESK-LAMP-BRASS", root.GetProperty("parts")[0].GetProperty("label").GetString());
        Assert.Equal((1250.00m, "EUR"), JsonOutput.Money(root.GetProperty("total")));
    }

    [Fact]
    public void Allocate_input_accepts_numbers_comments_and_no_labels_but_no_trailing_commas()
    {
        using var file = new TempFile("""
            // a comment
            { "ratios": [1, "2"], "amount": { "currency": "USD", "amount": 10 } }
            """);

        var run = Tool.Run("money", "allocate", "--input", file.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal([(3.33m, "USD"), (6.67m, "USD")], JsonOutput.Parts(JsonOutput.Parse(run.Out)));

        // A trailing comma is malformed JSON here as in every other input (issue #14's sweep).
        using var trailing = new TempFile("""{ "ratios": [1, "2"], "amount": { "currency": "USD", "amount": 10 }, }""");
        Tool.AssertUserError(Tool.Run("money", "allocate", "--input", trailing.Path, "--format", "json"));
    }
}
