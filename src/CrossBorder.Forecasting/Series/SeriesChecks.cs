using MathNet.Numerics.Distributions;

namespace CrossBorder.Forecasting;

/// <summary>Argument checks and small numeric helpers shared by the forecasting methods.</summary>
internal static class SeriesChecks
{
    /// <summary>What every method says about a bad interval level.</summary>
    internal const string LevelRule = "Interval levels lie strictly between 0 and 1, such as 0.8.";

    /// <summary>The default prediction-interval levels, as in R's forecast package; copied by <see cref="Levels"/>, never handed out.</summary>
    private static readonly double[] DefaultLevels = [0.8, 0.95];

    /// <summary>Whether <paramref name="level"/> can be an interval level: strictly between 0 and 1.</summary>
    internal static bool IsLevel(double level) => level > 0 && level < 1;

    internal static void Finite(ReadOnlySpan<double> y, string paramName)
    {
        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                throw new ArgumentException($"Observation {i} is {y[i]}; every observation must be finite.", paramName);
            }
        }
    }

    internal static void FiniteNonNegative(ReadOnlySpan<double> y, string paramName)
    {
        for (var i = 0; i < y.Length; i++)
        {
            if (!double.IsFinite(y[i]))
            {
                throw new ArgumentException($"Observation {i} is {y[i]}; every observation must be finite.", paramName);
            }

            if (y[i] < 0)
            {
                throw new ArgumentException($"Observation {i} is {y[i]}; demand must not be negative.", paramName);
            }
        }
    }

    internal static void NotEmpty(ReadOnlySpan<double> y, string paramName)
    {
        if (y.IsEmpty)
        {
            throw new ArgumentException("The series is empty.", paramName);
        }
    }

    internal static void Horizon(int horizon)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
    }

    internal static void Alpha(double alpha, string paramName)
    {
        if (!(alpha > 0 && alpha <= 1))
        {
            throw new ArgumentOutOfRangeException(paramName, alpha, "A smoothing parameter lies in (0, 1].");
        }
    }

    /// <summary>
    /// The one meaning of interval levels in every method: <see langword="null"/> for the defaults, 0.8 and 0.95; an
    /// empty list for point forecasts only (no intervals); otherwise a copy, in the order given, each level checked.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A level is not strictly between 0 and 1.</exception>
    internal static double[] Levels(IEnumerable<double>? levels, string paramName = "levels")
    {
        double[] copy = [.. levels ?? DefaultLevels];
        foreach (var level in copy)
        {
            if (!IsLevel(level))
            {
                throw new ArgumentOutOfRangeException(paramName, level, LevelRule);
            }
        }

        return copy;
    }

    /// <summary>The two-sided standard normal quantile for <paramref name="level"/>: 1.2816 for 0.8.</summary>
    internal static double NormalQuantile(double level) => Normal.InvCDF(0, 1, 0.5 * (1 + level));

    /// <summary>Symmetric intervals mean ± z·se[h] at each level.</summary>
    internal static PredictionInterval[] NormalIntervals(double[] mean, ReadOnlySpan<double> se, double[] levels, Func<double, double>? quantile = null)
    {
        var result = new PredictionInterval[levels.Length];
        var sorted = (double[])levels.Clone();
        Array.Sort(sorted);
        for (var l = 0; l < sorted.Length; l++)
        {
            var z = quantile is null ? NormalQuantile(sorted[l]) : quantile(sorted[l]);
            var lower = new double[mean.Length];
            var upper = new double[mean.Length];
            for (var i = 0; i < mean.Length; i++)
            {
                lower[i] = mean[i] - (z * se[i]);
                upper[i] = mean[i] + (z * se[i]);
            }

            result[l] = new PredictionInterval(sorted[l], lower, upper);
        }

        return result;
    }

    internal static double[] Fill(int length, double value)
    {
        var a = new double[length];
        Array.Fill(a, value);
        return a;
    }
}
