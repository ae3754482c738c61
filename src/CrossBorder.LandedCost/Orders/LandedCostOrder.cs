using System.Globalization;
using CrossBorder.Tax;
using NodaTime;

namespace CrossBorder.LandedCost;

/// <summary>The Incoterms® 2020 rules the calculator splits costs by.</summary>
public enum Incoterm
{
    /// <summary>Ex works: the buyer carries, insures and imports.</summary>
    Exw,

    /// <summary>Free carrier: the buyer carries, insures and imports.</summary>
    Fca,

    /// <summary>Free on board: the buyer carries, insures and imports.</summary>
    Fob,

    /// <summary>Cost and freight: the seller pays the main carriage; the buyer insures and imports.</summary>
    Cfr,

    /// <summary>Cost, insurance and freight: the seller pays carriage and insurance; the buyer imports.</summary>
    Cif,

    /// <summary>Delivered at place: the seller delivers; the buyer imports and pays duty and import tax.</summary>
    Dap,

    /// <summary>Delivered at place unloaded: as DAP, unloaded.</summary>
    Dpu,

    /// <summary>Delivered duty paid: the seller delivers, imports and pays duty and import tax.</summary>
    Ddp,
}

/// <summary>The words of <see cref="Incoterm"/> in the JSON contract (<c>EXW</c> … <c>DDP</c>).</summary>
public static class Incoterms
{
    /// <summary>The term named by its three capital letters (<c>DDP</c>).</summary>
    public static bool TryParse(string? text, out Incoterm incoterm)
    {
        (var known, incoterm) = text switch
        {
            "EXW" => (true, Incoterm.Exw),
            "FCA" => (true, Incoterm.Fca),
            "FOB" => (true, Incoterm.Fob),
            "CFR" => (true, Incoterm.Cfr),
            "CIF" => (true, Incoterm.Cif),
            "DAP" => (true, Incoterm.Dap),
            "DPU" => (true, Incoterm.Dpu),
            "DDP" => (true, Incoterm.Ddp),
            _ => (false, default),
        };
        return known;
    }

    /// <summary>The three letters of a term.</summary>
    public static string Format(Incoterm incoterm) => Enum.IsDefined(incoterm)
        ? incoterm.ToString().ToUpperInvariant()
        : throw new ArgumentOutOfRangeException(nameof(incoterm), incoterm, "Not an incoterm.");

    /// <summary>Who imports under the term: the seller under DDP, the buyer under every other.</summary>
    public static Party Importer(Incoterm incoterm) => incoterm == Incoterm.Ddp ? Party.Seller : Party.Buyer;

    /// <summary>Who pays the main carriage: the seller under C and D terms, the buyer under E and F terms.</summary>
    public static Party Carriage(Incoterm incoterm) => incoterm is Incoterm.Exw or Incoterm.Fca or Incoterm.Fob ? Party.Buyer : Party.Seller;

    /// <summary>Who pays insurance of the carriage: the seller under CIF and D terms, else the buyer.</summary>
    public static Party Insurance(Incoterm incoterm) => incoterm is Incoterm.Cif or Incoterm.Dap or Incoterm.Dpu or Incoterm.Ddp ? Party.Seller : Party.Buyer;
}

/// <summary>Where the goods are delivered.</summary>
/// <param name="Country">The country.</param>
/// <param name="Subdivision">The state or province, where tax depends on it (US states, Canadian provinces, Brazilian states).</param>
/// <param name="Postcode">The postcode, where territories depend on it (the Canary Islands).</param>
public sealed record Destination(CountryCode Country, string? Subdivision = null, string? Postcode = null);

/// <summary>One line of an order: goods with their tariff code, origin, quantity, unit value and weight.</summary>
public sealed class LandedCostLine
{
    /// <summary>Creates a line.</summary>
    /// <exception cref="ArgumentException">The SKU is blank, the HS code malformed, the quantity not positive, the unit value negative or default, or the weight negative.</exception>
    public LandedCostLine(string sku, string hsCode, CountryCode originCountry, decimal quantity, Money unitValue, decimal? weightKg = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sku);
        if (!HsCodes.IsValid(hsCode))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Line {sku}: '{hsCode}' is not an HS code of 2 to 10 digits."), nameof(hsCode));
        }

        if (quantity <= 0m || quantity > TaxSaleLine.MaxQuantity)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, string.Create(CultureInfo.InvariantCulture, $"Line {sku}: the quantity is positive and at most {TaxSaleLine.MaxQuantity}."));
        }

        if (unitValue.IsDefault || unitValue.IsNegative || Math.Abs(unitValue.Amount) > TaxSaleLine.MaxAmount)
        {
            throw new ArgumentOutOfRangeException(nameof(unitValue), unitValue.IsDefault ? "default" : unitValue.ToString(), string.Create(CultureInfo.InvariantCulture, $"Line {sku}: the unit value is a non-negative amount."));
        }

        if (weightKg is < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(weightKg), weightKg, string.Create(CultureInfo.InvariantCulture, $"Line {sku}: a weight is not negative."));
        }

        Sku = sku;
        HsCode = hsCode;
        OriginCountry = originCountry;
        Quantity = quantity;
        UnitValue = unitValue;
        WeightKg = weightKg;
    }

    /// <summary>The SKU.</summary>
    public string Sku { get; }

    /// <summary>The tariff code, 2 to 10 digits.</summary>
    public string HsCode { get; }

    /// <summary>Where the goods were made (their origin for duty), not where they ship from.</summary>
    public CountryCode OriginCountry { get; }

    /// <summary>The number of items.</summary>
    public decimal Quantity { get; }

    /// <summary>The price of one item (the transaction value).</summary>
    public Money UnitValue { get; }

    /// <summary>The net weight of the whole line, in kilograms.</summary>
    public decimal? WeightKg { get; }

    /// <summary>A description for the trace and the customs declaration.</summary>
    public string? Description { get; init; }

    /// <summary>The tax category (standard when null and no taxonomy decides).</summary>
    public TaxCategory? TaxCategory { get; init; }

    /// <summary>A known duty rate that replaces the tariff lookup (de minimis, regimes and flat duties still apply).</summary>
    public DutyRate? DutyRate { get; init; }

    /// <summary>The value of the line: unit value × quantity, exact.</summary>
    public Money Value => UnitValue * Quantity;

    /// <summary>The same line at another unit value.</summary>
    /// <exception cref="ArgumentException">The unit value is negative or default.</exception>
    public LandedCostLine WithUnitValue(Money unitValue) => new(Sku, HsCode, OriginCountry, Quantity, unitValue, WeightKg)
    {
        Description = Description,
        TaxCategory = TaxCategory,
        DutyRate = DutyRate,
    };
}

/// <summary>A charge the caller configures (a carrier's brokerage or disbursement fee), paid by the importer of record.</summary>
/// <param name="Code">A code for the output, such as <c>BROKERAGE</c>.</param>
/// <param name="Amount">The amount.</param>
/// <param name="InTaxBase">Whether the destination's import-tax base includes it (the EU and UK add incidental expenses).</param>
public sealed record OrderCharge(string Code, Money Amount, bool InTaxBase = false);

/// <summary>
/// An order or shipment to land: where it goes and how, under which incoterm, with its lines, freight, insurance and the
/// exchange rates customs uses on the date. Validated by the calculator, which names the field at fault.
/// </summary>
public sealed class LandedCostOrder
{
    /// <summary>Creates an order.</summary>
    /// <param name="date">The date of import (the tax point and the customs date).</param>
    /// <param name="currency">The currency of the result.</param>
    /// <param name="origin">The country the goods ship from.</param>
    /// <param name="destination">Where they are delivered.</param>
    /// <param name="mode">How they travel.</param>
    /// <param name="incoterm">The delivery term.</param>
    /// <param name="lines">The lines, their unit values in one currency.</param>
    /// <param name="freight">International freight to the destination.</param>
    /// <param name="insurance">Insurance of the carriage.</param>
    /// <exception cref="ArgumentException">No lines, too many, or a line or amount is null or invalid.</exception>
    public LandedCostOrder(LocalDate date, Currency currency, CountryCode origin, Destination destination, ShippingMode mode, Incoterm incoterm, IEnumerable<LandedCostLine> lines, Money freight, Money insurance)
    {
        ArgumentNullException.ThrowIfNull(currency);
        ArgumentNullException.ThrowIfNull(destination);
        ArgumentNullException.ThrowIfNull(lines);
        if (!Enum.IsDefined(mode))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a shipping mode.");
        }

        if (!Enum.IsDefined(incoterm))
        {
            throw new ArgumentOutOfRangeException(nameof(incoterm), incoterm, "Not an incoterm.");
        }

        var all = lines.ToArray();
        if (all.Length is 0 or > TaxSale.MaxLines)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"An order has 1 to {TaxSale.MaxLines} lines, not {all.Length}."), nameof(lines));
        }

        if (all.Any(l => l is null))
        {
            throw new ArgumentException("A line is null.", nameof(lines));
        }

        var invoice = all[0].UnitValue.Currency;
        if (all.FirstOrDefault(l => l.UnitValue.Currency != invoice) is { } other)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Line {other.Sku} is in {other.UnitValue.Currency.Code}, line {all[0].Sku} in {invoice.Code}: an order's unit values are in one currency (its invoice's)."), nameof(lines));
        }

        foreach (var (amount, name) in new[] { (freight, nameof(freight)), (insurance, nameof(insurance)) })
        {
            if (amount.IsDefault || amount.IsNegative || !amount.IsRounded)
            {
                throw new ArgumentOutOfRangeException(name, amount.IsDefault ? "default" : amount.ToString(), string.Create(CultureInfo.InvariantCulture, $"The {name} is a non-negative amount in whole minor units."));
            }
        }

        Date = date;
        Currency = currency;
        Origin = origin;
        Destination = destination;
        Mode = mode;
        Incoterm = incoterm;
        Lines = all;
        Freight = freight;
        Insurance = insurance;
    }

    /// <summary>The date of import.</summary>
    public LocalDate Date { get; }

    /// <summary>The currency of the result.</summary>
    public Currency Currency { get; }

    /// <summary>The country the goods ship from.</summary>
    public CountryCode Origin { get; }

    /// <summary>Where they are delivered.</summary>
    public Destination Destination { get; }

    /// <summary>How they travel.</summary>
    public ShippingMode Mode { get; }

    /// <summary>The delivery term.</summary>
    public Incoterm Incoterm { get; }

    /// <summary>The lines.</summary>
    public IReadOnlyList<LandedCostLine> Lines { get; }

    /// <summary>International freight.</summary>
    public Money Freight { get; }

    /// <summary>Insurance of the carriage.</summary>
    public Money Insurance { get; }

    /// <summary>The currency of the unit values (the invoice's).</summary>
    public Currency InvoiceCurrency => Lines[0].UnitValue.Currency;

    /// <summary>Who is importer of record; null to follow the incoterm (the seller under DDP, else the buyer). A value that contradicts the incoterm is an error.</summary>
    public Party? ImporterOfRecord { get; init; }

    /// <summary>Where the seller is established; null for the origin country.</summary>
    public CountryCode? SellerCountry { get; init; }

    /// <summary>The seller's tax registrations, in the codes of <c>crossborder tax</c> (<c>EU-IOSS</c>, <c>GB</c>, <c>BR-REMESSA-CONFORME</c>…).</summary>
    public IReadOnlyList<string> SellerRegistrations { get; init; } = [];

    /// <summary>Own store or marketplace.</summary>
    public SalesChannel Channel { get; init; } = SalesChannel.OwnStore;

    /// <summary>A consumer or a business.</summary>
    public BuyerType BuyerType { get; init; } = BuyerType.Consumer;

    /// <summary>The buyer's VAT number, when the seller has validated one.</summary>
    public string? BuyerVatId { get; init; }

    /// <summary>The customs entry type, where fees depend on it (US formal or informal entries).</summary>
    public CustomsEntry? Entry { get; init; }

    /// <summary>Exchange rates customs uses on the date: 1 base = rate quote, inverted or crossed as needed.</summary>
    public IReadOnlyList<ExchangeRate> Rates { get; init; } = [];

    /// <summary>What the buyer is charged for delivery on the invoice (in the invoice currency); tax collected at sale is charged on it too.</summary>
    public Money? ShippingCharged { get; init; }

    /// <summary>How freight and insurance are shared over the lines.</summary>
    public AllocationMethod Allocation { get; init; } = AllocationMethod.ByValue;

    /// <summary>Charges the caller configures (brokerage, disbursement).</summary>
    public IReadOnlyList<OrderCharge> Charges { get; init; } = [];

    /// <summary>The net price the goods are resold at, in the result's currency, for the margin and break-even price; null for none.</summary>
    public Money? SellingPrice { get; init; }

    /// <summary>Whether the importer recovers the import tax (a VAT-registered business importing for resale), for the margin.</summary>
    public bool ImportTaxRecoverable { get; init; }

    /// <summary>The same order with other lines (everything else kept).</summary>
    /// <exception cref="ArgumentException">As the constructor.</exception>
    public LandedCostOrder WithLines(IEnumerable<LandedCostLine> lines) => new(Date, Currency, Origin, Destination, Mode, Incoterm, lines, Freight, Insurance)
    {
        ImporterOfRecord = ImporterOfRecord,
        SellerCountry = SellerCountry,
        SellerRegistrations = SellerRegistrations,
        Channel = Channel,
        BuyerType = BuyerType,
        BuyerVatId = BuyerVatId,
        Entry = Entry,
        Rates = Rates,
        ShippingCharged = ShippingCharged,
        Allocation = Allocation,
        Charges = Charges,
        SellingPrice = SellingPrice,
        ImportTaxRecoverable = ImportTaxRecoverable,
    };
}
