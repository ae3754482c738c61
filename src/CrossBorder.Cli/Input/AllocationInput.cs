using System.Text.Json.Serialization;

namespace CrossBorder.Cli.Input;

/// <summary>
/// The file read by <c>crossborder money allocate --input FILE.json</c>:
/// <c>{"amount":{"amount":"1000.00","currency":"EUR"},"ratios":[3,2,1],"labels":["a","b","c"]}</c>.
/// Unknown properties are collected in <see cref="Unknown"/> and rejected by the reader, so that a misspelt
/// <c>"label"</c> is not silently ignored.
/// </summary>
internal sealed class AllocationInput
{
    /// <summary>The names this file format knows, for error messages.</summary>
    public const string KnownProperties = "\"description\", \"amount\", \"ratios\" and \"labels\"";

    /// <summary>What is being allocated (an invoice, a discount); printed above the table.</summary>
    public string? Description { get; init; }

    /// <summary>The amount to allocate, in the library's Money JSON shape.</summary>
    public Money? Amount { get; init; }

    /// <summary>One non-negative weight per part, at least one positive.</summary>
    public IReadOnlyList<decimal>? Ratios { get; init; }

    /// <summary>Optional names of the parts, one per ratio.</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Properties the format does not know.</summary>
    [JsonExtensionData]
    public Dictionary<string, System.Text.Json.JsonElement>? Unknown { get; set; }
}
