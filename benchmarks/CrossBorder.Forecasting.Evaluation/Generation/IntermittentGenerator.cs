namespace CrossBorder.Forecasting.Evaluation.Generation;

/// <summary>
/// Weekly sporadic demand (52–156 weeks of history, h = 13; frequency 1 as in the reference intermittent set, so MASE
/// is scaled by the one-step naive error): a demand occurs with probability p (0.05…0.6) and its size is
/// 1 + a negative binomial count. Stable sizes make the <c>intermittent</c> group, erratic sizes the <c>lumpy</c> one;
/// a draw whose training history does not fall in its Syntetos–Boylan class (ADI ≥ 1.32 and CV² below or at least
/// 0.49) is redrawn. Half are stationary, a quarter have a Q4 uplift (weeks 40–51, half of their holdouts contain it),
/// a quarter die out.
/// </summary>
internal sealed class IntermittentGenerator(bool lumpy) : ISeriesGenerator
{
    private const int Weeks = 52;
    private const int H = 13;

    public string Group => lumpy ? "lumpy" : "intermittent";

    public string Prefix => lumpy ? "l" : "i";

    public SeriesDraft Draw(Sampler s, string id)
    {
        var n = s.Between(52, 156);
        var length = n + H;
        var variant = s.Next() switch { < 0.5 => "stationary", < 0.75 => "q4", _ => "dying" };
        var firstHoldoutWeek = variant == "q4"
            ? (s.Chance(0.5) ? s.Between(36, 50) : s.Between(1, 27))
            : s.Between(1, 52);
        int WeekOf(int t) => ((((firstHoldoutWeek - 1 - n + t) % Weeks) + Weeks) % Weeks) + 1;

        var p = s.Uniform(0.05, 0.6);
        var sizeMean = lumpy ? s.Uniform(2, 40) : s.Uniform(0.5, 15);
        var size = lumpy ? s.Uniform(0.3, 1.5) : s.Uniform(5, 100);
        var features = new List<string>
        {
            variant,
            Invariant.Format($"p={p:F3}"),
            Invariant.Format($"size=1+nb(mean={sizeMean:F2},k={size:F2})"),
        };

        var uplift = 1.0;
        var sizeUplift = 1.0;
        if (variant == "q4")
        {
            uplift = s.Uniform(1.5, 3);
            sizeUplift = s.Uniform(1, 1.5);
            features.Add(Invariant.Format($"q4(p x{uplift:F2},size x{sizeUplift:F2})"));
        }

        var fadeAt = -1;
        var fadeLength = 0;
        if (variant == "dying")
        {
            fadeAt = s.Between(n / 2, n - 5);
            fadeLength = s.Between(10, 60);
            features.Add(Invariant.Format($"dying(t={fadeAt + 1},over={fadeLength})"));
        }

        var noise = CountNoise.NegativeBinomial(size);
        var mu = new double[length];
        var y = new int[length];
        for (var t = 0; t < length; t++)
        {
            var q4 = variant == "q4" && WeekOf(t) is >= 40 and <= 51;
            var pt = Math.Min(0.95, p * (q4 ? uplift : 1)) * (fadeAt >= 0 ? Math.Max(0.02, Shapes.Fade(t, fadeAt, fadeLength)) : 1);
            var meanSize = sizeMean * (q4 ? sizeUplift : 1);
            mu[t] = pt * (1 + meanSize);
            y[t] = s.Chance(pt) ? 1 + noise.Sample(s, meanSize) : 0;
        }

        var holdoutPeak = variant == "q4" && Enumerable.Range(n, H).Any(t => WeekOf(t) is >= 46 and <= 51);
        return new SeriesDraft(
            id, Group, 1, "1", n, H, mu, y, Invariant.Format($"week {firstHoldoutWeek}"), holdoutPeak, noise, string.Join(';', features));
    }

    public bool Accept(SeriesDraft draft) =>
        IntermittentDemand.Classify(draft.Train()).Class == (lumpy ? DemandClass.Lumpy : DemandClass.Intermittent);
}
