using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.LandedCost.Tests.Duty;

public class DutyRateTests
{
    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    [Fact]
    public void Ad_valorem_is_a_share_of_the_customs_value()
    {
        // 5% of USD 1,274.00 = 63.70.
        var duty = new DutyRate(Percentage.Parse("5%")).Compute(Usd(1274.00m), 1, null, MidpointRounding.AwayFromZero);

        Assert.Equal(Usd(63.70m), duty.Amount);
        Assert.Equal("5% × USD 1,274.00", duty.Working);
    }

    [Fact]
    public void Specific_duties_are_per_kilogram_or_per_item()
    {
        // USD 1.20/kg × 4.2 kg = 5.04; USD 0.35/item × 12 = 4.20.
        Assert.Equal(Usd(5.04m), new DutyRate(specific: Usd(1.20m)).Compute(Usd(100m), 1, 4.2m, MidpointRounding.ToEven).Amount);
        Assert.Equal(Usd(4.20m), new DutyRate(specific: Usd(0.35m), specificUnit: SpecificUnit.Item).Compute(Usd(100m), 12, null, MidpointRounding.ToEven).Amount);
        var missing = Assert.Throws<ArgumentException>(() => new DutyRate(specific: Usd(1.20m)).Compute(Usd(100m), 1, null, MidpointRounding.ToEven));
        Assert.Equal("netWeightKg", missing.ParamName);
    }

    [Fact]
    public void Compound_rates_add_both_parts_and_bounds_hold_the_sum()
    {
        var rate = new DutyRate(Percentage.Parse("3%"), Usd(0.50m), SpecificUnit.Kilogram, minimum: Usd(2.00m), maximum: Usd(10.00m));

        // 3% × 100.00 + 0.50 × 2 kg = 3.00 + 1.00 = 4.00, within the bounds.
        var middle = rate.Compute(Usd(100m), 1, 2m, MidpointRounding.AwayFromZero);
        Assert.Equal(Usd(4.00m), middle.Amount);
        Assert.Equal("3% × USD 100.00 + USD 0.50 × 2 kg", middle.Working);
        // 3% × 10.00 + 0.50 × 0.5 kg = 0.55 → the minimum 2.00.
        Assert.Equal(Usd(2.00m), rate.Compute(Usd(10m), 1, 0.5m, MidpointRounding.AwayFromZero).Amount);
        // 3% × 1,000.00 + 0.50 × 20 kg = 40.00 → the maximum 10.00.
        var capped = rate.Compute(Usd(1000m), 1, 20m, MidpointRounding.AwayFromZero);
        Assert.Equal(Usd(10.00m), capped.Amount);
        Assert.EndsWith("held to the maximum USD 10.00", capped.Working, StringComparison.Ordinal);
        Assert.True(rate.IsCompound);
        Assert.Equal("3% + USD 0.50/kg (min USD 2.00, max USD 10.00)", rate.ToString());
    }

    [Fact]
    public void The_midpoint_goes_the_way_asked()
    {
        // 12.5% of USD 1.00 = 0.125: half-up 0.13, half-even 0.12.
        var rate = new DutyRate(Percentage.Parse("12.5%"));

        Assert.Equal(Usd(0.13m), rate.Compute(Usd(1m), 1, null, MidpointRounding.AwayFromZero).Amount);
        Assert.Equal(Usd(0.12m), rate.Compute(Usd(1m), 1, null, MidpointRounding.ToEven).Amount);
    }

    [Fact]
    public void Bad_rates_and_inputs_name_the_parameter()
    {
        Assert.Equal("adValorem", Assert.Throws<ArgumentException>(() => new DutyRate()).ParamName);
        Assert.Equal("adValorem", Assert.Throws<ArgumentOutOfRangeException>(() => new DutyRate(Percentage.Parse("-1%"))).ParamName);
        Assert.Equal("maximum", Assert.Throws<ArgumentException>(() => new DutyRate(Percentage.Zero, minimum: Usd(5m), maximum: Usd(1m))).ParamName);
        Assert.Equal("minimum", Assert.Throws<ArgumentException>(() => new DutyRate(specific: Usd(1m), minimum: Money.Of(1m, "EUR"))).ParamName);
        Assert.Equal("customsValue", Assert.Throws<ArgumentOutOfRangeException>(() => DutyRate.Free.Compute(Usd(-1m), 1, null, MidpointRounding.ToEven)).ParamName);
        Assert.Equal("quantity", Assert.Throws<ArgumentOutOfRangeException>(() => DutyRate.Free.Compute(Usd(1m), -1, null, MidpointRounding.ToEven)).ParamName);
        Assert.Throws<CurrencyMismatchException>(() => new DutyRate(specific: Money.Of(1m, "EUR")).Compute(Usd(1m), 1, 1m, MidpointRounding.ToEven));
    }

    [ScaledProperty]
    public Property Duty_is_monotonic_in_the_value_and_stays_within_its_bounds(PositiveInt a, PositiveInt b, NonNegativeInt percent, NonNegativeInt specificCents, NonNegativeInt weight)
    {
        var rate = new DutyRate(Percentage.FromPercent(percent.Get % 60), Usd((specificCents.Get % 500) / 100m), SpecificUnit.Kilogram, Usd(1m), Usd(500m));
        var (low, high) = a.Get <= b.Get ? (a.Get, b.Get) : (b.Get, a.Get);
        var kg = (weight.Get % 1000) / 10m;
        var dutyLow = rate.Compute(Usd(low / 100m), 1, kg, MidpointRounding.AwayFromZero).Amount;
        var dutyHigh = rate.Compute(Usd(high / 100m), 1, kg, MidpointRounding.AwayFromZero).Amount;

        return (dutyLow <= dutyHigh).Label("monotonic")
            .And(dutyLow >= Usd(1m) && dutyHigh <= Usd(500m)).Label("bounded")
            .And(dutyHigh.IsRounded).Label("whole cents");
    }
}
