namespace CrossBorder.Tax;

/// <summary>
/// Decides a product's tax category from its commodity (HS) code, as the law's lists do (a reduced rate for books is
/// given by the codes the member state attached to it, not by the word "books"). Plug in one per host; the calculator
/// asks it only for lines that carry an HS code and no category.
/// </summary>
public interface ICommodityTaxonomy
{
    /// <summary>The category of goods with <paramref name="hsCode"/> in <paramref name="jurisdiction"/> on <paramref name="date"/>, or null when the taxonomy does not know.</summary>
    TaxCategory? CategoryOf(string hsCode, TaxJurisdiction jurisdiction, NodaTime.LocalDate date);
}
