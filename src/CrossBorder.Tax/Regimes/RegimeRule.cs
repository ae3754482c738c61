namespace CrossBorder.Tax;

/// <summary>How a low-value regime measures goods against its limit.</summary>
public enum ValueBasis
{
    /// <summary>The whole consignment: the goods' prices without separately charged transport and insurance (the EU's and UK's intrinsic value).</summary>
    Consignment,

    /// <summary>Each item on its own: one unit's price (Norway's VOEC, Australia's low value goods).</summary>
    Item,
}

/// <summary>
/// The parameters of a regime over a period, as data: where it applies, its value limit and how goods are measured
/// against it, and the law that sets them. The regime's logic is code; its numbers are here, dated and sourced.
/// </summary>
public sealed class RegimeRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="regime">The regime code (<see cref="TaxRegime"/>).</param>
    /// <param name="area">Where it applies: a country code, or <c>EU-VAT</c> for the EU VAT area.</param>
    /// <param name="limit">The value limit in its currency, or null when the regime has none.</param>
    /// <param name="basis">How goods are measured against the limit.</param>
    /// <param name="limitIncluded">Whether a value equal to the limit is within it (≤, the EU's €150) or not (&lt;, Norway's NOK 3,000).</param>
    /// <param name="period">The days the rule applies.</param>
    /// <param name="source">The law that sets it.</param>
    /// <param name="sourceUrl">Where to read it, when known.</param>
    /// <exception cref="ArgumentException">The regime or area is empty, the limit negative, or the source empty.</exception>
    public RegimeRule(string regime, string area, Money? limit, ValueBasis basis, bool limitIncluded, EffectivePeriod period, string source, string? sourceUrl = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(regime);
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (limit is { } l && (l.IsDefault || l.IsNegative))
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit.ToString(), "A limit is a non-negative amount of money.");
        }

        if (!Enum.IsDefined(basis))
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "Not a value basis.");
        }

        Regime = regime;
        Area = area;
        Limit = limit;
        Basis = basis;
        LimitIncluded = limitIncluded;
        Period = period;
        Source = source;
        SourceUrl = sourceUrl;
    }

    /// <summary>The regime code.</summary>
    public string Regime { get; }

    /// <summary>A country code, or <c>EU-VAT</c>.</summary>
    public string Area { get; }

    /// <summary>The value limit, or null.</summary>
    public Money? Limit { get; }

    /// <summary>How goods are measured against the limit.</summary>
    public ValueBasis Basis { get; }

    /// <summary>Whether a value equal to the limit is within it.</summary>
    public bool LimitIncluded { get; }

    /// <summary>The days the rule applies.</summary>
    public EffectivePeriod Period { get; }

    /// <summary>The law that sets it.</summary>
    public string Source { get; }

    /// <summary>Where to read it.</summary>
    public string? SourceUrl { get; }

    /// <summary>
    /// With <see cref="ValueBasis.Item"/>: whether goods shipped together above the limit are imported at the border
    /// even when each item is within it (Australia: "multiple goods totalling over A$1,000").
    /// </summary>
    public bool ConsignmentAlsoLimited { get; init; }

    /// <summary>A limit on the buyer's purchases under the regime in a calendar year (China's CNY 26,000), or null.</summary>
    public Money? AnnualLimit
    {
        get;
        init => field = value is { } v && (v.IsDefault || v.IsNegative)
            ? throw new ArgumentOutOfRangeException(nameof(value), v.ToString(), "An annual limit is a non-negative amount of money.")
            : value;
    }

    /// <summary>The share of the normal tax due under the regime (China's 70%), or null for all of it.</summary>
    public Percentage? TaxShare
    {
        get;
        init => field = value is { } v && (v <= Percentage.Zero || v > Percentage.OneHundred)
            ? throw new ArgumentOutOfRangeException(nameof(value), v, "A tax share is above 0% and at most 100%.")
            : value;
    }

    /// <summary>A rate the regime sets instead of the jurisdiction's tiers (Malaysia's 10% on low value goods), or null.</summary>
    public Percentage? Rate
    {
        get;
        init => field = value is { } v && (v < Percentage.Zero || v >= Percentage.OneHundred)
            ? throw new ArgumentOutOfRangeException(nameof(value), v, "A tax rate is at least 0% and below 100%.")
            : value;
    }

    /// <summary>Whether <paramref name="value"/> (in the limit's currency) is within the limit.</summary>
    public bool IsWithin(decimal value) =>
        Limit is not { } limit || (LimitIncluded ? value <= limit.Amount : value < limit.Amount);

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Regime} in {Area}{(Limit is { } l ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $" {(LimitIncluded ? "≤" : "<")} {l} per {(Basis == ValueBasis.Item ? "item" : "consignment")}") : string.Empty)} {Period}");
}
