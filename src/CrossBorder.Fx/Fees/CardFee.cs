using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>Who issued the card, relative to the business taking the payment.</summary>
public enum CardRegion
{
    /// <summary>Issued in the business's own country.</summary>
    Domestic = 0,

    /// <summary>Issued in the European Economic Area.</summary>
    Eea = 1,

    /// <summary>Issued in the United Kingdom.</summary>
    UnitedKingdom = 2,

    /// <summary>Issued anywhere else.</summary>
    International = 3,
}

/// <summary>The card product tier, where the provider prices it differently.</summary>
public enum CardTier
{
    /// <summary>Standard consumer cards.</summary>
    Standard = 0,

    /// <summary>Premium (and, at some providers, commercial) cards.</summary>
    Premium = 1,
}

/// <summary>
/// A processing fee of a percentage plus a fixed amount per charge: fee = round(gross × p) + fixed. Net-down and
/// gross-up are exact inverses: <c>NetDown(GrossUp(t)).Net == t</c> for every target t in whole minor units.
/// </summary>
public sealed class CardFee : IEquatable<CardFee>
{
    private CardFee(Percentage percent, Money fixedFee, string source)
    {
        Percent = percent;
        Fixed = fixedFee;
        Source = source;
    }

    /// <summary>The percentage of the gross amount.</summary>
    public Percentage Percent { get; }

    /// <summary>The fixed amount per charge; its currency is the currency the fee applies to.</summary>
    public Money Fixed { get; }

    /// <summary>The fee's published source.</summary>
    public string Source { get; }

    /// <summary>The currency of charges this fee applies to.</summary>
    public Currency Currency => Fixed.Currency;

    /// <summary>Creates a fee.</summary>
    /// <param name="percent">At least 0% and below 100%.</param>
    /// <param name="fixedFee">Zero or positive, in whole minor units of a currency that has them.</param>
    /// <param name="source">Where the figure comes from; not blank.</param>
    /// <exception cref="ArgumentOutOfRangeException">The percentage is negative or 100% or more, or the fixed fee is negative or not in whole minor units.</exception>
    public static CardFee Of(Percentage percent, Money fixedFee, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (percent < Percentage.Zero || percent >= Percentage.OneHundred)
        {
            throw new ArgumentOutOfRangeException(nameof(percent), percent, Invariant($"A percentage fee must be at least 0% and below 100%, not {percent}."));
        }

        if (fixedFee.IsDefault || fixedFee.IsNegative || fixedFee.Currency.MinorUnit is null || !fixedFee.IsRounded)
        {
            throw new ArgumentOutOfRangeException(nameof(fixedFee), Invariant($"A fixed fee must be zero or positive in whole minor units of a currency, not {fixedFee}."));
        }

        return new CardFee(percent, fixedFee, source);
    }

    /// <summary>What arrives from a charge of <paramref name="gross"/>: gross − (round(gross × p) + fixed). The net is negative when the fixed fee exceeds what is left.</summary>
    /// <exception cref="ArgumentException">The gross is in another currency, negative, or not in whole minor units.</exception>
    public FeeBreakdown NetDown(Money gross, MidpointRounding rounding)
    {
        CheckAmount(gross, nameof(gross));
        var percentFee = gross.Multiply(Percent).Round(rounding);
        return new FeeBreakdown(this, gross, percentFee, rounding);
    }

    /// <summary>
    /// The smallest charge whose <see cref="NetDown"/> is exactly <paramref name="targetNet"/>: about
    /// (target + fixed) / (1 − p), adjusted minor unit by minor unit for the fee's rounding.
    /// </summary>
    /// <exception cref="ArgumentException">The target is in another currency, negative, or not in whole minor units.</exception>
    public FeeBreakdown GrossUp(Money targetNet, MidpointRounding rounding)
    {
        CheckAmount(targetNet, nameof(targetNet));
        var unit = Currency.MinorUnitValue;
        var estimate = targetNet.Add(Fixed).Divide(1m - Percent.Fraction).Round(Currency.MinorUnit!.Value, MidpointRounding.ToPositiveInfinity);

        // Net is non-decreasing in gross and rises by 0 or 1 minor unit per minor unit of gross (p < 100%),
        // so the smallest gross with net ≥ target has net == target. The estimate is within a unit or two.
        var gross = estimate;
        while (NetOf(gross, rounding) < targetNet.Amount)
        {
            gross = new Money(gross.Amount + unit, Currency);
        }

        while (gross.Amount - unit >= 0m && NetOf(new Money(gross.Amount - unit, Currency), rounding) >= targetNet.Amount)
        {
            gross = new Money(gross.Amount - unit, Currency);
        }

        return NetDown(gross, rounding);
    }

    /// <inheritdoc />
    public bool Equals(CardFee? other) => other is not null && Percent == other.Percent && Fixed == other.Fixed;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CardFee);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Percent, Fixed);

    /// <summary><c>1.5% + 0.25 EUR</c>.</summary>
    public override string ToString() => Invariant($"{Percent} + {Fixed}");

    private decimal NetOf(Money gross, MidpointRounding rounding) =>
        gross.Amount - gross.Multiply(Percent).Round(rounding).Amount - Fixed.Amount;

    private void CheckAmount(Money amount, string name)
    {
        if (amount.IsDefault || !amount.Currency.Equals(Currency))
        {
            throw new ArgumentException(Invariant($"The fee {this} applies to {Currency.Code}, not to {(amount.IsDefault ? "default(Money)" : amount.Currency.Code)}."), name);
        }

        if (amount.IsNegative || !amount.IsRounded)
        {
            throw new ArgumentException(Invariant($"The amount must be zero or positive in whole minor units, not {amount}."), name);
        }
    }
}

/// <summary>A charge split into fees and what arrives, with its explanation.</summary>
public sealed class FeeBreakdown
{
    internal FeeBreakdown(CardFee fee, Money gross, Money percentageFee, MidpointRounding rounding)
    {
        Fee = fee;
        Gross = gross;
        PercentageFee = percentageFee;
        Rounding = rounding;
    }

    /// <summary>The fee applied.</summary>
    public CardFee Fee { get; }

    /// <summary>The amount charged.</summary>
    public Money Gross { get; }

    /// <summary>The percentage part, rounded to the minor unit.</summary>
    public Money PercentageFee { get; }

    /// <summary>The fixed part.</summary>
    public Money FixedFee => Fee.Fixed;

    /// <summary>The whole fee.</summary>
    public Money TotalFee => PercentageFee + FixedFee;

    /// <summary>What arrives: gross − total fee.</summary>
    public Money Net => Gross - TotalFee;

    /// <summary>The rounding applied to the percentage part.</summary>
    public MidpointRounding Rounding { get; }

    /// <summary>The steps: percentage fee, fixed fee, net.</summary>
    public Explanation Explain() => Explanation.Of(
        new ExplanationStep("Percentage fee", PercentageFee) { Base = Gross, Rate = Fee.Percent, Source = Fee.Source, Rounding = Invariant($"to the minor unit, {Rounding}") },
        new ExplanationStep("Fixed fee", FixedFee) { Source = Fee.Source },
        new ExplanationStep("Net after fees", Net) { Base = Gross });

    /// <inheritdoc />
    public override string ToString() => Invariant($"{Gross} − {TotalFee} ({Fee}) = {Net}");
}
