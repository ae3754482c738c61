using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorder.Serialization;

/// <summary>Writes a <see cref="Currency"/> as its code string and reads it back from a <see cref="CurrencyRegistry"/>.</summary>
public sealed class CurrencyJsonConverter : JsonConverter<Currency>
{
    private readonly CurrencyRegistry _registry;

    /// <summary>A converter that knows the ISO 4217 currencies.</summary>
    public CurrencyJsonConverter()
        : this(CurrencyRegistry.Iso4217)
    {
    }

    /// <summary>A converter that knows the currencies of <paramref name="registry"/>.</summary>
    public CurrencyJsonConverter(CurrencyRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
    }

    /// <inheritdoc />
    public override Currency Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ReadCurrency(ref reader, _registry);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Currency value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Code);
    }

    internal static Currency ReadCurrency(ref Utf8JsonReader reader, CurrencyRegistry registry)
    {
        var code = reader.TokenType == JsonTokenType.String
            ? reader.GetString()
            : throw new JsonException("A currency must be a JSON string such as \"USD\".");
        return registry.TryFromCode(code, out var currency)
            ? currency
            : throw new JsonException(CurrencyRegistry.UnknownCodeMessage(code ?? string.Empty));
    }
}
