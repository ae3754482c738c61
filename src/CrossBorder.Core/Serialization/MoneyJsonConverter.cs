using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrossBorder.Serialization;

/// <summary>
/// Writes <see cref="Money"/> as <c>{"amount":"1234.56","currency":"USD"}</c>: the amount as a string, so that
/// no JSON reader turns it into a binary double. Reads the same shape with the amount as a string or a number,
/// properties in any order and of any case.
/// </summary>
/// <remarks>
/// The converter on the type uses the ISO 4217 list. To read custom currencies, add
/// <c>new MoneyJsonConverter(registry)</c> to <see cref="JsonSerializerOptions.Converters"/>; it takes precedence.
/// </remarks>
public sealed class MoneyJsonConverter : JsonConverter<Money>
{
    private readonly CurrencyRegistry _registry;

    /// <summary>A converter that knows the ISO 4217 currencies.</summary>
    public MoneyJsonConverter()
        : this(CurrencyRegistry.Iso4217)
    {
    }

    /// <summary>A converter that knows the currencies of <paramref name="registry"/>.</summary>
    public MoneyJsonConverter(CurrencyRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
    }

    /// <inheritdoc />
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Money must be a JSON object such as {\"amount\":\"12.50\",\"currency\":\"USD\"}.");
        }

        decimal? amount = null;
        Currency? currency = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "amount", StringComparison.OrdinalIgnoreCase))
            {
                amount = ReadAmount(ref reader);
            }
            else if (string.Equals(name, "currency", StringComparison.OrdinalIgnoreCase))
            {
                currency = CurrencyJsonConverter.ReadCurrency(ref reader, _registry);
            }
            else
            {
                reader.Skip();
            }
        }

        return amount is null || currency is null
            ? throw new JsonException("Money needs both \"amount\" and \"currency\".")
            : new Money(amount.Value, currency);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.IsDefault)
        {
            throw new JsonException("default(Money) has no currency and cannot be written.");
        }

        writer.WriteStartObject();
        writer.WriteString("amount", value.Amount.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }

    private static decimal ReadAmount(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return reader.GetDecimal();
        }

        if (reader.TokenType == JsonTokenType.String &&
            decimal.TryParse(reader.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
        {
            return amount;
        }

        throw new JsonException("Money \"amount\" must be a number or a string such as \"12.50\".");
    }
}
