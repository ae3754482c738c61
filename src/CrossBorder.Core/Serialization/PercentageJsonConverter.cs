using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorder.Serialization;

/// <summary>Writes a <see cref="Percentage"/> as <c>"19%"</c> and reads the same form back.</summary>
public sealed class PercentageJsonConverter : JsonConverter<Percentage>
{
    /// <inheritdoc />
    public override Percentage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && Percentage.TryParse(reader.GetString(), CultureInfo.InvariantCulture, out var rate)
            ? rate
            : throw new JsonException("A percentage must be a JSON string such as \"19%\".");

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Percentage value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
