using CrossBorder.Tax;

namespace CrossBorder.LandedCost;

/// <summary>
/// The amounts of a line or of the whole order, in the result's currency. <see cref="LandedCost"/> is goods + freight +
/// insurance + duty + import tax + tax collected at sale + fees, exactly; <see cref="CustomsValue"/> is goods plus, on a
/// CIF basis, freight and insurance.
/// </summary>
/// <param name="Goods">The goods' value (the transaction value).</param>
/// <param name="Freight">International freight.</param>
/// <param name="Insurance">Insurance of the carriage.</param>
/// <param name="CustomsValue">The customs value on the destination's basis.</param>
/// <param name="Duty">Customs duty (with additional layers and flat duties).</param>
/// <param name="ImportTax">Import VAT/GST (or Brazil's ICMS) collected at the border.</param>
/// <param name="SaleTax">Tax collected at the point of sale (IOSS, the UK's £135, low-value goods regimes, US sales tax).</param>
/// <param name="Fees">Customs fees and the caller's charges.</param>
/// <param name="LandedCost">Everything it costs to put the goods in the buyer's hands.</param>
public sealed record LandedCostAmounts(Money Goods, Money Freight, Money Insurance, Money CustomsValue, Money Duty, Money ImportTax, Money SaleTax, Money Fees, Money LandedCost)
{
    /// <summary>All zero in <paramref name="currency"/>.</summary>
    public static LandedCostAmounts Zero(Currency currency)
    {
        var zero = Money.Zero(currency);
        return new(zero, zero, zero, zero, zero, zero, zero, zero, zero);
    }

    /// <summary>The sum of two sets of amounts.</summary>
    public LandedCostAmounts Add(LandedCostAmounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Goods + other.Goods, Freight + other.Freight, Insurance + other.Insurance, CustomsValue + other.CustomsValue, Duty + other.Duty, ImportTax + other.ImportTax, SaleTax + other.SaleTax, Fees + other.Fees, LandedCost + other.LandedCost);
    }
}

/// <summary>One line of the result: its amounts, the landed cost per unit, and how its duty and import tax were reached.</summary>
/// <param name="Sku">The SKU.</param>
/// <param name="Quantity">The quantity.</param>
/// <param name="Amounts">The line's amounts.</param>
/// <param name="LandedCostPerUnit">The landed cost divided by the quantity, rounded half away from zero to the minor unit.</param>
/// <param name="Duty">How the duty was reached (the rate and working, or why there is none).</param>
/// <param name="ImportTaxRate">The import tax rate applied at the border (0% when none is collected there).</param>
public sealed record LandedCostLineResult(string Sku, decimal Quantity, LandedCostAmounts Amounts, Money LandedCostPerUnit, string Duty, Percentage ImportTaxRate);

/// <summary>A fee in the result: its code, amount in the result's currency, who pays it, and its working and source.</summary>
/// <param name="Code">The fee's code (<c>US-MPF</c>, or a caller's charge code).</param>
/// <param name="Amount">The amount.</param>
/// <param name="Payer">Who pays it.</param>
/// <param name="Working">How it was reached.</param>
/// <param name="Source">The notice or act, or <c>caller</c> for a configured charge.</param>
public sealed record LandedCostFee(string Code, Money Amount, Party Payer, string Working, string Source);

/// <summary>Who pays what: the seller's and the buyer's parts of the landed cost, which sum to it exactly.</summary>
/// <param name="Seller">The seller's part: carriage and insurance under C and D terms, duty, import tax and fees under DDP, and fees the law puts on the seller.</param>
/// <param name="Buyer">The buyer's part: the goods' price, tax collected at sale, and what the seller does not pay.</param>
public sealed record PayerSplit(Money Seller, Money Buyer);

/// <summary>The landed cost of an order: totals, lines, fees, who pays, and the trace of every rule fired.</summary>
public sealed class LandedCostResult
{
    internal LandedCostResult(Currency currency, string regime, string customsArea, ValuationBasis? basis, LandedCostAmounts totals, IReadOnlyList<LandedCostLineResult> lines, IReadOnlyList<LandedCostFee> fees, PayerSplit payer, Party importer, IReadOnlyList<TaxTraceStep> trace, IReadOnlyList<string> warnings)
    {
        Currency = currency;
        Regime = regime;
        CustomsArea = customsArea;
        Basis = basis;
        Totals = totals;
        Lines = lines;
        Fees = fees;
        Payer = payer;
        ImporterOfRecord = importer;
        Trace = trace;
        Warnings = warnings;
    }

    /// <summary>The currency of every amount.</summary>
    public Currency Currency { get; }

    /// <summary>
    /// The regime: the codes of <c>crossborder tax</c> (<c>import</c>, <c>eu-ioss</c>, <c>uk-low-value</c>,
    /// <c>au-low-value</c>, <c>us-sales-tax</c>, <c>cn-cbec</c>…), plus <c>br-remessa-conforme</c>.
    /// </summary>
    public string Regime { get; }

    /// <summary>The customs area of the destination (<c>EU</c> for the customs union, else the country).</summary>
    public string CustomsArea { get; }

    /// <summary>The valuation basis used, or null when no customs border is crossed.</summary>
    public ValuationBasis? Basis { get; }

    /// <summary>The totals, each the exact sum of the lines'.</summary>
    public LandedCostAmounts Totals { get; }

    /// <summary>The lines, in order.</summary>
    public IReadOnlyList<LandedCostLineResult> Lines { get; }

    /// <summary>The fees; their amounts sum to <see cref="LandedCostAmounts.Fees"/> of the totals.</summary>
    public IReadOnlyList<LandedCostFee> Fees { get; }

    /// <summary>The seller's and buyer's parts.</summary>
    public PayerSplit Payer { get; }

    /// <summary>Who imports.</summary>
    public Party ImporterOfRecord { get; }

    /// <summary>Every rule fired, in order: areas, exchange rates, valuation, regime, de minimis tests, duty, fees, import tax, payer.</summary>
    public IReadOnlyList<TaxTraceStep> Trace { get; }

    /// <summary>Things the caller should check (such as a registration the seller lacks).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The margin and break-even price at the order's selling price, or null when the order gives none.</summary>
    public LandedCostMargin? Margin { get; private init; }

    internal LandedCostResult WithMargin(LandedCostMargin margin) =>
        new(Currency, Regime, CustomsArea, Basis, Totals, Lines, Fees, Payer, ImporterOfRecord, Trace, Warnings) { Margin = margin };
}
