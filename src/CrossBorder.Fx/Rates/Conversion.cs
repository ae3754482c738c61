using CrossBorder.Fx.Internal;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>The result of converting money with an <see cref="FxRate"/>: the amounts, the rate and side used, and the rounding.</summary>
public sealed class Conversion
{
    internal Conversion(Money from, Money to, decimal exactAmount, FxRate rate, PriceSide side, MidpointRounding rounding)
    {
        From = from;
        To = to;
        ExactAmount = exactAmount;
        Rate = rate;
        Side = side;
        Rounding = rounding;
    }

    /// <summary>The money converted.</summary>
    public Money From { get; }

    /// <summary>The result, rounded to its currency's minor unit.</summary>
    public Money To { get; }

    /// <summary>The result before rounding.</summary>
    public decimal ExactAmount { get; }

    /// <summary>The rate used, with its provenance and chain.</summary>
    public FxRate Rate { get; }

    /// <summary>The side of the rate used.</summary>
    public PriceSide Side { get; }

    /// <summary>The price applied (quote units per base unit).</summary>
    public decimal AppliedPrice => Rate.Price(Side);

    /// <summary>The midpoint rounding applied to <see cref="To"/>.</summary>
    public MidpointRounding Rounding { get; }

    /// <summary>The conversion as one explanation step, naming the rate, its source and the rounding.</summary>
    public Explanation Explain() => Explanation.Of(
        new ExplanationStep(Invariant($"Conversion {From.Currency.Code} → {To.Currency.Code} at {Side} {FxText.Format(AppliedPrice)} ({Rate.Pair})"), To)
        {
            Base = From,
            Rule = Invariant($"{Rate.Kind} rate as of {FxText.Format(Rate.AsOf)}"),
            Source = Rate.Source,
            Rounding = Invariant($"to the minor unit, {Rounding}"),
        });

    /// <inheritdoc />
    public override string ToString() => Invariant($"{From} → {To} at {Rate.Pair} {Side} {FxText.Format(AppliedPrice)}");
}
