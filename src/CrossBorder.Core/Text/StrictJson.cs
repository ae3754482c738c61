using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace CrossBorder.Text;

/// <summary>
/// A JSON object read strictly, with the path that leads to it: unknown properties, wrong kinds and malformed values
/// are errors that name the source and the path (<c>sale.json: lines[2].unitPrice: …</c>). Shared by the rule-pack
/// and sale readers.
/// </summary>
internal readonly struct StrictJson
{
    /// <summary>Parses with duplicate properties refused (a repeated "rate" must not silently win) and comments allowed.</summary>
    public static readonly JsonDocumentOptions Options = new()
    {
        AllowDuplicateProperties = false,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
    };

    private readonly JsonElement _element;
    private readonly string _source;
    private readonly string _path;
    private readonly Func<string, FormatException> _error;

    private StrictJson(JsonElement element, string source, string path, Func<string, FormatException> error)
    {
        _element = element;
        _source = source;
        _path = path;
        _error = error;
    }

    /// <summary>Parses a UTF-8 document and reads its root with <paramref name="read"/>; malformed JSON is an error naming the source.</summary>
    public static T Read<T>(Stream utf8Json, string source, Func<string, Exception?, FormatException> error, Func<StrictJson, T> read)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        string text;
        using (var reader = new StreamReader(utf8Json, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true))
        {
            text = reader.ReadToEnd();
        }

        try
        {
            // The same words and JSON path for a repeated property as every other reader of the suite.
            CrossBorder.Text.JsonDuplicates.Reject(text, source);
        }
        catch (FormatException e)
        {
            throw error(e.Message, null);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            throw error($"{source}: not valid JSON ({e.Message})", e);
        }

        using (document)
        {
            return read(Root(document.RootElement, source, message => error(message, null)));
        }
    }

    /// <summary>The root object of a document from <paramref name="source"/>.</summary>
    public static StrictJson Root(JsonElement element, string source, Func<string, FormatException> error) => new(element, source + ":", string.Empty, error);

    public FormatException Error(string? property, string message) =>
        _error(Join(_path, property) is { Length: > 0 } location ? $"{_source} {location}: {message}" : $"{_source} {message}");

    public StrictJson Named(string label) => new(_element, _source, $"{_path} ({label})", _error);

    public void Only(params string[] allowed)
    {
        if (_element.ValueKind != JsonValueKind.Object)
        {
            throw Error(null, $"expected an object, found {_element.ValueKind}.");
        }

        foreach (var property in _element.EnumerateObject())
        {
            if (System.Array.IndexOf(allowed, property.Name) < 0)
            {
                throw Error(property.Name, $"is not a property of this object; expected {string.Join(", ", allowed)}.");
            }
        }
    }

    /// <summary>The names of the object's properties, in document order.</summary>
    public IEnumerable<string> Names() => _element.ValueKind == JsonValueKind.Object
        ? _element.EnumerateObject().Select(p => p.Name).ToArray()
        : throw Error(null, $"expected an object, found {_element.ValueKind}.");

    public string String(string name) =>
        OptionalString(name) is { Length: > 0 } value ? value : throw Error(name, "is required and must be a non-empty string.");

    public string? OptionalString(string name)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw Error(name, $"must be a string, not {value.ValueKind}.");
    }

    public bool? OptionalBool(string name) =>
        !_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
            : throw Error(name, $"must be true or false, not {value.ValueKind}.");

    /// <summary>A decimal written as a JSON string ("140.00") or number (1); never through a binary double.</summary>
    public decimal? OptionalDecimal(string name)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw Error(name, $"must be a number or a string holding one, not {value.ValueKind}."),
        };
        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw Error(name, $"'{Echo(text)}' is not a decimal number such as \"140.00\" (a point, no thousands separators, within ±7.9e28).");
    }

    public decimal Decimal(string name) => OptionalDecimal(name) ?? throw Error(name, "is required.");

    public LocalDate Date(string name) => OptionalDate(name) ?? throw Error(name, "is required (yyyy-MM-dd).");

    public LocalDate? OptionalDate(string name)
    {
        if (OptionalString(name) is not { } text)
        {
            return null;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw Error(name, $"'{Echo(text)}' is not a yyyy-MM-dd date.");
    }

    public EffectivePeriod Period()
    {
        var from = Date("from");
        var to = OptionalDate("to");
        return to is not { } end ? EffectivePeriod.From(from)
            : end >= from ? EffectivePeriod.Between(from, end)
            : throw Error("to", $"{LocalDatePattern.Iso.Format(end)} is before from {LocalDatePattern.Iso.Format(from)}.");
    }

    public StrictJson Object(string name) =>
        OptionalObject(name) ?? throw Error(name, "is required and must be an object.");

    public StrictJson? OptionalObject(string name) =>
        !_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
            : value.ValueKind == JsonValueKind.Object ? new StrictJson(value, _source, Join(_path, name), _error)
            : throw Error(name, $"must be an object, not {value.ValueKind}.");

    public List<StrictJson> Array(string name) =>
        _element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? Items(value, name)
            : throw Error(name, "is required and must be an array.");

    public List<StrictJson> OptionalArray(string name) =>
        !_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? []
            : value.ValueKind == JsonValueKind.Array ? Items(value, name)
            : throw Error(name, "must be an array.");

    public List<string> StringArray(string name)
    {
        if (!_element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(name, "must be an array of strings.");
        }

        var items = new List<string>();
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            items.Add(item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } text
                ? text
                : throw Error(string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]"), "must be a non-empty string."));
            index++;
        }

        return items;
    }

    /// <summary>An ISO 3166-1 alpha-2 country code.</summary>
    public CountryCode Country(string name)
    {
        var code = String(name);
        return code.Length == 2 && CountryCode.TryParse(code, out var country) ? country : throw Error(name, $"'{Echo(code)}' is not an ISO 3166-1 alpha-2 country code.");
    }

    /// <summary>An ISO 4217 currency code.</summary>
    public Currency CurrencyOf(string name)
    {
        var code = String(name);
        return Currency.TryFromCode(code, out var currency) ? currency : throw Error(name, $"'{Echo(code)}' is not an ISO 4217 currency code.");
    }

    /// <summary>
    /// Runs a domain constructor, turning its argument errors into format errors at this node's path: at
    /// <paramref name="property"/>, else at the parameter the error names when it is one of <paramref name="parameters"/>.
    /// </summary>
    public T Build<T>(string? property, Func<T> create, params string[] parameters)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            var at = property ?? (e.ParamName is { } p && System.Array.IndexOf(parameters, p) >= 0 ? p : null);
            throw Error(at, ExceptionText.FirstSentence(e.Message));
        }
    }

    /// <summary>A value cut and escaped for a one-line message.</summary>
    public static string Echo(string value) => CrossBorder.Text.CsvTable.Echo(value);

    private static string Join(string path, string? property) =>
        property is null ? path : path.Length == 0 ? property : $"{path}.{property}";

    private List<StrictJson> Items(JsonElement array, string name)
    {
        var (element, source, error, prefix) = (array, _source, _error, Join(_path, name));
        return [.. element.EnumerateArray().Select((item, i) => new StrictJson(item, source, string.Create(CultureInfo.InvariantCulture, $"{prefix}[{i}]"), error))];
    }
}
