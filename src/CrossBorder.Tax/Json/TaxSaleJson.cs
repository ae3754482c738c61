using CrossBorder.Text;

namespace CrossBorder.Tax;

/// <summary>
/// Reads a sale in the JSON contract of <c>crossborder tax</c> (docs/tax.md): <c>date</c>, <c>currency</c>,
/// <c>pricesIncludeTax</c>, <c>seller</c> {<c>country</c>, <c>registrations</c>}, <c>shipFrom</c>, <c>channel</c>
/// (<c>own-store</c> | <c>marketplace</c>), <c>buyer</c> {<c>country</c>, <c>subdivision</c>, <c>postcode</c>,
/// <c>type</c> (<c>B2C</c> | <c>B2B</c>), <c>vatId</c>}, <c>lines</c>[{<c>sku</c>, <c>category</c>, <c>hsCode</c>,
/// <c>quantity</c>, <c>unitPrice</c>}], <c>shipping</c>; optionally <c>rates</c>[{<c>base</c>, <c>quote</c>,
/// <c>rate</c>}], <c>creditNote</c>, <c>sellerBelowEuThreshold</c>, <c>cbecAnnualPurchases</c> and <c>rounding</c>
/// {<c>level</c> (<c>per-unit</c> | <c>per-line</c> | <c>per-invoice</c>), <c>mode</c> (<c>half-up</c> | <c>half-even</c>)}.
/// Strict: unknown or repeated properties and malformed values are <see cref="FormatException"/>s naming the path.
/// </summary>
public static class TaxSaleJson
{
    /// <summary>Reads a sale from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="sourceName">What to call the input in messages, such as its file name.</param>
    /// <exception cref="FormatException">The JSON is malformed, or a field is missing, unknown, repeated or invalid; the message names it.</exception>
    public static TaxSale Read(Stream utf8Json, string sourceName)
    {
        return StrictJson.Read(utf8Json, sourceName, (message, inner) => new FormatException(message, inner), ReadSale);
    }

    /// <summary>Reads a sale from a JSON string.</summary>
    /// <inheritdoc cref="Read(Stream, string)" />
    public static TaxSale Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Read(stream, sourceName);
    }

    private static TaxSale ReadSale(StrictJson root)
    {
        root.Only("date", "currency", "pricesIncludeTax", "seller", "shipFrom", "channel", "buyer", "lines", "shipping", "rates", "creditNote", "sellerBelowEuThreshold", "cbecAnnualPurchases", "rounding");
        var date = root.Date("date");
        var currencyCode = root.String("currency");
        var currency = Currency.TryFromCode(currencyCode, out var c) ? c : throw root.Error("currency", $"'{StrictJson.Echo(currencyCode)}' is not an ISO 4217 currency code.");
        if (!currency.IsValidOn(date))
        {
            throw root.Error("currency", $"{currency.Code} is not a current currency on {NodaTime.Text.LocalDatePattern.Iso.Format(date)}.");
        }

        var sellerNode = root.Object("seller");
        sellerNode.Only("country", "registrations");
        var seller = Build(sellerNode, null, () => new TaxSeller(sellerNode.Country("country"), sellerNode.StringArray("registrations")));

        var buyerNode = root.Object("buyer");
        buyerNode.Only("country", "subdivision", "postcode", "type", "vatId");
        var type = buyerNode.String("type") switch
        {
            "B2C" => BuyerType.Consumer,
            "B2B" => BuyerType.Business,
            var other => throw buyerNode.Error("type", $"'{StrictJson.Echo(other)}' is not B2C or B2B."),
        };
        var buyer = Build(buyerNode, "subdivision", () => new TaxBuyer(buyerNode.Country("country"), type, buyerNode.OptionalString("subdivision"), buyerNode.OptionalString("postcode"), buyerNode.OptionalString("vatId")));

        var channel = root.String("channel") switch
        {
            "own-store" => SalesChannel.OwnStore,
            "marketplace" => SalesChannel.Marketplace,
            var other => throw root.Error("channel", $"'{StrictJson.Echo(other)}' is not own-store or marketplace."),
        };

        var lines = root.Array("lines").Select(node => ReadLine(node, currency)).ToList();
        var shipping = Amount(root, "shipping", currency) ?? Money.Zero(currency);
        var rates = root.OptionalArray("rates").Select(node => ReadRate(node, date)).ToList();
        var pricesIncludeTax = root.OptionalBool("pricesIncludeTax") ?? throw root.Error("pricesIncludeTax", "is required (true or false).");

        return Build(root, null, () => new TaxSale(date, seller, root.Country("shipFrom"), channel, buyer, lines, shipping, pricesIncludeTax)
        {
            Rates = rates,
            IsCreditNote = root.OptionalBool("creditNote") ?? false,
            SellerBelowEuThreshold = root.OptionalBool("sellerBelowEuThreshold") ?? false,
            CbecAnnualPurchases = Amount(root, "cbecAnnualPurchases", Currency.FromCode("CNY")),
            Rounding = TaxRoundingJson.Read(root),
        });
    }

    private static TaxSaleLine ReadLine(StrictJson node, Currency currency)
    {
        node.Only("sku", "description", "category", "hsCode", "quantity", "unitPrice");
        var sku = node.String("sku");
        node = node.Named(sku);
        TaxCategory? category = node.OptionalString("category") is { } code
            ? TaxCategory.TryParse(code, out var parsed) ? parsed : throw node.Error("category", $"'{StrictJson.Echo(code)}' is not a category code (lower-case letters, digits, hyphens).")
            : null;
        var quantity = node.Decimal("quantity");
        var price = Amount(node, "unitPrice", currency) ?? throw node.Error("unitPrice", "is required.");
        return Build(node, null, () => new TaxSaleLine(sku, quantity, price, category, node.OptionalString("hsCode")));
    }

    private static ExchangeRate ReadRate(StrictJson node, NodaTime.LocalDate date)
    {
        node.Only("base", "quote", "rate");
        var from = node.CurrencyOf("base");
        var to = node.CurrencyOf("quote");
        var rate = node.Decimal("rate");
        return Build(node, null, () => new ExchangeRate(from, to, rate, date));
    }

    private static Money? Amount(StrictJson node, string name, Currency currency)
    {
        if (node.OptionalDecimal(name) is not { } amount)
        {
            return null;
        }

        var money = Money.Of(amount, currency);
        return money.IsRounded ? money : throw node.Error(name, $"{money} is finer than {currency.Code}'s minor unit; round it before it reaches the tax engine.");
    }

    /// <summary>Runs a domain constructor, turning its argument errors into format errors at the node's path.</summary>
    private static T Build<T>(StrictJson node, string? property, Func<T> create) =>
        node.Build(property, create, "quantity", "unitPrice", "hsCode", "shipping", "rate");
}
