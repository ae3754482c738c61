using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>Which crossing a threshold rule watches.</summary>
public enum ThresholdDirection
{
    /// <summary>Fires when the price is strictly below the threshold; re-arms when it is strictly above threshold + band.</summary>
    FallsBelow = 0,

    /// <summary>Fires when the price is strictly above the threshold; re-arms when it is strictly below threshold − band.</summary>
    RisesAbove = 1,
}

/// <summary>What a fired rule asks the host to do. The library only emits the action; doing it is the host's job.</summary>
public enum FxAction
{
    /// <summary>Stop taking new orders priced in the affected currency.</summary>
    PauseNewOrders = 0,

    /// <summary>Reprice listings.</summary>
    Reprice = 1,

    /// <summary>Place or top up a hedge.</summary>
    Hedge = 2,

    /// <summary>Tell someone.</summary>
    Notify = 3,
}

/// <summary>What an audit record reports.</summary>
public enum ThresholdAuditKind
{
    /// <summary>An armed rule saw a breaching observation but the debounce count is not reached yet.</summary>
    Breach = 0,

    /// <summary>The rule fired and emitted its actions; it is now disarmed.</summary>
    Fired = 1,

    /// <summary>The price crossed back past the re-arm level; the rule may fire again.</summary>
    ReArmed = 2,

    /// <summary>The observation was older than the rule's maximum age at evaluation time and was ignored; the debounce count restarts.</summary>
    IgnoredStale = 3,

    /// <summary>The gap since the previous observation exceeded the maximum age, so the debounce count restarted.</summary>
    GapReset = 4,
}

/// <summary>
/// The state a rule carries between observations; pass <see cref="ThresholdEvaluation.FinalState"/> to the next
/// evaluation to continue, or persist its properties and bring them back with <see cref="Restore"/>.
/// </summary>
public sealed record ThresholdState
{
    private ThresholdState()
    {
    }

    /// <summary>A fresh rule: armed, first arming, no observations yet.</summary>
    public static ThresholdState Initial { get; } = new() { IsArmed = true, Arming = 1 };

    /// <summary>Whether the rule may fire.</summary>
    public bool IsArmed { get; private init; }

    /// <summary>Which arming this is (1 for the first); part of each event's idempotency key.</summary>
    public int Arming { get; private init; }

    /// <summary>Consecutive fresh breaching observations seen while armed.</summary>
    public int Consecutive { get; private init; }

    /// <summary>The as-of instant of the last fresh observation considered, if any.</summary>
    public Instant? LastObservedAt { get; private init; }

    /// <summary>Brings back a persisted state.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The arming is below 1, the count is negative, or a disarmed state has a count.</exception>
    public static ThresholdState Restore(bool isArmed, int arming, int consecutive, Instant? lastObservedAt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(arming, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(consecutive);
        if (!isArmed && consecutive != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(consecutive), consecutive, "A disarmed rule counts no breaches.");
        }

        return new() { IsArmed = isArmed, Arming = arming, Consecutive = consecutive, LastObservedAt = lastObservedAt };
    }

    internal ThresholdState With(bool? isArmed = null, int? arming = null, int? consecutive = null, Instant? lastObservedAt = null) => new()
    {
        IsArmed = isArmed ?? IsArmed,
        Arming = arming ?? Arming,
        Consecutive = consecutive ?? Consecutive,
        LastObservedAt = lastObservedAt ?? LastObservedAt,
    };
}

/// <summary>One line of a rule's audit trail.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Observation">The observation that caused it.</param>
/// <param name="Price">The price used (the rule's side of the observation).</param>
/// <param name="At">The observation's as-of instant.</param>
/// <param name="Reason">A sentence for humans.</param>
public sealed record ThresholdAuditRecord(string RuleId, ThresholdAuditKind Kind, FxRate Observation, decimal Price, Instant At, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => Invariant($"{FxText.Format(At)} {RuleId} {Kind}: {Reason}");
}

/// <summary>A rule firing: the actions to take, once per arming.</summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Actions">The actions to take.</param>
/// <param name="Observation">The observation that completed the debounce.</param>
/// <param name="Price">The price used.</param>
/// <param name="At">The observation's as-of instant.</param>
/// <param name="IdempotencyKey"><c>ruleId/arming</c>: the same for the same firing however often the sequence is re-evaluated, so a host can act once.</param>
/// <param name="Reason">A sentence for humans.</param>
public sealed record ThresholdEvent(string RuleId, IReadOnlyList<FxAction> Actions, FxRate Observation, decimal Price, Instant At, string IdempotencyKey, string Reason);

/// <summary>The result of evaluating a rule over a sequence of observations.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Events">The firings, in order.</param>
/// <param name="Audit">Every decision, in order.</param>
/// <param name="FinalState">The state after the last observation.</param>
public sealed record ThresholdEvaluation(ThresholdRule Rule, IReadOnlyList<ThresholdEvent> Events, IReadOnlyList<ThresholdAuditRecord> Audit, ThresholdState FinalState);
