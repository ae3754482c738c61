using MathNet.Numerics.Distributions;

namespace CrossBorder.Forecasting;

/// <summary>Argument checks and small numeric helpers shared by the forecasting methods.</summary>
internal static class SeriesChecks
{
    /// <summary>The default prediction-interval levels, as in R's forecast package.</summary>
    internal static readonly double[] DefaultLevels = [0.8, 0.95];

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

    internal static double[] Levels(double[]? levels)
    {
        if (levels is null)
        {
            return DefaultLevels;
        }

        foreach (var level in levels)
        {
            if (!(level > 0 && level < 1))
            {
                throw new ArgumentOutOfRangeException(nameof(levels), level, "A prediction interval level is strictly between 0 and 1, such as 0.8.");
            }
        }

        return levels;
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
