using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CrossBorder.Text;

/// <summary>
/// Refuses JSON objects that name a property twice, naming the property, its JSON path and its line. JSON readers
/// usually keep the last value (so <c>"currency":"EUR", …, "currency":"USD"</c> silently became USD); .NET 10's
/// <c>AllowDuplicateProperties = false</c> refuses it too, but its message gives no path.
/// </summary>
/// <remarks>
/// Internal and shared as source like <see cref="CsvTable"/> (ADR 0006): every package and the CLI compile this one
/// checker, so a repeated property is refused with the same words wherever a JSON input is read.
/// </remarks>
internal static class JsonDuplicates
{
    /// <summary>Throws when an object of <paramref name="json"/> repeats a property; malformed JSON is left to the caller's parser.</summary>
    /// <param name="json">The document.</param>
    /// <param name="source">What to call it in the message, such as its file name.</param>
    /// <param name="ignoreCase">Compare names case-insensitively, for readers whose converters do (Core's money converter).</param>
    /// <exception cref="FormatException">A property appears twice; the message starts with <paramref name="source"/>.</exception>
    public static void Reject(string json, string source, bool ignoreCase = false)
    {
        ArgumentNullException.ThrowIfNull(json);
        var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var scopes = new List<Scope>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        scopes.Add(new Scope(PathOf(scopes, property), reader.TokenType == JsonTokenType.StartObject, comparer));
                        property = null;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        scopes.RemoveAt(scopes.Count - 1);
                        Advance(scopes);
                        break;
                    case JsonTokenType.PropertyName:
                        property = reader.GetString() ?? string.Empty;
                        if (!scopes[^1].Names!.Add(property))
                        {
                            var line = bytes.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n') + 1;
                            throw new FormatException(string.Create(
                                CultureInfo.InvariantCulture,
                                $"{source}: the property '{CsvTable.Echo(property)}' appears twice in one object (at {PathOf(scopes, property)}, line {line}); give it once."));
                        }

                        break;
                    default:
                        property = null;
                        Advance(scopes);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON: the caller's parser reports it with its own location.
        }
    }

    private static string PathOf(List<Scope> scopes, string? property) =>
        scopes.Count == 0 ? "$"
        : scopes[^1].Names is null ? string.Create(CultureInfo.InvariantCulture, $"{scopes[^1].Path}[{scopes[^1].Index}]")
        : scopes[^1].Path + "." + property;

    private static void Advance(List<Scope> scopes)
    {
        if (scopes.Count > 0 && scopes[^1].Names is null)
        {
            scopes[^1].Index++;
        }
    }

    /// <summary>An object (with the names seen) or an array (with the index of its next element).</summary>
    private sealed class Scope(string path, bool isObject, StringComparer comparer)
    {
        public string Path { get; } = path;

        public HashSet<string>? Names { get; } = isObject ? new HashSet<string>(comparer) : null;

        public int Index { get; set; }
    }
}
