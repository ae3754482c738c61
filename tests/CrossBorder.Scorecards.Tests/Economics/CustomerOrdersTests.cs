using NodaTime;

namespace CrossBorder.Scorecards.Tests.Economics;

public class CustomerOrdersTests
{
    private static CustomerOrder Order(string customer, int month, int day) => new(customer, new LocalDate(2026, month, day));

    private static readonly CustomerOrder[] Orders =
    [
        Order("a", 1, 5), Order("a", 2, 3), Order("a", 3, 9),
        Order("b", 1, 20), Order("b", 3, 1),
        Order("c", 1, 30),
        Order("d", 2, 14), Order("d", 2, 20), Order("d", 3, 2),
        Order("e", 2, 28),
    ];

    [Fact]
    public void The_retention_matrix_worked_by_hand()
    {
        // January cohort a, b, c (3): month 1 only a → 1/3; month 2 a and b → 2/3.
        // February cohort d, e (2): month 1 d → 1/2. The data ends in March, so no later months are listed.
        var rows = CustomerOrders.RetentionMatrix(Orders);

        Assert.Equal(2, rows.Count);
        Assert.Equal((new YearMonth(2026, 1), 3), (rows[0].Cohort, rows[0].Customers));
        Assert.Equal([1m, 1m / 3m, 2m / 3m], rows[0].Retention);
        Assert.Equal((new YearMonth(2026, 2), 2), (rows[1].Cohort, rows[1].Customers));
        Assert.Equal([1m, 0.5m], rows[1].Retention);
    }

    [Fact]
    public void The_repeat_purchase_rate_worked_by_hand()
    {
        // February: a (1 order), d (2), e (1) → 3 customers, 1 repeater → 1/3. Q1: a (3), b (2), c, d (3), e → 3 of 5.
        var february = CustomerOrders.RepeatPurchaseRate(Orders, new DateInterval(new LocalDate(2026, 2, 1), new LocalDate(2026, 2, 28)));
        var quarter = CustomerOrders.RepeatPurchaseRate(Orders, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)));

        Assert.Equal((3, 1, 1m / 3m), (february.Customers, february.Repeaters, february.Rate));
        Assert.Equal((5, 3, 0.6m), (quarter.Customers, quarter.Repeaters, quarter.Rate));
    }

    [Fact]
    public void Bad_input_is_refused_naming_the_parameter()
    {
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => CustomerOrders.RetentionMatrix([])).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => CustomerOrders.RetentionMatrix([Order(" ", 1, 1)])).ParamName);
        Assert.Equal("orders", Assert.Throws<ArgumentException>(() => CustomerOrders.RepeatPurchaseRate(Orders, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 31)))).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentNullException>(() => CustomerOrders.RepeatPurchaseRate(Orders, null!)).ParamName);
    }
}
