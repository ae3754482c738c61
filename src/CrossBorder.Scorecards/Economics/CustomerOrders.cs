using NodaTime;

namespace CrossBorder.Scorecards;

/// <summary>One order by a customer on a date.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Date">The order date.</param>
public sealed record CustomerOrder(string CustomerId, LocalDate Date);

/// <summary>One cohort's row in a retention matrix.</summary>
/// <param name="Cohort">The month of the customers' first order.</param>
/// <param name="Customers">The customers whose first order fell in that month.</param>
/// <param name="Retention">The share of them ordering in month 0, 1, 2… after it (month 0 is 1), up to the last month in the data; later months are not observed and not listed.</param>
public sealed record CohortRow(YearMonth Cohort, int Customers, IReadOnlyList<decimal> Retention);

/// <summary>A repeat-purchase rate over a window.</summary>
/// <param name="Window">The window (both ends inclusive).</param>
/// <param name="Customers">Customers with at least one order in the window.</param>
/// <param name="Repeaters">Those with at least two.</param>
/// <param name="Rate">Repeaters ÷ customers.</param>
public sealed record RepeatPurchaseResult(DateInterval Window, int Customers, int Repeaters, decimal Rate);

/// <summary>Retention measures from orders: the cohort retention matrix and the repeat-purchase rate.</summary>
public static class CustomerOrders
{
    /// <summary>
    /// The cohort retention matrix: customers grouped by the month of their first order in <paramref name="orders"/>;
    /// for each later month up to the last month with an order, the share of the cohort with an order in it.
    /// </summary>
    /// <exception cref="ArgumentException">No orders, a null order or a blank customer id.</exception>
    public static IReadOnlyList<CohortRow> RetentionMatrix(IEnumerable<CustomerOrder> orders)
    {
        var months = MonthsByCustomer(orders, nameof(orders));
        var last = months.Values.Max(m => m.Max);
        var rows = new List<CohortRow>();
        foreach (var cohort in months.Values.GroupBy(m => m.Min).OrderBy(g => g.Key))
        {
            var length = MonthIndex(last) - MonthIndex(cohort.Key) + 1;
            var active = new int[length];
            var customers = 0;
            foreach (var customer in cohort)
            {
                customers++;
                foreach (var month in customer)
                {
                    active[MonthIndex(month) - MonthIndex(cohort.Key)]++;
                }
            }

            rows.Add(new(cohort.Key, customers, Array.AsReadOnly(active.Select(a => (decimal)a / customers).ToArray())));
        }

        return rows.AsReadOnly();
    }

    /// <summary>The share of customers with an order in <paramref name="window"/> who ordered at least twice in it.</summary>
    /// <exception cref="ArgumentException">A null window, no orders in the window, a null order or a blank customer id.</exception>
    public static RepeatPurchaseResult RepeatPurchaseRate(IEnumerable<CustomerOrder> orders, DateInterval window)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(window);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var order in orders)
        {
            Check(order, nameof(orders));
            if (window.Contains(order.Date))
            {
                counts[order.CustomerId] = counts.GetValueOrDefault(order.CustomerId) + 1;
            }
        }

        if (counts.Count == 0)
        {
            throw new ArgumentException($"No orders in {window}.", nameof(orders));
        }

        var repeaters = counts.Values.Count(c => c >= 2);
        return new(window, counts.Count, repeaters, (decimal)repeaters / counts.Count);
    }

    private static Dictionary<string, SortedSet<YearMonth>> MonthsByCustomer(IEnumerable<CustomerOrder> orders, string parameter)
    {
        ArgumentNullException.ThrowIfNull(orders, parameter);
        var months = new Dictionary<string, SortedSet<YearMonth>>(StringComparer.Ordinal);
        foreach (var order in orders)
        {
            Check(order, parameter);
            if (!months.TryGetValue(order.CustomerId, out var set))
            {
                months[order.CustomerId] = set = [];
            }

            set.Add(order.Date.ToYearMonth());
        }

        if (months.Count == 0)
        {
            throw new ArgumentException("No orders.", parameter);
        }

        return months;
    }

    private static void Check(CustomerOrder? order, string parameter)
    {
        if (order is null || string.IsNullOrWhiteSpace(order.CustomerId))
        {
            throw new ArgumentException("Every order needs a customer id.", parameter);
        }
    }

    private static int MonthIndex(YearMonth month) => (month.Year * 12) + month.Month - 1;
}
