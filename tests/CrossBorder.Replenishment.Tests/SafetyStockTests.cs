
namespace CrossBorder.Replenishment.Tests;

public class SafetyStockTests
{
    private static readonly ServiceTarget Csl95 = ServiceTarget.CycleServiceLevel(0.95);

    [Fact]
    public void Combined_variance_worked_by_hand()
    {
        // An illustration (no published source claimed): d̄ = 120/day, σ_d = 60, L = 5 days, σ_L = 2 days, 95% →
        // σ_DL = √(5·60² + 120²·2²) = √(18,000 + 57,600) = √75,600 = 274.95; SS = Φ⁻¹(0.95) × 274.95 = 1.6449 × 274.95 = 452.3.
        var ss = SafetyStock.Calculate(Csl95, DemandRate.Of(120, 60, PeriodUnit.Day), LeadTime.Of(5, 2, PeriodUnit.Day));
        Assert.Equal(274.95454, ss.LeadTimeDemandStandardDeviation, 4);
        Assert.Equal(452.26, ss.Units, 1);
        Assert.Equal(600 + 452.26, ss.ReorderPoint, 1);
        Assert.Equal(SafetyStockMethod.Combined, ss.Method);
        Assert.Contains("√(5·60² + 120²·2²)", ss.Formula, StringComparison.Ordinal);
        Assert.Contains("total variance", ss.Source, StringComparison.Ordinal);

        // The additive variant overstates: 1.645·60·√5 + 1.645·120·2 = 220.7 + 394.8 = 615.5.
        var additive = SafetyStock.DemandVariability(1.6449, 60, 5) + SafetyStock.LeadTimeVariability(1.6449, 120, 2);
        Assert.True(additive > ss.Units * 1.3);
    }

    [Fact]
    public void Lead_time_uncertainty_illustration()
    {
        // An illustration (no published source claimed; its inputs are not any textbook's): daily demand 1,000 (σ 300),
        // L = 7 days, σ_L = 7 days, CSL 90% → σ = √(7·300² + 1000²·7²) = √(630,000 + 49,000,000) = 7,044.86;
        // SS = Φ⁻¹(0.9)·σ = 1.28155 × 7,044.86 = 9,028.3 (by hand).
        var ss = SafetyStock.Calculate(ServiceTarget.CycleServiceLevel(0.90), DemandRate.Of(1000, 300, PeriodUnit.Day), LeadTime.Of(7, 7, PeriodUnit.Day));
        // Φ⁻¹(0.9) = 1.2815515655446004 (normal tables to 16 digits); σ = √49,630,000.
        Assert.Equal(Math.Sqrt(49_630_000), ss.LeadTimeDemandStandardDeviation, 9);
        Assert.Equal(1.2815515655446004 * Math.Sqrt(49_630_000), ss.Units, 6);
    }

    [Fact]
    public void Safety_stock_for_a_cycle_service_level_by_hand()
    {
        // An illustration (no published source claimed): weekly demand 2,500 (σ 500), L = 2 weeks, CSL 90% →
        // SS = Φ⁻¹(0.9)·500·√2 = 1.28155 × 707.107 = 906.2.
        var ss = SafetyStock.Calculate(ServiceTarget.CycleServiceLevel(0.90), DemandRate.Of(2500, 500, PeriodUnit.Week), LeadTime.Fixed(2, PeriodUnit.Week), method: SafetyStockMethod.DemandVariability);
        Assert.Equal(906, ss.Units, 0);
    }

    [Fact]
    public void The_three_formulas()
    {
        Assert.Equal(1.5 * 10 * 2, SafetyStock.DemandVariability(1.5, 10, 4), 12);
        Assert.Equal(1.5 * 50 * 3, SafetyStock.LeadTimeVariability(1.5, 50, 3), 12);
        Assert.Equal(2 * Math.Sqrt((4 * 100) + (2500 * 9)), SafetyStock.Combined(2, 50, 10, 4, 3), 12);
    }

    [Fact]
    public void Fill_rate_target_uses_the_order_quantity()
    {
        var demand = DemandRate.Of(100, 50, PeriodUnit.Week);
        var lead = LeadTime.Fixed(4, PeriodUnit.Week);
        var ss = SafetyStock.Calculate(ServiceTarget.FillRate(0.99), demand, lead, orderQuantity: 500);
        Assert.Equal(100, ss.LeadTimeDemandStandardDeviation, 9);
        Assert.Equal(ServiceLevel.FillRateSafetyFactor(0.99, 500, 100), ss.SafetyFactor, 12);
        Assert.Contains("G⁻¹", ss.Formula, StringComparison.Ordinal);
        Assert.Equal("orderQuantity", Assert.Throws<ArgumentException>(() => SafetyStock.Calculate(ServiceTarget.FillRate(0.99), demand, lead)).ParamName);
    }

    [Fact]
    public void Inconsistent_units_are_rejected_and_explicit_conversion_works()
    {
        var weekly = DemandRate.Of(700, 70, PeriodUnit.Week);
        var days = LeadTime.Of(14, 7, PeriodUnit.Day);
        var ex = Assert.Throws<ArgumentException>(() => SafetyStock.Calculate(Csl95, weekly, days));
        Assert.Equal("leadTime", ex.ParamName);
        Assert.Contains("LeadTime.In(PeriodUnit.Week)", ex.Message, StringComparison.Ordinal);

        var ss = SafetyStock.Calculate(Csl95, weekly, days.In(PeriodUnit.Week));
        Assert.Equal(SafetyStock.Combined(ServiceLevel.SafetyFactor(0.95), 700, 70, 2, 1), ss.Units, 9);
    }

    [Fact]
    public void Bad_inputs_name_the_parameter()
    {
        Assert.Equal("mean", Assert.Throws<ArgumentOutOfRangeException>(() => LeadTime.Of(-1, 0, PeriodUnit.Day)).ParamName);
        Assert.Equal("standardDeviation", Assert.Throws<ArgumentOutOfRangeException>(() => LeadTime.Of(1, double.NaN, PeriodUnit.Day)).ParamName);
        Assert.Equal("unit", Assert.Throws<ArgumentOutOfRangeException>(() => DemandRate.Of(1, 1, (PeriodUnit)3)).ParamName);
        Assert.Equal("leadTimePeriods", Assert.Throws<ArgumentOutOfRangeException>(() => SafetyStock.DemandVariability(1.6, 10, -2)).ParamName);
        Assert.Equal("demandStandardDeviation", Assert.Throws<ArgumentOutOfRangeException>(() => SafetyStock.DemandVariability(1.6, double.NaN, 2)).ParamName);
        Assert.Equal("leadTime", Assert.Throws<ArgumentOutOfRangeException>(() => SafetyStock.Calculate(Csl95, DemandRate.Of(1, 1, PeriodUnit.Day), default)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => SafetyStock.Calculate(default, DemandRate.Of(1, 1, PeriodUnit.Day), LeadTime.Fixed(1, PeriodUnit.Day))).ParamName);
    }

    [Fact]
    public void Demand_rate_from_history()
    {
        var rate = DemandRate.FromHistory([10, 12, 8, 10], PeriodUnit.Week);
        Assert.Equal(10, rate.Mean, 12);
        Assert.Equal(Math.Sqrt(8.0 / 3), rate.StandardDeviation, 12);
        Assert.Equal("d̄ = 10 ± 1.63299 /Week", rate.ToString());
    }
}
