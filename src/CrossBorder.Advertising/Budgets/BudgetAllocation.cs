namespace CrossBorder.Advertising;

/// <summary>How a campaign's budget was found.</summary>
public enum AllocationMethod
{
    /// <summary>From its fitted concave response curve, at the marginal return shared with the other curve campaigns.</summary>
    ResponseCurve,

    /// <summary>A share in proportion to its recent sales (or spend): its curve was missing or not trusted.</summary>
    Proportional,
}

/// <summary>One campaign's daily budget, what it is expected to sell, how it was found, and why.</summary>
public sealed class CampaignAllocation
{
    internal CampaignAllocation(string campaign, Money spend, Money? expectedSales, double? marginalRoas, AllocationMethod method, ResponseCurve? curve, IReadOnlyList<Reason> reasons)
    {
        Campaign = campaign;
        Spend = spend;
        ExpectedSales = expectedSales;
        MarginalRoas = marginalRoas;
        Method = method;
        Curve = curve;
        Reasons = reasons;
    }

    /// <summary>The campaign's name.</summary>
    public string Campaign { get; }

    /// <summary>Its daily budget, in whole minor units.</summary>
    public Money Spend { get; }

    /// <summary>
    /// The daily sales expected at <see cref="Spend"/>: from the curve, or for the proportional fallback at its recent
    /// ROAS (constant returns assumed); null when it has no recent spend to take a ROAS from.
    /// </summary>
    public Money? ExpectedSales { get; }

    /// <summary>The marginal ROAS (d sales / d spend) at <see cref="Spend"/> from the curve; null for the proportional fallback, which has no curve, and at zero spend.</summary>
    public double? MarginalRoas { get; }

    /// <summary>How the budget was found.</summary>
    public AllocationMethod Method { get; }

    /// <summary>The fitted curve, when one could be fitted (also when it was not trusted, to show why).</summary>
    public ResponseCurve? Curve { get; }

    /// <summary>Why: the method and its numbers, and any bound that held the budget.</summary>
    public IReadOnlyList<Reason> Reasons { get; }
}

/// <summary>A daily budget shared between campaigns: the parts sum exactly to it.</summary>
public sealed class BudgetAllocation
{
    internal BudgetAllocation(Money budget, IReadOnlyList<CampaignAllocation> campaigns)
    {
        Budget = budget;
        Campaigns = campaigns;
    }

    /// <summary>The daily budget shared.</summary>
    public Money Budget { get; }

    /// <summary>One allocation per campaign, in input order.</summary>
    public IReadOnlyList<CampaignAllocation> Campaigns { get; }
}
