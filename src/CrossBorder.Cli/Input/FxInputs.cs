using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorder.Cli.Input;

/// <summary>
/// The file read by <c>crossborder fx fees --routes FILE.json</c>:
/// <c>{"routes":[{"provider":"Acquirer A","percent":1.4,"fixed":{"amount":"0.25","currency":"EUR"},"spread":2.0}]}</c>.
/// </summary>
internal sealed class RoutesInput
{
    /// <summary>The names this file format knows, for error messages.</summary>
    public const string KnownProperties = "\"routes\"";

    /// <summary>The routes to compare.</summary>
    public IReadOnlyList<RouteInput?>? Routes { get; init; }

    /// <summary>Properties the format does not know.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>One payment route: a percentage fee, a fixed fee and a conversion spread (both in percent).</summary>
internal sealed class RouteInput
{
    /// <summary>The names a route knows, for error messages.</summary>
    public const string KnownProperties = "\"provider\", \"percent\", \"fixed\", \"spread\" and \"source\"";

    /// <summary>The route's name.</summary>
    public string? Provider { get; init; }

    /// <summary>The percentage fee, in percent (1.4 = 1.4%).</summary>
    public decimal? Percent { get; init; }

    /// <summary>The fixed fee per charge, in the charge currency.</summary>
    public Money? Fixed { get; init; }

    /// <summary>The conversion spread below mid, in percent; 0 when absent.</summary>
    public decimal? Spread { get; init; }

    /// <summary>Where the figures come from; optional.</summary>
    public string? Source { get; init; }

    /// <summary>Properties the format does not know.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>
/// The file read by <c>crossborder fx watch --rules FILE.json</c>:
/// <c>{"rules":[{"id":"pause","pair":"USD/CNY","direction":"below","threshold":7.00,"side":"mid","band":0.02,"debounce":2,"maxStaleness":"4d","actions":["pauseNewOrders"]}]}</c>.
/// </summary>
internal sealed class RulesInput
{
    /// <summary>The names this file format knows, for error messages.</summary>
    public const string KnownProperties = "\"rules\"";

    /// <summary>The rules.</summary>
    public IReadOnlyList<RuleInput?>? Rules { get; init; }

    /// <summary>Properties the format does not know.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

/// <summary>One threshold rule.</summary>
internal sealed class RuleInput
{
    /// <summary>The names a rule knows, for error messages.</summary>
    public const string KnownProperties =
        "\"id\", \"description\", \"pair\", \"direction\", \"threshold\", \"side\", \"band\", \"debounce\", \"maxStaleness\", \"action\" and \"actions\"";

    /// <summary>The rule's id.</summary>
    public string? Id { get; init; }

    /// <summary>What the rule is for; optional.</summary>
    public string? Description { get; init; }

    /// <summary>The pair watched: "USD/CNY".</summary>
    public string? Pair { get; init; }

    /// <summary>"below" or "above".</summary>
    public string? Direction { get; init; }

    /// <summary>The threshold, quote units per base unit.</summary>
    public decimal? Threshold { get; init; }

    /// <summary>"bid", "mid" (default) or "ask".</summary>
    public string? Side { get; init; }

    /// <summary>The hysteresis band; 0 when absent.</summary>
    public decimal? Band { get; init; }

    /// <summary>Consecutive breaching observations needed; 1 when absent.</summary>
    public int? Debounce { get; init; }

    /// <summary>The staleness guard: "4d", "36h", "90m"; 4d when absent.</summary>
    public string? MaxStaleness { get; init; }

    /// <summary>One action.</summary>
    public string? Action { get; init; }

    /// <summary>Several actions.</summary>
    public IReadOnlyList<string>? Actions { get; init; }

    /// <summary>Properties the format does not know.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}
