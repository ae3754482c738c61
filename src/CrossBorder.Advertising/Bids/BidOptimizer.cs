namespace CrossBorder.Advertising;

/// <summary>
/// Recommends a base bid per target (keyword or product target) as a dry run: the rational bid AOV × shrunk CVR × target
/// ACoS with the placement and dynamic-bidding multipliers divided out, a cut when the CVR is probably below break-even
/// or a target has spent its CPA allowance without an order, a tolerance band, step caps, floor and ceiling, rounded
/// down to the currency's minor unit. Every recommendation carries its reasons and the numbers used. Feed it a mature
/// report (<see cref="AdReport.Mature"/>): the last days' sales are still arriving.
/// </summary>
public sealed class BidOptimizer
{
    /// <summary>Creates an optimizer with <paramref name="settings"/> (the defaults when null).</summary>
    /// <exception cref="ArgumentException">The floor or ceiling has more decimals than its currency's minor unit, they are in two currencies, or the floor is above the ceiling.</exception>
    public BidOptimizer(BidSettings? settings = null)
    {
        settings ??= BidSettings.Default;
        foreach (var (limit, name) in new[] { (settings.MinBid, nameof(BidSettings.MinBid)), (settings.MaxBid, nameof(BidSettings.MaxBid)) })
        {
            if (limit is { IsRounded: false } value)
            {
                throw new ArgumentException($"The {name} {value} has more decimals than the currency's minor unit.", nameof(settings));
            }
        }

        if (settings.MinBid is { } min && settings.MaxBid is { } max)
        {
            RequireCurrency(max, min.Currency, "compare the minimum and maximum bids (settings)");
            if (min > max)
            {
                throw new ArgumentException($"The minimum bid {min} is above the maximum {max}.", nameof(settings));
            }
        }

        Settings = settings;
    }

    /// <summary>The settings.</summary>
    public BidSettings Settings { get; }

    /// <summary>
    /// One recommendation per target of <paramref name="report"/> (grouped at <see cref="AdLevel.Targeting"/>) and per
    /// current bid without data, report order first.
    /// </summary>
    /// <param name="report">The mature report.</param>
    /// <param name="currentBids">The current bids by target key; a target of the report without one is kept, with reason <c>no-current-bid</c>.</param>
    /// <param name="goal">The target and break-even ACoS.</param>
    /// <param name="fallbackAov">The AOV to use when neither the target nor any parent has an order (the product's price, say); without it such targets are kept with reason <c>no-aov</c>.</param>
    /// <exception cref="ArgumentException">Two current bids share a key; or a current bid, floor, ceiling or fallback AOV is in another currency than the report (<see cref="CurrencyMismatchException"/>).</exception>
    public IReadOnlyList<Recommendation> Recommend(AdReport report, IEnumerable<CurrentBid> currentBids, AcosGoal goal, Money? fallbackAov = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(currentBids);
        ArgumentNullException.ThrowIfNull(goal);
        var currency = report.Currency;
        var bids = new Dictionary<string, CurrentBid>(StringComparer.Ordinal);
        foreach (var bid in currentBids)
        {
            ArgumentNullException.ThrowIfNull(bid, nameof(currentBids));
            RequireCurrency(bid.Bid, currency, "recommend bids (currentBids)");
            if (!bids.TryAdd(bid.Key, bid))
            {
                throw new ArgumentException($"Two current bids for '{bid.Key}'.", nameof(currentBids));
            }
        }

        ValidateLimits(currency);
        if (fallbackAov is { } aov)
        {
            RequireCurrency(aov, currency, "recommend bids (fallbackAov)");
            if (aov.Amount <= 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(fallbackAov), aov.ToString(), "An AOV is positive.");
            }
        }

        var estimates = CvrShrinkage.Estimate(report, AdLevel.Targeting, Settings.Shrinkage);
        var results = new List<Recommendation>();
        foreach (var estimate in estimates.At(AdLevel.Targeting))
        {
            results.Add(Decide(estimates, estimate, bids.GetValueOrDefault(estimate.Key), goal, fallbackAov));
        }

        foreach (var bid in bids.Values.Where(b => estimates.Find(AdLevel.Targeting, b.Key) is null))
        {
            results.Add(TooFewClicks(new Explanation(), AdMetrics.Zero(currency), bid));
        }

        return results.AsReadOnly();
    }

    private Recommendation Decide(CvrEstimates estimates, CvrEstimate estimate, CurrentBid? current, AcosGoal goal, Money? fallbackAov)
    {
        var metrics = estimate.Metrics;
        var why = new Explanation().Counts(metrics);
        if (current is null)
        {
            return why.Because("no-current-bid", $"No current bid was given for this target ({metrics.Clicks} clicks in the report).").Build(RecommendationKind.KeepBid, estimate.Key);
        }

        if (metrics.Clicks < Settings.MinClicks)
        {
            return TooFewClicks(why, metrics, current);
        }

        var posterior = estimate.Posterior;
        var interval = posterior.CredibleInterval(Settings.IntervalConfidence);
        why.Number("currentBid", current.Bid.Amount)
            .Number("cvrRaw", estimate.Metrics.Cvr.Value)
            .Number("cvrShrunk", estimate.ShrunkCvr)
            .Number("priorMean", estimate.Prior.Mean)
            .Number("alpha", estimate.Prior.Alpha)
            .Number("beta", estimate.Prior.Beta)
            .Number("cvrLower", interval.Lower)
            .Number("cvrUpper", interval.Upper);
        var wilson = CvrStatistics.Wilson(estimate.Count, Settings.IntervalConfidence);
        why.Number("wilsonLower", wilson.Lower).Number("wilsonUpper", wilson.Upper);
        if (estimate.OrdersCapped)
        {
            why.Because("orders-exceed-clicks", $"The report attributes {metrics.Orders} orders to {metrics.Clicks} clicks; the CVR counts at most one order per click.");
        }

        why.Because("cvr-shrunk", $"CVR {metrics.Orders}/{metrics.Clicks} shrunk toward {Explanation.Percent(estimate.Prior.Mean)} (prior worth {estimate.Prior.Strength:0.#} clicks, {estimate.Prior.Source}): {Explanation.Percent(estimate.ShrunkCvr)}, {Explanation.Percent(Settings.IntervalConfidence)} interval {Explanation.Percent(interval.Lower)}–{Explanation.Percent(interval.Upper)}.");
        var aov = why.Aov(estimates, estimate, "target") ?? fallbackAov;
        if (aov is null)
        {
            return why.Because("no-aov", $"Neither the target nor its ad group, campaign or account has an order, and no fallback AOV was given.").Build(RecommendationKind.KeepBid, estimate.Key);
        }

        var aovAmount = aov.Value.Amount;
        var target = goal.Target.Fraction;
        var cpc = metrics.Spend.Amount / metrics.Clicks;
        var breakEvenCvr = cpc / (aovAmount * goal.BreakEven.Fraction);
        var pBelow = posterior.ProbabilityBelow((double)breakEvenCvr);
        var rationalMaxCpc = aovAmount * (decimal)estimate.ShrunkCvr * target;
        var rational = rationalMaxCpc / current.Multiplier;
        var targetCpa = aovAmount * target;
        why.Number("aov", aovAmount)
            .Number("cpc", cpc)
            .Number("targetAcos", target)
            .Number("breakEvenAcos", goal.BreakEven.Fraction)
            .Number("breakEvenCvr", breakEvenCvr)
            .Number("pBelowBreakEven", pBelow)
            .Number("rationalMaxCpc", rationalMaxCpc)
            .Number("placementFactor", 1m + current.PlacementAdjustment.Fraction)
            .Number("dynamicFactor", current.DynamicFactor)
            .Number("rationalBid", rational)
            .Number("targetCpa", targetCpa);
        why.Because("rational-bid", $"AOV {aovAmount:0.####} × CVR {Explanation.Percent(estimate.ShrunkCvr)} × target ACoS {Explanation.Percent(target)} = {rationalMaxCpc:0.####} max CPC, ÷ placement {1m + current.PlacementAdjustment.Fraction:0.##} ÷ dynamic {current.DynamicFactor:0.##} = {rational:0.####} base bid.");

        decimal desired;
        if (metrics.Orders == 0 && metrics.Spend.Amount >= Settings.SpendWithoutSaleCpas * targetCpa)
        {
            why.Because("spend-without-sale", $"Spend {metrics.Spend.Amount:0.##} without an order reaches {Settings.SpendWithoutSaleCpas:0.##} × target CPA {targetCpa:0.##}.");
            desired = Math.Min(rational, current.Bid.Amount);
        }
        else if (pBelow >= Settings.CutProbability)
        {
            why.Because("cvr-below-break-even", $"P(CVR < {Explanation.Percent(breakEvenCvr)}) = {pBelow:0.######} ≥ {Settings.CutProbability:0.###} after {metrics.Clicks} clicks and {metrics.Orders} orders (break-even CVR = CPC {cpc:0.####} ÷ (AOV {aovAmount:0.####} × break-even ACoS {Explanation.Percent(goal.BreakEven.Fraction)})).");
            desired = Math.Min(rational, current.Bid.Amount);
        }
        else
        {
            var expectedAcos = cpc / (aovAmount * (decimal)estimate.ShrunkCvr);
            why.Number("expectedAcos", expectedAcos);
            if (Math.Abs(expectedAcos - target) <= Settings.ToleranceBand.Fraction)
            {
                return why.Because("within-tolerance", $"Expected ACoS {Explanation.Percent(expectedAcos)} (CPC ÷ (CVR × AOV)) is within {Explanation.Percent(Settings.ToleranceBand.Fraction)} of the target {Explanation.Percent(target)}.")
                    .Build(RecommendationKind.KeepBid, estimate.Key);
            }

            desired = rational;
        }

        return Limit(why, current, desired).Build(estimate.Key);
    }

    private Recommendation TooFewClicks(Explanation why, AdMetrics metrics, CurrentBid current) =>
        why.Number("currentBid", current.Bid.Amount)
            .Because("too-few-clicks", $"{metrics.Clicks} clicks < the {Settings.MinClicks} needed before any change.")
            .Build(RecommendationKind.KeepBid, current.Key);

    /// <summary>Applies the step caps, then the floor and ceiling (hard limits, which win over the caps), then rounds down to the minor unit.</summary>
    private LimitedBid Limit(Explanation why, CurrentBid current, decimal desired)
    {
        var bid = current.Bid.Amount;
        var up = bid * (1m + Settings.MaxStepUp.Fraction);
        var down = bid * (1m - Settings.MaxStepDown.Fraction);
        var limited = desired;
        if (limited > up)
        {
            why.Because("step-capped", $"A raise to {desired:0.####} is capped at +{Explanation.Percent(Settings.MaxStepUp.Fraction)}: {up:0.####}.");
            limited = up;
        }
        else if (limited < down)
        {
            why.Because("step-capped", $"A cut to {desired:0.####} is capped at −{Explanation.Percent(Settings.MaxStepDown.Fraction)}: {down:0.####}.");
            limited = down;
        }

        var lowest = down;
        if (Settings.MaxBid is { } ceiling && limited > ceiling.Amount)
        {
            why.Because("ceiling", $"{limited:0.####} is above the maximum bid {ceiling.Amount:0.####}.");
            limited = ceiling.Amount;
            lowest = Math.Min(lowest, ceiling.Amount);
        }

        if (Settings.MinBid is { } floor && limited < floor.Amount)
        {
            why.Because("floor", $"{limited:0.####} is below the minimum bid {floor.Amount:0.####}.");
            limited = floor.Amount;
        }

        if (Settings.MinBid is { } minimum)
        {
            lowest = Math.Max(lowest, minimum.Amount);
        }

        // Rounded down, so that a bid never exceeds the rational value or a cap; but a step down stops at the cap (or the
        // floor) rounded up, so that rounding never cuts more than the cap allows.
        var rounded = Money.Of(limited, current.Bid.Currency).Round(MidpointRounding.ToZero);
        if (rounded.Amount < lowest)
        {
            rounded = Money.Of(lowest, current.Bid.Currency).Round(MidpointRounding.ToPositiveInfinity);
        }

        why.Number("newBid", rounded.Amount);
        return new LimitedBid(why, current.Bid, rounded);
    }

    private void ValidateLimits(Currency currency)
    {
        foreach (var (limit, name) in new[] { (Settings.MinBid, nameof(BidSettings.MinBid)), (Settings.MaxBid, nameof(BidSettings.MaxBid)) })
        {
            if (limit is { } value)
            {
                RequireCurrency(value, currency, $"recommend bids ({name})");
            }
        }
    }

    private static void RequireCurrency(Money amount, Currency currency, string operation)
    {
        if (amount.Currency != currency)
        {
            throw new CurrencyMismatchException(currency, amount.Currency, operation);
        }
    }

    private readonly record struct LimitedBid(Explanation Why, Money Current, Money New)
    {
        public Recommendation Build(string key)
        {
            var kind = New > Current ? RecommendationKind.RaiseBid : New < Current ? RecommendationKind.LowerBid : RecommendationKind.KeepBid;
            if (kind == RecommendationKind.KeepBid)
            {
                Why.Because("at-bid", $"The limited, rounded bid equals the current bid {Current.Amount:0.####}.");
            }

            return Why.Build(kind, key) with { CurrentBid = Current, NewBid = New };
        }
    }
}
