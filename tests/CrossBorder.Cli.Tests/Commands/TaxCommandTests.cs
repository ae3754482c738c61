using System.Text.Json;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

public class TaxCommandTests
{
    private static readonly string Sample = File.ReadAllText(Tool.SamplePath("tax-sale.json"));

    [Fact]
    public void The_bundled_example_is_an_eu_oss_sale_to_estonia_at_24_percent()
    {
        var run = Tool.Run("tax", "--input", Tool.SamplePath("tax-sale.json"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("eu-oss in EE, collected by the seller — sale of 2025-07-01 in EUR, prices excluding tax", run.OutLines[0]);
        Assert.Contains(run.OutLines, l => l.StartsWith("COAT-1", StringComparison.Ordinal) && l.Contains("24%  140.00  33.60  173.60  standard_rated", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("Total", StringComparison.Ordinal) && l.Contains("140.00  33.60  173.60", StringComparison.Ordinal));
        Assert.Contains("Trace:", run.OutLines);
    }

    [Fact]
    public void Json_output_keeps_the_contract_names()
    {
        var run = Tool.Run("tax", "--input", Tool.SamplePath("tax-sale.json"), "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("eu-oss", root.GetProperty("regime").GetString());
        Assert.Equal("seller", root.GetProperty("collector").GetString());
        var line = root.GetProperty("lines")[0];
        Assert.Equal("COAT-1", line.GetProperty("sku").GetString());
        Assert.Equal("24%", line.GetProperty("rate").GetString());
        Assert.Equal("33.60", line.GetProperty("tax").GetProperty("amount").GetString());
        Assert.Equal("EUR", line.GetProperty("tax").GetProperty("currency").GetString());
        foreach (var name in new[] { "net", "gross", "reason", "source" })
        {
            Assert.True(line.TryGetProperty(name, out _), name);
        }

        Assert.Equal("173.60", root.GetProperty("totals").GetProperty("gross").GetProperty("amount").GetString());
        Assert.True(root.GetProperty("trace").GetArrayLength() >= 3);
    }

    [Theory]
    [InlineData("\"unitPrice\": \"140.00\"", "\"unitPrice\": \"140.00\", \"unitPrice\": \"1.00\"", "the property 'unitPrice' appears twice in one object (at $.lines[0].unitPrice, line 5)")]
    [InlineData("\"country\": \"EE\"", "\"country\": \"XX\"", "buyer.country: 'XX' is not an ISO 3166-1 alpha-2 country code.")]
    [InlineData("\"date\": \"2025-07-01\"", "\"date\": \"2019-07-01\"", "No standard rate for EE on 2019-07-01: the rule pack covers EE from 2020-01-01.")]
    [InlineData("\"quantity\": 1", "\"quantity\": -1", "lines[0] (COAT-1).quantity: Line COAT-1: a quantity is positive")]
    [InlineData("\"unitPrice\": \"140.00\"", "\"unitPrice\": \"140.005\"", "lines[0] (COAT-1).unitPrice: EUR 140.005 is finer than EUR's minor unit")]
    [InlineData("\"channel\": \"own-store\"", "\"channel\": \"shop\"", "channel: 'shop' is not own-store or marketplace.")]
    [InlineData("\"type\": \"B2C\"", "\"type\": \"B2C\", \"vat\": null", "buyer.vat: is not a property of this object")]
    [InlineData("\"currency\": \"EUR\"", "\"currency\": \"HRK\"", "currency: HRK is not a current currency on 2025-07-01.")]
    public void A_bad_sale_is_one_error_line_naming_the_field(string find, string replace, string mention)
    {
        using var file = new TempFile(Sample.Replace(find, replace, StringComparison.Ordinal));

        var line = Tool.AssertUserError(Tool.Run("tax", "--input", file.Path));

        Assert.Contains(mention, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_and_folder_inputs_are_named()
    {
        Assert.Contains("--input is required", Tool.AssertUserError(Tool.Run("tax")), StringComparison.Ordinal);
        Assert.Contains("does not exist", Tool.AssertUserError(Tool.Run("tax", "--input", "/nonexistent/sale.json")), StringComparison.Ordinal);
        Assert.Contains("is a folder", Tool.AssertUserError(Tool.Run("tax", "--input", Path.GetTempPath())), StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_rule_pack_replaces_a_jurisdiction()
    {
        using var pack = new TempFile("""
            { "format": "crossborder-tax-rules/1", "version": "host-1", "jurisdictions": [
              { "code": "EE", "name": "Estonia", "tax": "VAT", "coverageFrom": "2025-01-01",
                "rates": [ { "tier": "standard", "rate": "25%", "from": "2025-01-01", "source": "test fixture" } ] } ] }
            """);

        var run = Tool.Run("tax", "--input", Tool.SamplePath("tax-sale.json"), "--rules", pack.Path, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("35.00", json.RootElement.GetProperty("totals").GetProperty("tax").GetProperty("amount").GetString());
    }
}
