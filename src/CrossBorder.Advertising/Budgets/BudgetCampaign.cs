using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Advertising;

/// <summary>One day of a campaign: what it spent and the sales attributed to it.</summary>
public sealed class DailySpend
{
    /// <summary>Creates a day.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An amount is default or negative.</exception>
    /// <exception cref="CurrencyMismatchException">Spend and sales are in two currencies.</exception>
    public DailySpend(LocalDate date, Money spend, Money sales)
    {
        Checks.RequireNonNegative(spend, nameof(spend), "Spend");
        Checks.RequireNonNegative(sales, nameof(sales), "Attributed sales");
        if (spend.Currency != sales.Currency)
        {
            throw new CurrencyMismatchException(spend.Currency, sales.Currency, "record a day's spend and sales");
        }

        Date = date;
        Spend = spend;
        Sales = sales;
    }

    /// <summary>The day.</summary>
    public LocalDate Date { get; }

    /// <summary>The spend.</summary>
    public Money Spend { get; }

    /// <summary>The attributed sales.</summary>
    public Money Sales { get; }

    /// <summary>
    /// Each campaign's days in <paramref name="report"/>: spend and sales summed per campaign and day, days in order,
    /// campaigns enumerated in the order they first appear. Use a mature report (<see cref="AdReport.Mature"/>): the last days'
    /// sales are still arriving and would bend the curve down.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<DailySpend>> ByCampaign(AdReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sums = new Dictionary<string, SortedDictionary<LocalDate, (decimal Spend, decimal Sales)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var record in report.Records)
        {
            if (!sums.TryGetValue(record.Key.Campaign, out var days))
            {
                days = [];
                sums.Add(record.Key.Campaign, days);
                order.Add(record.Key.Campaign);
            }

            days.TryGetValue(record.Date, out var sum);
            days[record.Date] = (sum.Spend + record.Metrics.Spend.Amount, sum.Sales + record.Metrics.Sales.Amount);
        }

        // An ordered dictionary: enumerating it gives the campaigns in the order they first appear (a Dictionary does not promise that).
        var result = new OrderedDictionary<string, IReadOnlyList<DailySpend>>(StringComparer.Ordinal);
        foreach (var campaign in order)
        {
            result.Add(campaign, [.. sums[campaign].Select(d => new DailySpend(d.Key, Money.Of(d.Value.Spend, report.Currency), Money.Of(d.Value.Sales, report.Currency)))]);
        }

        return result;
    }
}

/// <summary>A campaign to allocate a daily budget to: its daily history and the least and most it may get per day.</summary>
public sealed class BudgetCampaign
{
    /// <summary>Creates a campaign.</summary>
    /// <param name="name">The campaign's name.</param>
    /// <param name="history">Its days (spend and attributed sales per day), in any order.</param>
    /// <param name="minimum">The least daily budget it may get (often the ad network's floor, e.g. USD 1.00).</param>
    /// <param name="maximum">The most it may get, or null for no maximum.</param>
    /// <exception cref="ArgumentException">The name is blank, a day is null or repeated, an amount is negative, the maximum is below the minimum, or the amounts are in two currencies.</exception>
    public BudgetCampaign(string name, IEnumerable<DailySpend> history, Money minimum, Money? maximum = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(history);
        Checks.RequireNonNegative(minimum, nameof(minimum), "A minimum budget");
        if (maximum is { } max && (max.IsDefault || max.Currency != minimum.Currency || max < minimum))
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), max.IsDefault ? "default" : max.ToString(), $"The maximum budget of '{name}' is an amount in {minimum.Currency.Code} of at least its minimum {minimum}.");
        }

        var days = history.ToArray();
        var seen = new HashSet<LocalDate>();
        foreach (var day in days)
        {
            if (day is null)
            {
                throw new ArgumentException($"A day of '{name}' is null.", nameof(history));
            }

            if (!seen.Add(day.Date))
            {
                throw new ArgumentException($"'{name}' has {LocalDatePattern.Iso.Format(day.Date)} twice: sum a day's rows first.", nameof(history));
            }

            if (day.Spend.Currency != minimum.Currency)
            {
                throw new ArgumentException($"'{name}' has history in {day.Spend.Currency.Code} and a minimum in {minimum.Currency.Code}: amounts in two currencies do not add.", nameof(history));
            }
        }

        Name = name;
        History = days;
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The campaign's name.</summary>
    public string Name { get; }

    /// <summary>Its days.</summary>
    public IReadOnlyList<DailySpend> History { get; }

    /// <summary>The least daily budget it may get.</summary>
    public Money Minimum { get; }

    /// <summary>The most daily budget it may get, or null for no maximum.</summary>
    public Money? Maximum { get; }
}
