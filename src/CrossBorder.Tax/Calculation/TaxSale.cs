using NodaTime;

namespace CrossBorder.Tax;

/// <summary>Whether the buyer buys as a consumer or as a business.</summary>
public enum BuyerType
{
    /// <summary>A consumer (JSON <c>B2C</c>).</summary>
    Consumer,

    /// <summary>A business (JSON <c>B2B</c>).</summary>
    Business,
}

/// <summary>Where the sale is made.</summary>
public enum SalesChannel
{
    /// <summary>The seller's own store (JSON <c>own-store</c>).</summary>
    OwnStore,

    /// <summary>A marketplace that may act as deemed supplier or marketplace facilitator (JSON <c>marketplace</c>).</summary>
    Marketplace,
}

/// <summary>The seller: where it is established and the schemes and countries it is registered in.</summary>
public sealed class TaxSeller
{
    private readonly HashSet<string> _registrations;

    /// <summary>Creates a seller.</summary>
    /// <param name="country">Where the seller is established.</param>
    /// <param name="registrations">Scheme codes (<c>EU-OSS</c>, <c>EU-IOSS</c>, <c>NO-VOEC</c>, <c>BR-REMESSA-CONFORME</c>, <c>CN-CBEC</c>) and jurisdiction codes of domestic registrations (<c>GB</c>, <c>AU</c>, <c>US-CA</c>).</param>
    public TaxSeller(CountryCode country, IEnumerable<string>? registrations = null)
    {
        if (country.IsDefault)
        {
            throw new ArgumentException("The seller's country is default(CountryCode).", nameof(country));
        }

        Country = country;
        _registrations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var code in registrations ?? [])
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                throw new ArgumentException("A registration code is empty.", nameof(registrations));
            }

            _registrations.Add(code);
        }
    }

    /// <summary>Where the seller is established.</summary>
    public CountryCode Country { get; }

    /// <summary>The registrations, in code order.</summary>
    public IReadOnlyList<string> Registrations => [.. _registrations.Order(StringComparer.Ordinal)];

    /// <summary>Whether the seller holds a registration.</summary>
    public bool IsRegistered(string code) => _registrations.Contains(code);
}

/// <summary>The buyer: where the goods go, and whether it buys as a business.</summary>
public sealed class TaxBuyer
{
    /// <summary>Creates a buyer.</summary>
    /// <param name="country">Where the goods are delivered.</param>
    /// <param name="type">Consumer or business.</param>
    /// <param name="subdivision">The state or province part of its ISO 3166-2 code (<c>CA</c> for California), where tax differs inside the country.</param>
    /// <param name="postcode">The delivery postcode, where territories differ.</param>
    /// <param name="vatId">A VAT or GST identification number the seller has validated, for business buyers.</param>
    public TaxBuyer(CountryCode country, BuyerType type, string? subdivision = null, string? postcode = null, string? vatId = null)
    {
        if (country.IsDefault)
        {
            throw new ArgumentException("The buyer's country is default(CountryCode).", nameof(country));
        }

        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not a buyer type.");
        }

        if (subdivision is not null)
        {
            _ = TaxJurisdiction.Of(country, subdivision);
        }

        Country = country;
        Type = type;
        Subdivision = subdivision;
        Postcode = string.IsNullOrWhiteSpace(postcode) ? null : postcode.Trim();
        VatId = string.IsNullOrWhiteSpace(vatId) ? null : vatId.Trim();
    }

    /// <summary>Where the goods are delivered.</summary>
    public CountryCode Country { get; }

    /// <summary>Consumer or business.</summary>
    public BuyerType Type { get; }

    /// <summary>The subdivision code, or null.</summary>
    public string? Subdivision { get; }

    /// <summary>The delivery postcode, or null.</summary>
    public string? Postcode { get; }

    /// <summary>The validated VAT or GST number, or null.</summary>
    public string? VatId { get; }

    /// <summary>Whether this is a business that gave a validated tax number.</summary>
    public bool IsRegisteredBusiness => Type == BuyerType.Business && VatId is not null;
}

/// <summary>One line of a sale.</summary>
public sealed class TaxSaleLine
{
    /// <summary>The largest unit price or shipping amount a sale may carry: 10¹⁵ (a quadrillion), so that no product or total can leave <see cref="decimal"/>'s range.</summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>The largest quantity of a line: 10⁹ units.</summary>
    public const decimal MaxQuantity = 1_000_000_000m;

    /// <summary>Creates a line.</summary>
    /// <param name="sku">The seller's SKU.</param>
    /// <param name="quantity">Units sold; positive.</param>
    /// <param name="unitPrice">The price of one unit, with or without tax as the sale says; not negative.</param>
    /// <param name="category">The product's tax category, or null to decide it from <paramref name="hsCode"/> (standard when nothing decides).</param>
    /// <param name="hsCode">The Harmonized System (tariff) code, 6 to 10 digits, when known.</param>
    public TaxSaleLine(string sku, decimal quantity, Money unitPrice, TaxCategory? category = null, string? hsCode = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        if (quantity <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"Line {sku}: a quantity is positive; a refund is a credit note (TaxSale.IsCreditNote), not a negative quantity.");
        }

        if (quantity > MaxQuantity)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, $"Line {sku}: a quantity is at most 10^9 units.");
        }

        if (unitPrice.IsDefault || unitPrice.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(unitPrice), unitPrice.IsDefault ? "default" : unitPrice.ToString(), $"Line {sku}: a unit price is a non-negative amount.");
        }

        if (unitPrice.Amount > MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(unitPrice), unitPrice.ToString(), $"Line {sku}: a unit price is at most 10^15.");
        }

        if (hsCode is not null && (hsCode.Length is < 2 or > 10 || hsCode.AsSpan().ContainsAnyExceptInRange('0', '9')))
        {
            throw new ArgumentException($"Line {sku}: HS code '{hsCode}' is not 2 to 10 digits.", nameof(hsCode));
        }

        Sku = sku;
        Quantity = quantity;
        UnitPrice = unitPrice;
        Category = category;
        HsCode = hsCode;
    }

    /// <summary>The SKU.</summary>
    public string Sku { get; }

    /// <summary>Units sold.</summary>
    public decimal Quantity { get; }

    /// <summary>The price of one unit.</summary>
    public Money UnitPrice { get; }

    /// <summary>The tax category, or null to decide it from the HS code.</summary>
    public TaxCategory? Category { get; }

    /// <summary>The HS code, or null.</summary>
    public string? HsCode { get; }

    /// <summary>Unit price × quantity, unrounded.</summary>
    internal Money Value => UnitPrice * Quantity;
}

/// <summary>
/// A sale to tax: who sells to whom, from where, through which channel, on which date, which goods at which prices.
/// One currency per sale; exchange rates the law prescribes for value tests (the ECB rate for the EU's €150, HMRC's
/// monthly rate for the UK's £135…) are supplied by the caller.
/// </summary>
public sealed class TaxSale
{
    /// <summary>The most lines a sale may have.</summary>
    public const int MaxLines = 10_000;

    /// <summary>Creates a sale.</summary>
    /// <exception cref="ArgumentException">No lines or more than <see cref="MaxLines"/>, a line or the shipping in another currency, or shipping negative or above <see cref="TaxSaleLine.MaxAmount"/>.</exception>
    public TaxSale(LocalDate date, TaxSeller seller, CountryCode shipFrom, SalesChannel channel, TaxBuyer buyer, IEnumerable<TaxSaleLine> lines, Money shipping, bool pricesIncludeTax)
    {
        ArgumentNullException.ThrowIfNull(seller);
        ArgumentNullException.ThrowIfNull(buyer);
        ArgumentNullException.ThrowIfNull(lines);
        if (shipFrom.IsDefault)
        {
            throw new ArgumentException("The ship-from country is default(CountryCode).", nameof(shipFrom));
        }

        if (!Enum.IsDefined(channel))
        {
            throw new ArgumentOutOfRangeException(nameof(channel), channel, "Not a sales channel.");
        }

        var all = lines.ToArray();
        if (all.Length is 0 or > MaxLines)
        {
            throw new ArgumentException(all.Length == 0 ? "A sale has at least one line." : "A sale has at most 10,000 lines.", nameof(lines));
        }

        if (shipping.IsDefault || shipping.IsNegative || shipping.Amount > TaxSaleLine.MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(shipping), shipping.IsDefault ? "default" : shipping.ToString(), "Shipping is a non-negative amount (zero when free), at most 10^15.");
        }

        var currency = shipping.Currency;
        foreach (var line in all)
        {
            ArgumentNullException.ThrowIfNull(line, nameof(lines));
            if (line.UnitPrice.Currency != currency)
            {
                throw new ArgumentException($"Line {line.Sku} is in {line.UnitPrice.Currency.Code}; the sale is in {currency.Code}. One currency per sale.", nameof(lines));
            }
        }

        Date = date;
        Seller = seller;
        ShipFrom = shipFrom;
        Channel = channel;
        Buyer = buyer;
        Lines = all;
        Shipping = shipping;
        PricesIncludeTax = pricesIncludeTax;
    }

    /// <summary>The date of the sale (the tax point).</summary>
    public LocalDate Date { get; }

    /// <summary>The seller.</summary>
    public TaxSeller Seller { get; }

    /// <summary>The country the goods are shipped from.</summary>
    public CountryCode ShipFrom { get; }

    /// <summary>Own store or marketplace.</summary>
    public SalesChannel Channel { get; }

    /// <summary>The buyer.</summary>
    public TaxBuyer Buyer { get; }

    /// <summary>The lines.</summary>
    public IReadOnlyList<TaxSaleLine> Lines { get; }

    /// <summary>Shipping charged to the buyer (taxed like the goods it carries, shared over them by value).</summary>
    public Money Shipping { get; }

    /// <summary>Whether the prices include the tax.</summary>
    public bool PricesIncludeTax { get; }

    /// <summary>The sale's currency.</summary>
    public Currency Currency => Shipping.Currency;

    /// <summary>The goods' value without shipping: the sum of the lines' unit price × quantity.</summary>
    internal Money GoodsValue => Lines.Aggregate(Money.Zero(Currency), (sum, line) => sum + line.Value);

    /// <summary>Whether this is a credit note: the amounts are computed as for the sale and then negated.</summary>
    public bool IsCreditNote { get; init; }

    /// <summary>
    /// Whether the seller's EU cross-border B2C sales stayed at or below the €10,000 union threshold in the current
    /// and the previous calendar year (VAT Directive Art. 59c). Default false: destination VAT, the answer that is never
    /// too little. Ignored for sellers not established in the EU, to whom the threshold does not apply.
    /// </summary>
    public bool SellerBelowEuThreshold { get; init; }

    /// <summary>What the buyer has already bought this calendar year under China's cross-border e-commerce regime, for its annual limit.</summary>
    public Money? CbecAnnualPurchases { get; init; }

    /// <summary>Exchange rates for the value tests, as the law prescribes them on the sale date; inverted or crossed as needed.</summary>
    public IReadOnlyList<ExchangeRate> Rates
    {
        get;
        init => field = value is null ? throw new ArgumentNullException(nameof(value)) : [.. value.Select(r => r ?? throw new ArgumentException("A rate is null.", nameof(value)))];
    } = [];

    /// <summary>The rounding for this sale, or null for the calculator's default.</summary>
    public TaxRoundingPolicy? Rounding { get; init; }
}
