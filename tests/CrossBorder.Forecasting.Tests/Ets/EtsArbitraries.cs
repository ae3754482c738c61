using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Forecasting.Tests.Ets;

/// <summary>A synthetic positive series: level, trend, seasonal shape and noise from a seed.</summary>
public sealed record SyntheticSeries(int Seed, int Length, int Period, double Level, double Trend, double SeasonalAmplitude, double Noise, bool MultiplicativeSeason = false)
{
    public double[] Values()
    {
        var random = new Random(Seed);
        var y = new double[Length];
        for (var t = 0; t < Length; t++)
        {
            var season = Period > 1 ? SeasonalAmplitude * Math.Sin(2 * Math.PI * t / Period) : 0;
            var noise = Noise * ((random.NextDouble() + random.NextDouble() + random.NextDouble()) - 1.5);
            y[t] = MultiplicativeSeason
                ? Level * (1 + (Trend * t)) * (1 + season) * (1 + noise)
                : Level * (1 + (Trend * t) + season + noise);
        }

        return y;
    }

    public override string ToString() =>
        $"seed {Seed}, n {Length}, m {Period}, level {Level:G4}, trend {Trend:G3}, season {SeasonalAmplitude:G3}, noise {Noise:G3}";
}

/// <summary>Series whose level and seasonal pattern drift (random walks), so that fitted α and γ are large.</summary>
public static class EvolvingSeries
{
    public static double[] Create(int seed, int length, int period)
    {
        var random = new Random(seed);
        var y = new double[length];
        var seasons = new double[period];
        for (var j = 0; j < period; j++)
        {
            seasons[j] = 20 * Math.Sin(2 * Math.PI * j / period);
        }

        var level = 200.0;
        for (var t = 0; t < length; t++)
        {
            level += 2 * Noise();
            seasons[t % period] += 6 * Noise();
            y[t] = level + seasons[t % period] + (3 * Noise());
        }

        return y;

        // Roughly standard normal: a centred sum of four uniforms, scaled.
        double Noise() => (random.NextDouble() + random.NextDouble() + random.NextDouble() + random.NextDouble() - 2) * 1.7;
    }
}

/// <summary>A scale factor for equivariance tests, from 1e-3 to 1e3.</summary>
public sealed record Scale(double Value)
{
    public override string ToString() => Value.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A form and a series it can be fitted to: seasonal forms get a seasonal period (4 or 12).</summary>
public sealed record FittableCase(SyntheticSeries Series, EtsSpec Spec)
{
    public override string ToString() => $"{Spec} on {Series}";
}

/// <summary>Bounded generators for ETS tests: series that every allowed form can be fitted to.</summary>
public static class EtsArbitraries
{
    public static Arbitrary<SyntheticSeries> Series() => Arb.From(SeriesWithPeriod(Gen.Elements(1, 4, 12)));

    /// <summary>Every form, each with a series it applies to (no seasonal form on a period-1 series).</summary>
    public static Arbitrary<FittableCase> Fittable() =>
        Arb.From(
            from spec in Gen.Elements(EtsSpec.All.ToArray())
            from series in SeriesWithPeriod(spec.HasSeason ? Gen.Elements(4, 12) : Gen.Elements(1, 4, 12))
            select new FittableCase(series, spec));

    private static Gen<SyntheticSeries> SeriesWithPeriod(Gen<int> periods) =>
        from seed in Gen.Choose(0, 1_000_000)
        from period in periods
        from cycles in Gen.Choose(4, 8)
        from level in Gen.Elements(1.0, 50.0, 1000.0, 2.5e5)
        from trend in Gen.Elements(0.0, 0.002, 0.01, -0.002)
        from season in Gen.Elements(0.0, 0.1, 0.3)
        from noise in Gen.Elements(0.01, 0.05, 0.15)
        select new SyntheticSeries(seed, Math.Max(period * cycles, 24), period, level, trend, period > 1 ? season : 0, noise);

    /// <summary>Longer, less noisy series whose likelihood has a clear optimum.</summary>
    public static Gen<SyntheticSeries> WellIdentified =>
        from seed in Gen.Choose(0, 1_000_000)
        from period in Gen.Elements(1, 4, 12)
        from level in Gen.Elements(1.0, 50.0, 1000.0, 2.5e5)
        from trend in Gen.Elements(0.0, 0.005, 0.01)
        from season in Gen.Elements(0.1, 0.3)
        from noise in Gen.Elements(0.01, 0.03)
        select new SyntheticSeries(seed, Math.Max(period * 6, 48), period, level, trend, period > 1 ? season : 0, noise);

    public static Arbitrary<Scale> Scale() =>
        Arb.From(Gen.Choose(-3, 3).SelectMany(e => Gen.Choose(1, 9).Select(d => new Scale(d * Math.Pow(10, e)))));

    public static Arbitrary<EtsSpec> Spec() => Arb.From(Gen.Elements(EtsSpec.All.ToArray()));
}
