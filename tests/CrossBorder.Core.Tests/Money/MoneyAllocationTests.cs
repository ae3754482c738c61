using System.Numerics;
using CrossBorder.Tests.Helpers;
using FsCheck;

namespace CrossBorder.Tests;

public class MoneyAllocationTests
{
    private static readonly Currency Eur = Currency.FromCode("EUR");

    private static decimal[] Amounts(Money[] parts) => [.. parts.Select(p => p.Amount)];

    [Fact]
    public void Equal_ratios_give_the_extra_cent_to_the_earlier_parts()
    {
        Assert.Equal([33.34m, 33.33m, 33.33m], Amounts(Money.Of(100m, Eur).Allocate([1m, 1m, 1m])));
        Assert.Equal([33.34m, 33.33m, 33.33m], Amounts(Money.Of(100m, Eur).Split(3)));
        Assert.Equal([0.01m, 0.01m, 0.01m, 0.01m, 0.01m, 0m, 0m, 0m, 0m, 0m], Amounts(Money.Of(0.05m, Eur).Split(10)));
    }

    [Fact]
    public void Largest_remainders_win_the_leftover_units()
    {
        // Exact shares 42.857…, 35.714…, 21.428…: floors 42.85, 35.71, 21.42 leave two cents, which go to the
        // largest remainders, 0.857… and 0.714… of a cent; 0.428… gets nothing.
        Assert.Equal([42.86m, 35.71m, 21.43m], Amounts(Money.Of(100m, Eur).Allocate([3m, 2.5m, 1.5m])));
    }

    [Fact]
    public void Zero_and_fractional_ratios_are_allowed()
    {
        Assert.Equal([0m, 50m, 50m], Amounts(Money.Of(100m, Eur).Allocate([0m, 0.5m, 0.5m])));
        Assert.Equal([33.34m, 33.33m, 33.33m], Amounts(Money.Of(100m, Eur).Allocate([1m / 3m, 1m / 3m, 1m / 3m])));
    }

    [Fact]
    public void Negative_totals_allocate_symmetrically()
    {
        Assert.Equal([-33.34m, -33.33m, -33.33m], Amounts(Money.Of(-100m, Eur).Split(3)));
    }

    [Fact]
    public void Withdrawn_currencies_with_a_known_minor_unit_still_allocate() =>
        Assert.Equal([33.34m, 33.33m, 33.33m], Amounts(Money.Of(100m, "HRK").Split(3)));

    [Fact]
    public void Zero_decimal_currencies_allocate_whole_units() =>
        Assert.Equal([334m, 333m, 333m], Amounts(Money.Of(1000m, "JPY").Split(3)));

    [Fact]
    public void Allocation_to_a_chosen_precision_works_for_units_without_minor_unit() =>
        Assert.Equal([0.334m, 0.333m, 0.333m], Amounts(Money.Of(1m, "XAU").Allocate([1m, 1m, 1m], 3)));

    [Fact]
    public void Very_precise_ratios_fall_back_to_big_integers_and_stay_exact()
    {
        var ratios = new[] { 0.1234567890123456789012345678m, 7922816251426433759354395.0335m, 1m };
        var total = Money.Of(79_228_162_514_264.33m, Eur);

        var parts = total.Allocate(ratios);

        Assert.Equal(total, Money.Sum(parts, Eur));
    }

    [Fact]
    public void Bad_ratios_are_rejected_naming_the_parameter()
    {
        var money = Money.Of(100m, Eur);

        Assert.Contains("negative", Assert.Throws<ArgumentException>(() => money.Allocate([1m, -1m])).Message, StringComparison.Ordinal);
        Assert.Contains("zero", Assert.Throws<ArgumentException>(() => money.Allocate([0m, 0m])).Message, StringComparison.Ordinal);
        Assert.Equal("ratios", Assert.Throws<ArgumentException>(() => money.Allocate([])).ParamName);
        Assert.Equal("parts", Assert.Throws<ArgumentOutOfRangeException>(() => money.Split(0)).ParamName);
        Assert.Equal("decimals", Assert.Throws<ArgumentOutOfRangeException>(() => money.Allocate([1m], 29)).ParamName);
    }

    [Fact]
    public void A_total_with_fractions_of_a_cent_must_be_rounded_first()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Money.Of(100.005m, Eur).Split(2));

        Assert.Contains("round it first", error.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", error.Message, StringComparison.Ordinal);
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public bool Parts_always_sum_exactly_to_the_total(Money total, Ratios ratios) =>
        Money.Sum(total.Allocate(ratios.Values), total.Currency) == total;

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public bool Each_part_is_within_one_minor_unit_of_its_exact_share(Money total, Ratios ratios)
    {
        // Exact rational arithmetic, independent of decimal's 28 digits (amounts reach 2^95 minor units):
        // |part − total × ratio / Σratios| < one unit  ⇔  |part × Σratios − total × ratio| < unit × Σratios.
        var parts = total.Allocate(ratios.Values);
        var sum = ratios.Values.Aggregate(BigInteger.Zero, (acc, r) => acc + Exact.Of(r));
        var unitTimesSum = Exact.Of(total.Currency.MinorUnitValue) * sum;
        return parts.Select((p, i) => BigInteger.Abs((Exact.Of(p.Amount) * sum) - (Exact.Of(total.Amount) * Exact.Of(ratios.Values[i]))))
            .All(d => d < unitTimesSum);
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public bool Parts_are_whole_minor_units_with_the_totals_sign(Money total, Ratios ratios) =>
        total.Allocate(ratios.Values).All(p => p.IsRounded && (p.IsZero || p.IsNegative == total.IsNegative));

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public bool Zero_ratios_get_nothing(Money total, Ratios ratios) =>
        total.Allocate(ratios.Values).Where((_, i) => ratios.Values[i] == 0m).All(p => p.IsZero);

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public bool Split_parts_differ_by_at_most_one_minor_unit_and_decrease(Money total, PositiveInt count)
    {
        var n = (count.Get % 50) + 1;
        var amounts = total.Split(n).Select(p => Math.Abs(p.Amount)).ToArray();
        var ordered = amounts.Zip(amounts.Skip(1)).All(pair => pair.First >= pair.Second);
        return ordered && amounts.Max() - amounts.Min() <= total.Currency.MinorUnitValue && amounts.Length == n;
    }

    [ScaledProperty(Arbitrary = [typeof(CoreArbitraries)])]
    public bool Allocation_is_deterministic_and_scale_free_in_the_ratios(Money total, Ratios ratios)
    {
        var scaled = ratios.Values.Select(r => r * 10m).ToArray();
        return Amounts(total.Allocate(ratios.Values)).SequenceEqual(Amounts(total.Allocate(scaled)));
    }
}
