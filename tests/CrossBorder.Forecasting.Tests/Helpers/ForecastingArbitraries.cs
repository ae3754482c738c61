using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Forecasting.Tests.Helpers;

/// <summary>Non-negative intermittent demand: 2–160 periods, zero with probability 30–90%, integer sizes up to 200.</summary>
public sealed record DemandSeries(double[] Values)
{
    public override string ToString() => "[" + string.Join(", ", Values) + "]";
}

/// <summary>A finite real series of 3–120 values (positive and negative, magnitudes up to 1e6).</summary>
public sealed record RealSeries(double[] Values)
{
    public override string ToString() => "[" + string.Join(", ", Values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture))) + "]";
}

/// <summary>Actual and forecast values of equal length (1–50), finite, magnitudes up to 1e4.</summary>
public sealed record Pair(double[] Actual, double[] Forecast)
{
    public override string ToString() => $"actual [{string.Join(", ", Actual)}], forecast [{string.Join(", ", Forecast)}]";
}

/// <summary>Bounded domain generators for the forecasting types.</summary>
public static class ForecastingArbitraries
{
    public static Arbitrary<DemandSeries> DemandSeries()
    {
        var series =
            from n in Gen.Choose(2, 160)
            from zeroPercent in Gen.Choose(30, 90)
            from values in Gen.Choose(0, 99).Zip(Gen.Choose(1, 200)).Select(t => t.Item1 < zeroPercent ? 0.0 : t.Item2).ArrayOf(n)
            select new DemandSeries(values);
        return Arb.From(series);
    }

    public static Arbitrary<RealSeries> RealSeries()
    {
        var value = Gen.Frequency(
            (3, Gen.Choose(-1000, 1000).Select(i => (double)i)),
            (2, Gen.Choose(-1_000_000, 1_000_000).Select(i => i / 7.0)),
            (1, Gen.Choose(0, 100).Select(i => i / 1000.0)));
        return Arb.From(Gen.Choose(3, 120).SelectMany(n => value.ArrayOf(n)).Select(v => new RealSeries(v)));
    }

    public static Arbitrary<Pair> Pair()
    {
        var value = Gen.Frequency(
            (3, Gen.Choose(-10_000, 10_000).Select(i => i / 3.0)),
            (1, Gen.Constant(0.0)));
        return Arb.From(
            from n in Gen.Choose(1, 50)
            from a in value.ArrayOf(n)
            from f in value.ArrayOf(n)
            select new Pair(a, f));
    }
}
