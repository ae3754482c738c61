using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.LandedCost.Tests.Economics;

public class FulfilmentComparisonTests
{
    private static readonly Currency EurCurrency = Currency.FromCode("EUR");

    private static Money Eur(decimal amount) => Money.Of(amount, "EUR");

    // Illustrative figures, not any provider's. Direct mail: c = 6.50, F = 0.
    // Overseas warehouse: F = 1,200.00 × 1 shipment; c = 0.40 × 1.5 months + 1.10 + 2.80 = 4.50.
    // Fulfilment centre: F = 500.00 × 2 shipments = 1,000.00; c = 0.80 × 1.5 months + 3.80 = 5.00.
    private static readonly FulfilmentOption Direct = FulfilmentOption.DirectMail(Eur(6.50m));
    private static readonly FulfilmentOption Warehouse = FulfilmentOption.OverseasWarehouse(Eur(1200m), 1m, Eur(0.40m), 1.5m, Eur(1.10m), Eur(2.80m));
    private static readonly FulfilmentOption Centre = FulfilmentOption.FulfilmentCentre(Eur(500m), 2m, Eur(0.80m), 1.5m, Eur(3.80m));

    [Fact]
    public void Each_option_costs_its_monthly_share_plus_its_unit_costs()
    {
        // At 500 a month: direct 6.50; warehouse 1,200 / 500 + 4.50 = 6.90; centre 1,000 / 500 + 5.00 = 7.00.
        var comparison = FulfilmentComparison.Compare(500m, [Direct, Warehouse, Centre], EurCurrency);

        Assert.Equal([Eur(6.50m), Eur(6.90m), Eur(7.00m)], comparison.Options.Select(o => o.UnitCost));
        Assert.Equal([Eur(0m), Eur(1200m), Eur(1000m)], comparison.Options.Select(o => o.FixedPerMonth));
        Assert.Equal([Eur(6.50m), Eur(4.50m), Eur(5.00m)], comparison.Options.Select(o => o.VariablePerUnit));
        Assert.Same(Direct, comparison.Cheapest.Option);

        // 1,200 + 4.50 × 500 = 3,450.00 a month for the warehouse.
        Assert.Equal(Eur(3450m), comparison.Options[1].MonthlyCost);

        // At 1,000 a month: warehouse 1.20 + 4.50 = 5.70 beats centre 1.00 + 5.00 = 6.00 and direct 6.50.
        Assert.Same(Warehouse, FulfilmentComparison.Compare(1000m, [Direct, Warehouse, Centre], EurCurrency).Cheapest.Option);
    }

    [Fact]
    public void Break_even_volumes_solve_the_linear_equation_and_round_up_to_whole_units()
    {
        // Direct vs warehouse: (0 − 1,200) / (4.50 − 6.50) = 600, warehouse cheaper from there.
        // Direct vs centre: (0 − 1,000) / (5.00 − 6.50) = 666.67 → 667, centre cheaper from there.
        // Warehouse vs centre: (1,200 − 1,000) / (5.00 − 4.50) = 400, warehouse cheaper from there.
        var breakEvens = FulfilmentComparison.Compare(500m, [Direct, Warehouse, Centre], EurCurrency).BreakEvens;

        Assert.Equal([600m, 667m, 400m], breakEvens.Select(b => b.MonthlyVolume));
        Assert.Equal([Warehouse, Centre, Warehouse], breakEvens.Select(b => b.CheaperFrom));
        Assert.Equal([(Direct, Warehouse), (Direct, Centre), (Warehouse, Centre)], breakEvens.Select(b => (b.First, b.Second)));
        Assert.Equal("direct mail and overseas warehouse break even at 600 units a month; overseas warehouse is cheaper from there", breakEvens[0].ToString());
    }

    [Fact]
    public void Options_that_never_cross_have_no_break_even()
    {
        // Same unit costs (no crossing), and one option cheaper both per month and per unit (no crossing).
        var a = FulfilmentOption.DirectMail(Eur(3m), Eur(100m), "a");
        var sameSlope = FulfilmentOption.DirectMail(Eur(3m), Eur(50m), "b");
        var dearer = FulfilmentOption.DirectMail(Eur(4m), Eur(200m), "c");

        Assert.Empty(FulfilmentComparison.Compare(10m, [a, sameSlope, dearer], EurCurrency).BreakEvens);
    }

    [Fact]
    public void The_unit_cost_rounds_half_up_only_at_the_output()
    {
        // 1.00 a month over 8 units = 0.125 exact: 0.13 half up. At 700 a month the warehouse is 1,200 / 700 + 4.50 = 6.2142857…: 6.21.
        var monthly = FulfilmentComparison.Compare(8m, [FulfilmentOption.DirectMail(Eur(0m), Eur(1m))], EurCurrency).Options[0];
        Assert.Equal(0.125m, monthly.ExactUnitCost.Amount);
        Assert.Equal(Eur(0.13m), monthly.UnitCost);
        Assert.Equal(Eur(6.21m), FulfilmentComparison.Compare(700m, [Warehouse], EurCurrency).Options[0].UnitCost);
    }

    [Fact]
    public void Costs_in_another_currency_are_converted_with_the_callers_rate()
    {
        // Freight USD 1,500.00 a shipment at EUR/USD 1.25 = EUR 1,200.00, the same as the EUR warehouse.
        var usd = Currency.FromCode("USD");
        var inUsd = FulfilmentOption.OverseasWarehouse(Money.Of(1500m, usd), 1m, Eur(0.40m), 1.5m, Eur(1.10m), Eur(2.80m));
        var rate = new ExchangeRate(EurCurrency, usd, 1.25m, new NodaTime.LocalDate(2026, 12, 1));

        Assert.Equal(Eur(6.90m), FulfilmentComparison.Compare(500m, [inUsd], EurCurrency, [rate]).Options[0].UnitCost);
        Assert.Equal("rates", Assert.Throws<ArgumentException>(() => FulfilmentComparison.Compare(500m, [inUsd], EurCurrency)).ParamName);
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("monthlyVolume", Assert.Throws<ArgumentOutOfRangeException>(() => FulfilmentComparison.Compare(0m, [Direct], EurCurrency)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentException>(() => FulfilmentComparison.Compare(1m, [], EurCurrency)).ParamName);
        var repeated = Assert.Throws<ArgumentException>(() => FulfilmentComparison.Compare(1m, [Direct, FulfilmentOption.DirectMail(Eur(1m))], EurCurrency));
        Assert.Contains("Two options are named 'direct mail'", repeated.Message, StringComparison.Ordinal);
        Assert.Equal("postagePerUnit", Assert.Throws<ArgumentOutOfRangeException>(() => FulfilmentOption.DirectMail(Eur(-1m))).ParamName);
        Assert.Equal("shipmentsPerMonth", Assert.Throws<ArgumentOutOfRangeException>(() => FulfilmentOption.FulfilmentCentre(Eur(1m), 0m, Eur(1m), 1m, Eur(1m))).ParamName);
        Assert.Equal("monthsHeld", Assert.Throws<ArgumentOutOfRangeException>(() => FulfilmentOption.OverseasWarehouse(Eur(1m), 1m, Eur(1m), -1m, Eur(1m), Eur(1m))).ParamName);
        Assert.Equal("lastMilePerUnit", Assert.Throws<ArgumentOutOfRangeException>(() => FulfilmentOption.OverseasWarehouse(Eur(1m), 1m, Eur(1m), 1m, Eur(1m), default)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => FulfilmentOption.DirectMail(Eur(1m), name: " ")).ParamName);
        Assert.Equal("monthlyVolume", Assert.Throws<ArgumentOutOfRangeException>(() => FulfilmentComparison.Compare(1m, [Direct], EurCurrency).Options[0].UnitCostAt(-2m)).ParamName);
    }

    [ScaledProperty(Arbitrary = [typeof(EconomicsArbitraries)])]
    public Property Unit_costs_never_rise_with_the_volume(AnyOptionPair pair, PositiveInt volume, PositiveInt more)
    {
        var low = (volume.Get % 100_000) + 1m;
        var high = low + (more.Get % 100_000) + 1m;
        var comparison = FulfilmentComparison.Compare(low, [pair.First], EurCurrency);
        var cost = comparison.Options[0];
        var hasMonthly = !cost.FixedPerMonth.IsZero;
        return (cost.UnitCostAt(high) <= cost.ExactUnitCost).Label("not higher at a higher volume")
            .And(!hasMonthly || cost.UnitCostAt(high) < cost.ExactUnitCost).Label("strictly lower with monthly costs")
            .And(cost.UnitCostAt(high) >= cost.VariablePerUnit).Label("never below the unit costs");
    }

    [ScaledProperty(Arbitrary = [typeof(EconomicsArbitraries)])]
    public Property Above_the_break_even_the_lower_unit_costs_win_and_below_it_the_lower_monthly_costs(AnyOptionPair pair)
    {
        var comparison = FulfilmentComparison.Compare(1m, [pair.First, pair.Second], EurCurrency);
        var (f1, f2) = (comparison.Options[0].FixedPerMonth, comparison.Options[1].FixedPerMonth);
        var (c1, c2) = (comparison.Options[0].VariablePerUnit, comparison.Options[1].VariablePerUnit);
        var crosses = c1 != c2 && f1 != f2 && (c1 < c2) == (f1 > f2);
        if (comparison.BreakEvens.Count == 0)
        {
            // No break-even: the pair must really never cross.
            return (!crosses).Label("no break-even only when the lines do not cross");
        }

        var breakEven = comparison.BreakEvens[0];
        var lower = breakEven.CheaperFrom == pair.First ? pair.Second : pair.First;
        var above = FulfilmentComparison.Compare(breakEven.MonthlyVolume + 1m, [pair.First, pair.Second], EurCurrency);
        var below = FulfilmentComparison.Compare(breakEven.ExactVolume / 2m, [pair.First, pair.Second], EurCurrency);
        return crosses.Label("a break-even only where the lines cross")
            .And(above.Cheapest.Option == breakEven.CheaperFrom).Label("above: the option with the lower unit costs")
            .And(below.Cheapest.Option == lower).Label("below: the option with the lower monthly costs")
            .And(breakEven.MonthlyVolume == Math.Ceiling(breakEven.ExactVolume) && breakEven.ExactVolume > 0m).Label("whole units, rounded up");
    }
}
