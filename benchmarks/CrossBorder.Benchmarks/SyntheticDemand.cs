namespace CrossBorder.Benchmarks;

/// <summary>Seeded synthetic weekly SKU demand: intermittent sales with a Q4 lift, the shape sellers see.</summary>
public static class SyntheticDemand
{
    /// <summary>Creates <paramref name="count"/> series of <paramref name="weeks"/> weeks.</summary>
    public static double[][] Weekly(int count, int weeks, int seed)
    {
        var series = new double[count][];
        for (var i = 0; i < count; i++)
        {
            series[i] = One(weeks, seed + i);
        }

        return series;
    }

    /// <summary>One series; the same seed always gives the same series.</summary>
    public static double[] One(int weeks, int seed)
    {
        var random = new Random(seed);
        var probability = 0.1 + (0.5 * random.NextDouble());
        var meanSize = 1 + (20 * random.NextDouble());
        var values = new double[weeks];
        for (var t = 0; t < weeks; t++)
        {
            var q4 = t % 52 >= 44 ? 1.6 : 1.0;
            if (random.NextDouble() < probability * Math.Min(1, q4 * 0.8))
            {
                // Sum of two exponentials: a gamma(2) size, rounded to whole units, at least one.
                var size = -meanSize / 2 * (Math.Log(1 - random.NextDouble()) + Math.Log(1 - random.NextDouble()));
                values[t] = Math.Max(1, Math.Round(size * q4));
            }
        }

        return values;
    }
}
