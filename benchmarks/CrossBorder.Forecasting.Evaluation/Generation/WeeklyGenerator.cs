namespace CrossBorder.Forecasting.Evaluation.Generation;

/// <summary>
/// Weekly sales of a seller's SKU (m = 52, 156 weeks of history unless launched later, h = 13): a level at the origin,
/// yearly growth of −20%…+60%, a yearly profile with a Black Friday/Cyber week and Christmas peak (×1.5…×4 over weeks
/// 46–51) and a January dip (×0.5…×0.8), an optional Prime Day bump; launches, step changes, one-week promotions and
/// obsolescence; Poisson or negative binomial counts. Half of the holdouts contain the peak.
/// </summary>
internal sealed class WeeklyGenerator : ISeriesGenerator
{
    private const int Weeks = 52;
    private const int History = 156;
    private const int H = 13;

    public string Group => "weekly";

    public string Prefix => "w";

    public SeriesDraft Draw(Sampler s, string id)
    {
        var launch = s.Chance(0.15);
        var n = launch ? s.Between(60, 130) : History;
        var length = n + H;

        // The week of year (1…52) the holdout starts in: weeks 36–50 put the peak (46–51) in the 13-week holdout,
        // weeks 1–30 keep it out.
        var peakCoin = s.Chance(0.5);
        var firstHoldoutWeek = peakCoin ? s.Between(36, 50) : s.Between(1, 30);
        int WeekOf(int t) => ((((firstHoldoutWeek - 1 - n + t) % Weeks) + Weeks) % Weeks) + 1;

        var level = s.LogUniform(1, 300);
        var growth = s.Uniform(-0.2, 0.6);
        var wave = s.Uniform(0, 0.25);
        var phase = s.Next();
        var peak = s.Uniform(1.5, 4);
        var blackFriday = 1.0;
        var christmas = 1.0;
        if (s.Chance(0.5))
        {
            christmas = s.Uniform(0.3, 1);
        }
        else
        {
            blackFriday = s.Uniform(0.3, 1);
        }

        var dip = s.Uniform(0.5, 0.8);
        var afterChristmas = s.Uniform(0.7, 1);
        var primeDay = s.Chance(0.4) ? s.Uniform(1.2, 2) : 1;
        var tau = s.Uniform(2, 8);

        var features = new List<string>
        {
            Invariant.Format($"level={level:G4}"),
            Invariant.Format($"growth={growth:F3}"),
            Invariant.Format($"peak={peak:F2}"),
            Invariant.Format($"dip={dip:F2}"),
        };
        if (primeDay > 1)
        {
            features.Add(Invariant.Format($"primeday={primeDay:F2}"));
        }

        if (launch)
        {
            features.Add(Invariant.Format($"launch(tau={tau:F1})"));
        }

        var (stepAt, stepFactor) = Shapes.DrawStep(s, 0.2, n, 10, features);
        var promotions = Shapes.DrawPromotions(s, 0.6, 4, (1, 1), (2, 5), length, n, features);

        var fadeAt = -1;
        var fadeLength = 0;
        if (!launch && s.Chance(0.1))
        {
            fadeAt = s.Between(n - 30, n - 5);
            fadeLength = s.Between(8, 30);
            features.Add(Invariant.Format($"obsolete(t={fadeAt + 1},over={fadeLength})"));
        }

        var noise = CountNoise.Draw(s, 1, 10);
        var mu = new double[length];
        for (var t = 0; t < length; t++)
        {
            var week = WeekOf(t);
            var m = level * Shapes.Growth(growth, t, n, Weeks) * Shapes.Wave(wave, week / (double)Weeks, phase)
                * Profile(week, peak, blackFriday, christmas, dip, afterChristmas, primeDay);
            if (launch)
            {
                m *= Shapes.Launch(t, tau);
            }

            if (stepAt >= 0)
            {
                m *= Shapes.Step(t, stepAt, stepFactor);
            }

            if (promotions.TryGetValue(t, out var lift))
            {
                m *= lift;
            }

            if (fadeAt >= 0)
            {
                m *= Shapes.Fade(t, fadeAt, fadeLength);
            }

            mu[t] = m;
        }

        var holdoutPeak = Enumerable.Range(n, H).Any(t => WeekOf(t) is >= 46 and <= 51);
        return new SeriesDraft(
            id, Group, Weeks, "52", n, H, mu, Shapes.Counts(s, noise, mu), Invariant.Format($"week {firstHoldoutWeek}"),
            holdoutPeak, noise, string.Join(';', features));
    }

    public bool Accept(SeriesDraft draft) => true;

    /// <summary>The yearly profile of week 1…52.</summary>
    private static double Profile(int week, double peak, double blackFriday, double christmas, double dip, double afterChristmas, double primeDay)
    {
        var shape = week switch
        {
            46 => 0.3 * blackFriday,
            47 => blackFriday,
            48 => 0.8 * blackFriday,
            49 => 0.6 * Math.Max(blackFriday, christmas),
            50 => christmas,
            51 => 0.8 * christmas,
            _ => 0,
        };
        var factor = 1 + ((peak - 1) * shape);
        return week switch
        {
            1 or 2 or 3 => dip,
            4 => dip + ((1 - dip) / 3),
            5 => dip + (2 * (1 - dip) / 3),
            27 or 29 => 1 + ((primeDay - 1) / 3),
            28 => primeDay,
            52 => afterChristmas,
            _ => factor,
        };
    }
}
