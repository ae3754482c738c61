namespace CrossBorder.Tax;

/// <summary>
/// The codes of the regimes a sale can fall under (the <c>regime</c> of the JSON contract). Codes, not an enum, so a
/// host's rule pack can name regimes of its own.
/// </summary>
public static class TaxRegime
{
    /// <summary>The goods are taxed where they are: seller and buyer in one tax area, shipped within it.</summary>
    public const string Domestic = "domestic";

    /// <summary>An intra-EU distance sale taxed in the buyer's member state (One-Stop Shop, VAT Directive Art. 33(a), 369b).</summary>
    public const string EuOss = "eu-oss";

    /// <summary>An intra-EU distance sale below the €10,000 union threshold, taxed in the member state of dispatch (Art. 59c).</summary>
    public const string EuOrigin = "eu-origin";

    /// <summary>A distance sale of goods imported into the EU in a consignment of at most €150, taxed at sale (Import One-Stop Shop).</summary>
    public const string EuIoss = "eu-ioss";

    /// <summary>Import VAT or GST at the border, paid by the importer to customs or the carrier.</summary>
    public const string Import = "import";

    /// <summary>UK VAT charged at sale on consignments of at most £135 into Great Britain.</summary>
    public const string UkLowValue = "uk-low-value";

    /// <summary>Australian GST charged at sale on low value goods.</summary>
    public const string AuLowValue = "au-low-value";

    /// <summary>New Zealand GST charged at sale on low-value imported goods.</summary>
    public const string NzLowValue = "nz-low-value";

    /// <summary>Norwegian VAT charged at sale through the VOEC scheme.</summary>
    public const string NoVoec = "no-voec";

    /// <summary>Singapore GST charged at sale on low-value goods.</summary>
    public const string SgLowValue = "sg-low-value";

    /// <summary>Malaysian sales tax charged at sale on low value goods.</summary>
    public const string MyLowValue = "my-low-value";

    /// <summary>China's cross-border e-commerce retail import tax (70% of import VAT and consumption tax, no duty) within the limits.</summary>
    public const string CnCbec = "cn-cbec";

    /// <summary>A business buyer accounts for the tax itself.</summary>
    public const string ReverseCharge = "reverse-charge";

    /// <summary>US state sales tax, collected by a seller with nexus or a marketplace facilitator.</summary>
    public const string UsSalesTax = "us-sales-tax";
}

/// <summary>Who accounts for the tax of a sale to the authority.</summary>
public enum TaxCollector
{
    /// <summary>The seller charges it and remits it (JSON <c>seller</c>).</summary>
    Seller,

    /// <summary>The marketplace, as deemed supplier or marketplace facilitator (JSON <c>marketplace</c>).</summary>
    Marketplace,

    /// <summary>Customs, at import, from the importer or through the carrier (JSON <c>customs</c>).</summary>
    Customs,

    /// <summary>The buyer: reverse charge, or use tax where no one collects (JSON <c>buyer</c>).</summary>
    Buyer,
}
