using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.LandedCost.Tests.Valuation;

public class CustomsValuationTests
{
    private static Money Eur(decimal amount) => Money.Of(amount, "EUR");

    [Fact]
    public void Cif_adds_each_lines_share_of_freight_and_insurance()
    {
        // Goods 600 and 400 share freight 100.00 as 60.00 / 40.00 and insurance 10.00 as 6.00 / 4.00: 666.00 and 444.00.
        var valuation = CustomsValuation.Of([new("A", Eur(600m), 1), new("B", Eur(400m), 2)], Eur(100m), Eur(10m), ValuationBasis.Cif, AllocationMethod.ByValue);

        Assert.Equal([Eur(666m), Eur(444m)], valuation.Lines.Select(l => l.CustomsValue));
        Assert.Equal([Eur(60m), Eur(40m)], valuation.Lines.Select(l => l.Freight));
        Assert.Equal(Eur(1110m), valuation.CustomsValue);
    }

    [Fact]
    public void Fob_leaves_freight_and_insurance_out_but_still_shares_them()
    {
        var valuation = CustomsValuation.Of([new("A", Eur(600m), 1), new("B", Eur(400m), 2)], Eur(100m), Eur(10m), ValuationBasis.Fob, AllocationMethod.ByValue);

        Assert.Equal([Eur(600m), Eur(400m)], valuation.Lines.Select(l => l.CustomsValue));
        Assert.Equal([Eur(6m), Eur(4m)], valuation.Lines.Select(l => l.Insurance));
    }

    [Fact]
    public void Weight_and_quantity_shares_and_the_cent_left_over()
    {
        // 4.2 kg and 1.8 kg of 6 kg: 70.00 and 30.00. Three equal quantities share 100.00 as 33.34, 33.33, 33.33.
        var byWeight = CustomsValuation.Of([new("A", Eur(1m), 1, 4.2m), new("B", Eur(1m), 1, 1.8m)], Eur(100m), Eur(0m), ValuationBasis.Cif, AllocationMethod.ByWeight);
        var byQuantity = CustomsValuation.Of([new("A", Eur(1m), 2), new("B", Eur(5m), 2), new("C", Eur(9m), 2)], Eur(100m), Eur(0m), ValuationBasis.Cif, AllocationMethod.ByQuantity);

        Assert.Equal([Eur(70m), Eur(30m)], byWeight.Lines.Select(l => l.Freight));
        Assert.Equal([Eur(33.34m), Eur(33.33m), Eur(33.33m)], byQuantity.Lines.Select(l => l.Freight));
    }

    [Fact]
    public void Bad_shipments_are_refused_naming_the_line_or_parameter()
    {
        var noWeight = Assert.Throws<ArgumentException>(() => CustomsValuation.Of([new("A", Eur(1m), 1, 2m), new("B", Eur(1m), 1)], Eur(10m), Eur(0m), ValuationBasis.Cif, AllocationMethod.ByWeight));
        Assert.Contains("Line B has no weight", noWeight.Message, StringComparison.Ordinal);
        Assert.Equal("freight", Assert.Throws<ArgumentOutOfRangeException>(() => CustomsValuation.Of([new("A", Eur(1m), 1)], Eur(-1m), Eur(0m), ValuationBasis.Cif, AllocationMethod.ByValue)).ParamName);
        Assert.Equal("lines", Assert.Throws<ArgumentException>(() => CustomsValuation.Of([], Eur(1m), Eur(0m), ValuationBasis.Cif, AllocationMethod.ByValue)).ParamName);
        Assert.Contains("nothing to share", Assert.Throws<ArgumentException>(() => CustomsValuation.Of([new("A", Eur(0m), 1)], Eur(5m), Eur(0m), ValuationBasis.Cif, AllocationMethod.ByValue)).Message, StringComparison.Ordinal);
        Assert.Throws<CurrencyMismatchException>(() => CustomsValuation.Of([new("A", Eur(1m), 1)], Money.Of(5m, "USD"), Eur(0m), ValuationBasis.Cif, AllocationMethod.ByValue));
        Assert.Equal("quantity", Assert.Throws<ArgumentOutOfRangeException>(() => new ShipmentLine("A", Eur(1m), 0)).ParamName);
    }

    [ScaledProperty]
    public Property Shares_sum_to_the_totals_and_customs_value_follows_the_basis(NonEmptyArray<PositiveInt> values, NonNegativeInt freightCents, NonNegativeInt insuranceCents, bool cif, int methodSeed)
    {
        ShipmentLine[] lines = [.. values.Get.Take(20).Select((v, i) => new ShipmentLine($"L{i}", Eur(((v.Get % 1_000_000) + 1) / 100m), 1 + (v.Get % 7), (v.Get % 97) + 1))];
        var method = (AllocationMethod)Math.Abs(methodSeed % 3);
        var (freight, insurance) = (Eur(freightCents.Get / 100m), Eur(insuranceCents.Get % 100_000 / 100m));
        var basis = cif ? ValuationBasis.Cif : ValuationBasis.Fob;
        var total = lines.Aggregate(Eur(0m), (sum, l) => sum + l.GoodsValue);
        var valuation = CustomsValuation.Of(lines, freight, insurance, basis, method);
        var freightSum = valuation.Lines.Aggregate(Eur(0m), (s, l) => s + l.Freight);
        var insuranceSum = valuation.Lines.Aggregate(Eur(0m), (s, l) => s + l.Insurance);
        return (freightSum == freight && insuranceSum == insurance).Label("shares sum to the totals")
            .And(valuation.Lines.All(l => !l.Freight.IsNegative && !l.Insurance.IsNegative && l.Freight.IsRounded)).Label("non-negative whole cents")
            .And(valuation.CustomsValue == (cif ? total + freight + insurance : total)).Label("customs value follows the basis");
    }
}
