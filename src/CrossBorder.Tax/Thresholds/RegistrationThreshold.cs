using System.Globalization;

namespace CrossBorder.Tax;

/// <summary>Over which days a threshold measures sales.</summary>
public enum MeasurementWindow
{
    /// <summary>The current calendar year so far, or the whole previous one (the EU's €10,000; most US states) (JSON <c>current-or-previous-calendar-year</c>).</summary>
    CurrentOrPreviousCalendarYear,

    /// <summary>The previous calendar year (JSON <c>previous-calendar-year</c>).</summary>
    PreviousCalendarYear,

    /// <summary>The twelve months up to and including the day (JSON <c>rolling-12-months</c>).</summary>
    Rolling12Months,

    /// <summary>The four complete calendar quarters before the day's quarter (New York) (JSON <c>preceding-4-quarters</c>).</summary>
    PrecedingFourQuarters,

    /// <summary>The twelve months ending on the last 30 September before the day (Connecticut) (JSON <c>12-months-to-september-30</c>).</summary>
    TwelveMonthsToSeptember30,
}

/// <summary>Which of the seller's sales a threshold counts.</summary>
public enum ThresholdScope
{
    /// <summary>Every sale delivered into the area (US economic nexus) (JSON <c>sales-into-area</c>).</summary>
    SalesIntoArea,

    /// <summary>Sales to consumers delivered into the area (JSON <c>consumer-sales-into-area</c>).</summary>
    ConsumerSalesIntoArea,

    /// <summary>Sales shipped from inside the area to buyers inside it (Canada's qualifying supplies) (JSON <c>sales-within-area</c>).</summary>
    SalesWithinArea,

    /// <summary>Every sale, wherever delivered (Switzerland's worldwide turnover) (JSON <c>worldwide-sales</c>).</summary>
    WorldwideSales,

    /// <summary>Sales to consumers in other EU member states than the seller's (the union threshold, Art. 59c) (JSON <c>eu-distance-sales</c>).</summary>
    EuDistanceSales,
}

/// <summary>Which sellers a threshold applies to.</summary>
public enum ThresholdApplicability
{
    /// <summary>Every seller (JSON <c>any</c>).</summary>
    Any,

    /// <summary>Only sellers established in the area; others register from their first sale (JSON <c>established</c>).</summary>
    EstablishedInArea,

    /// <summary>Only sellers established outside the area (JSON <c>non-established</c>).</summary>
    EstablishedOutsideArea,
}

/// <summary>
/// A registration, distance-selling or economic-nexus threshold as data: where, how much and/or how many sales, over
/// which window, counting which sales, for which sellers, over which days, and the law that sets it. Amounts are
/// crossed when exceeded, transaction counts when reached; <see cref="Note"/> records a law that words it otherwise.
/// </summary>
public sealed class RegistrationThreshold
{
    /// <summary>Creates a threshold.</summary>
    /// <exception cref="ArgumentException">The id, kind, area or source is empty, neither an amount nor a transaction count is given, or a value is negative.</exception>
    public RegistrationThreshold(string id, string kind, string area, Money? amount, int? transactions, bool requireBoth, MeasurementWindow window, ThresholdScope scope, ThresholdApplicability appliesTo, EffectivePeriod period, string source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (amount is null && transactions is null)
        {
            throw new ArgumentException($"Threshold {id} needs an amount, a transaction count or both.", nameof(amount));
        }

        if (amount is { } a && (a.IsDefault || a.IsNegative))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), a.ToString(), $"Threshold {id}: the amount is a non-negative amount of money.");
        }

        if (transactions is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(transactions), transactions, $"Threshold {id}: the transaction count is positive.");
        }

        if (requireBoth && (amount is null || transactions is null))
        {
            throw new ArgumentException($"Threshold {id} requires both tests but lacks one.", nameof(requireBoth));
        }

        if (!Enum.IsDefined(window) || !Enum.IsDefined(scope) || !Enum.IsDefined(appliesTo))
        {
            throw new ArgumentOutOfRangeException(nameof(window), "Unknown window, scope or applicability.");
        }

        Id = id;
        Kind = kind;
        Area = area;
        Amount = amount;
        Transactions = transactions;
        RequireBoth = requireBoth;
        Window = window;
        Scope = scope;
        AppliesTo = appliesTo;
        Period = period;
        Source = source;
    }

    /// <summary>A stable id, such as <c>US-CA-nexus</c>.</summary>
    public string Id { get; }

    /// <summary>What crossing it means: <c>registration</c>, <c>distance-selling</c>, <c>economic-nexus</c>…</summary>
    public string Kind { get; }

    /// <summary>A country, an ISO 3166-2 subdivision, or <c>EU-VAT</c>.</summary>
    public string Area { get; }

    /// <summary>The sales amount, or null when only transactions count.</summary>
    public Money? Amount { get; }

    /// <summary>The number of sales, or null when only the amount counts.</summary>
    public int? Transactions { get; }

    /// <summary>Whether both tests must be met (Connecticut, New York); otherwise either one.</summary>
    public bool RequireBoth { get; }

    /// <summary>The measurement window.</summary>
    public MeasurementWindow Window { get; }

    /// <summary>Which sales count.</summary>
    public ThresholdScope Scope { get; }

    /// <summary>Which sellers it applies to.</summary>
    public ThresholdApplicability AppliesTo { get; }

    /// <summary>The days the threshold is law.</summary>
    public EffectivePeriod Period { get; }

    /// <summary>The law or authority page.</summary>
    public string Source { get; }

    /// <summary>Where to read it, when known.</summary>
    public string? SourceUrl { get; init; }

    /// <summary>Caveats: how the law words the test, what the data leaves to the caller.</summary>
    public string? Note { get; init; }

    /// <summary>Whether a measured amount and count cross it.</summary>
    public bool IsCrossedBy(decimal amount, int count)
    {
        bool? byAmount = Amount is { } a ? amount > a.Amount : null;
        bool? byCount = Transactions is { } t ? count >= t : null;
        return RequireBoth ? byAmount == true && byCount == true : byAmount == true || byCount == true;
    }

    /// <summary><c>US-CA economic-nexus: USD 500,000.00 over the current or previous calendar year</c>.</summary>
    public override string ToString()
    {
        var tests = string.Join(RequireBoth ? " and " : " or ", new[]
        {
            Amount?.ToString(),
            Transactions is { } t ? t.ToString(CultureInfo.InvariantCulture) + " sales" : null,
        }.Where(x => x is not null));
        return $"{Area} {Kind}: {tests} over {Describe(Window)}";
    }

    /// <summary>The window in words.</summary>
    public static string Describe(MeasurementWindow window) => window switch
    {
        MeasurementWindow.CurrentOrPreviousCalendarYear => "the current or previous calendar year",
        MeasurementWindow.PreviousCalendarYear => "the previous calendar year",
        MeasurementWindow.Rolling12Months => "the last 12 months",
        MeasurementWindow.PrecedingFourQuarters => "the 4 preceding calendar quarters",
        MeasurementWindow.TwelveMonthsToSeptember30 => "the 12 months to the last 30 September",
        _ => throw new ArgumentOutOfRangeException(nameof(window), window, "Not a window."),
    };
}
