using CrossBorder.Text;
using NodaTime;

namespace CrossBorder.Scorecards;

/// <summary>
/// A marketplace's published account-health limit for one metric, with the page that states it and the dates it is in
/// effect (an open start where the sources read do not say when it began).
/// </summary>
/// <param name="Id">The rule's id (<c>amazon.order-defect-rate</c>).</param>
/// <param name="Marketplace">The marketplace or program (<c>amazon</c>, <c>ebay-us</c>).</param>
/// <param name="Metric">The metric as the marketplace names it.</param>
/// <param name="Direction">Which way is better.</param>
/// <param name="Limit">The limit, with its count guard and source.</param>
/// <param name="WindowDays">The marketplace's evaluation window in days, or null when it is not a fixed number of days.</param>
/// <param name="From">The first day in effect, or null when the sources do not say.</param>
/// <param name="To">The last day in effect, or null when open.</param>
/// <param name="Note">What the source says, in brief.</param>
public sealed record HealthThreshold(string Id, string Marketplace, string Metric, Direction Direction, HardLimit Limit, int? WindowDays, LocalDate? From, LocalDate? To, string Note)
{
    /// <summary>Whether the threshold is in effect on <paramref name="date"/>.</summary>
    public bool IsInEffectOn(LocalDate date) => (From is not { } from || from <= date) && (To is not { } to || date <= to);
}

/// <summary>
/// The bundled, dated pack of marketplace account-health limits (Amazon order defect rate, pre-fulfilment cancel rate,
/// late shipment rate, valid tracking rate, Seller Fulfilled Prime UK; eBay Above Standard and Top Rated with their
/// count guards), each with its source. Read once, immutable.
/// </summary>
public static class MarketplaceThresholds
{
    private static readonly Lazy<HealthThreshold[]> Pack = new(Load);

    /// <summary>Every threshold in the pack, in file order.</summary>
    public static IReadOnlyList<HealthThreshold> All => Pack.Value;

    /// <summary>The distinct rule ids.</summary>
    public static IReadOnlyList<string> RuleIds => Pack.Value.Select(t => t.Id).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Whether <paramref name="id"/> names a rule of the pack.</summary>
    public static bool IsKnown(string id) => Pack.Value.Any(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    /// <summary>The threshold <paramref name="id"/> in effect on <paramref name="date"/>, or null when none is.</summary>
    /// <exception cref="ArgumentException">The id is not a rule of the pack.</exception>
    public static HealthThreshold? Find(string id, LocalDate date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        if (!IsKnown(id))
        {
            throw new ArgumentException($"'{StrictJson.Echo(id)}' is not a marketplace health rule; expected one of {string.Join(", ", RuleIds)}.", nameof(id));
        }

        return Pack.Value.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal) && t.IsInEffectOn(date));
    }

    private static HealthThreshold[] Load()
    {
        const string Name = "CrossBorder.Scorecards.Thresholds.Data.marketplace-health.json";
        using var stream = typeof(MarketplaceThresholds).Assembly.GetManifestResourceStream(Name)
            ?? throw new InvalidOperationException($"The resource {Name} is missing from the assembly.");
        return StrictJson.Read(stream, "marketplace-health.json", (message, inner) => new FormatException(message, inner), root =>
        {
            root.Only("format", "notes", "thresholds");
            return root.Array("thresholds").Select(n =>
            {
                n.Only("id", "marketplace", "metric", "direction", "limit", "limitAllowed", "maxCount", "windowDays", "from", "to", "source", "note");
                var direction = n.String("direction") switch
                {
                    "higher" => Direction.HigherIsBetter,
                    "lower" => Direction.LowerIsBetter,
                    _ => throw n.Error("direction", "is higher or lower."),
                };
                var limit = n.Build(null, () => new HardLimit(n.Decimal("limit"), n.OptionalBool("limitAllowed") ?? throw n.Error("limitAllowed", "is required."), n.OptionalDecimal("maxCount"), n.String("source")), "maxCount");
                var window = n.OptionalDecimal("windowDays") is { } w ? (int)w : (int?)null;
                return new HealthThreshold(n.String("id"), n.String("marketplace"), n.String("metric"), direction, limit, window, n.OptionalDate("from"), n.OptionalDate("to"), n.String("note"));
            }).ToArray();
        });
    }
}
