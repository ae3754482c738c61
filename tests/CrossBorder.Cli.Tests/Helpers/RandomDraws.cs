namespace CrossBorder.Cli.Tests.Helpers;

/// <summary>Seeded draws shared by the sample-data generators (the committed example files depend on their exact sequence).</summary>
internal static class RandomDraws
{
    /// <summary>A Poisson draw (Knuth's method for small means, a rounded normal approximation above 30).</summary>
    public static double Poisson(Random random, double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean > 30)
        {
            var u1 = 1 - random.NextDouble();
            var u2 = random.NextDouble();
            var normal = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            return Math.Max(0, Math.Round(mean + (Math.Sqrt(mean) * normal)));
        }

        var limit = Math.Exp(-mean);
        var k = 0;
        var product = random.NextDouble();
        while (product > limit)
        {
            k++;
            product *= random.NextDouble();
        }

        return k;
    }
}
