namespace CrossBorder.Fx;

/// <summary>What a rate is for. Providers are asked for one kind; kinds are never mixed in a cross rate.</summary>
public enum RateKind
{
    /// <summary>A market spot rate (settlement usually two business days after the trade).</summary>
    Spot = 0,

    /// <summary>A forward rate for a later value date.</summary>
    Forward = 1,

    /// <summary>An internal budget or planning rate set by the business.</summary>
    Budget = 2,

    /// <summary>An official or reference rate published by a central bank, customs or tax authority (for example the ECB reference rates).</summary>
    Official = 3,

    /// <summary>The rate a payment provider applies when it converts, usually mid minus a spread.</summary>
    PaymentProvider = 4,
}

/// <summary>Which price of a two-way quote is used.</summary>
public enum PriceSide
{
    /// <summary>The bid: what the market pays for one unit of the base currency (a client selling base receives it).</summary>
    Bid = 0,

    /// <summary>The mid: halfway between bid and ask, the usual reference.</summary>
    Mid = 1,

    /// <summary>The ask (offer): what the market charges for one unit of the base currency (a client buying base pays it).</summary>
    Ask = 2,
}

/// <summary>How a rate came about.</summary>
public enum RateOrigin
{
    /// <summary>Quoted directly by its source.</summary>
    Quoted = 0,

    /// <summary>The inverse of one quoted or derived rate (bid and ask swapped and inverted).</summary>
    Inverted = 1,

    /// <summary>A cross rate: the product of two legs that share a currency.</summary>
    Crossed = 2,
}
