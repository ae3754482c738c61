using System.Text.Json;
using CrossBorder.Text;
using NodaTime;
using static System.FormattableString;

namespace CrossBorder.Fx;

/// <summary>
/// Threshold rules read from a JSON rule pack:
/// <c>{"rules":[{"id":"pause","description":"…","pair":"USD/CNY","direction":"below","threshold":7.00,"side":"mid","band":0.02,"debounce":2,"maxStaleness":"4d","actions":["pauseNewOrders"]}]}</c>.
/// Immutable.
/// </summary>
/// <remarks>
/// <para>Per rule: <c>id</c>, <c>pair</c>, <c>direction</c> (<c>below</c> or <c>above</c>), <c>threshold</c> and
/// <c>actions</c> (or one <c>action</c>: <c>pauseNewOrders</c>, <c>reprice</c>, <c>hedge</c>, <c>notify</c>) are
/// required; <c>side</c> (<c>bid</c>, <c>mid</c>, <c>ask</c>; default mid), <c>band</c> (default 0),
/// <c>debounce</c> (default 1), <c>maxStaleness</c> (a <see cref="CompactDuration"/>; default
/// <see cref="DefaultMaxStaleness"/>) and <c>description</c> are optional.</para>
/// <para>The pack is strict: an unknown property, a property given twice (which JSON readers usually resolve by
/// keeping the last), a value of the wrong type, a repeated id or an inconsistent rule is an error naming the
/// source, the JSON path and the line, never a silent choice.</para>
/// </remarks>
public sealed class ThresholdRulePack
{
    /// <summary>The staleness guard of a rule that names none: 4 days.</summary>
    public static readonly Duration DefaultMaxStaleness = Duration.FromDays(4);

    private const string KnownRuleProperties =
        "\"id\", \"description\", \"pair\", \"direction\", \"threshold\", \"side\", \"band\", \"debounce\", \"maxStaleness\", \"action\" and \"actions\"";

    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    private readonly ThresholdRule[] _rules;
    private readonly Dictionary<string, string> _descriptions;

    private ThresholdRulePack(ThresholdRule[] rules, Dictionary<string, string> descriptions)
    {
        _rules = rules;
        _descriptions = descriptions;
    }

    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<ThresholdRule> Rules => _rules;

    /// <summary>The description the pack gives the rule with <paramref name="ruleId"/>, or null when it gives none.</summary>
    public string? DescriptionOf(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        return _descriptions.TryGetValue(ruleId, out var description) ? description : null;
    }

    /// <summary>Parses a rule pack.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="source">The name used in error messages, such as the file's path.</param>
    /// <param name="registry">Where currency codes are looked up; null for ISO 4217.</param>
    /// <exception cref="FormatException">The JSON is malformed, repeats a property, or a rule is missing, unknown, mistyped or inconsistent; the message names the source, the path and the line.</exception>
    public static ThresholdRulePack Parse(TextReader reader, string source, CurrencyRegistry? registry)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        registry ??= CurrencyRegistry.Iso4217;
        using var document = ParseDocument(reader.ReadToEnd(), source);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException(Invariant($"{source}: expected an object {{\"rules\":[…]}}, not {Describe(root.ValueKind)}."));
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!string.Equals(property.Name, "rules", StringComparison.Ordinal))
            {
                throw new FormatException(Invariant($"{source}: unknown property '{property.Name}' (at $); a rule pack has \"rules\"."));
            }
        }

        if (!root.TryGetProperty("rules", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            throw new FormatException(Invariant($"{source}: \"rules\" must be a non-empty array (at $.rules)."));
        }

        var rules = new List<ThresholdRule>();
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var rule = new RuleReader(item, Invariant($"{source}: rule {index + 1}"), Invariant($"$.rules[{index}]"));
            var (parsed, description) = rule.Read(registry);
            if (rules.Any(r => string.Equals(r.Id, parsed.Id, StringComparison.Ordinal)))
            {
                throw new FormatException(Invariant($"{source}: rule {index + 1} ('{parsed.Id}'): the id '{parsed.Id}' is used twice (at $.rules[{index}].id)."));
            }

            rules.Add(parsed);
            if (description is not null)
            {
                descriptions[parsed.Id] = description;
            }

            index++;
        }

        return new ThresholdRulePack([.. rules], descriptions);
    }

    /// <summary>A document that refuses repeated properties, or an error naming the source, the path and the line.</summary>
    private static JsonDocument ParseDocument(string json, string source)
    {
        JsonDuplicates.Reject(json, source);
        try
        {
            return JsonDocument.Parse(json, Strict);
        }
        catch (JsonException e)
        {
            var at = e.Path is null ? string.Empty : Invariant($" (at {e.Path}") + (e.LineNumber is { } n ? Invariant($", line {n + 1})") : ")");
            throw new FormatException(Invariant($"{source}: not a valid rule pack: {ExceptionText.FirstSentence(e.Message.Split(" Path:")[0])}{at}"), e);
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    private static string Normalize(string text) =>
        text.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).Trim().ToLowerInvariant();

    /// <summary>Reads one rule object, naming the rule and the JSON path in every error.</summary>
    private readonly struct RuleReader(JsonElement element, string where, string path)
    {
        public (ThresholdRule Rule, string? Description) Read(CurrencyRegistry registry)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException(Invariant($"{where} is {Describe(element.ValueKind)}, not an object (at {path})."));
            }

            foreach (var property in element.EnumerateObject())
            {
                if (!KnownRuleProperties.Contains(Invariant($"\"{property.Name}\""), StringComparison.Ordinal))
                {
                    throw Error(property.Name, $"unknown property '{property.Name}'; a rule has {KnownRuleProperties}.");
                }
            }

            var id = String("id") is { Length: > 0 } i && i.Trim().Length > 0 ? i.Trim() : throw Error("id", "a rule needs an \"id\".");
            var named = new RuleReader(element, Invariant($"{where} ('{id}')"), path);
            return (named.Build(id, registry), named.String("description"));
        }

        private ThresholdRule Build(string id, CurrencyRegistry registry)
        {
            var pairText = String("pair") ?? throw Error("pair", "a rule needs a \"pair\" such as \"USD/CNY\".");
            var codes = pairText.Trim().ToUpperInvariant().Split('/');
            var pair = codes.Length == 2 && registry.TryFromCode(codes[0], out var b) && registry.TryFromCode(codes[1], out var q) && !b.Equals(q)
                ? new CurrencyPair(b, q)
                : throw Error("pair", $"pair '{pairText}' is not two different known currency codes such as \"USD/CNY\".");
            var directionText = String("direction") ?? throw Error("direction", "a rule needs a \"direction\": \"below\" or \"above\".");
            var direction = Normalize(directionText) switch
            {
                "below" or "fallsbelow" => ThresholdDirection.FallsBelow,
                "above" or "risesabove" => ThresholdDirection.RisesAbove,
                _ => throw Error("direction", $"direction '{directionText}' is not \"below\" or \"above\"."),
            };
            var threshold = Decimal("threshold") ?? throw Error("threshold", "a rule needs a \"threshold\".");
            var sideText = String("side") ?? "mid";
            var side = Normalize(sideText) switch
            {
                "mid" => PriceSide.Mid,
                "bid" => PriceSide.Bid,
                "ask" => PriceSide.Ask,
                _ => throw Error("side", $"side '{sideText}' is not bid, mid or ask."),
            };
            var maxAge = String("maxStaleness") is { } staleness
                ? CompactDuration.TryParse(staleness, out var d) && d > Duration.Zero
                    ? d
                    : throw Error("maxStaleness", $"maxStaleness '{staleness}' is not a duration such as 4d, 36h or 90m, from 1m up to {CompactDuration.Format(CompactDuration.MaxValue)}.")
                : DefaultMaxStaleness;
            var names = new List<(string Name, string Path)>();
            if (String("action") is { } single)
            {
                names.Add((single, "action"));
            }

            if (element.TryGetProperty("actions", out var actions))
            {
                if (actions.ValueKind != JsonValueKind.Array)
                {
                    throw Error("actions", "\"actions\" must be an array of strings.");
                }

                var j = 0;
                foreach (var action in actions.EnumerateArray())
                {
                    names.Add((action.ValueKind == JsonValueKind.String ? action.GetString()! : string.Empty, Invariant($"actions[{j++}]")));
                }
            }

            if (names.Count == 0)
            {
                throw Error("actions", "a rule needs \"actions\": one or more of pauseNewOrders, reprice, hedge, notify.");
            }

            var parsed = new List<FxAction>();
            foreach (var (name, at) in names)
            {
                parsed.Add(Enum.GetValues<FxAction>().Where(a => Normalize(a.ToString()) == Normalize(name)).Select(a => (FxAction?)a).FirstOrDefault()
                    ?? throw Error(at, $"action '{name}' is not pauseNewOrders, reprice, hedge or notify."));
            }

            try
            {
                return ThresholdRule.Create(id, pair, direction, threshold, side, Decimal("band") ?? 0m, Integer("debounce") ?? 1, maxAge, parsed);
            }
            catch (ArgumentException e)
            {
                throw new FormatException(Invariant($"{where} is inconsistent: {ExceptionText.FirstSentence(e.Message)} (at {path})."), e);
            }
        }

        public FormatException Error(string property, string message) =>
            new(Invariant($"{where}: {message} (at {path}.{property})"));

        private string? String(string name) =>
            !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.String ? value.GetString()
            : throw Error(name, $"\"{name}\" must be a string, not {Describe(value.ValueKind)}.");

        private decimal? Decimal(string name) =>
            !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number) ? number
            : throw Error(name, $"\"{name}\" must be a number within decimal's range (±7.9 × 10^28), not {Describe(value.ValueKind)} {Echo(value)}.");

        private int? Integer(string name) =>
            !element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number
            : throw Error(name, $"\"{name}\" must be a whole number, not {Describe(value.ValueKind)} {Echo(value)}.");

        private static string Echo(JsonElement value) => Text.CsvTable.Echo(value.GetRawText());
    }
}
