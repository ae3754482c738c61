using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorder.Serialization;

/// <summary>Writes a <see cref="CountryCode"/> as its alpha-2 code and reads an alpha-2 or alpha-3 code back.</summary>
public sealed class CountryCodeJsonConverter : JsonConverter<CountryCode>
{
    /// <inheritdoc />
    public override CountryCode Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && CountryCode.TryParse(reader.GetString(), out var country)
            ? country
            : throw new JsonException("A country must be a JSON string holding an ISO 3166-1 code such as \"DE\".");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, CountryCode value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.IsDefault ? throw new JsonException("default(CountryCode) names no country.") : value.Alpha2);
    }
}
