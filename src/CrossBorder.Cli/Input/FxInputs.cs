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
