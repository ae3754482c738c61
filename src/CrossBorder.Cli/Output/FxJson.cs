using System.Text.Json.Serialization;

namespace CrossBorder.Cli.Output;

/// <summary>An exchange rate with its chain: a quoted rate has no legs, an inverse one, a cross rate two.</summary>
internal sealed record FxRateJson(
    string Pair,
    string Origin,
    string Kind,
    decimal Bid,
    decimal Mid,
    decimal Ask,
    string AsOf,
    string Source,
    IReadOnlyList<FxRateJson> Legs);

/// <summary>The JSON of <c>crossborder fx convert</c>.</summary>
internal sealed record FxConvertJson(
    Money Amount,
    Money Converted,
    decimal ExactAmount,
    string Date,
    string Side,
    decimal Price,
    string Rounding,
    string Chain,
    string RatesFile,
    string RatesFormat,
    FxRateJson Rate);

/// <summary>The JSON of <c>crossborder fx fees</c>: routes cheapest first.</summary>
internal sealed record FxFeesJson(Money Amount, string Date, string Routes, IReadOnlyList<FxRouteCostJson> Costs);

/// <summary>One route's all-in cost.</summary>
internal sealed record FxRouteCostJson(
    int Rank,
    string Route,
    decimal FeePercent,
    Money FixedFee,
    decimal SpreadPercent,
    Money Fees,
    Money NetAfterFees,
    Money SpreadCost,
    Money NetReceived,
    decimal AllInPercent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Source);

/// <summary>The JSON of <c>crossborder fx hedge</c>.</summary>
internal sealed record FxHedgeJson(
    string AsOf,
    string Home,
    IReadOnlyList<FxHedgeLayerJson> Policy,
    IReadOnlyList<FxExposureJson> Exposure,
    IReadOnlyList<FxHedgeTargetJson> Plan,
    IReadOnlyList<FxUnmatchedHedgeJson> UnmatchedHedges);

/// <summary>A hedge in place whose currency and month have no exposure in the plan.</summary>
internal sealed record FxUnmatchedHedgeJson(string Currency, string Month, Money Amount);

/// <summary>One layer of the policy: months ahead [from, to) hedged at a ratio (percent).</summary>
internal sealed record FxHedgeLayerJson(int FromMonth, int ToMonth, decimal RatioPercent);

/// <summary>Exposure in one currency and month, rounded to minor units.</summary>
internal sealed record FxExposureJson(
    string Currency,
    string Month,
    Money Receivables,
    Money Payables,
    Money WeightedForecasts,
    Money Net,
    Money NetHome,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Rate);

/// <summary>A hedge target for one currency and month: top-up = target − existing (or zero, never unwinding); wrong-way when the hedges in place have the opposite sign of the exposure.</summary>
internal sealed record FxHedgeTargetJson(
    string Currency,
    string Month,
    int MonthsAhead,
    decimal RatioPercent,
    Money Exposure,
    Money Target,
    Money Existing,
    Money TopUp,
    Money TopUpHome,
    bool OverHedged,
    bool WrongWay);

/// <summary>The JSON of <c>crossborder fx watch</c>.</summary>
internal sealed record FxWatchJson(
    string History,
    int Observations,
    string From,
    string To,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Chart,
    IReadOnlyList<FxRuleResultJson> Rules);

/// <summary>One rule, what it fired and its audit trail.</summary>
internal sealed record FxRuleResultJson(
    string Id,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    string Pair,
    string Direction,
    decimal Threshold,
    string Side,
    decimal Band,
    decimal ReArmLevel,
    int Debounce,
    string MaxStaleness,
    IReadOnlyList<string> Actions,
    IReadOnlyList<FxFiredJson> Fired,
    IReadOnlyList<FxAuditJson> Audit);

/// <summary>A firing: the actions, once per arming.</summary>
internal sealed record FxFiredJson(string At, decimal Price, IReadOnlyList<string> Actions, string IdempotencyKey, string Reason);

/// <summary>One audit record.</summary>
internal sealed record FxAuditJson(string At, string Kind, decimal Price, string Reason);
