using System.Globalization;
using MathNet.Numerics.Distributions;

namespace CrossBorder.Scorecards;

/// <summary>
/// The normalisations of a metric's value to a score 0–100, and its RAG status from its bands. Each is monotone: a
/// value better in the metric's direction never scores lower.
/// </summary>
public static class Normalise
{
    /// <summary>
    /// Target-based piecewise-linear score: 100 at or beyond green, 50 at amber, 0 at or beyond red, linear in between; for
    /// an in-range metric, 100 between the two greens and each side scored towards its own red.
    /// </summary>
    public static decimal TargetBased(decimal value, Direction direction, ThresholdBands bands, ThresholdBands? upper = null)
    {
        ArgumentNullException.ThrowIfNull(bands);
        return direction switch
        {
            Direction.HigherIsBetter => Rising(value, bands),
            Direction.LowerIsBetter => Rising(-value, Negate(bands)),
            Direction.InRange when upper is null => throw new ArgumentNullException(nameof(upper), "An in-range metric needs its upper bands."),
            Direction.InRange => value <= bands.Green ? Rising(value, bands) : value >= upper!.Green ? Rising(-value, Negate(upper)) : 100m,
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Not a direction."),
        };
    }

    /// <summary>The status from the bands: green at or beyond green, amber at or beyond amber, otherwise red.</summary>
    public static RagStatus Status(decimal value, Direction direction, ThresholdBands bands, ThresholdBands? upper = null) =>
        StatusOf(TargetBased(value, direction, bands, upper));

    /// <summary>The status of a target-based score: green at 100, amber from 50, otherwise red.</summary>
    internal static RagStatus StatusOf(decimal targetScore) =>
        targetScore >= 100m ? RagStatus.Green : targetScore >= 50m ? RagStatus.Amber : RagStatus.Red;

    /// <summary>Min-max against peers: the worst peer 0, the best 100, linear between; null when the peers do not differ.</summary>
    /// <param name="value">The value scored (one of the peers).</param>
    /// <param name="peers">The values of every entity of the run, this one included.</param>
    /// <param name="direction">Higher or lower is better.</param>
    public static decimal? MinMax(decimal value, ReadOnlySpan<decimal> peers, Direction direction)
    {
        RequireOneWay(direction);
        if (peers.Length == 0)
        {
            throw new ArgumentException("MinMax needs the peers' values, this one included.", nameof(peers));
        }

        decimal min = peers[0], max = peers[0];
        foreach (var p in peers)
        {
            min = Math.Min(min, p);
            max = Math.Max(max, p);
        }

        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "The value is one of the peers.");
        }

        if (max == min)
        {
            return null;
        }

        var share = (value - min) / (max - min);
        return 100m * (direction == Direction.HigherIsBetter ? share : 1m - share);
    }

    /// <summary>
    /// Z-score against history: z = (value − mean) ÷ sample standard deviation (n − 1), negated when lower is better,
    /// mapped to 0–100 by the standard normal CDF (z = 0 scores 50); null with fewer than 3 values or no spread.
    /// </summary>
    public static decimal? ZScore(decimal value, ReadOnlySpan<decimal> history, Direction direction, out double z)
    {
        RequireOneWay(direction);
        z = double.NaN;
        if (history.Length < 3)
        {
            return null;
        }

        var mean = 0.0;
        foreach (var h in history)
        {
            mean += (double)h;
        }

        mean /= history.Length;
        var squares = 0.0;
        foreach (var h in history)
        {
            squares += ((double)h - mean) * ((double)h - mean);
        }

        var sd = Math.Sqrt(squares / (history.Length - 1));
        if (!(sd > 0.0))
        {
            return null;
        }

        z = ((double)value - mean) / sd;
        if (direction == Direction.LowerIsBetter)
        {
            z = -z;
        }

        // Rounded to 10 places so the conversion never carries binary noise beyond 0–100.
        return Math.Clamp(decimal.Round((decimal)(100.0 * Normal.CDF(0.0, 1.0, z)), 10), 0m, 100m);
    }

    private static void RequireOneWay(Direction direction)
    {
        if (direction is not (Direction.HigherIsBetter or Direction.LowerIsBetter))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, string.Create(CultureInfo.InvariantCulture, $"Needs higher or lower is better, not {direction}."));
        }
    }

    private static ThresholdBands Negate(ThresholdBands b) => new(-b.Red, -b.Amber, -b.Green);

    private static decimal Rising(decimal value, ThresholdBands b) =>
        value >= b.Green ? 100m
        : value >= b.Amber ? 50m + (50m * (value - b.Amber) / (b.Green - b.Amber))
        : value > b.Red ? 50m * (value - b.Red) / (b.Amber - b.Red)
        : 0m;
}
