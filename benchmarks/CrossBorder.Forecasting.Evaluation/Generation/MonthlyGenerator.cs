namespace CrossBorder.Forecasting.Evaluation.Generation;

/// <summary>
/// Monthly sales (m = 12, 48–96 months of history, h = 18): a level at the origin, yearly growth of −20%…+60%, a
/// December peak (×1.3…×2.5, November part of it), a January dip (×0.6…×0.9), a smooth yearly wave, occasional step
/// changes and promotion months; Poisson or negative binomial counts.
/// </summary>
internal sealed class MonthlyGenerator : ISeriesGenerator
{
    private const int Months = 12;
    private const int H = 18;

    public string Group => "monthly";

    public string Prefix => "m";

    public SeriesDraft Draw(Sampler s, string id)
    {
        var n = s.Between(48, 96);
        var length = n + H;
        var firstHoldoutMonth = s.Between(1, 12);
        int MonthOf(int t) => ((((firstHoldoutMonth - 1 - n + t) % Months) + Months) % Months) + 1;

        var level = s.LogUniform(20, 3000);
        var growth = s.Uniform(-0.2, 0.6);
        var wave = s.Uniform(0, 0.2);
        var phase = s.Next();
        var december = s.Uniform(1.3, 2.5);
        var november = 1 + ((december - 1) * s.Uniform(0.3, 0.7));
        var january = s.Uniform(0.6, 0.9);
        var features = new List<string>
        {
            Invariant.Format($"level={level:G4}"),
            Invariant.Format($"growth={growth:F3}"),
            Invariant.Format($"december={december:F2}"),
            Invariant.Format($"january={january:F2}"),
        };

        var (stepAt, stepFactor) = Shapes.DrawStep(s, 0.15, n, 6, features);
        var promotions = Shapes.DrawPromotions(s, 0.3, 3, (1, 1), (1.3, 2), length, n, features);

        var noise = CountNoise.Draw(s, 5, 50);
        var mu = new double[length];
        for (var t = 0; t < length; t++)
        {
            var month = MonthOf(t);
            var m = level * Shapes.Growth(growth, t, n, Months) * Shapes.Wave(wave, month / (double)Months, phase)
                * month switch { 12 => december, 11 => november, 1 => january, _ => 1 };
            if (stepAt >= 0)
            {
                m *= Shapes.Step(t, stepAt, stepFactor);
            }

            if (promotions.TryGetValue(t, out var lift))
            {
                m *= lift;
            }

            mu[t] = m;
        }

        // An 18-month holdout always holds a December.
        return new SeriesDraft(
            id, Group, Months, "12", n, H, mu, Shapes.Counts(s, noise, mu), Invariant.Format($"month {firstHoldoutMonth}"),
            true, noise, string.Join(';', features));
    }

    public bool Accept(SeriesDraft draft) => true;
}
