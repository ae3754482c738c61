namespace CrossBorder.LandedCost.Tests.Calculation;

/// <summary>
/// The pipeline end to end on the embedded data (default tax pack, sample tariff, fee schedule, landed-cost rules).
/// Golden cases from the authorities' worked examples are in the <c>.Golden</c> part, the US in <c>.UnitedStates</c>,
/// bad input in <c>.Errors</c>. Every expected figure is worked by hand in the comment above it.
/// </summary>
public partial class LandedCostCalculatorTests
{
    private static readonly OrderSpec Base = new();

    private static LandedCostLine Line(string sku, string hsCode, string origin, decimal quantity, decimal unitValue, string currency, decimal? dutyPercent = null, decimal? weightKg = null) =>
        OrderSpec.Line(sku, hsCode, origin, quantity, unitValue, currency, dutyPercent, weightKg);

    /// <summary>Calculates the order on the embedded data and asserts the regime chosen.</summary>
    private static LandedCostResult Run(OrderSpec spec, string regime)
    {
        var result = spec.Calculate();
        Assert.Equal(regime, result.Regime);
        return result;
    }

    /// <summary>
    /// Asserts the totals in the result's currency; the landed cost is checked as the sum of the parts (goods + freight
    /// + insurance + duty + import tax + sale tax + fees), worked here, not read from the result.
    /// </summary>
    private static void AssertTotals(LandedCostResult result, decimal goods, decimal freight, decimal insurance, decimal customsValue, decimal duty, decimal importTax, decimal saleTax, decimal fees)
    {
        var c = result.Currency;
        var t = result.Totals;
        Assert.Equal(
            new[] { goods, freight, insurance, customsValue, duty, importTax, saleTax, fees, goods + freight + insurance + duty + importTax + saleTax + fees }.Select(a => Money.Of(a, c)),
            new[] { t.Goods, t.Freight, t.Insurance, t.CustomsValue, t.Duty, t.ImportTax, t.SaleTax, t.Fees, t.LandedCost });
    }

    private static string TraceText(LandedCostResult result) => string.Join('\n', result.Trace.Select(t => $"{t.Step}: {t.Detail}"));
}
