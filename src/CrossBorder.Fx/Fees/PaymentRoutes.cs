using CrossBorder.Fx.Internal;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>A way to collect a payment: a provider's card fee and the spread it takes when converting to the home currency.</summary>
public sealed class PaymentRoute
{
    /// <summary>Creates a route.</summary>
    /// <param name="name">A name for reports: "Stripe EEA card".</param>
    /// <param name="fee">The processing fee.</param>
    /// <param name="conversionSpread">The spread below the mid rate applied when converting; zero when the route does not convert.</param>
    /// <exception cref="ArgumentOutOfRangeException">The spread is negative or 100% or more.</exception>
    public PaymentRoute(string name, CardFee fee, Percentage conversionSpread)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(fee);
        if (conversionSpread < Percentage.Zero || conversionSpread >= Percentage.OneHundred)
        {
            throw new ArgumentOutOfRangeException(nameof(conversionSpread), conversionSpread, Invariant($"A conversion spread must be at least 0% and below 100%, not {conversionSpread}."));
        }

        Name = name;
        Fee = fee;
        ConversionSpread = conversionSpread;
    }

    /// <summary>The route's name.</summary>
    public string Name { get; }

    /// <summary>The processing fee.</summary>
    public CardFee Fee { get; }

    /// <summary>The conversion spread.</summary>
    public Percentage ConversionSpread { get; }

    /// <inheritdoc />
    public override string ToString() => Invariant($"{Name}: {Fee}, spread {ConversionSpread}");
}

/// <summary>The all-in cost of collecting a gross amount through a route, against the value of the gross at the mid rate.</summary>
public sealed class AllInCost
{
    internal AllInCost(PaymentRoute route, FeeBreakdown fees, Conversion atMid, Conversion received, decimal pspRate, Percentage costPercentage)
    {
        Route = route;
        Fees = fees;
        AtMid = atMid;
        Received = received;
        ProviderRate = pspRate;
        CostPercentage = costPercentage;
    }

    /// <summary>The route.</summary>
    public PaymentRoute Route { get; }

    /// <summary>The processing fees in the charge currency.</summary>
    public FeeBreakdown Fees { get; }

    /// <summary>The gross converted at the mid rate: what the money is worth in the home currency.</summary>
    public Conversion AtMid { get; }

    /// <summary>The net converted at the provider's rate: what arrives in the home currency.</summary>
    public Conversion Received { get; }

    /// <summary>The provider's rate: R_psp = R_mid × (1 − spread), home units per charge-currency unit.</summary>
    public decimal ProviderRate { get; }

    /// <summary>All-in cost % = 1 − (net × R_psp) / (gross × R_mid), exact (before rounding home amounts).</summary>
    public Percentage CostPercentage { get; }

    /// <summary>The cost in the home currency: value at mid − what arrives (both rounded).</summary>
    public Money Cost => AtMid.To - Received.To;

    /// <summary>Fees, conversion and cost, step by step.</summary>
    public Explanation Explain()
    {
        var explanation = Fees.Explain();
        foreach (var step in Received.Explain().Steps)
        {
            explanation = explanation.Then(step with { Description = Invariant($"Converted by {Route.Name} at mid × (1 − {ConversionSpread()})") });
        }

        return explanation
            .Then(new ExplanationStep("Gross at the mid rate", AtMid.To) { Base = AtMid.From, Source = AtMid.Rate.Source })
            .Then(new ExplanationStep(Invariant($"All-in cost ({CostPercentage})"), Cost) { Base = AtMid.To, Rate = CostPercentage, Rule = "1 − (net × R_psp) / (gross × R_mid)" });
    }

    /// <inheritdoc />
    public override string ToString() => Invariant($"{Route.Name}: {Received.To} arrives of {AtMid.To} at mid, all-in cost {CostPercentage}");

    private string ConversionSpread() => Route.ConversionSpread.ToString();
}

/// <summary>Compares payment routes by their all-in cost (money-fx.md §5.2 formula 9).</summary>
public static class PaymentCosts
{
    /// <summary>
    /// The all-in cost of collecting <paramref name="gross"/> through <paramref name="route"/> and converting what
    /// arrives into the other currency of <paramref name="midRate"/>: net = gross − fees; R_psp = R_mid × (1 − spread);
    /// cost % = 1 − (net × R_psp) / (gross × R_mid).
    /// </summary>
    /// <exception cref="ArgumentException">The gross is not in a currency of the rate, or not in the fee's currency.</exception>
    public static AllInCost Of(Money gross, PaymentRoute route, FxRate midRate, MidpointRounding rounding)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(midRate);
        if (!midRate.Pair.Contains(gross.Currency))
        {
            throw new ArgumentException(Invariant($"{gross} is in neither currency of the rate {midRate.Pair}."), nameof(gross));
        }

        if (gross.IsZero)
        {
            throw new ArgumentException("The all-in cost of a zero charge is undefined.", nameof(gross));
        }

        var fees = route.Fee.NetDown(gross, rounding);
        var atMid = midRate.Convert(gross, PriceSide.Mid, rounding);

        // The provider's rate in the same orientation as the mid (home per charge unit when the charge is the base).
        var factor = 1m - route.ConversionSpread.Fraction;
        var homePerUnit = gross.Currency.Equals(midRate.Base) ? midRate.Mid : 1m / midRate.Mid;
        var pspRate = homePerUnit * factor;
        var providerQuote = FxRate.Of(
            new CurrencyPair(gross.Currency, midRate.Pair.Base.Equals(gross.Currency) ? midRate.Quote : midRate.Base),
            pspRate, midRate.AsOf, Invariant($"{route.Name}: mid × (1 − {route.ConversionSpread}) from {midRate.Source}"), midRate.Kind);
        var received = providerQuote.Convert(fees.Net, PriceSide.Mid, rounding);
        var cost = 1m - (fees.Net.Amount * pspRate / (gross.Amount * homePerUnit));
        return new AllInCost(route, fees, atMid, received, pspRate, Percentage.FromFraction(cost));
    }

    /// <summary>Every route's all-in cost for the same charge, cheapest first (ties by name, ordinal).</summary>
    /// <exception cref="ArgumentException">No routes, or a route's fee is in another currency than the gross.</exception>
    public static IReadOnlyList<AllInCost> Compare(Money gross, IEnumerable<PaymentRoute> routes, FxRate midRate, MidpointRounding rounding)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var list = routes.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("Give at least one route to compare.", nameof(routes));
        }

        return [.. list.Select(r => Of(gross, r, midRate, rounding))
            .OrderBy(c => c.CostPercentage)
            .ThenBy(c => c.Route.Name, StringComparer.Ordinal)];
    }

    /// <summary>A one-line summary per route, cheapest first, for logs and reports.</summary>
    public static Explanation Explain(IReadOnlyList<AllInCost> comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return Explanation.Of(comparison.Select((c, i) => new ExplanationStep(Invariant($"#{i + 1} {c.Route.Name}: arrives {c.Received.To}, all-in cost {c.CostPercentage}"), c.Cost)
        {
            Base = c.AtMid.To,
            Rate = c.CostPercentage,
            Rule = Invariant($"fee {c.Route.Fee}, spread {c.Route.ConversionSpread}, R_psp {FxText.Format(c.ProviderRate)}"),
            Source = c.Route.Fee.Source,
        }));
    }
}
