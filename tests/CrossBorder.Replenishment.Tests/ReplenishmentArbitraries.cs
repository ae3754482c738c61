using FsCheck;
using FsCheck.Fluent;

namespace CrossBorder.Replenishment.Tests;

/// <summary>Demand and lead-time parameters: d̄ 0–1000, σ_d 0.1–500, L 0.25–60 periods, σ_L 0–10, a level 0.501–0.999 (above 0.5, where z = 0 and the safety stock is 0 whatever the inputs).</summary>
public sealed record StockCase(double Mean, double Sigma, double Lead, double LeadSigma, double Level)
{
    public override string ToString() => FormattableString.Invariant($"d̄ {Mean}, σ {Sigma}, L {Lead}, σ_L {LeadSigma}, level {Level}");
}

/// <summary>A requested quantity and supplier constraints.</summary>
public sealed record RoundingCase(double Requested, int Moq, int Pack, PackRounding Rounding)
{
    public override string ToString() => FormattableString.Invariant($"requested {Requested}, MOQ {Moq}, pack {Pack}, {Rounding}");
}

/// <summary>A plan's inputs: stock, receipts, a forecast and constraints.</summary>
public sealed record PlanCase(double OnHand, double Backorders, double InTransit, int TransitWeek, double[] Forecast, double Sigma, int Lead, int Moq, int Pack)
{
    public override string ToString() => FormattableString.Invariant($"on hand {OnHand}, backorders {Backorders}, transit {InTransit}@{TransitWeek}, σ {Sigma}, L {Lead}, MOQ {Moq}, pack {Pack}, forecast [{string.Join(", ", Forecast)}]");
}

public static class ReplenishmentArbitraries
{
    private static Gen<double> Between(double low, double high, int steps = 10_000) =>
        Gen.Choose(0, steps).Select(i => low + ((high - low) * i / steps));

    public static Arbitrary<StockCase> StockCase() => Arb.From(
        from mean in Between(0, 1000)
        from sigma in Between(0.1, 500)
        from lead in Between(0.25, 60)
        from leadSigma in Between(0, 10)
        from level in Between(0.501, 0.999)
        select new StockCase(mean, sigma, lead, leadSigma, level));

    public static Arbitrary<RoundingCase> RoundingCase() => Arb.From(
        from requested in Between(-100, 5000)
        from moq in Gen.Choose(0, 500)
        from pack in Gen.Choose(1, 48)
        from rounding in Gen.Elements(PackRounding.Up, PackRounding.Nearest, PackRounding.Down)
        select new RoundingCase(requested, moq, pack, rounding));

    public static Arbitrary<PlanCase> PlanCase() => Arb.From(
        from onHand in Between(0, 3000)
        from backorders in Between(0, 200)
        from transit in Between(0, 1000)
        from week in Gen.Choose(-1, 30)
        from forecast in Between(0, 300, 300).ArrayOf(30)
        from sigma in Between(0, 100)
        from lead in Gen.Choose(0, 12)
        from moq in Gen.Choose(0, 300)
        from pack in Gen.Choose(1, 24)
        select new PlanCase(onHand, backorders, transit, week, forecast, sigma, lead, moq, pack));
}
