namespace CrossBorder.Forecasting.Evaluation.Generation;

/// <summary>
/// The random draws of the generator, on a seeded <see cref="System.Random"/> (whose seeded sequence is the same on
/// every machine and .NET version). Written here rather than taken from a statistics package, so that the catalogues
/// do not change when a package changes its sampling algorithm.
/// </summary>
internal sealed class Sampler(int seed)
{
    private readonly Random _random = new(seed);

    /// <summary>A uniform value in [0, 1).</summary>
    public double Next() => _random.NextDouble();

    /// <summary>A uniform value in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public double Uniform(double low, double high) => low + ((high - low) * _random.NextDouble());

    /// <summary>A value whose logarithm is uniform between the logarithms of the bounds.</summary>
    public double LogUniform(double low, double high) => Math.Exp(Uniform(Math.Log(low), Math.Log(high)));

    /// <summary>A uniform integer in [<paramref name="low"/>, <paramref name="high"/>], bounds included.</summary>
    public int Between(int low, int high) => _random.Next(low, high + 1);

    /// <summary>True with probability <paramref name="p"/>.</summary>
    public bool Chance(double p) => _random.NextDouble() < p;

    /// <summary>A standard normal value (Marsaglia's polar method).</summary>
    public double Normal()
    {
        while (true)
        {
            var u = (2 * _random.NextDouble()) - 1;
            var v = (2 * _random.NextDouble()) - 1;
            var s = (u * u) + (v * v);
            if (s > 0 && s < 1)
            {
                return u * Math.Sqrt(-2 * Math.Log(s) / s);
            }
        }
    }

    /// <summary>A gamma value with the given shape and scale (Marsaglia and Tsang, 2000; shape below 1 by boosting).</summary>
    public double Gamma(double shape, double scale)
    {
        if (shape < 1)
        {
            var boost = Math.Pow(1 - _random.NextDouble(), 1 / shape);
            return Gamma(shape + 1, scale) * boost;
        }

        var d = shape - (1.0 / 3);
        var c = 1 / Math.Sqrt(9 * d);
        while (true)
        {
            var x = Normal();
            var v = 1 + (c * x);
            if (v <= 0)
            {
                continue;
            }

            v = v * v * v;
            var u = 1 - _random.NextDouble();
            if (Math.Log(u) < (0.5 * x * x) + d - (d * v) + (d * Math.Log(v)))
            {
                return d * v * scale;
            }
        }
    }

    /// <summary>A Poisson count with mean <paramref name="mean"/> (multiplication below 30, Hörmann's PTRS above).</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0)
        {
            return 0;
        }

        if (mean < 30)
        {
            var limit = Math.Exp(-mean);
            var product = _random.NextDouble();
            var k = 0;
            while (product > limit)
            {
                k++;
                product *= _random.NextDouble();
            }

            return k;
        }

        // Transformed rejection with squeeze (W. Hörmann, "The transformed rejection method for generating Poisson
        // random variables", Insurance: Mathematics and Economics 12, 1993).
        var slam = Math.Sqrt(mean);
        var loglam = Math.Log(mean);
        var b = 0.931 + (2.53 * slam);
        var a = -0.059 + (0.02483 * b);
        var invAlpha = 1.1239 + (1.1328 / (b - 3.4));
        var vr = 0.9277 - (3.6224 / (b - 2));
        while (true)
        {
            var u = _random.NextDouble() - 0.5;
            var v = _random.NextDouble();
            var us = 0.5 - Math.Abs(u);
            var k = Math.Floor((((2 * a / us) + b) * u) + mean + 0.43);
            if (us >= 0.07 && v <= vr)
            {
                return (int)k;
            }

            if (k < 0 || (us < 0.013 && v > us))
            {
                continue;
            }

            if (Math.Log(v) + Math.Log(invAlpha) - Math.Log((a / (us * us)) + b) <= -mean + (k * loglam) - LogFactorial((int)k))
            {
                return (int)k;
            }
        }
    }

    /// <summary>A negative binomial count with mean <paramref name="mean"/> and size <paramref name="size"/> (variance mean + mean²/size), as a gamma–Poisson mixture.</summary>
    public int NegativeBinomial(double mean, double size) => mean <= 0 ? 0 : Poisson(Gamma(size, mean / size));

    private static double LogFactorial(int k)
    {
        if (k < 20)
        {
            var sum = 0.0;
            for (var i = 2; i <= k; i++)
            {
                sum += Math.Log(i);
            }

            return sum;
        }

        // Stirling's series; its error at k = 20 is below 1e-10.
        double x = k;
        return (x * Math.Log(x)) - x + (0.5 * Math.Log(2 * Math.PI * x)) + (1 / (12 * x)) - (1 / (360 * x * x * x));
    }
}
