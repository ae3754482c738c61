namespace CrossBorder.Scorecards.Tests.Economics;

public class UnitEconomicsTests
{
    private static Money Usd(decimal amount) => Money.Of(amount, "USD");

    [Fact]
    public void CLV_by_order_value_worked_by_hand()
    {
        // AOV 50 × 4 orders a year × 40% margin × 3 years = 240.
        Assert.Equal(Usd(240m), CustomerLifetimeValue.FromOrderValue(Usd(50m), 4m, Percentage.FromPercent(40m), 3m));
    }

    [Fact]
    public void CLV_by_retention_worked_by_hand()
    {
        // m = 100 a year, r = 80%, d = 10%: 100 × 0.8 / (1 + 0.1 − 0.8) = 80 / 0.3 = 266.666…
        var clv = CustomerLifetimeValue.FromRetention(Usd(100m), Percentage.FromPercent(80m), Percentage.FromPercent(10m));

        Assert.Equal(266.6667m, Math.Round(clv.Amount, 4));
    }

    [Fact]
    public void CAC_payback_and_LTV_to_CAC_worked_by_hand()
    {
        // 5,000 spent for 100 new customers: CAC 50; 12.50 margin a month → payback 4 months; LTV 240 / 50 = 4.8.
        var result = AcquisitionEconomics.Of(Usd(5_000m), 100, Usd(12.5m), Usd(240m));

        Assert.Equal(Usd(50m), result.Cac);
        Assert.Equal(4m, result.PaybackMonths);
        Assert.Equal(4.8m, result.LtvToCac);
    }

    [Fact]
    public void Inventory_turnover_and_days_worked_by_hand()
    {
        // A year's COGS 120,000; inventory 25,000 at the start and 35,000 at the end → average 30,000; turnover 4;
        // days of inventory 365 / 4 = 91.25. A quarter's COGS 30,000 over 91 days with the same stock: 1 turn, 91 days.
        var year = InventoryTurnover.Of(Usd(120_000m), Usd(25_000m), Usd(35_000m), 365);
        var quarter = InventoryTurnover.Of(Usd(30_000m), Usd(25_000m), Usd(35_000m), 91);

        Assert.Equal((Usd(30_000m), 4m, 91.25m), (year.AverageInventory, year.Turnover, year.DaysOfInventory));
        Assert.Equal((1m, 91m), (quarter.Turnover, quarter.DaysOfInventory));
    }

    [Fact]
    public void Mixing_currencies_is_refused()
    {
        var eur = Money.Of(10m, "EUR");

        Assert.Throws<CurrencyMismatchException>(() => AcquisitionEconomics.Of(Usd(5_000m), 100, eur, Usd(240m)));
        Assert.Throws<CurrencyMismatchException>(() => AcquisitionEconomics.Of(Usd(5_000m), 100, Usd(12.5m), eur));
        Assert.Throws<CurrencyMismatchException>(() => InventoryTurnover.Of(Usd(120_000m), eur, Usd(35_000m), 365));
        Assert.Throws<CurrencyMismatchException>(() => InventoryTurnover.Of(eur, Usd(25_000m), Usd(35_000m), 365));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("purchasesPerPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => CustomerLifetimeValue.FromOrderValue(Usd(50m), -1m, Percentage.FromPercent(40m), 3m)).ParamName);
        Assert.Equal("grossMargin", Assert.Throws<ArgumentOutOfRangeException>(() => CustomerLifetimeValue.FromOrderValue(Usd(50m), 1m, Percentage.FromPercent(140m), 3m)).ParamName);
        Assert.Equal("retentionPerPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => CustomerLifetimeValue.FromRetention(Usd(100m), Percentage.OneHundred, Percentage.Zero)).ParamName);
        Assert.Equal("discountRatePerPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => CustomerLifetimeValue.FromRetention(Usd(100m), Percentage.FromPercent(50m), Percentage.FromPercent(-1m))).ParamName);
        Assert.Equal("newCustomers", Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionEconomics.Of(Usd(5_000m), 0, Usd(12.5m), Usd(240m))).ParamName);
        Assert.Equal("monthlyMarginPerCustomer", Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionEconomics.Of(Usd(5_000m), 10, Usd(0m), Usd(240m))).ParamName);
        Assert.Equal("acquisitionSpend", Assert.Throws<ArgumentOutOfRangeException>(() => AcquisitionEconomics.Of(Usd(0m), 10, Usd(1m), Usd(240m))).ParamName);
        Assert.Equal("openingInventory", Assert.Throws<ArgumentOutOfRangeException>(() => InventoryTurnover.Of(Usd(1m), Usd(0m), Usd(0m), 365)).ParamName);
        Assert.Equal("periodDays", Assert.Throws<ArgumentOutOfRangeException>(() => InventoryTurnover.Of(Usd(1m), Usd(1m), Usd(1m), 0)).ParamName);
        Assert.Equal("costOfGoodsSold", Assert.Throws<ArgumentOutOfRangeException>(() => InventoryTurnover.Of(Usd(0m), Usd(1m), Usd(1m), 365)).ParamName);
    }
}
