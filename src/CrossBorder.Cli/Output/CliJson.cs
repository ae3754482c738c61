using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CrossBorder.Cli.Input;

namespace CrossBorder.Cli.Output;

/// <summary>
/// The tool's JSON: source-generated (no reflection, trimming-safe), camelCase, indented, invariant. Money uses the
/// library's <see cref="Serialization.MoneyJsonConverter"/> (amounts as exact strings); ratios are JSON numbers.
/// </summary>
internal static class CliJson
{
    private static readonly CliJsonContext Context = new(new JsonSerializerOptions
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,

        // A property given twice is an error, never "the last one wins" (EUR 100.00 silently becoming USD 999.00).
        AllowDuplicateProperties = false,

        // Output goes to a terminal or a file, not into HTML: keep names such as "Bolívar" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    /// <summary>Metadata for the currency list.</summary>
    public static JsonTypeInfo<CurrencyListJson> CurrencyList => Context.CurrencyListJson;

    /// <summary>Metadata for an allocation or split.</summary>
    public static JsonTypeInfo<AllocationJson> Allocation => Context.AllocationJson;

    /// <summary>Metadata for an allocation input file.</summary>
    public static JsonTypeInfo<AllocationInput> AllocationInput => Context.AllocationInput;

    /// <summary>Metadata for <c>fx convert</c>.</summary>
    public static JsonTypeInfo<FxConvertJson> FxConvert => Context.FxConvertJson;

    /// <summary>Metadata for <c>fx fees</c>.</summary>
    public static JsonTypeInfo<FxFeesJson> FxFees => Context.FxFeesJson;

    /// <summary>Metadata for <c>fx hedge</c>.</summary>
    public static JsonTypeInfo<FxHedgeJson> FxHedge => Context.FxHedgeJson;

    /// <summary>Metadata for <c>fx watch</c>.</summary>
    public static JsonTypeInfo<FxWatchJson> FxWatch => Context.FxWatchJson;

    /// <summary>Metadata for a routes file.</summary>
    public static JsonTypeInfo<RoutesInput> RoutesInput => Context.RoutesInput;

    /// <summary>Writes <paramref name="value"/> as indented JSON and a final newline.</summary>
    public static void Write<T>(TextWriter writer, T value, JsonTypeInfo<T> typeInfo)
    {
        writer.WriteLine(JsonSerializer.Serialize(value, typeInfo));
    }
}

/// <summary>The JSON of <c>crossborder currencies</c>.</summary>
internal sealed record CurrencyListJson(
    string AsOf,
    bool IncludeWithdrawn,
    string? Search,
    int Count,
    IReadOnlyList<CurrencyJson> Currencies);

/// <summary>One currency in <see cref="CurrencyListJson"/>.</summary>
internal sealed record CurrencyJson(
    string Code,
    string? Numeric,
    int? MinorUnit,
    string Name,
    bool Iso4217,
    bool Fund,
    string? ValidFrom,
    string? ValidTo);

/// <summary>The JSON of <c>crossborder money allocate</c> and <c>split</c>: the amount, its parts and their sum, which equals the amount.</summary>
internal sealed record AllocationJson(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    string Method,
    Money Amount,
    IReadOnlyList<AllocationPartJson> Parts,
    Money Total);

/// <summary>One part in <see cref="AllocationJson"/>; <see cref="Label"/> is absent without labels, <see cref="Ratio"/> for an even split.</summary>
internal sealed record AllocationPartJson(
    int Index,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Label,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] decimal? Ratio,
    Money Amount);

[JsonSerializable(typeof(CurrencyListJson))]
[JsonSerializable(typeof(AllocationJson))]
[JsonSerializable(typeof(AllocationInput))]
[JsonSerializable(typeof(FxConvertJson))]
[JsonSerializable(typeof(FxFeesJson))]
[JsonSerializable(typeof(FxHedgeJson))]
[JsonSerializable(typeof(FxWatchJson))]
[JsonSerializable(typeof(RoutesInput))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
