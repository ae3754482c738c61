using CrossBorder.Tax;

namespace CrossBorder.LandedCost.Tests.Json;

/// <summary>The JSON contract of <c>crossborder landed-cost</c>: the order read strictly, the result written invariantly.</summary>
public partial class LandedCostJsonTests
{
    /// <summary>The README's example order (samples/data/landed-cost-order.json), with an insurance and an entry type to read.</summary>
    private const string Order = """
        { "date": "2026-07-15", "currency": "EUR",
          "origin": "CN", "destination": { "country": "DE", "subdivision": null, "postcode": "10115" },
          "mode": "courier", "incoterm": "DDP", "importerOfRecord": "seller",
          "channel": "own-store", "buyerType": "B2C", "sellerRegistrations": ["EU-IOSS"], "entry": null,
          "rates": [ { "base": "EUR", "quote": "USD", "rate": "1.1650" } ],
          "freight": { "amount": "12.00", "currency": "USD" }, "insurance": { "amount": "0.50", "currency": "USD" },
          "lines": [
            { "sku": "TEE-BLK-M", "description": "cotton T-shirt", "hsCode": "610910", "originCountry": "CN",
              "quantity": 3, "unitValue": { "amount": "9.90", "currency": "USD" }, "weightKg": "0.6", "taxCategory": "standard" },
            { "sku": "EAR-1", "description": "wireless headphones", "hsCode": "851830", "originCountry": "CN",
              "quantity": 1, "unitValue": { "amount": "59.00", "currency": "USD" }, "weightKg": "0.3", "taxCategory": "standard", "dutyRate": "2.5%" } ] }
        """;

    private static LandedCostOrder Parse(string json) => LandedCostJson.ParseOrder(json, "order.json");

    private static string Replace(string find, string replace)
    {
        Assert.Contains(find, Order, StringComparison.Ordinal);
        var at = Order.IndexOf(find, StringComparison.Ordinal);
        return string.Concat(Order.AsSpan(0, at), replace, Order.AsSpan(at + find.Length));
    }

    [Fact]
    public void The_example_order_is_read_with_every_field()
    {
        var order = Parse(Order);

        Assert.Equal(new NodaTime.LocalDate(2026, 7, 15), order.Date);
        Assert.Equal("EUR", order.Currency.Code);
        Assert.Equal(CountryCode.FromAlpha2("CN"), order.Origin);
        Assert.Equal(new Destination(CountryCode.FromAlpha2("DE"), null, "10115"), order.Destination);
        Assert.Equal((ShippingMode.Courier, Incoterm.Ddp, Party.Seller), (order.Mode, order.Incoterm, order.ImporterOfRecord));
        Assert.Equal((SalesChannel.OwnStore, BuyerType.Consumer, (CustomsEntry?)null), (order.Channel, order.BuyerType, order.Entry));
        Assert.Equal(["EU-IOSS"], order.SellerRegistrations);
        var rate = Assert.Single(order.Rates);
        Assert.Equal(("EUR", "USD", 1.1650m), (rate.Base.Code, rate.Quote.Code, rate.Rate));
        Assert.Equal((Money.Of(12.00m, "USD"), Money.Of(0.50m, "USD")), (order.Freight, order.Insurance));
        Assert.Equal(["TEE-BLK-M", "EAR-1"], order.Lines.Select(l => l.Sku));
        var line = order.Lines[0];
        Assert.Equal(("610910", 3m, Money.Of(9.90m, "USD"), (decimal?)0.6m, "cotton T-shirt"), (line.HsCode, line.Quantity, line.UnitValue, line.WeightKg, line.Description));
        Assert.Null(line.DutyRate);
        Assert.Equal(Percentage.FromPercent(2.5m), order.Lines[1].DutyRate?.AdValorem);
    }

    [Theory]
    [InlineData("\"mode\": \"courier\"", "\"mode\": \"truck\"", "mode: 'truck' is not post, courier, air or ocean.")]
    [InlineData("\"mode\": \"courier\"", "\"mode\": \"Courier\"", "mode: 'Courier' is not post, courier, air or ocean.")]
    [InlineData("\"incoterm\": \"DDP\"", "\"incoterm\": \"ddp\"", "incoterm: 'ddp' is not EXW, FCA, FOB, CFR, CIF, DAP, DPU or DDP.")]
    [InlineData("\"incoterm\": \"DDP\"", "\"incoterm\": \"DDU\"", "incoterm: 'DDU' is not EXW")]
    [InlineData("\"entry\": null", "\"entry\": \"formel\"", "entry: 'formel' is not formal or informal.")]
    [InlineData("\"importerOfRecord\": \"seller\"", "\"importerOfRecord\": \"broker\"", "importerOfRecord: 'broker' is not seller or buyer.")]
    [InlineData("\"sku\": \"TEE-BLK-M\",", "\"sku\": \"TEE-BLK-M\", \"colour\": \"black\",", "lines[0].colour: is not a property of this object")]
    [InlineData("\"date\": \"2026-07-15\",", "\"date\": \"2026-07-15\", \"shipDate\": \"2026-07-14\",", "shipDate: is not a property of this object")]
    [InlineData("\"country\": \"DE\",", "\"country\": \"DE\", \"city\": \"Berlin\",", "destination.city: is not a property of this object")]
    [InlineData("\"quantity\": 3", "\"quantity\": 3, \"quantity\": 4", "the property 'quantity' appears twice in one object (at $.lines[0].quantity")]
    [InlineData("\"origin\": \"CN\",", "\"origin\": \"CN\", \"origin\": \"HK\",", "the property 'origin' appears twice in one object (at $.origin")]
    [InlineData("\"amount\": \"9.90\"", "\"amount\": \"9.905\"", "lines[0] (TEE-BLK-M).unitValue.amount: USD 9.905 is finer than USD's minor unit.")]
    [InlineData("\"amount\": \"12.00\"", "\"amount\": \"12.001\"", "freight.amount: USD 12.001 is finer than USD's minor unit.")]
    [InlineData("\"hsCode\": \"610910\"", "\"hsCode\": \"6109.10\"", "lines[0] (TEE-BLK-M).hsCode: Line TEE-BLK-M: '6109.10' is not an HS code of 2 to 10 digits.")]
    [InlineData("\"quantity\": 3", "\"quantity\": 0", "lines[0] (TEE-BLK-M).quantity: Line TEE-BLK-M: the quantity is positive")]
    [InlineData("\"quantity\": 3", "\"quantity\": -2", "lines[0] (TEE-BLK-M).quantity: Line TEE-BLK-M: the quantity is positive")]
    [InlineData("\"dutyRate\": \"2.5%\"", "\"dutyRate\": \"2.5\"", "lines[1] (EAR-1).dutyRate: '2.5' is not an ad valorem rate such as \"5%\".")]
    [InlineData("\"date\": \"2026-07-15\"", "\"date\": \"2026-13-01\"", "date: '2026-13-01' is not a yyyy-MM-dd date.")]
    [InlineData("\"amount\": \"59.00\", \"currency\": \"USD\"", "\"amount\": \"59.00\", \"currency\": \"EUR\"", "lines: Line EAR-1 is in EUR, line TEE-BLK-M in USD")]
    [InlineData("\"freight\": { \"amount\": \"12.00\", \"currency\": \"USD\" },", "", "freight: is required")]
    [InlineData("\"buyerType\": \"B2C\"", "\"buyerType\": \"consumer\"", "buyerType: 'consumer' is not B2C or B2B.")]
    public void A_bad_order_is_a_format_error_naming_its_path(string find, string replace, string mention)
    {
        var error = Assert.Throws<FormatException>(() => Parse(Replace(find, replace)));

        Assert.Contains(mention, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("order.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => Parse(Order[..^3]));
        Assert.Throws<FormatException>(() => Parse("[]"));
    }
}
