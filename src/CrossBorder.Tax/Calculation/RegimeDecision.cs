namespace CrossBorder.Tax;

/// <summary>What the regime tests decided: the regime, who collects, whose rates, and how much of them is charged at sale.</summary>
internal sealed record RegimeDecision(string Regime, TaxCollector Collector, TaxJurisdiction RateJurisdiction, ChargeAtSale Charge)
{
    /// <summary>A fixed rate set by the regime instead of the tiers (Malaysia's 10%).</summary>
    public Percentage? FixedRate { get; init; }

    /// <summary>The share of the normal tax charged (China's 70%).</summary>
    public Percentage? Share { get; init; }

    public string? Source { get; init; }

    /// <summary>The tax due is one the pack does not hold (a special territory's own tax): no rate, and no error.</summary>
    public bool OutsideThePack { get; init; }
}

/// <summary>Whether the tax is charged on the invoice, or accounted for by someone else.</summary>
internal enum ChargeAtSale
{
    Charged,
    ReverseCharge,
    AtBorder,
    NotCollected,
}
