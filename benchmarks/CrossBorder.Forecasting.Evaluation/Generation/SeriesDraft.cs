namespace CrossBorder.Forecasting.Evaluation.Generation;

/// <summary>How counts scatter around the mean: Poisson, or negative binomial with size k (variance μ + μ²/k).</summary>
internal sealed class CountNoise
{
    private readonly double? _size;

    private CountNoise(double? size) => _size = size;

    /// <summary>Poisson with probability one half, else negative binomial with a size in [<paramref name="minSize"/>, <paramref name="maxSize"/>).</summary>
    public static CountNoise Draw(Sampler s, double minSize, double maxSize) =>
        s.Chance(0.5) ? new CountNoise(null) : new CountNoise(Math.Round(s.Uniform(minSize, maxSize), 2));

    /// <summary>Negative binomial with size <paramref name="size"/>.</summary>
    public static CountNoise NegativeBinomial(double size) => new(size);

    /// <summary>A count around <paramref name="mean"/>.</summary>
    public int Sample(Sampler s, double mean) => _size is { } k ? s.NegativeBinomial(mean, k) : s.Poisson(mean);

    /// <summary>For the meta file: <c>poisson</c> or <c>nb(k=2.5)</c>.</summary>
    public override string ToString() => _size is { } k ? Invariant.Format($"nb(k={k})") : "poisson";
}

/// <summary>One generated series: its true mean and counts over history and holdout, and what shaped it.</summary>
/// <param name="Id">The series id.</param>
/// <param name="Group">The group (weekly, monthly, daily, intermittent, lumpy).</param>
/// <param name="Freq">The frequency written to <c>train.csv</c>: the MASE lag.</param>
/// <param name="Periods">The seasonal periods, <c>;</c>-separated (<c>7;365.25</c> for daily).</param>
/// <param name="TrainLength">Observations before the origin.</param>
/// <param name="Horizon">Observations after it.</param>
/// <param name="Mu">The true mean at every step, history then holdout.</param>
/// <param name="Y">The counts, history then holdout.</param>
/// <param name="Origin">Where the holdout starts on the calendar (week of year, month or date).</param>
/// <param name="HoldoutPeak">Whether the holdout contains the Q4 peak.</param>
/// <param name="Noise">The count distribution.</param>
/// <param name="Features">What shaped the mean: launch, step, promotions, obsolescence, profile parameters.</param>
internal sealed record SeriesDraft(
    string Id, string Group, int Freq, string Periods, int TrainLength, int Horizon, double[] Mu, int[] Y,
    string Origin, bool HoldoutPeak, CountNoise Noise, string Features)
{
    /// <summary>The training counts as doubles.</summary>
    public double[] Train() => [.. Y.Take(TrainLength).Select(v => (double)v)];
}

/// <summary>Draws one series of a group from a sampler; the sampler is the series' own.</summary>
internal interface ISeriesGenerator
{
    /// <summary>The group name written to the meta file.</summary>
    string Group { get; }

    /// <summary>The id prefix of the group's series.</summary>
    string Prefix { get; }

    /// <summary>Draws one series.</summary>
    SeriesDraft Draw(Sampler s, string id);

    /// <summary>Whether a draw belongs to the group (a demand class, say); a draw that does not is redrawn.</summary>
    bool Accept(SeriesDraft draft);
}
