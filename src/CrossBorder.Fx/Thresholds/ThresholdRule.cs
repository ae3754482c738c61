using CrossBorder.Fx.Internal;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// "When the rate crosses X, do Y": a direction, a price side, a hysteresis band, a debounce count and a staleness
/// guard, with actions emitted once per arming and an audit trail. Evaluation is a pure, deterministic function of
/// the rule, the observations, the evaluation instant and the starting state.
/// </summary>
/// <remarks>
/// <para>For each observation of the rule's pair, in as-of order (other pairs are ignored):</para>
/// <list type="number">
/// <item>An observation older than <see cref="MaxAge"/> at the evaluation instant is ignored (audit
/// <see cref="ThresholdAuditKind.IgnoredStale"/>) and restarts the debounce count.</item>
/// <item>If more than <see cref="MaxAge"/> passed since the previous fresh observation, the debounce count restarts
/// (<see cref="ThresholdAuditKind.GapReset"/>).</item>
/// <item>Armed: a breaching price (strictly beyond <see cref="Threshold"/>) counts; at <see cref="Debounce"/>
/// consecutive breaches the rule fires once and disarms. A non-breaching price restarts the count.</item>
/// <item>Disarmed: the rule re-arms only when the price is strictly beyond <see cref="ReArmLevel"/> on the other side
/// (threshold ± band).</item>
/// </list>
/// </remarks>
public sealed class ThresholdRule
{
    private readonly FxAction[] _actions;

    private ThresholdRule(string id, CurrencyPair pair, ThresholdDirection direction, decimal threshold, PriceSide side, decimal band, int debounce, Duration maxAge, FxAction[] actions)
    {
        Id = id;
        Pair = pair;
        Direction = direction;
        Threshold = threshold;
        PriceSide = side;
        Band = band;
        Debounce = debounce;
        MaxAge = maxAge;
        _actions = actions;
    }

    /// <summary>The rule's id, unique within a host.</summary>
    public string Id { get; }

    /// <summary>The pair watched.</summary>
    public CurrencyPair Pair { get; }

    /// <summary>The crossing watched.</summary>
    public ThresholdDirection Direction { get; }

    /// <summary>The threshold X, quote units per base unit.</summary>
    public decimal Threshold { get; }

    /// <summary>Which price of each observation is compared.</summary>
    public PriceSide PriceSide { get; }

    /// <summary>The hysteresis band: after firing, the price must cross back past X ± band to re-arm.</summary>
    public decimal Band { get; }

    /// <summary>How many consecutive fresh breaching observations fire the rule (1 = the first).</summary>
    public int Debounce { get; }

    /// <summary>The staleness guard: observations older than this at evaluation, or after a gap longer than this, do not count.</summary>
    public Duration MaxAge { get; }

    /// <summary>The actions emitted when the rule fires.</summary>
    public IReadOnlyList<FxAction> Actions => _actions;

    /// <summary>The level the price must pass (strictly) to re-arm: X + band when falling below, X − band when rising above.</summary>
    public decimal ReArmLevel => Direction == ThresholdDirection.FallsBelow ? Threshold + Band : Threshold - Band;

    /// <summary>Creates a rule, rejecting inconsistent settings.</summary>
    /// <param name="id">Not blank.</param>
    /// <param name="pair">The pair watched.</param>
    /// <param name="direction">The crossing watched.</param>
    /// <param name="threshold">X; positive.</param>
    /// <param name="side">Which price to compare.</param>
    /// <param name="band">Zero or positive; for <see cref="ThresholdDirection.RisesAbove"/> below X (the re-arm level must stay positive).</param>
    /// <param name="debounce">At least 1.</param>
    /// <param name="maxAge">Positive.</param>
    /// <param name="actions">At least one.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range; the parameter is named.</exception>
    /// <exception cref="ArgumentException">The id is blank, the pair default, or no actions are given.</exception>
    public static ThresholdRule Create(
        string id, CurrencyPair pair, ThresholdDirection direction, decimal threshold, PriceSide side,
        decimal band, int debounce, Duration maxAge, IEnumerable<FxAction> actions)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(actions);
        if (pair.Equals(default(CurrencyPair)))
        {
            throw new ArgumentException(Invariant($"Rule {id}: the currency pair is default(CurrencyPair)."), nameof(pair));
        }

        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, Invariant($"Rule {id}: unknown direction."));
        }

        if (!Enum.IsDefined(side))
        {
            throw new ArgumentOutOfRangeException(nameof(side), side, Invariant($"Rule {id}: unknown price side."));
        }

        if (threshold <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, Invariant($"Rule {id}: the threshold must be a positive rate, not {FxText.Format(threshold)}."));
        }

        if (band < 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(band), band, Invariant($"Rule {id}: the hysteresis band cannot be negative, not {FxText.Format(band)}."));
        }

        if (direction == ThresholdDirection.RisesAbove && band >= threshold)
        {
            throw new ArgumentOutOfRangeException(nameof(band), band, Invariant($"Rule {id}: a band of {FxText.Format(band)} below a threshold of {FxText.Format(threshold)} puts the re-arm level at or below zero, so the rule could never re-arm."));
        }

        if (debounce < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(debounce), debounce, Invariant($"Rule {id}: debounce must be at least 1 observation, not {debounce}."));
        }

        if (maxAge <= Duration.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(maxAge), Invariant($"Rule {id}: the maximum observation age must be positive, not {FxText.Format(maxAge)}."));
        }

        var list = actions.Distinct().ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException(Invariant($"Rule {id}: give at least one action."), nameof(actions));
        }

        foreach (var action in list)
        {
            if (!Enum.IsDefined(action))
            {
                throw new ArgumentOutOfRangeException(nameof(actions), action, Invariant($"Rule {id}: unknown action {action}."));
            }
        }

        return new ThresholdRule(id, pair, direction, threshold, side, band, debounce, maxAge, list);
    }

    /// <summary>
    /// A stop-loss for a foreign receivable (rates in home per foreign): fires when the price falls below
    /// R_ref × (1 − <paramref name="loss"/>) (money-fx.md §5.2 formula 7).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The reference rate is not positive or the loss is outside (0%, 100%).</exception>
    public static ThresholdRule StopLoss(
        string id, CurrencyPair pair, decimal referenceRate, Percentage loss, PriceSide side,
        decimal band, int debounce, Duration maxAge, IEnumerable<FxAction> actions)
    {
        HedgeBook.RequirePositive(referenceRate, nameof(referenceRate));
        if (loss <= Percentage.Zero || loss >= Percentage.OneHundred)
        {
            throw new ArgumentOutOfRangeException(nameof(loss), loss, Invariant($"A stop-loss distance must be above 0% and below 100%, not {loss}."));
        }

        return Create(id, pair, ThresholdDirection.FallsBelow, referenceRate * (1m - loss.Fraction), side, band, debounce, maxAge, actions);
    }

    /// <summary>A take-profit for a foreign receivable: fires when the price rises above R_ref × (1 + <paramref name="gain"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The reference rate or the gain is not positive.</exception>
    public static ThresholdRule TakeProfit(
        string id, CurrencyPair pair, decimal referenceRate, Percentage gain, PriceSide side,
        decimal band, int debounce, Duration maxAge, IEnumerable<FxAction> actions)
    {
        HedgeBook.RequirePositive(referenceRate, nameof(referenceRate));
        if (gain <= Percentage.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(gain), gain, Invariant($"A take-profit distance must be above 0%, not {gain}."));
        }

        return Create(id, pair, ThresholdDirection.RisesAbove, referenceRate * (1m + gain.Fraction), side, band, debounce, maxAge, actions);
    }

    /// <summary>Whether <paramref name="price"/> is beyond the threshold.</summary>
    public bool IsBreach(decimal price) => Direction == ThresholdDirection.FallsBelow ? price < Threshold : price > Threshold;

    /// <summary>Whether <paramref name="price"/> is beyond the re-arm level on the other side.</summary>
    public bool IsReArm(decimal price) => Direction == ThresholdDirection.FallsBelow ? price > ReArmLevel : price < ReArmLevel;

    /// <summary>Evaluates the rule over observations from a fresh, armed state.</summary>
    /// <exception cref="ArgumentException">An observation is null, observations of the pair are out of as-of order, or one is after the evaluation instant.</exception>
    public ThresholdEvaluation Evaluate(IEnumerable<FxRate> observations, Instant evaluationTime) =>
        Evaluate(observations, evaluationTime, ThresholdState.Initial);

    /// <summary>Evaluates the rule over observations, continuing from <paramref name="state"/>.</summary>
    /// <exception cref="ArgumentException">An observation is null, observations of the pair are out of as-of order, or one is after the evaluation instant.</exception>
    public ThresholdEvaluation Evaluate(IEnumerable<FxRate> observations, Instant evaluationTime, ThresholdState state) =>
        Run(observations, evaluationTime, state);

    /// <summary>
    /// Replays a history as a host would see it arrive, from a fresh, armed state: each observation of the pair is
    /// evaluated at its own as-of instant, carrying the state forward (docs/adr/0005 item 2). Unlike evaluating the
    /// whole history at its last instant, old observations are not <see cref="ThresholdAuditKind.IgnoredStale"/>; a gap
    /// between quotes longer than <see cref="MaxAge"/> shows as <see cref="ThresholdAuditKind.GapReset"/>.
    /// </summary>
    /// <exception cref="ArgumentException">An observation is null, or observations of the pair are out of as-of order.</exception>
    public ThresholdEvaluation Replay(IEnumerable<FxRate> observations) => Replay(observations, ThresholdState.Initial);

    /// <summary>Replays a history as a host would see it arrive, continuing from <paramref name="state"/>.</summary>
    /// <inheritdoc cref="Replay(IEnumerable{FxRate})" path="/remarks" />
    /// <exception cref="ArgumentException">An observation is null, or observations of the pair are out of as-of order.</exception>
    public ThresholdEvaluation Replay(IEnumerable<FxRate> observations, ThresholdState state) => Run(observations, null, state);

    /// <summary>Evaluates each observation at <paramref name="evaluationTime"/>, or at its own as-of instant when null.</summary>
    private ThresholdEvaluation Run(IEnumerable<FxRate> observations, Instant? evaluationTime, ThresholdState state)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(state);
        var events = new List<ThresholdEvent>();
        var audit = new List<ThresholdAuditRecord>();
        var index = -1;
        foreach (var observation in observations)
        {
            index++;
            if (observation is null)
            {
                throw new ArgumentException(Invariant($"Observation {index} is null."), nameof(observations));
            }

            if (!observation.Pair.Equals(Pair))
            {
                continue;
            }

            var at = evaluationTime ?? observation.AsOf;
            if (observation.AsOf > at)
            {
                throw new ArgumentException(Invariant($"Observation {index} ({observation.Pair} as of {FxText.Format(observation.AsOf)}) is after the evaluation instant {FxText.Format(at)}."), nameof(observations));
            }

            if (state.LastObservedAt is { } last && observation.AsOf < last)
            {
                throw new ArgumentException(Invariant($"Observation {index} ({FxText.Format(observation.AsOf)}) is earlier than the one before it ({FxText.Format(last)}); give observations in as-of order."), nameof(observations));
            }

            state = Step(observation, at, state, events, audit);
        }

        return new ThresholdEvaluation(this, events, audit, state);
    }

    /// <summary>One observation of the pair: the state after it, with what it fired and audited added to the lists.</summary>
    private ThresholdState Step(FxRate observation, Instant evaluationTime, ThresholdState state, List<ThresholdEvent> events, List<ThresholdAuditRecord> audit)
    {
        var price = observation.Price(PriceSide);
        var age = evaluationTime - observation.AsOf;
        if (age > MaxAge)
        {
            audit.Add(new(Id, ThresholdAuditKind.IgnoredStale, observation, price, observation.AsOf, Invariant($"{FxText.Format(age)} old at evaluation, more than {FxText.Format(MaxAge)}; ignored")));
            return state.With(consecutive: 0);
        }

        if (state.LastObservedAt is { } previous && observation.AsOf - previous > MaxAge && state.Consecutive > 0)
        {
            audit.Add(new(Id, ThresholdAuditKind.GapReset, observation, price, observation.AsOf, Invariant($"gap of {FxText.Format(observation.AsOf - previous)} since the last observation; debounce restarts")));
            state = state.With(consecutive: 0);
        }

        state = state.With(lastObservedAt: observation.AsOf);
        if (!state.IsArmed)
        {
            if (!IsReArm(price))
            {
                return state;
            }

            audit.Add(new(Id, ThresholdAuditKind.ReArmed, observation, price, observation.AsOf, Invariant($"{PriceSide} {FxText.Format(price)} back past the re-arm level {FxText.Format(ReArmLevel)}")));
            return state.With(isArmed: true, arming: state.Arming + 1, consecutive: 0);
        }

        if (!IsBreach(price))
        {
            // The common case on a long history: skip the copy when there is no count to restart.
            return state.Consecutive != 0 ? state.With(consecutive: 0) : state;
        }

        var count = state.Consecutive + 1;
        var crossing = Invariant($"{PriceSide} {FxText.Format(price)} {(Direction == ThresholdDirection.FallsBelow ? "below" : "above")} {FxText.Format(Threshold)}");
        if (count < Debounce)
        {
            audit.Add(new(Id, ThresholdAuditKind.Breach, observation, price, observation.AsOf, Invariant($"{crossing} ({count} of {Debounce})")));
            return state.With(consecutive: count);
        }

        var reason = Invariant($"{crossing} for {count} consecutive observation(s); actions {string.Join(", ", _actions)}");
        events.Add(new(Id, _actions, observation, price, observation.AsOf, Invariant($"{Id}/{state.Arming}"), reason));
        audit.Add(new(Id, ThresholdAuditKind.Fired, observation, price, observation.AsOf, reason));
        return state.With(isArmed: false, consecutive: 0);
    }

    /// <inheritdoc />
    public override string ToString() =>
        Invariant($"{Id}: {Pair} {PriceSide} {Direction} {FxText.Format(Threshold)} (band {FxText.Format(Band)}, debounce {Debounce}, max age {FxText.Format(MaxAge)}) → {string.Join(", ", _actions)}");
}
