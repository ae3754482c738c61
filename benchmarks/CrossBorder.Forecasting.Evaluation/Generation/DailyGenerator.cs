namespace CrossBorder.Forecasting.Evaluation.Generation;

/// <summary>
/// Daily sales (m = 7 with a yearly cycle of 365.25 days, 3 years = 1,095 days of history, h = 28): a level at the
/// origin, yearly growth of −20%…+60%, a weekday profile, a smooth yearly wave, Black Friday to Cyber Monday spikes and a
/// December build-up, a post-Christmas lull and January dip, an optional Prime Day, 1–3-day promotions; Poisson or
/// negative binomial counts. Half of the holdouts start between 1 November and 10 December.
/// </summary>
internal sealed class DailyGenerator : ISeriesGenerator
{
    private const int History = 1095;
    private const int H = 28;
    private const double Year = 365.25;

    public string Group => "daily";

    public string Prefix => "d";

    public SeriesDraft Draw(Sampler s, string id)
    {
        var length = History + H;
        var peakCoin = s.Chance(0.5);
        var holdoutStart = peakCoin
            ? new DateOnly(2025, 11, 1).AddDays(s.Between(0, 39))
            : new DateOnly(2025, 1, 8).AddDays(s.Between(0, 268));
        var first = holdoutStart.AddDays(-History);

        var level = s.LogUniform(0.5, 80);
        var growth = s.Uniform(-0.2, 0.6);
        var wave = s.Uniform(0, 0.3);
        var phase = s.Next();
        var weekendHigh = s.Chance(0.5);
        var weekdayAmplitude = s.Uniform(0.1, 0.5);
        var blackFriday = s.Uniform(2, 5);
        var december = s.Uniform(1.3, 2.5);
        var dip = s.Uniform(0.6, 0.85);
        var primeDay = s.Chance(0.4) ? s.Uniform(1.5, 3) : 1;
        var features = new List<string>
        {
            Invariant.Format($"level={level:G4}"),
            Invariant.Format($"growth={growth:F3}"),
            Invariant.Format($"weekday={(weekendHigh ? "weekend-high" : "weekday-high")}({weekdayAmplitude:F2})"),
            Invariant.Format($"blackfriday={blackFriday:F2}"),
            Invariant.Format($"december={december:F2}"),
            Invariant.Format($"dip={dip:F2}"),
        };
        if (primeDay > 1)
        {
            features.Add(Invariant.Format($"primeday={primeDay:F2}"));
        }

        var promotions = Shapes.DrawPromotions(s, 0.6, 5, (1, 3), (1.5, 4), length, History, features);

        var noise = CountNoise.Draw(s, 2, 20);
        var mu = new double[length];
        for (var t = 0; t < length; t++)
        {
            var date = first.AddDays(t);
            var weekday = Weekday(date.DayOfWeek, weekendHigh, weekdayAmplitude);
            var m = level * Shapes.Growth(growth, t, History, Year) * Shapes.Wave(wave, date.DayOfYear / Year, phase)
                * weekday * Calendar(date, blackFriday, december, dip, primeDay);
            if (promotions.TryGetValue(t, out var lift))
            {
                m *= lift;
            }

            mu[t] = m;
        }

        var holdoutPeak = Enumerable.Range(History, H).Any(t => IsPeak(first.AddDays(t)));
        return new SeriesDraft(
            id, Group, 7, "7;365.25", History, H, mu, Shapes.Counts(s, noise, mu),
            holdoutStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), holdoutPeak, noise, string.Join(';', features));
    }

    public bool Accept(SeriesDraft draft) => true;

    /// <summary>The Friday after the fourth Thursday of November.</summary>
    private static DateOnly BlackFriday(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var thursday = first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7);
        return thursday.AddDays(22);
    }

    /// <summary>Black Friday to 24 December.</summary>
    private static bool IsPeak(DateOnly date) => date >= BlackFriday(date.Year) && date <= new DateOnly(date.Year, 12, 24);

    private static double Weekday(DayOfWeek day, bool weekendHigh, double amplitude)
    {
        var weekend = day is DayOfWeek.Saturday or DayOfWeek.Sunday;
        return weekend == weekendHigh ? 1 + amplitude : 1 - (amplitude / 2.5);
    }

    private static double Calendar(DateOnly date, double blackFriday, double december, double dip, double primeDay)
    {
        var bf = BlackFriday(date.Year);
        var offset = date.DayNumber - bf.DayNumber;
        if (offset is >= 0 and <= 3)
        {
            // Black Friday, the weekend, Cyber Monday.
            return offset switch { 0 => blackFriday, 3 => 1 + ((blackFriday - 1) * 0.8), _ => 1 + ((blackFriday - 1) * 0.5) };
        }

        if (date.Month == 12 && date.Day <= 22)
        {
            return december;
        }

        if (date.Month == 12 && date.Day <= 26)
        {
            return 0.6;
        }

        if (date.Month == 1 && date.Day <= 20)
        {
            return dip;
        }

        // Prime Day: the second Tuesday of July and the day after.
        if (primeDay > 1 && date.Month == 7
            && ((date.DayOfWeek == DayOfWeek.Tuesday && date.Day is >= 8 and <= 14) || (date.DayOfWeek == DayOfWeek.Wednesday && date.Day is >= 9 and <= 15)))
        {
            return primeDay;
        }

        return 1;
    }
}
