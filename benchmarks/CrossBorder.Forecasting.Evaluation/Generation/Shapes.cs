namespace CrossBorder.Forecasting.Evaluation.Generation;

/// <summary>Pieces of a mean path that several groups share; each multiplies the mean at step t of L steps.</summary>
internal static class Shapes
{
    /// <summary>Yearly growth g compounded, equal to 1 at the origin: (1 + g)^((t − origin) / periodsPerYear).</summary>
    public static double Growth(double g, int t, int origin, double periodsPerYear) => Math.Pow(1 + g, (t - origin) / periodsPerYear);

    /// <summary>A smooth yearly wave 1 + a·sin(2π(position − phase)), position and phase in years.</summary>
    public static double Wave(double amplitude, double position, double phase) => 1 + (amplitude * Math.Sin(2 * Math.PI * (position - phase)));

    /// <summary>A launch ramp 1 − exp(−(t + 1)/τ).</summary>
    public static double Launch(int t, double tau) => 1 - Math.Exp(-(t + 1) / tau);

    /// <summary>A linear fade to zero that starts at <paramref name="start"/> and lasts <paramref name="length"/> steps.</summary>
    public static double Fade(int t, int start, int length) => t < start ? 1 : Math.Max(0, 1 - ((double)(t - start) / length));

    /// <summary>
    /// A step change at <paramref name="at"/>: the mean after it is <paramref name="factor"/> times the mean before it,
    /// and the level is kept at the origin, so the steps before it are divided by the factor.
    /// </summary>
    public static double Step(int t, int at, double factor) => t < at ? 1 / factor : 1;

    /// <summary>
    /// With probability <paramref name="p"/>, a step change (a listing gained, ×1.4…2.5, or lost, ×0.4…0.7, with equal
    /// odds) at a step between n/4 and n − <paramref name="lastGap"/> of the history: its index and factor, noted in
    /// <paramref name="features"/>; else (−1, 1).
    /// </summary>
    public static (int At, double Factor) DrawStep(Sampler s, double p, int n, int lastGap, List<string> features)
    {
        if (!s.Chance(p))
        {
            return (-1, 1);
        }

        var at = s.Between(n / 4, n - lastGap);
        var factor = s.Chance(0.5) ? s.Uniform(1.4, 2.5) : s.Uniform(0.4, 0.7);
        features.Add(Invariant.Format($"step(t={at + 1},x{factor:F2})"));
        return (at, factor);
    }

    /// <summary>
    /// With probability <paramref name="p"/>, 1…<paramref name="most"/> promotions of <paramref name="days"/> steps at
    /// random over the whole series (history and holdout: a seller sees them in both), each lifting the mean by a factor
    /// in <paramref name="lift"/> (low included, high not); noted in <paramref name="features"/>.
    /// </summary>
    public static Dictionary<int, double> DrawPromotions(
        Sampler s, double p, int most, (int Low, int High) days, (double Low, double High) lift, int length, int n, List<string> features)
    {
        var promotions = new Dictionary<int, double>();
        if (!s.Chance(p))
        {
            return promotions;
        }

        var count = s.Between(1, most);
        for (var k = 0; k < count; k++)
        {
            var start = s.Between(0, length - 1);
            var span = s.Between(days.Low, days.High);
            var factor = s.Uniform(lift.Low, lift.High);
            for (var t = start; t < Math.Min(length, start + span); t++)
            {
                promotions[t] = factor;
            }
        }

        features.Add(Invariant.Format($"promotion-steps={promotions.Count}(holdout {promotions.Keys.Count(t => t >= n)})"));
        return promotions;
    }

    /// <summary>Counts around each mean.</summary>
    public static int[] Counts(Sampler s, CountNoise noise, double[] mu)
    {
        var y = new int[mu.Length];
        for (var t = 0; t < mu.Length; t++)
        {
            y[t] = noise.Sample(s, mu[t]);
        }

        return y;
    }
}
