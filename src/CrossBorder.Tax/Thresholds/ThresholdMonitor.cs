using CrossBorder.Text;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Tax;

/// <summary>
/// Reads a seller's sales history and says, for every registration, distance-selling and economic-nexus threshold of
/// the rule pack in force on a date, whether it is crossed, since when, and the headroom left. Old rules stay in the
/// pack with their end dates (the EU's €35,000 and €100,000 distance-selling thresholds until 2021-06-30), so a date
/// before a change answers by the rule of its day. Amounts in other currencies convert through the caller's rates.
/// Pure and thread-safe; one pass over the sales groups them by destination, so a million rows take well under a second.
/// </summary>
public sealed class ThresholdMonitor
{
    /// <summary>The earliest as-of date the monitor answers for.</summary>
    public static readonly LocalDate EarliestAsOf = new(1900, 1, 1);

    /// <summary>The latest as-of date the monitor answers for (windows reach a year beyond it).</summary>
    public static readonly LocalDate LatestAsOf = new(9000, 12, 31);

    /// <summary>Creates a monitor over the thresholds of <paramref name="pack"/>.</summary>
    public ThresholdMonitor(TaxRulePack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        Pack = pack;
    }

    /// <summary>A monitor over <see cref="TaxRulePack.Default"/>.</summary>
    public static ThresholdMonitor Default { get; } = new(TaxRulePack.Default);

    /// <summary>The rules.</summary>
    public TaxRulePack Pack { get; }

    /// <summary>Evaluates every threshold in force on <paramref name="asOf"/> of an area the history has sales into.</summary>
    /// <param name="sales">The seller's sales, in any order.</param>
    /// <param name="sellerCountry">Where the seller is established.</param>
    /// <param name="asOf">The day to report on; sales after it are not counted.</param>
    /// <param name="rates">Rates to convert sale currencies into the thresholds' currencies (inverted or crossed as needed).</param>
    /// <param name="includeUntouched">Also report thresholds of areas the history has no sale into.</param>
    /// <returns>One status per threshold, ordered by area and id.</returns>
    /// <exception cref="ArgumentException">A sale is in a currency with no rate to a threshold's currency (the message names both), or <paramref name="asOf"/> is outside 1900-01-01..9000-12-31.</exception>
    public IReadOnlyList<ThresholdStatus> Evaluate(IEnumerable<ThresholdSale> sales, CountryCode sellerCountry, LocalDate asOf, IReadOnlyList<ExchangeRate>? rates = null, bool includeUntouched = false)
    {
        ArgumentNullException.ThrowIfNull(sales);
        if (sellerCountry.IsDefault)
        {
            throw new ArgumentException("The seller's country is default(CountryCode).", nameof(sellerCountry));
        }

        if (asOf < EarliestAsOf || asOf > LatestAsOf)
        {
            throw new ArgumentOutOfRangeException(nameof(asOf), LocalDatePattern.Iso.Format(asOf), "The as-of date must lie between 1900-01-01 and 9000-12-31.");
        }

        var history = SalesHistory.Build(sales, asOf);
        var converter = new RateTable(rates ?? []);
        var results = new List<ThresholdStatus>();
        foreach (var versions in Pack.Thresholds.GroupBy(t => t.Id, StringComparer.Ordinal))
        {
            var current = versions.FirstOrDefault(t => t.Period.Contains(asOf));
            if (current is null)
            {
                continue;
            }

            if (!includeUntouched && !history.HasSalesInto(current.Area, asOf))
            {
                continue;
            }

            results.Add(Evaluate(current, versions.ToArray(), history, sellerCountry, asOf, converter));
        }

        return [.. results.OrderBy(r => r.Threshold.Area, StringComparer.Ordinal).ThenBy(r => r.Threshold.Id, StringComparer.Ordinal)];
    }

    private static ThresholdStatus Evaluate(RegistrationThreshold threshold, RegistrationThreshold[] versions, SalesHistory history, CountryCode seller, LocalDate asOf, RateTable rates)
    {
        var currency = threshold.Amount?.Currency ?? Currency.FromCode("USD");
        var applies = Applies(threshold, seller, asOf);
        var series = history.Series(threshold, seller, currency, rates);
        var (start, end) = Window(threshold.Window, asOf);
        var (amount, count, previous, crossed) = Measure(threshold, series, asOf);
        Money? previousYear = previous is { } p0 ? Money.Of(p0, currency) : null;

        LocalDate? firstCrossed = null;
        foreach (var version in versions.OrderBy(v => v.Period.Start))
        {
            firstCrossed = FirstCrossing(version, series, asOf);
            if (firstCrossed is not null)
            {
                break;
            }
        }

        var window = EffectivePeriod.Between(start, end).ToString();
        string explanation;
        if (!applies)
        {
            explanation = threshold.AppliesTo == ThresholdApplicability.EstablishedInArea
                ? $"applies only to sellers established in {threshold.Area}; a seller established in {seller} owes the tax there from its first taxable sale"
                : $"applies only to sellers established outside {threshold.Area}";
            crossed = threshold.AppliesTo == ThresholdApplicability.EstablishedInArea && count > 0;
        }
        else
        {
            explanation = string.Create(CultureInfo.InvariantCulture,
                $"{Money.Of(amount, currency)} in {count} sales over {RegistrationThreshold.Describe(threshold.Window)} ({window}){(previousYear is { } p ? ", " + p.ToString() + " the year before" : string.Empty)}: {(crossed ? "crossed" : "within")} {threshold}");
        }

        Money? headroom = applies && !crossed && threshold.Amount is { } limit ? Money.Of(limit.Amount - Math.Max(amount, previousYear?.Amount ?? 0m), currency) : null;
        int? left = applies && !crossed && threshold.Transactions is { } t ? t - count : null;
        return new ThresholdStatus(threshold, applies, window, Money.Of(amount, currency), count, previousYear, crossed, applies ? firstCrossed : null, headroom, left, explanation);
    }

    /// <summary>The first day, within the version's own period and up to the as-of date, on which it was crossed.</summary>
    private static LocalDate? FirstCrossing(RegistrationThreshold version, DailySeries series, LocalDate asOf)
    {
        var last = version.Period.End is { } end && end < asOf ? end : asOf;
        foreach (var day in series.CandidateDays(version.Window, version.Period.Start, last))
        {
            if (Measure(version, series, day).Crossed)
            {
                return day;
            }
        }

        return null;
    }

    /// <summary>
    /// The sales a threshold measures on <paramref name="day"/> and whether they cross it; for the current-or-previous-year
    /// window also the previous calendar year's total, which crosses it too.
    /// </summary>
    private static (decimal Amount, int Count, decimal? PreviousYear, bool Crossed) Measure(RegistrationThreshold threshold, DailySeries series, LocalDate day)
    {
        var (start, end) = Window(threshold.Window, day);
        var (amount, count) = series.Sum(start, end);
        var crossed = threshold.IsCrossedBy(amount, count);
        if (threshold.Window != MeasurementWindow.CurrentOrPreviousCalendarYear)
        {
            return (amount, count, null, crossed);
        }

        var (previous, previousCount) = series.Sum(new LocalDate(day.Year - 1, 1, 1), new LocalDate(day.Year - 1, 12, 31));
        return (amount, count, previous, crossed || threshold.IsCrossedBy(previous, previousCount));
    }

    /// <summary>The days a window measures on <paramref name="day"/> (for the current-or-previous-year window: the current year so far).</summary>
    internal static (LocalDate Start, LocalDate End) Window(MeasurementWindow window, LocalDate day)
    {
        switch (window)
        {
            case MeasurementWindow.CurrentOrPreviousCalendarYear:
                return (new LocalDate(day.Year, 1, 1), day);
            case MeasurementWindow.PreviousCalendarYear:
                return (new LocalDate(day.Year - 1, 1, 1), new LocalDate(day.Year - 1, 12, 31));
            case MeasurementWindow.Rolling12Months:
                return (day.PlusYears(-1).PlusDays(1), day);
            case MeasurementWindow.PrecedingFourQuarters:
                var quarterStart = new LocalDate(day.Year, ((day.Month - 1) / 3 * 3) + 1, 1);
                return (quarterStart.PlusYears(-1), quarterStart.PlusDays(-1));
            case MeasurementWindow.TwelveMonthsToSeptember30:
                var endYear = day.Month >= 10 ? day.Year : day.Year - 1;
                return (new LocalDate(endYear - 1, 10, 1), new LocalDate(endYear, 9, 30));
            default:
                throw new ArgumentOutOfRangeException(nameof(window), window, "Not a window.");
        }
    }

    private static bool Applies(RegistrationThreshold threshold, CountryCode seller, LocalDate asOf)
    {
        var inArea = threshold.Area == "EU-VAT"
            ? CountryGroup.EuVatArea.Contains(seller, asOf)
            : string.Equals(seller.Alpha2, threshold.Area.Length >= 2 ? threshold.Area[..2] : threshold.Area, StringComparison.Ordinal);
        return threshold.AppliesTo switch
        {
            ThresholdApplicability.EstablishedInArea => inArea,
            ThresholdApplicability.EstablishedOutsideArea => !inArea,
            _ => true,
        };
    }

}
