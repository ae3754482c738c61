using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrossBorder.LandedCost.Tests.Json;

/// <summary>The batch files: orders one a line, results one compact line each, equal to the single-order API's.</summary>
public class LandedCostJsonLinesTests
{
    /// <summary>The README's example order (samples/data/landed-cost-order.json) on one line.</summary>
    private const string Order = """{ "date": "2026-07-15", "currency": "EUR", "origin": "CN", "destination": { "country": "DE", "subdivision": null, "postcode": "10115" }, "mode": "courier", "incoterm": "DDP", "importerOfRecord": "seller", "channel": "own-store", "buyerType": "B2C", "sellerRegistrations": ["EU-IOSS"], "entry": null, "rates": [ { "base": "EUR", "quote": "USD", "rate": "1.1650" } ], "freight": { "amount": "12.00", "currency": "USD" }, "insurance": { "amount": "0.50", "currency": "USD" }, "lines": [ { "sku": "TEE-BLK-M", "description": "cotton T-shirt", "hsCode": "610910", "originCountry": "CN", "quantity": 3, "unitValue": { "amount": "9.90", "currency": "USD" }, "weightKg": "0.6", "taxCategory": "standard" }, { "sku": "EAR-1", "description": "wireless headphones", "hsCode": "851830", "originCountry": "CN", "quantity": 1, "unitValue": { "amount": "59.00", "currency": "USD" }, "weightKg": "0.3", "taxCategory": "standard", "dutyRate": "2.5%" } ] }""";

    private static string With(string find, string replace)
    {
        Assert.Contains(find, Order, StringComparison.Ordinal);
        return Order.Replace(find, replace, StringComparison.Ordinal);
    }

    private static readonly string[] Orders =
    [
        Order,
        With("\"DE\"", "\"FR\"").Replace("[\"EU-IOSS\"]", "[]", StringComparison.Ordinal).Replace("2026-07-15", "2026-03-02", StringComparison.Ordinal),
        With("\"quantity\": 3", "\"quantity\": 7"),
    ];

    private static (string Text, long Count) Run(string orders, int first = 1)
    {
        using var output = new MemoryStream();
        var count = LandedCostJsonLines.Calculate(new StringReader(orders), "orders.jsonl", output, LandedCostCalculator.Default, first);
        return (Encoding.UTF8.GetString(output.ToArray()), count);
    }

    /// <summary>The single-order API's result JSON, re-serialised compactly by System.Text.Json (an independent writer).</summary>
    private static string SingleCompact(string orderJson)
    {
        var result = LandedCostCalculator.Default.Calculate(LandedCostJson.ParseOrder(orderJson, "order.json"));
        using var stream = new MemoryStream();
        LandedCostJson.Write(stream, result);
        using var document = JsonDocument.Parse(stream.ToArray());
        using var compact = new MemoryStream();
        using (var writer = new Utf8JsonWriter(compact, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(compact.ToArray());
    }

    [Fact]
    public void Each_result_line_is_the_single_order_result_on_one_line_with_its_order_line()
    {
        // Lines 1, 3, 4 hold orders; 2 is blank and 5 holds spaces, both skipped; line numbers count them.
        var input = Orders[0] + "\n\n" + Orders[1] + "\r\n" + Orders[2] + "\n   \n";

        var (text, count) = Run(input);

        Assert.Equal(3, count);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text.Split('\n')[..^1];
        int[] numbers = [1, 3, 4];
        Assert.Equal(3, lines.Length);
        for (var k = 0; k < 3; k++)
        {
            Assert.Equal($"{{\"line\":{numbers[k]},\"result\":{SingleCompact(Orders[k])}}}", lines[k]);
        }
    }

    [Fact]
    public void The_reader_numbers_orders_from_the_first_line_given()
    {
        var read = LandedCostJsonLines.ReadOrders(new StringReader("\n" + Orders[0] + "\n" + Orders[2]), "part", firstLineNumber: 41).ToList();

        Assert.Equal([42, 43], read.Select(o => o.LineNumber));
        Assert.Equal(7m, read[1].Order.Lines[0].Quantity);
    }

    [Fact]
    public void A_malformed_order_names_the_line_and_the_field_and_nothing_after_it_is_written()
    {
        var input = Orders[0] + "\n\n" + With("\"mode\": \"courier\"", "\"mode\": \"truck\"") + "\n" + Orders[1];
        using var output = new MemoryStream();

        var e = Assert.Throws<LandedCostBatchException>(() => LandedCostJsonLines.Calculate(new StringReader(input), "orders.jsonl", output, LandedCostCalculator.Default));

        Assert.Equal(3, e.LineNumber);
        Assert.IsType<FormatException>(e.InnerException);
        Assert.StartsWith("orders.jsonl line 3: mode: 'truck' is not post, courier", e.Message, StringComparison.Ordinal);
        Assert.Single(Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void An_order_the_calculator_refuses_names_the_line()
    {
        // No EUR/USD rate: the calculator, not the reader, refuses the order on line 2.
        var input = Orders[0] + "\n" + With("[ { \"base\": \"EUR\", \"quote\": \"USD\", \"rate\": \"1.1650\" } ]", "[]");

        var e = Assert.Throws<LandedCostBatchException>(() => Run(input));

        Assert.Equal(2, e.LineNumber);
        Assert.StartsWith("orders.jsonl line 2: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("No rate converts USD into EUR", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_order_split_over_two_lines_is_an_error_naming_its_first_line()
    {
        var e = Assert.Throws<LandedCostBatchException>(() => Run(Orders[0] + "\n" + Orders[1][..40] + "\n" + Orders[1][40..]));

        Assert.Equal(2, e.LineNumber);
        Assert.StartsWith("orders.jsonl line 2: not valid JSON", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_writes_nothing()
    {
        Assert.Equal((string.Empty, 0L), Run("\n  \n"));
    }

    [Fact]
    public void Bad_arguments_name_the_parameter()
    {
        Assert.Equal("firstLineNumber", Assert.Throws<ArgumentOutOfRangeException>(() => Run(Order, 0)).ParamName);
        Assert.Equal("lineNumber", Assert.Throws<ArgumentOutOfRangeException>(() => LandedCostJsonLines.WriteResult(Stream.Null, 0, LandedCostCalculator.Default.Calculate(LandedCostJson.ParseOrder(Order, "o")))).ParamName);
        Assert.Equal("sourceName", Assert.ThrowsAny<ArgumentException>(() => LandedCostJsonLines.ReadOrders(new StringReader(Order), " ")).ParamName);
    }
}
