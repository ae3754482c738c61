namespace CrossBorder.Forecasting;

/// <summary>
/// Prediction intervals for intermittent demand from its empirical distribution: each period sells nothing with
/// probability 1 − p, or one of the sizes seen in the history, with p set so that the distribution's mean equals
/// the point forecast. The interval at level L is the shortest set of consecutive values holding at least L of the
/// probability; with many zero weeks that is [0, q], which is what a buyer planning stock needs, and its coverage
/// is close to L, unlike a symmetric interval clipped at zero.
/// </summary>
internal static class DemandIntervals
{
    public static IEnumerable<PredictionInterval> For(ReadOnlySpan<double> y, IReadOnlyList<double> mean, IReadOnlyList<double> levels)
    {
        var sizes = new List<double>();
        foreach (var value in y)
        {
            if (value > 0)
            {
                sizes.Add(value);
            }
        }

        if (sizes.Count == 0)
        {
            return [];
        }

        sizes.Sort();
        var averageSize = sizes.Average();
        var intervals = new List<PredictionInterval>(levels.Count);
        foreach (var level in levels)
        {
            var lower = new double[mean.Count];
            var upper = new double[mean.Count];
            for (var step = 0; step < mean.Count; step++)
            {
                var p = Math.Clamp(mean[step] / averageSize, 0, 1);
                (lower[step], upper[step]) = Shortest(sizes, p, level);
            }

            intervals.Add(new PredictionInterval(level, lower, upper));
        }

        return intervals;
    }

    /// <summary>The shortest window of support points (zero, then the sorted sizes) with probability at least <paramref name="level"/>.</summary>
    private static (double Lower, double Upper) Shortest(List<double> sizes, double p, double level)
    {
        // Support: 0 with mass 1 − p, each observed size with mass p / count (duplicates add up).
        var count = sizes.Count + 1;
        double Value(int i) => i == 0 ? 0 : sizes[i - 1];
        double Mass(int i) => i == 0 ? 1 - p : p / sizes.Count;

        var best = (Lower: 0.0, Upper: Value(count - 1));
        var bestWidth = double.PositiveInfinity;
        var mass = 0.0;
        var start = 0;
        for (var end = 0; end < count; end++)
        {
            mass += Mass(end);
            while (start < end && mass - Mass(start) >= level - 1e-12)
            {
                mass -= Mass(start);
                start++;
            }

            if (mass >= level - 1e-12 && Value(end) - Value(start) < bestWidth)
            {
                bestWidth = Value(end) - Value(start);
                best = (Value(start), Value(end));
            }
        }

        return best;
    }
}
