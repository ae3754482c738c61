using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CrossBorder.Tax;
using CrossBorder.Text;

namespace CrossBorder.LandedCost;

/// <summary>
/// The JSON contract of <c>crossborder landed-cost</c> (docs/landed-cost.md). <see cref="ReadOrder"/> reads an order:
/// <c>date</c>, <c>currency</c>, <c>origin</c>, <c>destination</c> {<c>country</c>, <c>subdivision</c>,
/// <c>postcode</c>}, <c>mode</c>, <c>incoterm</c>, <c>importerOfRecord</c>, <c>channel</c>, <c>buyerType</c>,
/// <c>sellerRegistrations</c>, <c>entry</c>, <c>rates</c>[{<c>base</c>, <c>quote</c>, <c>rate</c>}], <c>freight</c>,
/// <c>insurance</c>, <c>lines</c>[{<c>sku</c>, <c>description</c>, <c>hsCode</c>, <c>originCountry</c>,
/// <c>quantity</c>, <c>unitValue</c>, <c>weightKg</c>, <c>taxCategory</c>, <c>dutyRate</c>}], and optionally
/// <c>sellerCountry</c>, <c>buyerVatId</c>, <c>shippingCharged</c>, <c>allocation</c>, <c>charges</c>,
/// <c>sellingPrice</c> and <c>importTaxRecoverable</c>. Money is
/// Core's form <c>{"amount":"100.00","currency":"USD"}</c>. Strict: unknown or repeated properties and malformed values
/// are <see cref="FormatException"/>s naming the path. <see cref="Write(Stream, LandedCostResult)"/> writes a result.
/// </summary>
public static class LandedCostJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads an order from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="sourceName">What to call the input in messages, such as its file name.</param>
    /// <exception cref="FormatException">The JSON is malformed, or a field is missing, unknown, repeated or invalid; the message names it.</exception>
    public static LandedCostOrder ReadOrder(Stream utf8Json, string sourceName) =>
        StrictJson.Read(utf8Json, sourceName, (message, inner) => new FormatException(message, inner), Order);

    /// <summary>Reads an order from a JSON string.</summary>
    /// <inheritdoc cref="ReadOrder(Stream, string)" />
    public static LandedCostOrder ParseOrder(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return ReadOrder(stream, sourceName);
    }

    private static LandedCostOrder Order(StrictJson root)
    {
        root.Only("date", "currency", "origin", "destination", "mode", "incoterm", "importerOfRecord", "channel", "buyerType", "sellerRegistrations", "entry", "rates", "freight", "insurance", "lines", "sellerCountry", "buyerVatId", "shippingCharged", "allocation", "charges", "sellingPrice", "importTaxRecoverable");
        var date = root.Date("date");
        var currency = root.CurrencyOf("currency");
        var destinationNode = root.Object("destination");
        destinationNode.Only("country", "subdivision", "postcode");
        var destination = new Destination(destinationNode.Country("country"), destinationNode.OptionalString("subdivision"), destinationNode.OptionalString("postcode"));
        var mode = ShippingModes.TryParse(root.String("mode"), out var m) ? m : throw root.Error("mode", $"'{StrictJson.Echo(root.String("mode"))}' is not post, courier, air or ocean.");
        var incoterm = Incoterms.TryParse(root.String("incoterm"), out var t) ? t : throw root.Error("incoterm", $"'{StrictJson.Echo(root.String("incoterm"))}' is not EXW, FCA, FOB, CFR, CIF, DAP, DPU or DDP.");
        Party? importer = root.OptionalString("importerOfRecord") switch
        {
            null => null,
            var word when Parties.TryParse(word, out var p) => p,
            var other => throw root.Error("importerOfRecord", string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(other)}' is not seller or buyer.")),
        };
        var channel = root.OptionalString("channel") switch
        {
            null or "own-store" => SalesChannel.OwnStore,
            "marketplace" => SalesChannel.Marketplace,
            var other => throw root.Error("channel", $"'{StrictJson.Echo(other)}' is not own-store or marketplace."),
        };
        var buyerType = root.OptionalString("buyerType") switch
        {
            null or "B2C" => BuyerType.Consumer,
            "B2B" => BuyerType.Business,
            var other => throw root.Error("buyerType", $"'{StrictJson.Echo(other)}' is not B2C or B2B."),
        };
        CustomsEntry? entry = root.OptionalString("entry") switch
        {
            null => null,
            var word when CustomsEntries.TryParse(word, out var e) => e,
            var other => throw root.Error("entry", string.Create(CultureInfo.InvariantCulture, $"'{StrictJson.Echo(other)}' is not formal or informal.")),
        };
        var allocation = root.OptionalString("allocation") switch
        {
            null or "value" => AllocationMethod.ByValue,
            "weight" => AllocationMethod.ByWeight,
            "quantity" => AllocationMethod.ByQuantity,
            var other => throw root.Error("allocation", $"'{StrictJson.Echo(other)}' is not value, weight or quantity."),
        };
        var rates = root.OptionalArray("rates").Select(node =>
        {
            node.Only("base", "quote", "rate");
            var from = node.CurrencyOf("base");
            var to = node.CurrencyOf("quote");
            var rate = node.Decimal("rate");
            return Build(node, "rate", () => new ExchangeRate(from, to, rate, date));
        }).ToArray();
        var lines = root.Array("lines").Select(Line).ToArray();
        var charges = root.OptionalArray("charges").Select(node =>
        {
            node.Only("code", "amount", "inTaxBase");
            return new OrderCharge(node.String("code"), Amount(node, "amount") ?? throw node.Error("amount", "is required."), node.OptionalBool("inTaxBase") ?? false);
        }).ToArray();

        var freight = Amount(root, "freight") ?? throw root.Error("freight", "is required (an amount, zero when there is none).");
        var insurance = Amount(root, "insurance") ?? Money.Zero(freight.Currency);
        return Build(root, null, () => new LandedCostOrder(date, currency, root.Country("origin"), destination, mode, incoterm, lines, freight, insurance)
        {
            ImporterOfRecord = importer,
            Channel = channel,
            BuyerType = buyerType,
            SellerRegistrations = root.StringArray("sellerRegistrations"),
            SellerCountry = root.OptionalString("sellerCountry") is null ? null : root.Country("sellerCountry"),
            BuyerVatId = root.OptionalString("buyerVatId"),
            Entry = entry,
            Rates = rates,
            ShippingCharged = Amount(root, "shippingCharged"),
            Allocation = allocation,
            Charges = charges,
            SellingPrice = Amount(root, "sellingPrice"),
            ImportTaxRecoverable = root.OptionalBool("importTaxRecoverable") ?? false,
        });
    }

    private static LandedCostLine Line(StrictJson node)
    {
        node.Only("sku", "description", "hsCode", "originCountry", "quantity", "unitValue", "weightKg", "taxCategory", "dutyRate");
        var sku = node.String("sku");
        node = node.Named(sku);
        TaxCategory? category = node.OptionalString("taxCategory") is { } code
            ? TaxCategory.TryParse(code, out var parsed) ? parsed : throw node.Error("taxCategory", $"'{StrictJson.Echo(code)}' is not a category code (lower-case letters, digits, hyphens).")
            : null;
        DutyRate? duty = node.OptionalString("dutyRate") is { } text
            ? Percentage.TryParse(text, CultureInfo.InvariantCulture, out var rate) && text.TrimEnd().EndsWith('%')
                ? Build(node, "dutyRate", () => new DutyRate(rate))
                : throw node.Error("dutyRate", $"'{StrictJson.Echo(text)}' is not an ad valorem rate such as \"5%\".")
            : null;
        var quantity = node.Decimal("quantity");
        var unitValue = Amount(node, "unitValue") ?? throw node.Error("unitValue", "is required.");
        var weight = node.OptionalDecimal("weightKg");
        return Build(node, null, () => new LandedCostLine(sku, node.String("hsCode"), node.Country("originCountry"), quantity, unitValue, weight)
        {
            Description = node.OptionalString("description"),
            TaxCategory = category,
            DutyRate = duty,
        });
    }

    private static Money? Amount(StrictJson node, string name)
    {
        if (node.OptionalObject(name) is not { } money)
        {
            return null;
        }

        money.Only("amount", "currency");
        var value = Money.Of(money.Decimal("amount"), money.CurrencyOf("currency"));
        return value.IsRounded ? value : throw money.Error("amount", $"{value} is finer than {value.Currency.Code}'s minor unit.");
    }

    /// <summary>Runs a domain constructor, turning its argument errors into format errors at the node's path.</summary>
    private static T Build<T>(StrictJson node, string? property, Func<T> create) =>
        node.Build(property, create, "quantity", "unitValue", "hsCode", "weightKg", "freight", "insurance", "lines");

    /// <summary>Writes <paramref name="result"/> to <paramref name="utf8Json"/>, indented.</summary>
    public static void Write(Stream utf8Json, LandedCostResult result)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, Indented);
        Write(writer, result);
    }

    /// <summary>
    /// Writes <paramref name="result"/> as one JSON object: <c>currency</c>, <c>regime</c>, <c>customsArea</c>,
    /// <c>basis</c>, <c>importerOfRecord</c>, <c>totals</c> {<c>goods</c>, <c>freight</c>, <c>insurance</c>,
    /// <c>customsValue</c>, <c>duty</c>, <c>importTax</c>, <c>saleTax</c>, <c>fees</c>, <c>landedCost</c>},
    /// <c>fees</c>[{<c>code</c>, <c>amount</c>, <c>payer</c>, <c>working</c>, <c>source</c>}], <c>lines</c>[{<c>sku</c>,
    /// <c>quantity</c>, the amounts of totals, <c>landedCostPerUnit</c>, <c>importTaxRate</c>, <c>duty</c> working as
    /// <c>dutyWorking</c>}], <c>payer</c> {<c>seller</c>, <c>buyer</c>}, <c>margin</c> {<c>sellingPrice</c>, <c>costs</c>,
    /// <c>margin</c>, <c>marginPercent</c>, <c>breakEvenPrice</c>} when the order gives a selling price, <c>warnings</c> and <c>trace</c>[{<c>step</c>,
    /// <c>detail</c>, <c>source</c>}].
    /// </summary>
    public static void Write(Utf8JsonWriter writer, LandedCostResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("currency", result.Currency.Code);
        writer.WriteString("regime", result.Regime);
        writer.WriteString("customsArea", result.CustomsArea);
        if (result.Basis is { } basis)
        {
            writer.WriteString("basis", basis == ValuationBasis.Cif ? "cif" : "fob");
        }
        else
        {
            writer.WriteNull("basis");
        }

        writer.WriteString("importerOfRecord", Parties.Format(result.ImporterOfRecord));
        writer.WriteStartObject("totals");
        WriteAmounts(writer, result.Totals);
        writer.WriteEndObject();
        writer.WriteStartArray("fees");
        foreach (var fee in result.Fees)
        {
            writer.WriteStartObject();
            writer.WriteString("code", fee.Code);
            WriteMoney(writer, "amount", fee.Amount);
            writer.WriteString("payer", Parties.Format(fee.Payer));
            writer.WriteString("working", fee.Working);
            writer.WriteString("source", fee.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("lines");
        foreach (var line in result.Lines)
        {
            writer.WriteStartObject();
            writer.WriteString("sku", line.Sku);
            writer.WriteString("quantity", line.Quantity.ToString(CultureInfo.InvariantCulture));
            WriteAmounts(writer, line.Amounts);
            WriteMoney(writer, "landedCostPerUnit", line.LandedCostPerUnit);
            writer.WriteString("importTaxRate", line.ImportTaxRate.ToString());
            writer.WriteString("dutyWorking", line.Duty);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("payer");
        WriteMoney(writer, "seller", result.Payer.Seller);
        WriteMoney(writer, "buyer", result.Payer.Buyer);
        writer.WriteEndObject();
        if (result.Margin is { } margin)
        {
            writer.WriteStartObject("margin");
            WriteMoney(writer, "sellingPrice", margin.SellingPrice);
            WriteMoney(writer, "costs", margin.Costs);
            WriteMoney(writer, "margin", margin.Margin);
            writer.WriteString("marginPercent", margin.MarginPercent.ToString());
            WriteMoney(writer, "breakEvenPrice", margin.BreakEvenPrice);
            writer.WriteEndObject();
        }

        writer.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            writer.WriteStringValue(warning);
        }

        writer.WriteEndArray();
        TaxResultJson.WriteTrace(writer, result.Trace);
        writer.WriteEndObject();
    }

    /// <summary>Writes a reverse price: <c>sku</c>, <c>unitValue</c>, <c>exact</c>, and the landed cost at that value as <c>result</c>.</summary>
    public static void Write(Stream utf8Json, ReversePrice reverse)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(reverse);
        using var writer = new Utf8JsonWriter(utf8Json, Indented);
        writer.WriteStartObject();
        writer.WriteString("sku", reverse.Sku);
        WriteMoney(writer, "unitValue", reverse.UnitValue);
        writer.WriteBoolean("exact", reverse.IsExact);
        writer.WritePropertyName("result");
        Write(writer, reverse.Result);
        writer.WriteEndObject();
    }

    private static void WriteAmounts(Utf8JsonWriter writer, LandedCostAmounts amounts)
    {
        WriteMoney(writer, "goods", amounts.Goods);
        WriteMoney(writer, "freight", amounts.Freight);
        WriteMoney(writer, "insurance", amounts.Insurance);
        WriteMoney(writer, "customsValue", amounts.CustomsValue);
        WriteMoney(writer, "duty", amounts.Duty);
        WriteMoney(writer, "importTax", amounts.ImportTax);
        WriteMoney(writer, "saleTax", amounts.SaleTax);
        WriteMoney(writer, "fees", amounts.Fees);
        WriteMoney(writer, "landedCost", amounts.LandedCost);
    }

    private static void WriteMoney(Utf8JsonWriter writer, string name, Money money) => TaxResultJson.WriteMoney(writer, name, money);
}
