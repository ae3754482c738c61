namespace CrossBorder.Tax;

/// <summary>
/// Why a line is taxed as it is, in the words of Stripe Tax's <c>taxability_reason</c> where one fits:
/// <c>standard_rated</c>, <c>reduced_rated</c>, <c>zero_rated</c>, <c>product_exempt</c>, <c>reverse_charge</c>,
/// <c>not_collecting</c>, <c>proportionally_rated</c> (shipping over goods at several rates), plus
/// <c>import_vat_at_border</c> (customs collects) and <c>cbec_reduced_share</c> (China's 70%).
/// </summary>
public static class TaxabilityReason
{
    /// <summary>At the standard rate.</summary>
    public const string StandardRated = "standard_rated";

    /// <summary>At a reduced, super-reduced or parking rate.</summary>
    public const string ReducedRated = "reduced_rated";

    /// <summary>At a zero rate.</summary>
    public const string ZeroRated = "zero_rated";

    /// <summary>Exempt goods.</summary>
    public const string ProductExempt = "product_exempt";

    /// <summary>The business buyer accounts for the tax.</summary>
    public const string ReverseCharge = "reverse_charge";

    /// <summary>No one charges it at sale; the buyer owes it (US use tax).</summary>
    public const string NotCollecting = "not_collecting";

    /// <summary>Shipping taxed at the rates of the goods it carries.</summary>
    public const string ProportionallyRated = "proportionally_rated";

    /// <summary>Customs collects import tax at the border on its own base.</summary>
    public const string ImportVatAtBorder = "import_vat_at_border";

    /// <summary>A regime charges a share of the normal tax.</summary>
    public const string CbecReducedShare = "cbec_reduced_share";
}

/// <summary>One taxed line of the result (shipping appears as lines with SKU <c>shipping</c>, one per rate).</summary>
public sealed class TaxResultLine
{
    internal TaxResultLine(string sku, TaxedLine amounts, Percentage applicableRate, string reason, string rule, string source)
    {
        Sku = sku;
        Rate = amounts.Rate;
        Net = amounts.Net;
        Tax = amounts.Tax;
        Gross = amounts.Gross;
        ApplicableRate = applicableRate;
        Reason = reason;
        Rule = rule;
        Source = source;
    }

    /// <summary>The SKU, or <c>shipping</c>.</summary>
    public string Sku { get; }

    /// <summary>The rate charged on this invoice (0% when the buyer or customs accounts for the tax).</summary>
    public Percentage Rate { get; }

    /// <summary>The rate the goods bear in the taxing jurisdiction, whoever accounts for it.</summary>
    public Percentage ApplicableRate { get; }

    /// <summary>The amount before tax.</summary>
    public Money Net { get; }

    /// <summary>The tax charged.</summary>
    public Money Tax { get; }

    /// <summary>The amount with tax.</summary>
    public Money Gross { get; }

    /// <summary>The taxability reason (<see cref="TaxabilityReason"/>).</summary>
    public string Reason { get; }

    /// <summary>The rule applied, such as <c>EE standard 24% 2025-07-01..</c>.</summary>
    public string Rule { get; }

    /// <summary>The source of the rate.</summary>
    public string Source { get; }
}

/// <summary>One test the calculator made, in order: what was compared, what followed, and on what authority.</summary>
/// <param name="Step">What was decided, such as <c>regime</c>, <c>value test</c>, <c>rate</c>, <c>rounding</c>.</param>
/// <param name="Detail">The values compared and the outcome, in invariant text.</param>
/// <param name="Source">The law or data behind it, when there is one.</param>
public sealed record TaxTraceStep(string Step, string Detail, string? Source = null)
{
    /// <inheritdoc />
    public override string ToString() => Source is null ? $"{Step}: {Detail}" : $"{Step}: {Detail} [{Source}]";
}

/// <summary>The tax of a sale: the regime, who collects, each line's tax with its reason and source, totals, and the trace.</summary>
public sealed class TaxResult
{
    internal TaxResult(string regime, TaxCollector collector, TaxJurisdiction jurisdiction, TaxResultLine[] lines, TaxedInvoice totals, TaxTraceStep[] trace, string[] warnings)
    {
        Regime = regime;
        Collector = collector;
        Jurisdiction = jurisdiction;
        Lines = lines;
        Net = totals.Net;
        Tax = totals.Tax;
        Gross = totals.Gross;
        Rounding = totals.Policy;
        Trace = trace;
        Warnings = warnings;
    }

    /// <summary>The regime code (<see cref="TaxRegime"/>).</summary>
    public string Regime { get; }

    /// <summary>Who accounts for the tax.</summary>
    public TaxCollector Collector { get; }

    /// <summary>The jurisdiction whose tax applies.</summary>
    public TaxJurisdiction Jurisdiction { get; }

    /// <summary>The lines, goods first in input order, then shipping.</summary>
    public IReadOnlyList<TaxResultLine> Lines { get; }

    /// <summary>Total before tax.</summary>
    public Money Net { get; }

    /// <summary>Total tax charged.</summary>
    public Money Tax { get; }

    /// <summary>Total with tax.</summary>
    public Money Gross { get; }

    /// <summary>The rounding applied.</summary>
    public TaxRoundingPolicy Rounding { get; }

    /// <summary>Every test made, in order.</summary>
    public IReadOnlyList<TaxTraceStep> Trace { get; }

    /// <summary>What the seller should look at: a missing registration, a limit it is close to.</summary>
    public IReadOnlyList<string> Warnings { get; }
}
