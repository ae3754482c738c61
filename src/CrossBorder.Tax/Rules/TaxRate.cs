namespace CrossBorder.Tax;

/// <summary>
/// One rate of a rule pack: the percentage a tier of a jurisdiction charges over a period, with the law or authority
/// page it comes from. Immutable; a lookup returns the pack's own instance, so it costs no allocation.
/// </summary>
public sealed class TaxRate
{
    private string? _text;

    /// <summary>Creates a rate.</summary>
    /// <exception cref="ArgumentException">The rate is negative or 100% or more, the jurisdiction is default, or the source is empty.</exception>
    public TaxRate(TaxJurisdiction jurisdiction, TaxTier tier, Percentage rate, EffectivePeriod period, string source, string? sourceUrl = null, string? note = null)
    {
        if (jurisdiction.IsDefault)
        {
            throw new ArgumentException("The jurisdiction is default(TaxJurisdiction).", nameof(jurisdiction));
        }

        if (!Enum.IsDefined(tier))
        {
            throw new ArgumentOutOfRangeException(nameof(tier), tier, "Not a tax tier.");
        }

        if (rate < Percentage.Zero || rate >= Percentage.OneHundred)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, "A tax rate is at least 0% and below 100%.");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        Jurisdiction = jurisdiction;
        Tier = tier;
        Rate = rate;
        Period = period;
        Source = source;
        SourceUrl = sourceUrl;
        Note = note;
    }

    /// <summary>Where the rate applies.</summary>
    public TaxJurisdiction Jurisdiction { get; }

    /// <summary>The tier.</summary>
    public TaxTier Tier { get; }

    /// <summary>The rate.</summary>
    public Percentage Rate { get; }

    /// <summary>The days it applies, both ends inclusive.</summary>
    public EffectivePeriod Period { get; }

    /// <summary>The act, article or authority page the rate comes from.</summary>
    public string Source { get; }

    /// <summary>Where the source can be read, when known.</summary>
    public string? SourceUrl { get; }

    /// <summary>What the tier covers or any caveat, when the pack says.</summary>
    public string? Note { get; }

    /// <summary><c>DE standard 19% 2021-01-01..</c> (formatted once: results quote it on every line).</summary>
    public override string ToString() => _text ??= string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Jurisdiction} {TaxTiers.ToCode(Tier)} {Rate} {Period}");
}
