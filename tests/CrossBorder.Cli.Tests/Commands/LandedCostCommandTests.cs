using System.Text.Json;
using CrossBorder.Cli.Tests.Helpers;

namespace CrossBorder.Cli.Tests.Commands;

public partial class LandedCostCommandTests
{
    private static readonly string SamplePath = Tool.SamplePath("landed-cost-order.json");

    private static readonly string Sample = File.ReadAllText(SamplePath);

    /// <summary>The example order with each edit made, asserting the text it replaces is there.</summary>
    private static string SampleWith(params (string Find, string Replace)[] edits) => edits.Aggregate(Sample, (text, edit) =>
    {
        Assert.Contains(edit.Find, text, StringComparison.Ordinal);
        return text.Replace(edit.Find, edit.Replace, StringComparison.Ordinal);
    });

    private static JsonElement Totals(CliRun run)
    {
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        return json.RootElement.GetProperty("totals").Clone();
    }

    private static string Amount(JsonElement money) => money.GetProperty("amount").GetString()!;

    // The example: 3 T-shirts at US$9.90 and headphones at US$59.00 from China to Germany on 2026-07-15, DDP, IOSS, by
    // courier, EUR/USD 1.1650, freight US$12.00. Worked by hand: goods 29.70 / 1.165 = 25.4936 → 25.49 and 59.00 / 1.165 =
    // 50.6438 → 50.64, 76.13 in all; freight 12 / 1.165 = 10.3004 → 10.30. Intrinsic value 76.13 ≤ €150 under IOSS after
    // 2026-07-01: the €3 flat duty for each of the two subheadings (6109 10, 8518 30) = 6.00. VAT at sale 19% on the
    // dollar prices: 5.643 → 5.64 and 11.21, in euros 4.84 and 9.62 = 14.46. Landed cost 76.13 + 10.30 + 6.00 + 14.46 =
    // 106.89.
    [Fact]
    public void The_bundled_example_prints_the_table_and_the_trace()
    {
        var run = Tool.Run("landed-cost", "--input", SamplePath);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Err);
        Assert.Equal("CN → DE by courier, DDP, eu-ioss, on 2026-07-15; amounts in EUR", run.OutLines[0]);
        Assert.Contains(run.OutLines, l => l.StartsWith("TEE-BLK-M", StringComparison.Ordinal));
        Assert.Contains(run.OutLines, l => l.StartsWith("EAR-1", StringComparison.Ordinal));
        var total = Assert.Single(run.OutLines, l => l.StartsWith("Total", StringComparison.Ordinal));
        Assert.Equal(["76.13", "10.30", "86.43", "6.00", "0.00", "14.46", "0.00", "106.89"], total.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1));
        Assert.Contains("Trace:", run.OutLines);
        Assert.Contains(run.OutLines, l => l.Contains("flat-duty: EUR 3.00 × 2 tariff subheadings", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_output_keeps_the_contract_names_and_the_figures()
    {
        var run = Tool.Run("landed-cost", "--input", SamplePath, "--format", "json");

        var totals = Totals(run);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal("EUR", root.GetProperty("currency").GetString());
        Assert.Equal("eu-ioss", root.GetProperty("regime").GetString());
        Assert.Equal(["76.13", "10.30", "0.00", "86.43", "6.00", "0.00", "14.46", "0.00", "106.89"], new[] { "goods", "freight", "insurance", "customsValue", "duty", "importTax", "saleTax", "fees", "landedCost" }.Select(n => Amount(totals.GetProperty(n))));
        Assert.Equal("EUR", totals.GetProperty("landedCost").GetProperty("currency").GetString());
        Assert.Equal(0, root.GetProperty("fees").GetArrayLength());
        Assert.Equal(["TEE-BLK-M", "EAR-1"], root.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("sku").GetString()));

        // DDP: the seller pays the freight and the duty, 10.30 + 6.00; the buyer the goods and the VAT, 76.13 + 14.46.
        Assert.Equal(("16.30", "90.59"), (Amount(root.GetProperty("payer").GetProperty("seller")), Amount(root.GetProperty("payer").GetProperty("buyer"))));
        Assert.True(root.GetProperty("trace").GetArrayLength() >= 5);
    }

    [Theory]
    [InlineData("\"mode\": \"courier\"", "\"mode\": \"truck\"", "mode: 'truck' is not post, courier, air or ocean.")]
    [InlineData("\"incoterm\": \"DDP\"", "\"incoterm\": \"DDX\"", "incoterm: 'DDX' is not EXW")]
    [InlineData("\"quantity\": 3", "\"quantity\": 3, \"quantity\": 4", "the property 'quantity' appears twice in one object (at $.lines[0].quantity")]
    [InlineData("\"sku\": \"EAR-1\",", "\"sku\": \"EAR-1\", \"colour\": \"black\",", "lines[1].colour: is not a property of this object")]
    [InlineData("\"amount\": \"9.90\"", "\"amount\": \"9.901\"", "lines[0] (TEE-BLK-M).unitValue.amount: USD 9.901 is finer than USD's minor unit.")]
    [InlineData("\"hsCode\": \"610910\"", "\"hsCode\": \"61-09\"", "lines[0] (TEE-BLK-M).hsCode: Line TEE-BLK-M: '61-09' is not an HS code")]
    [InlineData("\"quantity\": 1", "\"quantity\": 0", "lines[1] (EAR-1).quantity: Line EAR-1: the quantity is positive")]
    [InlineData("\"importerOfRecord\": \"seller\"", "\"importerOfRecord\": \"buyer\"", "importerOfRecord buyer contradicts DDP")]
    [InlineData("\"rates\": [ { \"base\": \"EUR\", \"quote\": \"USD\", \"rate\": \"1.1650\" } ]", "\"rates\": []", "No rate converts USD into EUR")]
    public void A_bad_order_is_one_error_line_naming_the_field(string find, string replace, string mention)
    {
        using var file = new TempFile(SampleWith((find, replace)));

        var line = Tool.AssertUserError(Tool.Run("landed-cost", "--input", file.Path));

        Assert.Contains(mention, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_absent_folder_and_malformed_inputs_are_named()
    {
        Assert.Contains("--input is required", Tool.AssertUserError(Tool.Run("landed-cost")), StringComparison.Ordinal);
        Assert.Contains("does not exist", Tool.AssertUserError(Tool.Run("landed-cost", "--input", "/nonexistent/order.json")), StringComparison.Ordinal);
        Assert.Contains("is a folder", Tool.AssertUserError(Tool.Run("landed-cost", "--input", Path.GetTempPath())), StringComparison.Ordinal);
        using var broken = new TempFile(Sample[..^5]);
        Assert.Contains(broken.Path, Tool.AssertUserError(Tool.Run("landed-cost", "--input", broken.Path)), StringComparison.Ordinal);
        Assert.Contains("does not exist", Tool.AssertUserError(Tool.Run("landed-cost", "--input", SamplePath, "--tariff", "/nonexistent/tariff.csv")), StringComparison.Ordinal);
    }

    /// <summary>The example order from a seller without IOSS: outside the €3's legal scope, it pays the tariff.</summary>
    private static TempFile WithoutIoss() => new(SampleWith(("\"sellerRegistrations\": [\"EU-IOSS\"]", "\"sellerRegistrations\": []")));

    /// <summary>A tariff CSV (the sample tariff's columns) of ad valorem rows "area,code,rate", in force from 2026-01-01.</summary>
    private static TempFile TariffOf(params string[] rows) => new(
        "area,code,ad_valorem,specific,specific_unit,currency,minimum,maximum,origins,layer,from,to,source\n" +
        string.Concat(rows.Select(r => r + ",,,,,,,,2026-01-01,,test fixture\n")));

    [Fact]
    public void A_host_tariff_in_csv_replaces_the_sample_tariff()
    {
        // Without IOSS the courier consignment is outside the €3's legal scope and pays the tariff. The T-shirt line's
        // customs value is 25.49 + its freight share 10.30 × 25.49 / 76.13 = 3.4487 → 3.45, so 28.94; the headphones line
        // takes the rest (50.64 + 6.85 = 57.49). Sample tariff: 12% × 28.94 = 3.4728 → 3.47 and 0%. The host's tariff
        // (a test fixture) has 10%: 2.894 → 2.89, and 2% on the headphones: 1.1498 → 1.15; 4.04 in all.
        using var file = WithoutIoss();
        using var tariff = TariffOf("EU,610910,10%", "EU,851830,2%");

        Assert.Equal("3.47", Amount(Totals(Tool.Run("landed-cost", "--input", file.Path, "--format", "json")).GetProperty("duty")));
        Assert.Equal("4.04", Amount(Totals(Tool.Run("landed-cost", "--input", file.Path, "--tariff", tariff.Path, "--format", "json")).GetProperty("duty")));
    }

    [Fact]
    public void A_tariff_without_the_code_is_one_error_line_asking_for_a_rate_or_a_fuller_tariff()
    {
        using var file = WithoutIoss();
        using var tariff = TariffOf("EU,610910,10%");

        var line = Tool.AssertUserError(Tool.Run("landed-cost", "--input", file.Path, "--tariff", tariff.Path));

        Assert.Contains("Line EAR-1: the tariff has no line for HS 851830 into EU on 2026-07-15", line, StringComparison.Ordinal);
    }

    /// <summary>A US formal entry by air of US$5,000 of headphones to New York on <paramref name="date"/>.</summary>
    private static string UsOrder(string date) => $$"""
        { "date": "{{date}}", "currency": "USD", "origin": "CN", "destination": { "country": "US", "subdivision": "NY" },
          "mode": "air", "incoterm": "DAP", "entry": "formal", "rates": [],
          "freight": { "amount": "0.00", "currency": "USD" },
          "lines": [ { "sku": "EAR-1", "hsCode": "851830", "originCountry": "CN", "quantity": 1, "unitValue": { "amount": "5000.00", "currency": "USD" } } ] }
        """;

    [Fact]
    public void A_fee_schedule_with_a_new_fiscal_year_lets_a_later_date_through()
    {
        // The built-in schedule ends FY2026 on 2026-09-30: an entry on 2026-10-01 is refused rather than priced with old
        // values. A host schedule with FY2027 values (test-fixture figures, not CBP's) prices it: 0.3464% × 5,000 = 17.32,
        // raised to the fixture's minimum 35.00.
        using var order = new TempFile(UsOrder("2026-10-01"));
        using var fees = new TempFile("""
            { "format": "crossborder-customs-fees/1", "version": "test", "fees": [
              { "code": "US-MPF", "area": "US", "kind": "ad-valorem", "rate": "0.3464%", "minimum": "35.00", "maximum": "700.00",
                "currency": "USD", "entry": "formal", "from": "2026-10-01", "to": "2027-09-30", "source": "test fixture" } ] }
            """);

        Assert.Contains("No US-MPF data for 2026-10-01", Tool.AssertUserError(Tool.Run("landed-cost", "--input", order.Path)), StringComparison.Ordinal);
        var run = Tool.Run("landed-cost", "--input", order.Path, "--fees", fees.Path, "--format", "json");
        Assert.Equal("35.00", Amount(Totals(run).GetProperty("fees")));
    }

    [Fact]
    public void A_malformed_fee_schedule_is_one_error_line()
    {
        using var order = new TempFile(UsOrder("2026-03-02"));
        using var fees = new TempFile("""{ "format": "crossborder-customs-fees/9", "version": "test", "fees": [] }""");

        Assert.Contains("format", Tool.AssertUserError(Tool.Run("landed-cost", "--input", order.Path, "--fees", fees.Path)), StringComparison.Ordinal);
    }
}
