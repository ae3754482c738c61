namespace CrossBorder.Tax;

/// <summary>
/// A rate tier of a jurisdiction. Tier names differ from country to country and do not decide which goods they cover
/// (the law's commodity lists do): a product's <see cref="TaxCategory"/> is mapped to a tier per jurisdiction.
/// </summary>
public enum TaxTier
{
    /// <summary>The standard rate (JSON <c>standard</c>).</summary>
    Standard,

    /// <summary>The (first) reduced rate (JSON <c>reduced</c>).</summary>
    Reduced,

    /// <summary>A second reduced rate, where the law has one (JSON <c>reduced-2</c>).</summary>
    Reduced2,

    /// <summary>A super-reduced rate below 5%, VAT Directive Art. 98 and 110 (JSON <c>super-reduced</c>).</summary>
    SuperReduced,

    /// <summary>A parking rate, VAT Directive Art. 118 (JSON <c>parking</c>).</summary>
    Parking,

    /// <summary>A zero rate with the right to deduct (JSON <c>zero</c>).</summary>
    Zero,

    /// <summary>A rate above the standard one, for goods the law singles out (India's 28% and 40% GST slabs) (JSON <c>higher</c>).</summary>
    Higher,
}
