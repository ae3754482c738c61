using System.Globalization;
using System.Runtime.InteropServices;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Advertising;

/// <summary>
/// Search-term harvesting and negation as a dry-run diff: which customer search terms to add as exact keywords, and which
/// to add as negatives in the ad group where they waste spend, each with its reasons and the numbers used. Nothing is
/// applied; the caller reviews the list.
/// </summary>
public static class SearchTermRules
{
    /// <summary>A search term as the rules compare it: trimmed, lower-case (invariant), runs of white space made one space.</summary>
    public static string Normalize(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return string.Join(' ', term.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Evaluates the rules over the mature look-back window of <paramref name="report"/>: the
    /// <see cref="SearchTermRuleSettings.LookbackDays"/> days that end <see cref="SearchTermRuleSettings.MaturityLagDays"/>
    /// days before <paramref name="asOf"/>. Rows without a search term are not evaluated.
    /// <list type="bullet">
    /// <item><b>Harvest</b> (key: the normalized term, match <c>EXACT</c>) a term whose orders across the account reach
    /// <see cref="SearchTermRuleSettings.HarvestMinOrders"/> at an ACoS at most <see cref="SearchTermRuleSettings.HarvestMaxAcos"/>
    /// (else the target), unless it is already an exact keyword (in the report or <paramref name="exactKeywords"/>);
    /// its bid is its AOV × CVR (shrunk toward the account's) × target ACoS, rounded down to the minor unit.</item>
    /// <item><b>Negate</b> (key: <c>campaign / ad group / term</c>) a term in an ad group, unless it is protected or is the
    /// ad group's own exact keyword, when any rule fires: clicks without an order, spend without an order reaching k
    /// target CPAs, or P(CVR &lt; break-even CVR) at least p (CVR shrunk toward the ad group's, then the campaign's).</item>
    /// </list>
    /// Harvests come first, then negatives, each in the order their terms first appear.
    /// </summary>
    /// <param name="report">The search-term report.</param>
    /// <param name="goal">The target and break-even ACoS.</param>
    /// <param name="asOf">The day the rules run.</param>
    /// <param name="settings">The rules; the defaults when null.</param>
    /// <param name="exactKeywords">Exact keywords the account already has (beyond those the report shows).</param>
    /// <param name="fallbackAov">The AOV where neither a term nor any parent has an order; without it the spend rule and the probability rule need an order somewhere in the account.</param>
    /// <exception cref="InvalidOperationException">No record is in the mature look-back window.</exception>
    /// <exception cref="ArgumentException">The fallback AOV is not positive or is in another currency.</exception>
    public static IReadOnlyList<Recommendation> Evaluate(AdReport report, AcosGoal goal, LocalDate asOf, SearchTermRuleSettings? settings = null, IEnumerable<string>? exactKeywords = null, Money? fallbackAov = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(goal);
        settings ??= SearchTermRuleSettings.Default;
        if (fallbackAov is { } fallback)
        {
            if (fallback.Currency != report.Currency)
            {
                throw new CurrencyMismatchException(report.Currency, fallback.Currency, "evaluate search-term rules (fallbackAov)");
            }

            if (fallback.Amount <= 0m)
            {
                throw new ArgumentOutOfRangeException(nameof(fallbackAov), fallback.ToString(), "An AOV is positive.");
            }
        }

        var window = Window(report, asOf, settings);
        var normalized = new Dictionary<string, string>(StringComparer.Ordinal);
        string Norm(string term)
        {
            ref var value = ref CollectionsMarshal.GetValueRefOrAddDefault(normalized, term, out var exists);
            return exists ? value! : value = Normalize(term);
        }

        var exact = new HashSet<string>((exactKeywords ?? []).Select(Normalize), StringComparer.Ordinal);
        exact.UnionWith(window.Where(IsExactTarget).Select(r => Norm(r.Key.Targeting)));
        var terms = window.Where(r => !string.IsNullOrWhiteSpace(r.Key.SearchTerm)).ToArray();
        var results = new List<Recommendation>();

        // Harvest: one row per term across the account (as the campaigns of a hierarchy, so that each shrinks toward the account).
        var byTerm = CvrShrinkage.Estimate(terms, report.Currency, r => new AdPath(Norm(r.Key.SearchTerm), string.Empty, string.Empty, string.Empty), AdLevel.Campaign, settings.Shrinkage);
        var maxAcos = (settings.HarvestMaxAcos ?? goal.Target).Fraction;
        foreach (var term in byTerm.At(AdLevel.Campaign))
        {
            var acos = term.Metrics.Acos;
            if (term.Metrics.Orders >= settings.HarvestMinOrders && acos.IsDefined && acos.Value <= maxAcos && !exact.Contains(term.Key))
            {
                results.Add(Harvest(term, goal, settings, maxAcos));
            }
        }

        // Negate: one row per term in its ad group (the term takes the targeting's place, so it shrinks toward the ad group).
        var inAdGroups = terms.Where(r => !(IsExactTarget(r) && Norm(r.Key.Targeting) == Norm(r.Key.SearchTerm)) && !IsProtected(Norm(r.Key.SearchTerm), settings)).ToArray();
        var estimates = CvrShrinkage.Estimate(inAdGroups, report.Currency, r => new AdPath(r.Key.Campaign, r.Key.AdGroup, Norm(r.Key.SearchTerm), string.Empty), AdLevel.Targeting, settings.Shrinkage);
        foreach (var term in estimates.At(AdLevel.Targeting))
        {
            if (Negate(estimates, term, goal, settings, fallbackAov) is { } negative)
            {
                results.Add(negative);
            }
        }

        return results.AsReadOnly();
    }

    private static AdRecord[] Window(AdReport report, LocalDate asOf, SearchTermRuleSettings settings)
    {
        var last = asOf.PlusDays(-settings.MaturityLagDays);
        var first = last.PlusDays(1 - settings.LookbackDays);
        var window = report.Records.Where(r => r.Date >= first && r.Date <= last).ToArray();
        return window.Length > 0
            ? window
            : throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"No record between {LocalDatePattern.Iso.Format(first)} and {LocalDatePattern.Iso.Format(last)} (a {settings.LookbackDays}-day look-back ending {settings.MaturityLagDays} days before {LocalDatePattern.Iso.Format(asOf)})."));
    }

    private static bool IsExactTarget(AdRecord record) => string.Equals(record.Key.MatchType, "EXACT", StringComparison.OrdinalIgnoreCase);

    private static bool IsProtected(string normalized, SearchTermRuleSettings settings) =>
        settings.ProtectedTerms.Any(p => normalized.Contains(p, StringComparison.Ordinal));

    private static Recommendation Harvest(CvrEstimate term, AcosGoal goal, SearchTermRuleSettings settings, decimal maxAcos)
    {
        var metrics = term.Metrics;
        var aov = metrics.Aov!.Value;
        var bid = aov.Amount * (decimal)term.ShrunkCvr * goal.Target.Fraction;
        var rounded = Money.Of(bid, aov.Currency).Round(MidpointRounding.ToZero);
        var why = new Explanation().Counts(metrics)
            .Number("acos", metrics.Acos.Value)
            .Number("cvrRaw", metrics.Cvr.Value)
            .Number("cvrShrunk", term.ShrunkCvr)
            .Number("aov", aov.Amount)
            .Number("targetAcos", goal.Target.Fraction)
            .Number("rationalBid", bid)
            .Because("harvest-converting-term", $"{metrics.Orders} orders ≥ {settings.HarvestMinOrders} at ACoS {Explanation.Percent(metrics.Acos.Value)} ≤ {Explanation.Percent(maxAcos)} in the last {settings.LookbackDays} mature days, and not yet an exact keyword.")
            .Because("rational-bid", $"AOV {aov.Amount:0.####} × CVR {Explanation.Percent(term.ShrunkCvr)} (shrunk toward the account's {Explanation.Percent(term.Prior.Mean)}) × target ACoS {Explanation.Percent(goal.Target.Fraction)} = {bid:0.####}, rounded down.");
        if (rounded.Amount > 0m)
        {
            why.Number("newBid", rounded.Amount);
        }
        else
        {
            why.Because("bid-below-minor-unit", $"The rational bid {bid:0.####} rounds down to nothing: choose the bid by hand.");
        }

        return why.Build(RecommendationKind.Harvest, term.Key) with { MatchType = "EXACT", NewBid = rounded.Amount > 0m ? rounded : null };
    }

    private static Recommendation? Negate(CvrEstimates estimates, CvrEstimate term, AcosGoal goal, SearchTermRuleSettings settings, Money? fallbackAov)
    {
        // Decide first, explain only what fires: most terms of a large report fire nothing.
        var metrics = term.Metrics;
        var byClicks = metrics.Orders == 0 && settings.NegateClicksWithoutOrder is { } clicks && metrics.Clicks >= clicks;
        var aov = Explanation.FindAov(estimates, term, out var aovSource) ?? fallbackAov;
        if (aov is null || metrics.Clicks == 0)
        {
            return byClicks ? Explain(term, settings, null, byClicks, false, false, 0m, 0m, 0d) : null;
        }

        var amount = aov.Value.Amount;
        var targetCpa = amount * goal.Target.Fraction;
        var breakEvenCvr = metrics.Spend.Amount / metrics.Clicks / (amount * goal.BreakEven.Fraction);
        var pBelow = term.Posterior.ProbabilityBelow((double)breakEvenCvr);
        var bySpend = metrics.Orders == 0 && settings.NegateSpendWithoutOrderCpas is { } k && metrics.Spend.Amount >= k * targetCpa;
        var byProbability = settings.NegateProbability is { } p && metrics.Clicks >= settings.NegateProbabilityMinClicks && pBelow >= p;
        return byClicks || bySpend || byProbability
            ? Explain(term, settings, (aov.Value, aovSource), byClicks, bySpend, byProbability, targetCpa, breakEvenCvr, pBelow)
            : null;
    }

    private static Recommendation Explain(CvrEstimate term, SearchTermRuleSettings settings, (Money Value, string? Source)? aov, bool byClicks, bool bySpend, bool byProbability, decimal targetCpa, decimal breakEvenCvr, double pBelow)
    {
        var metrics = term.Metrics;
        var why = new Explanation().Counts(metrics);
        if (byClicks)
        {
            why.Because("clicks-without-order", $"{metrics.Clicks} clicks without an order ≥ {settings.NegateClicksWithoutOrder}.");
        }

        if (aov is { } known)
        {
            if (known.Source is not null)
            {
                why.AovBorrowed("term", known.Value, known.Source);
            }

            why.Number("aov", known.Value.Amount).Number("targetCpa", targetCpa).Number("cpc", metrics.Spend.Amount / metrics.Clicks).Number("cvrShrunk", term.ShrunkCvr)
                .Number("breakEvenCvr", breakEvenCvr).Number("pBelowBreakEven", pBelow);
        }

        if (bySpend)
        {
            why.Because("spend-without-order", $"Spend {metrics.Spend.Amount:0.##} without an order ≥ {settings.NegateSpendWithoutOrderCpas:0.##} × target CPA {targetCpa:0.##}.");
        }

        if (byProbability)
        {
            why.Because("cvr-below-break-even", $"P(CVR < {Explanation.Percent(breakEvenCvr)}) = {pBelow:0.######} ≥ {settings.NegateProbability:0.###} after {metrics.Clicks} clicks and {metrics.Orders} orders (CVR shrunk toward {Explanation.Percent(term.Prior.Mean)}).");
        }

        return why.Build(RecommendationKind.Negate, term.Key) with { MatchType = settings.NegativeMatchType == NegativeMatchType.Exact ? "EXACT" : "PHRASE" };
    }
}
