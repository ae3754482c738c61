using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Tax;

/// <summary>Why no rate could be given.</summary>
public enum TaxRateMissing
{
    /// <summary>The rule pack has no rules for the jurisdiction.</summary>
    UnknownJurisdiction,

    /// <summary>The date lies outside the span the pack's data covers for the jurisdiction.</summary>
    OutsideCoverage,

    /// <summary>The jurisdiction has no rate of that tier on that date (the tier did not exist or was abolished).</summary>
    TierNotInForce,
}

/// <summary>
/// No rate for a jurisdiction, tier and date. The engine never falls back to the nearest rate: a date outside the
/// data's coverage, an unknown jurisdiction and an abolished tier are each this error, naming what was asked.
/// </summary>
public sealed class TaxRateNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    public TaxRateNotFoundException(TaxJurisdiction jurisdiction, TaxTier tier, LocalDate date, TaxRateMissing reason, string detail)
        : base($"No {TaxTiers.ToCode(tier)} rate for {jurisdiction} on {LocalDatePattern.Iso.Format(date)}: {detail}")
    {
        Jurisdiction = jurisdiction;
        Tier = tier;
        Date = date;
        Reason = reason;
    }

    /// <summary>The jurisdiction asked for.</summary>
    public TaxJurisdiction Jurisdiction { get; }

    /// <summary>The tier asked for.</summary>
    public TaxTier Tier { get; }

    /// <summary>The date asked for.</summary>
    public LocalDate Date { get; }

    /// <summary>Why there is no rate.</summary>
    public TaxRateMissing Reason { get; }
}

/// <summary>
/// A rule pack that cannot be loaded: malformed JSON, an unknown code, a rate out of range, overlapping periods or a
/// gap in a jurisdiction's standard rate. The message names the jurisdiction and the rule.
/// </summary>
public sealed class TaxRulePackException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public TaxRulePackException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public TaxRulePackException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
