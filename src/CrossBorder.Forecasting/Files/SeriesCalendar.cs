using NodaTime;

namespace CrossBorder.Forecasting.Files;

/// <summary>The spacing of a date-keyed series: daily, ISO-weekly, monthly, quarterly or yearly, with its seasonal period.</summary>
public sealed class SeriesCalendar
{
    private readonly Func<LocalDate, int, LocalDate> _step;

    private SeriesCalendar(string name, int period, Func<LocalDate, int, LocalDate> step)
    {
        Name = name;
        Period = period;
        _step = step;
    }

    /// <summary>Daily data; weekly seasonality (period 7).</summary>
    public static SeriesCalendar Daily { get; } = new("daily", 7, (d, n) => d.PlusDays(n));

    /// <summary>Weekly data; yearly seasonality (period 52).</summary>
    public static SeriesCalendar Weekly { get; } = new("weekly", 52, (d, n) => d.PlusWeeks(n));

    /// <summary>Monthly data; yearly seasonality (period 12).</summary>
    public static SeriesCalendar Monthly { get; } = new("monthly", 12, (d, n) => d.PlusMonths(n));

    /// <summary>Quarterly data; yearly seasonality (period 4).</summary>
    public static SeriesCalendar Quarterly { get; } = new("quarterly", 4, (d, n) => d.PlusMonths(3 * n));

    /// <summary>Yearly data; no seasonality.</summary>
    public static SeriesCalendar Yearly { get; } = new("yearly", 1, (d, n) => d.PlusYears(n));

    /// <summary>The calendar's name.</summary>
    public string Name { get; }

    /// <summary>The seasonal period of data on this calendar.</summary>
    public int Period { get; }

    /// <summary>The date <paramref name="steps"/> periods after <paramref name="date"/>.</summary>
    public LocalDate Step(LocalDate date, int steps) => _step(date, steps);

    /// <summary>Infers the calendar from the smallest gap between consecutive dates.</summary>
    /// <exception cref="ArgumentException">Fewer than two dates, or a spacing that is none of the supported ones.</exception>
    public static SeriesCalendar Infer(IReadOnlyList<LocalDate> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Count < 2)
        {
            return Daily;
        }

        var smallest = int.MaxValue;
        for (var i = 1; i < dates.Count; i++)
        {
            smallest = Math.Min(smallest, NodaTime.Period.Between(dates[i - 1], dates[i], PeriodUnits.Days).Days);
        }

        return smallest switch
        {
            1 => Daily,
            7 => Weekly,
            >= 28 and <= 31 => Monthly,
            >= 89 and <= 92 => Quarterly,
            365 or 366 => Yearly,
            _ => throw new ArgumentException($"Dates {smallest} days apart are neither daily, weekly, monthly, quarterly nor yearly.", nameof(dates)),
        };
    }

    /// <summary>Places values on the calendar from the first date, with NaN for dates that have no row.</summary>
    /// <exception cref="ArgumentException">A date does not fall on the calendar's grid.</exception>
    public double[] Align(IReadOnlyList<LocalDate> dates, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(values);
        var aligned = new List<double>(values.Count);

        // Step from the first date each time, so month ends stay month ends (Jan 31, Feb 28, Mar 31).
        for (var i = 0; i < dates.Count; i++)
        {
            var expected = Step(dates[0], aligned.Count);
            while (expected < dates[i])
            {
                aligned.Add(double.NaN);
                expected = Step(dates[0], aligned.Count);
            }

            if (expected != dates[i])
            {
                throw new ArgumentException($"{dates[i]:uuuu'-'MM'-'dd} is off the {Name} grid that starts on {dates[0]:uuuu'-'MM'-'dd}.", nameof(dates));
            }

            aligned.Add(values[i]);
        }

        return [.. aligned];
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
