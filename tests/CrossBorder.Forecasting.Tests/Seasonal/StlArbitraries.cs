using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Forecasting.Tests.Seasonal;

/// <summary>
/// A series STL accepts: period 2–13 or 52, more than two periods (2·period + 1 to 2·period + 60 values, or 156 for
/// weekly), values a seasonal pattern plus a slope plus integer noise of magnitude up to 1000, and STL options
/// (periodic or an odd window 7–15, robust or not).
/// </summary>
public sealed record StlCase(double[] Values, int Period, StlOptions Options)
{
    public override string ToString() =>
        $"period {Period}, window {Options.SeasonalWindow?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "periodic"}, robust {Options.Robust}, y = [{string.Join(", ", Values.Select(v => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}]";
}

/// <summary>Bounded generators for the STL and MSTL properties.</summary>
public static class StlArbitraries
{
    public static Arbitrary<StlCase> StlCase()
    {
        var period = Gen.Frequency((6, Gen.Choose(2, 13)), (1, Gen.Constant(52)));
        var window = Gen.Elements<int?>(null, 7, 9, 11, 15);
        var gen =
            from p in period
            from extra in Gen.Choose(1, 60)
            let n = p == 52 ? 156 : (2 * p) + extra
            from amplitude in Gen.Choose(0, 500)
            from slope in Gen.Choose(-20, 20)
            from level in Gen.Choose(-1000, 1000)
            from noise in Gen.Choose(-1000, 1000).ArrayOf(n)
            from w in window
            from robust in Gen.Elements(false, true)
            select new StlCase(
                [.. Enumerable.Range(0, n).Select(t => level + (slope * t) + (amplitude * Math.Sin(2 * Math.PI * t / p)) + (noise[t] / 10.0))],
                p,
                new StlOptions { SeasonalWindow = w, Robust = robust });
        return Arb.From(gen);
    }
}
