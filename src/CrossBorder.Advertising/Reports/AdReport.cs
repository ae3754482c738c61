using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Advertising;

/// <summary>The level rows are grouped at.</summary>
public enum AdLevel
{
    /// <summary>By campaign.</summary>
    Campaign,

    /// <summary>By campaign and ad group.</summary>
    AdGroup,

    /// <summary>By campaign, ad group and targeting (keyword or product).</summary>
    Targeting,

    /// <summary>By campaign, ad group, targeting and customer search term.</summary>
    SearchTerm,
}

/// <summary>A group of rows and the sum of their metrics.</summary>
/// <param name="Key">The group's key at its level (<c>campaign</c>, <c>campaign / ad group</c>…).</param>
/// <param name="Level">The level.</param>
/// <param name="Metrics">The sum of its rows.</param>
/// <param name="Rows">How many rows it sums.</param>
public sealed record AdGroupTotals(string Key, AdLevel Level, AdMetrics Metrics, int Rows);

/// <summary>
/// A report: records under one attribution and one currency (mixing either is refused), with totals, grouping at any
/// level, and the maturity rule that leaves out the last days whose sales are still arriving.
/// </summary>
public sealed class AdReport
{
    /// <summary>Creates a report.</summary>
    /// <exception cref="ArgumentException">No records, a record is null, or records mix attributions or currencies (each named).</exception>
    public AdReport(IEnumerable<AdRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var all = records.ToArray();
        if (all.Length == 0)
        {
            throw new ArgumentException("A report has at least one record.", nameof(records));
        }

        if (all.Any(r => r is null))
        {
            throw new ArgumentException("A record is null.", nameof(records));
        }

        var first = all[0];
        var (firstDay, lastDay) = (first.Date, first.Date);
        foreach (var record in all)
        {
            (firstDay, lastDay) = (record.Date < firstDay ? record.Date : firstDay, record.Date > lastDay ? record.Date : lastDay);
            if (record.Attribution != first.Attribution)
            {
                throw new ArgumentException($"The report mixes {first.Attribution} and {record.Attribution} attribution: sales counted over different windows do not add.", nameof(records));
            }

            if (record.Metrics.Currency != first.Metrics.Currency)
            {
                throw new ArgumentException($"The report mixes {first.Metrics.Currency.Code} and {record.Metrics.Currency.Code}: convert one side first (amounts in two currencies do not add).", nameof(records));
            }
        }

        Records = all;
        Attribution = first.Attribution;
        Currency = first.Metrics.Currency;
        First = firstDay;
        Last = lastDay;
    }

    /// <summary>A part of a report: its records already share one attribution and currency, so they are not checked again.</summary>
    private AdReport(AdRecord[] records, Attribution attribution, Currency currency, LocalDate first, LocalDate last)
    {
        Records = records;
        Attribution = attribution;
        Currency = currency;
        First = first;
        Last = last;
    }

    private AdMetrics? _totals;

    /// <summary>The records, in input order.</summary>
    public IReadOnlyList<AdRecord> Records { get; }

    /// <summary>The attribution every record shares.</summary>
    public Attribution Attribution { get; }

    /// <summary>The currency every amount is in.</summary>
    public Currency Currency { get; }

    /// <summary>The first day.</summary>
    public LocalDate First { get; }

    /// <summary>The last day.</summary>
    public LocalDate Last { get; }

    /// <summary>The sum of every record.</summary>
    public AdMetrics Totals => _totals ??= Sum(Records);

    /// <summary>The sum of <paramref name="records"/> (which must share a currency).</summary>
    /// <exception cref="ArgumentException">There is nothing to sum, or the records are in two currencies.</exception>
    public static AdMetrics Sum(IEnumerable<AdRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var total = default(Accumulator);
        foreach (var record in records)
        {
            total.Add(record.Metrics);
        }

        return total.Rows > 0 ? total.ToMetrics() : throw new ArgumentException("Nothing to sum.", nameof(records));
    }

    /// <summary>The rows summed by <paramref name="level"/>, in the order their keys first appear.</summary>
    public IReadOnlyList<AdGroupTotals> GroupBy(AdLevel level)
    {
        if (!Enum.IsDefined(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Not a level.");
        }

        // Rows of one AdKey share it (the readers cache keys), so most rows find their group by reference, and the
        // level's key text is built once per distinct key rather than once per row.
        var byKey = new Dictionary<AdKey, int>(ReferenceEqualityComparer.Instance);
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<(string Key, Accumulator Sum)>();
        foreach (var record in Records)
        {
            if (!byKey.TryGetValue(record.Key, out var index))
            {
                var text = KeyOf(record.Key, level);
                if (!byText.TryGetValue(text, out index))
                {
                    index = groups.Count;
                    byText[text] = index;
                    groups.Add((text, default));
                }

                byKey[record.Key] = index;
            }

            var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(groups);
            span[index].Sum.Add(record.Metrics);
        }

        return [.. groups.Select(g => new AdGroupTotals(g.Key, level, g.Sum.ToMetrics(), g.Sum.Rows))];
    }

    /// <summary>
    /// The report without its last <paramref name="lagDays"/> days before <paramref name="asOf"/> (inclusive of
    /// <paramref name="asOf"/>), whose attributed sales are still arriving: Amazon's data settles in about 72 hours, so
    /// 3 days is the least lag; the attribution window is the strict choice.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The lag is negative or above 30 days.</exception>
    /// <exception cref="InvalidOperationException">No record is mature.</exception>
    public AdReport Mature(LocalDate asOf, int lagDays)
    {
        if (lagDays is < 0 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(lagDays), lagDays, "A maturity lag is 0 to 30 days.");
        }

        var cutoff = asOf.PlusDays(-lagDays);
        var mature = Records.Where(r => r.Date <= cutoff).ToArray();
        return mature.Length > 0
            ? new AdReport(mature, Attribution, Currency, First, mature.Max(r => r.Date))
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No record is older than {lagDays} days before {LocalDatePattern.Iso.Format(asOf)}: every day's sales may still be arriving."));
    }

    /// <summary>The key of <paramref name="key"/> at <paramref name="level"/>: its names joined by <c> / </c> (an empty targeting is left out).</summary>
    public static string KeyOf(AdKey key, AdLevel level)
    {
        ArgumentNullException.ThrowIfNull(key);
        var targeting = key.Targeting.Length == 0 ? string.Empty : " / " + key.Targeting;
        return level switch
        {
            AdLevel.Campaign => key.Campaign,
            AdLevel.AdGroup => key.Campaign + " / " + key.AdGroup,
            AdLevel.Targeting => key.Campaign + " / " + key.AdGroup + targeting,
            _ => key.Campaign + " / " + key.AdGroup + targeting + " / " + key.SearchTerm,
        };
    }

    /// <summary>A running sum of metrics without an object per step; the currency is checked on every add.</summary>
    private struct Accumulator
    {
        private long _impressions, _clicks, _orders, _units;
        private decimal _spend, _sales;
        private Currency? _currency;

        public int Rows { get; private set; }

        public void Add(AdMetrics metrics)
        {
            if (_currency is null)
            {
                _currency = metrics.Currency;
            }
            else if (metrics.Currency != _currency)
            {
                throw new CurrencyMismatchException(_currency, metrics.Currency, "sum ad metrics");
            }

            _impressions = checked(_impressions + metrics.Impressions);
            _clicks = checked(_clicks + metrics.Clicks);
            _orders = checked(_orders + metrics.Orders);
            _units = checked(_units + metrics.Units);
            _spend += metrics.Spend.Amount;
            _sales += metrics.Sales.Amount;
            Rows++;
        }

        public readonly AdMetrics ToMetrics() =>
            new(_impressions, _clicks, Money.Of(_spend, _currency!), Money.Of(_sales, _currency!), _orders, _units);
    }
}
