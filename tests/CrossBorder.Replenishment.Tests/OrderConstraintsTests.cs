
namespace CrossBorder.Replenishment.Tests;

public class OrderConstraintsTests
{
    [Fact]
    public void Eoq_worked_by_hand()
    {
        // An illustration (no published source claimed): D = 1,000/month = 12,000/year, K = $4,000 per order,
        // h = 20% of $500 = $100 per unit-year → Q* = √(2·12,000·4,000/100) = √960,000 = 979.8.
        var h = LotSize.HoldingCost(500m, 0.20m);
        Assert.Equal(100m, h);
        Assert.Equal(979.8, LotSize.EconomicOrderQuantity(12_000, 4_000m, h), 1);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(-5, 0)]
    [InlineData(1, 120)] // raised to the MOQ of 120 (10 cases of 12)
    [InlineData(121, 132)] // up to 11 cases
    [InlineData(144, 144)]
    public void Rounding_up_respects_moq_and_case_pack(double requested, int expected)
    {
        var c = new OrderConstraints(minimumOrderQuantity: 120, casePack: 12);
        Assert.Equal(expected, c.Round(requested).Quantity);
    }

    [Fact]
    public void Rounding_down_never_goes_below_the_moq()
    {
        var c = new OrderConstraints(minimumOrderQuantity: 100, casePack: 24, rounding: PackRounding.Down);
        Assert.Equal(120, c.Round(110).Quantity); // 4 cases = 96 < MOQ → 5 cases
        Assert.Equal(144, c.Round(160).Quantity);
        var nearest = new OrderConstraints(casePack: 10, rounding: PackRounding.Nearest);
        Assert.Equal(10, nearest.Round(3).Quantity); // never rounds a needed order to zero
        Assert.Equal(20, nearest.Round(15).Quantity);
    }

    [Fact]
    public void Containers()
    {
        var c = new OrderConstraints(casePack: 10, containerCapacity: 1000, fullContainersOnly: true);
        var order = c.Round(1200);
        Assert.Equal(2000, order.Quantity);
        Assert.Equal(2, order.Containers);
        Assert.Equal(200, order.Cases);
        var partial = new OrderConstraints(casePack: 10, containerCapacity: 1000).Round(1250);
        Assert.Equal(1250, partial.Quantity);
        Assert.Contains("last 25% full", partial.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_constraints_name_the_parameter()
    {
        Assert.Equal("minimumOrderQuantity", Assert.Throws<ArgumentOutOfRangeException>(() => new OrderConstraints(minimumOrderQuantity: -1)).ParamName);
        Assert.Equal("casePack", Assert.Throws<ArgumentOutOfRangeException>(() => new OrderConstraints(casePack: 0)).ParamName);
        Assert.Equal("containerCapacity", Assert.Throws<ArgumentException>(() => new OrderConstraints(casePack: 12, containerCapacity: 100)).ParamName);
        Assert.Equal("requested", Assert.Throws<ArgumentOutOfRangeException>(() => OrderConstraints.None.Round(double.NaN)).ParamName);
        Assert.Equal("holdingCostPerUnitYear", Assert.Throws<ArgumentOutOfRangeException>(() => LotSize.EconomicOrderQuantity(1, 1m, 0m)).ParamName);
    }
}
