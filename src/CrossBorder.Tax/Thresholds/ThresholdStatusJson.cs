using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime.Text;

namespace CrossBorder.Tax;

/// <summary>
/// Writes threshold statuses as the JSON of <c>crossborder thresholds</c> (docs/tax.md): an object with
/// <c>asOf</c>, <c>seller</c> and <c>thresholds</c>[{<c>id</c>, <c>kind</c>, <c>area</c>, <c>applies</c>,
/// <c>crossed</c>, <c>firstCrossedOn</c>, <c>window</c>, <c>measured</c>, <c>transactions</c>, <c>previousYear</c>,
/// <c>headroom</c>, <c>transactionsLeft</c>, <c>limit</c>, <c>transactionLimit</c>, <c>logic</c>, <c>source</c>,
/// <c>explanation</c>}]. Money in Core's form; invariant whatever the culture.
/// </summary>
public static class ThresholdStatusJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the statuses, indented.</summary>
    public static void Write(Stream utf8Json, NodaTime.LocalDate asOf, CountryCode seller, IEnumerable<ThresholdStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(statuses);
        using var writer = new Utf8JsonWriter(utf8Json, Indented);
        writer.WriteStartObject();
        writer.WriteString("asOf", LocalDatePattern.Iso.Format(asOf));
        writer.WriteString("seller", seller.Alpha2);
        writer.WriteStartArray("thresholds");
        foreach (var status in statuses)
        {
            var t = status.Threshold;
            writer.WriteStartObject();
            writer.WriteString("id", t.Id);
            writer.WriteString("kind", t.Kind);
            writer.WriteString("area", t.Area);
            writer.WriteBoolean("applies", status.Applies);
            writer.WriteBoolean("crossed", status.Crossed);
            if (status.FirstCrossedOn is { } first)
            {
                writer.WriteString("firstCrossedOn", LocalDatePattern.Iso.Format(first));
            }
            else
            {
                writer.WriteNull("firstCrossedOn");
            }

            writer.WriteString("window", status.Window);
            WriteMoney(writer, "measured", status.Measured);
            writer.WriteNumber("transactions", status.Transactions);
            WriteMoney(writer, "previousYear", status.PreviousYear);
            WriteMoney(writer, "headroom", status.Headroom);
            if (status.TransactionsLeft is { } left)
            {
                writer.WriteNumber("transactionsLeft", left);
            }
            else
            {
                writer.WriteNull("transactionsLeft");
            }

            WriteMoney(writer, "limit", t.Amount);
            if (t.Transactions is { } count)
            {
                writer.WriteNumber("transactionLimit", count);
            }
            else
            {
                writer.WriteNull("transactionLimit");
            }

            writer.WriteString("logic", t.RequireBoth ? "and" : "or");
            writer.WriteString("source", t.Source);
            writer.WriteString("explanation", status.Explanation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMoney(Utf8JsonWriter writer, string name, Money? money)
    {
        if (money is not { } m)
        {
            writer.WriteNull(name);
            return;
        }

        TaxResultJson.WriteMoney(writer, name, m);
    }
}
