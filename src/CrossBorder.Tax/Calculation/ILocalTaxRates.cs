namespace CrossBorder.Tax;

/// <summary>A local tax levied on top of a state's or province's rate: a US county, city or district sales tax.</summary>
/// <param name="Name">What it is, such as "Los Angeles County district taxes".</param>
/// <param name="Rate">The local rate, added to the state rate.</param>
/// <param name="Source">The authority's rate table it comes from.</param>
public sealed record LocalTaxRate(string Name, Percentage Rate, string Source);

/// <summary>
/// Plugs local rates into the calculator: US sales tax is a state rate plus county, city and district rates that
/// change every quarter, and a host that has a licensed or state-published rate table (Streamlined Sales Tax rate
/// files, a state's rate lookup) answers here. The default rule pack holds state rates only.
/// </summary>
public interface ILocalTaxRates
{
    /// <summary>The local rate for a delivery to <paramref name="postcode"/> in <paramref name="jurisdiction"/> on <paramref name="date"/>, or null when there is none or it is unknown.</summary>
    LocalTaxRate? RateFor(TaxJurisdiction jurisdiction, string? postcode, NodaTime.LocalDate date);
}
