using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CrossBorder.Text;

namespace CrossBorder.Cli.Input;

/// <summary>
/// Reads the tool's JSON input files: file problems (missing, a folder, unreadable) and JSON problems become one
/// <see cref="UserErrorException"/> naming the file, and a property given twice in any object — the top level or one
/// nested in a library type such as money — is refused with its path, never resolved by "the last one wins".
/// </summary>
/// <remarks>
/// Other commands adopt it with one call: <c>JsonInput.Read(path, "--routes", CliJson.RoutesInput, "routes file")</c>.
/// </remarks>
internal static class JsonInput
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    /// <summary>Reads and deserializes <paramref name="path"/>, refusing duplicate properties.</summary>
    /// <param name="path">The file.</param>
    /// <param name="option">The option that named it, for messages.</param>
    /// <param name="typeInfo">The source-generated metadata (from <c>CliJson</c>).</param>
    /// <param name="what">What the file holds, such as "allocation input".</param>
    /// <param name="typeNames">The nested input types a JSON error may name, with the words to use instead.</param>
    /// <exception cref="UserErrorException">The file cannot be read or is not a valid <paramref name="what"/>.</exception>
    public static T Read<T>(string path, string option, JsonTypeInfo<T> typeInfo, string what, params (string TypeName, string Description)[] typeNames)
        where T : class
    {
        var text = ReadText(path, option);
        CheckDuplicates(text, path);
        return Deserialize(text, path, typeInfo, what, typeNames);
    }

    /// <summary>
    /// Reads <paramref name="path"/> and hands its text to a library reader; the reader's <see cref="FormatException"/>
    /// (which names the line or the JSON path) becomes one error line.
    /// </summary>
    public static T ReadWith<T>(string path, string option, Func<string, T> parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var text = ReadText(path, option);
        try
        {
            return parse(text);
        }
        catch (FormatException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    /// <summary>The text of <paramref name="path"/>; one error line when it is missing, a folder or unreadable.</summary>
    public static string ReadText(string path, string option)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new UserErrorException($"{option} '{path}' is a folder, not a JSON file.");
        }

        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UserErrorException($"{option} '{path}' does not exist.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UserErrorException($"{option} '{path}' cannot be read: {CliErrors.Describe(e)}", e);
        }
    }

    /// <summary>
    /// Deserializes <paramref name="text"/>, turning a JSON error or a JSON <c>null</c> into one error line that names
    /// <typeparamref name="T"/> and the nested <paramref name="typeNames"/> in words, never as .NET type names.
    /// </summary>
    public static T Deserialize<T>(string text, string path, JsonTypeInfo<T> typeInfo, string what, params (string TypeName, string Description)[] typeNames)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(typeNames);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(text, typeInfo);
        }
        catch (JsonException e)
        {
            throw new UserErrorException($"'{path}' is not a valid {what}: {JsonErrors.Describe(e, [(typeof(T).FullName!, Article(what) + " object"), .. typeNames])}", e);
        }

        return value ?? throw new UserErrorException($"'{path}' holds JSON null, not {Article(what)} object.");
    }

    /// <summary>
    /// Refuses a property named twice in one object (names compared case-insensitively, as the library's converters
    /// read them), naming it and its JSON path. Malformed JSON is left to the deserializer, which words it better.
    /// </summary>
    /// <exception cref="UserErrorException">An object has a duplicate property.</exception>
    public static void CheckDuplicates(string text, string path)
    {
        try
        {
            JsonDuplicates.Reject(text, $"'{path}'", ignoreCase: true);
        }
        catch (FormatException e)
        {
            throw new UserErrorException(e.Message, e);
        }
    }

    /// <summary>
    /// The raw text of the value at <paramref name="names"/> (property names, case-insensitive), such as the digits of
    /// <c>{"amount":{"amount":100.005}}</c>, or <see langword="null"/> when absent or the JSON is malformed.
    /// </summary>
    public static string? RawValue(string text, params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var element = document.RootElement;
            foreach (var name in names)
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }

                var found = element.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                if (found.Value.ValueKind == JsonValueKind.Undefined)
                {
                    return null;
                }

                element = found.Value;
            }

            return element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Article(string noun) => ("aeiou".Contains(char.ToLowerInvariant(noun[0]), StringComparison.Ordinal) ? "an " : "a ") + noun;
}
