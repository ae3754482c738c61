using CrossBorder.Text;
using NodaTime;

namespace CrossBorder.Tax;

/// <summary>The seller's sales up to the as-of date, grouped once by destination for every threshold to read.</summary>
internal sealed class SalesHistory
{
    private readonly Record[] _records;
    private readonly Dictionary<CountryCode, List<int>> _byCountry = [];
    private readonly Dictionary<(CountryCode, string), List<int>> _bySubdivision = [];

    private SalesHistory(Record[] records)
    {
        _records = records;
        for (var i = 0; i < records.Length; i++)
        {
            Add(_byCountry, records[i].Sale.Destination, i);
            if (records[i].Sale.Subdivision is { } subdivision)
            {
                Add(_bySubdivision, (records[i].Sale.Destination, subdivision), i);
            }
        }
    }

    public static SalesHistory Build(IEnumerable<ThresholdSale> sales, LocalDate asOf)
    {
        var last = asOf.ToDateOnly().DayNumber;
        var records = new List<Record>();
        foreach (var sale in sales)
        {
            var day = sale.Date.ToDateOnly().DayNumber;
            if (day <= last)
            {
                records.Add(new Record(sale, day));
            }
        }

        return new SalesHistory([.. records]);
    }

    /// <summary>Whether any sale went into the area: a country, a subdivision, or the EU VAT area.</summary>
    public bool HasSalesInto(string area, LocalDate asOf)
    {
        if (area == "EU-VAT")
        {
            return _byCountry.Keys.Any(c => CountryGroup.EuVatArea.Contains(c, asOf));
        }

        return TaxJurisdiction.TryParse(area, out var jurisdiction) && (jurisdiction.Subdivision is { } s
            ? _bySubdivision.ContainsKey((jurisdiction.Country, s))
            : _byCountry.ContainsKey(jurisdiction.Country));
    }

    /// <summary>The indices of the sales a threshold counts.</summary>
    public List<int> Select(RegistrationThreshold threshold, CountryCode seller)
    {
        IEnumerable<int> candidates;
        if (threshold.Scope == ThresholdScope.WorldwideSales)
        {
            candidates = Enumerable.Range(0, _records.Length);
        }
        else if (threshold.Area == "EU-VAT")
        {
            candidates = _byCountry.Where(g => g.Key != seller).SelectMany(g => g.Value);
        }
        else if (TaxJurisdiction.TryParse(threshold.Area, out var area))
        {
            candidates = area.Subdivision is { } subdivision
                ? _bySubdivision.GetValueOrDefault((area.Country, subdivision)) ?? []
                : _byCountry.GetValueOrDefault(area.Country) ?? [];
        }
        else
        {
            return [];
        }

        var eu = CountryGroup.EuVatArea;
        return [.. candidates.Where(i =>
        {
            var sale = _records[i].Sale;
            return threshold.Scope switch
            {
                ThresholdScope.ConsumerSalesIntoArea => sale.BuyerType == BuyerType.Consumer,
                ThresholdScope.SalesWithinArea => sale.ShipFrom == sale.Destination,
                ThresholdScope.EuDistanceSales => sale.BuyerType == BuyerType.Consumer && eu.Contains(sale.Destination, sale.Date),
                _ => true,
            };
        })];
    }

    /// <summary>The daily totals of the sales a threshold counts, in its currency.</summary>
    public DailySeries Series(RegistrationThreshold threshold, CountryCode seller, Currency currency, RateTable rates)
    {
        var totals = new SortedDictionary<int, (decimal Amount, int Count)>();
        foreach (var i in Select(threshold, seller))
        {
            var (sale, day) = (_records[i].Sale, _records[i].Day);
            var amount = rates.Convert(sale.Amount, currency).Amount;
            totals[day] = totals.TryGetValue(day, out var t) ? (t.Amount + amount, t.Count + 1) : (amount, 1);
        }

        return new DailySeries([.. totals.Keys], [.. totals.Values]);
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> groups, TKey key, int index)
        where TKey : notnull
    {
        if (!groups.TryGetValue(key, out var list))
        {
            groups[key] = list = [];
        }

        list.Add(index);
    }

    private readonly record struct Record(ThresholdSale Sale, int Day);
}

/// <summary>Sales totals by day with prefix sums: the sum over any window in two binary searches.</summary>
internal sealed class DailySeries
{
    private readonly int[] _days;
    private readonly decimal[] _amounts;
    private readonly int[] _counts;

    public DailySeries(int[] days, (decimal Amount, int Count)[] totals)
    {
        _days = days;
        _amounts = new decimal[days.Length + 1];
        _counts = new int[days.Length + 1];
        for (var i = 0; i < days.Length; i++)
        {
            _amounts[i + 1] = _amounts[i] + totals[i].Amount;
            _counts[i + 1] = _counts[i] + totals[i].Count;
        }
    }

    public (decimal Amount, int Count) Sum(LocalDate start, LocalDate end)
    {
        var from = LowerBound(start.ToDateOnly().DayNumber);
        var to = LowerBound(end.ToDateOnly().DayNumber + 1);
        return to <= from ? (0m, 0) : (_amounts[to] - _amounts[from], _counts[to] - _counts[from]);
    }

    /// <summary>The days on which a window's measure can change: sale days and the window's boundaries, in order.</summary>
    public IEnumerable<LocalDate> CandidateDays(MeasurementWindow window, LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            return [];
        }

        var days = new SortedSet<int> { from.ToDateOnly().DayNumber };
        var (first, last) = (from.ToDateOnly().DayNumber, to.ToDateOnly().DayNumber);
        foreach (var day in _days)
        {
            if (day >= first && day <= last)
            {
                days.Add(day);
            }
        }

        for (var year = from.Year; year <= to.Year + 1; year++)
        {
            LocalDate[] boundaries = window switch
            {
                MeasurementWindow.PrecedingFourQuarters => [new(year, 1, 1), new(year, 4, 1), new(year, 7, 1), new(year, 10, 1)],
                MeasurementWindow.TwelveMonthsToSeptember30 => [new(year, 10, 1)],
                MeasurementWindow.Rolling12Months => [],
                _ => [new(year, 1, 1)],
            };
            foreach (var boundary in boundaries)
            {
                var day = boundary.ToDateOnly().DayNumber;
                if (day >= first && day <= last)
                {
                    days.Add(day);
                }
            }
        }

        return days.Select(d => LocalDate.FromDateOnly(DateOnly.FromDayNumber(d)));
    }

    private int LowerBound(int day)
    {
        int lo = 0, hi = _days.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_days[mid] < day)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
