using CrossBorder.Tax;

namespace CrossBorder.LandedCost;

/// <summary>How widely the EU's temporary €3 flat duty is applied (sources disagree; the legal text is the default).</summary>
public enum FlatDutyScope
{
    /// <summary>
    /// As Council Regulation (EU) 2026/382 words it: consignments of at most €150 whose import is VAT-exempt under IOSS,
    /// or that travel by post. Other low-value consignments pay the Common Customs Tariff.
    /// </summary>
    LegalText,

    /// <summary>
    /// The wider reading of some advisers (Baker McKenzie, 2026-07-02): every consignment of at most €150 sold to a
    /// consumer, whatever the VAT scheme.
    /// </summary>
    AllConsumerSales,
}

/// <summary>Choices of the calculation that are the host's, not the law's.</summary>
public sealed record LandedCostSettings
{
    /// <summary>What to do with an HS code shorter than the tariff's lines. Refuse by default.</summary>
    public IncompleteCodePolicy IncompleteCodes { get; init; } = IncompleteCodePolicy.Refuse;

    /// <summary>The scope of flat duties. The legal text by default.</summary>
    public FlatDutyScope FlatDutyScope { get; init; } = FlatDutyScope.LegalText;

    /// <summary>Midpoint rounding of duty, tax and fees to the minor unit. Half away from zero by default.</summary>
    public MidpointRounding Rounding { get; init; } = MidpointRounding.AwayFromZero;
}

/// <summary>
/// Computes what it costs to put an order in the buyer's hands, who pays which part, and why: customs value on the
/// destination's basis, de minimis for duty, tax and fees, duty from a tariff (or flat duties and special regimes),
/// import tax at the border or tax collected at sale (through <see cref="TaxCalculator"/>), customs fees, the
/// incoterm's split, and a trace of every rule fired. Pure and thread-safe: no clock, no network.
/// </summary>
public sealed class LandedCostCalculator
{
    private static readonly Lazy<LandedCostCalculator> Embedded = new(() => new LandedCostCalculator(TaxCalculator.Default, CrossBorder.LandedCost.Tariff.Sample, CustomsFeeSchedule.Default, LandedCostRules.Default));

    /// <summary>Creates a calculator.</summary>
    /// <param name="tax">The tax calculator that decides the regime and the rates.</param>
    /// <param name="tariff">The tariff for duty.</param>
    /// <param name="fees">The customs fee schedule.</param>
    /// <param name="rules">Valuation bases, de minimis, flat duties, import-tax bases and special regimes.</param>
    /// <param name="settings">The host's choices; the defaults when null.</param>
    public LandedCostCalculator(TaxCalculator tax, ITariffProvider tariff, CustomsFeeSchedule fees, LandedCostRules rules, LandedCostSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(tax);
        ArgumentNullException.ThrowIfNull(tariff);
        ArgumentNullException.ThrowIfNull(fees);
        ArgumentNullException.ThrowIfNull(rules);
        Tax = tax;
        Tariff = tariff;
        Fees = fees;
        Rules = rules;
        Settings = settings ?? new LandedCostSettings();
        if (!Enum.IsDefined(Settings.IncompleteCodes) || !Enum.IsDefined(Settings.FlatDutyScope) || !Enum.IsDefined(Settings.Rounding))
        {
            throw new ArgumentOutOfRangeException(nameof(settings), "A setting is out of range.");
        }
    }

    /// <summary>The embedded defaults: the default tax pack, the sample tariff, the fee schedule and the landed-cost rules.</summary>
    public static LandedCostCalculator Default => Embedded.Value;

    /// <summary>The tax calculator.</summary>
    public TaxCalculator Tax { get; }

    /// <summary>The tariff.</summary>
    public ITariffProvider Tariff { get; }

    /// <summary>The fee schedule.</summary>
    public CustomsFeeSchedule Fees { get; }

    /// <summary>The landed-cost rules.</summary>
    public LandedCostRules Rules { get; }

    /// <summary>The host's choices.</summary>
    public LandedCostSettings Settings { get; }

    /// <summary>Computes the landed cost of an order.</summary>
    /// <exception cref="ArgumentException">
    /// The order is inconsistent: the importer of record contradicts the incoterm, an exchange rate is missing, an HS code
    /// has no tariff line (and no known rate), an entry type is needed and not given; the message names the field.
    /// </exception>
    /// <exception cref="LandedCostRuleMissingException">The rules hold no valuation basis or import-tax base for the destination on the date.</exception>
    /// <exception cref="InvalidOperationException">A fee has no data for the date (a fiscal year not yet in the schedule).</exception>
    /// <exception cref="TaxRateNotFoundException">The tax pack has no rate for the destination on the date.</exception>
    public LandedCostResult Calculate(LandedCostOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var result = new LandedCostRun(this, order).Run();
        return order.SellingPrice is { } price ? result.WithMargin(LandedCostPricing.Margin(result, price, order.ImportTaxRecoverable)) : result;
    }
}
