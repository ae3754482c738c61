using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CrossBorder.Tax;

/// <summary>
/// Writes a <see cref="TaxResult"/> in the JSON contract of <c>crossborder tax</c> (docs/tax.md): <c>regime</c>,
/// <c>collector</c>, <c>jurisdiction</c>, <c>currency</c>, <c>lines</c>[{<c>sku</c>, <c>rate</c>,
/// <c>applicableRate</c>, <c>net</c>, <c>tax</c>, <c>gross</c>, <c>reason</c>, <c>rule</c>, <c>source</c>}],
/// <c>totals</c> {<c>net</c>, <c>tax</c>, <c>gross</c>}, <c>rounding</c>, <c>warnings</c>, <c>trace</c>. Money is
/// Core's form <c>{"amount":"33.60","currency":"EUR"}</c> with as many decimals as the currency's minor unit; rates
/// are Core's percentage form <c>"24%"</c>. Invariant whatever the current culture.
/// </summary>
public static class TaxResultJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="result"/> to <paramref name="utf8Json"/>, indented.</summary>
    public static void Write(Stream utf8Json, TaxResult result)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, Indented);
        Write(writer, result);
    }

    /// <summary>Writes <paramref name="result"/> as one JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, TaxResult result)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(result);
        writer.WriteStartObject();
        writer.WriteString("regime", result.Regime);
        writer.WriteString("collector", CollectorCode(result.Collector));
        writer.WriteString("jurisdiction", result.Jurisdiction.ToString());
        writer.WriteString("currency", result.Gross.Currency.Code);
        writer.WriteStartArray("lines");
        foreach (var line in result.Lines)
        {
            writer.WriteStartObject();
            writer.WriteString("sku", line.Sku);
            writer.WriteString("rate", line.Rate.ToString());
            writer.WriteString("applicableRate", line.ApplicableRate.ToString());
            WriteMoney(writer, "net", line.Net);
            WriteMoney(writer, "tax", line.Tax);
            WriteMoney(writer, "gross", line.Gross);
            writer.WriteString("reason", line.Reason);
            writer.WriteString("rule", line.Rule);
            writer.WriteString("source", line.Source);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("totals");
        WriteMoney(writer, "net", result.Net);
        WriteMoney(writer, "tax", result.Tax);
        WriteMoney(writer, "gross", result.Gross);
        writer.WriteEndObject();
        writer.WriteStartObject("rounding");
        var (level, mode) = TaxRoundingJson.Codes(result.Rounding);
        writer.WriteString("level", level);
        writer.WriteString("mode", mode);
        writer.WriteEndObject();
        writer.WriteStartArray("warnings");
        foreach (var warning in result.Warnings)
        {
            writer.WriteStringValue(warning);
        }

        writer.WriteEndArray();
        WriteTrace(writer, result.Trace);
        writer.WriteEndObject();
    }

    /// <summary>The JSON code of a collector: <c>seller</c>, <c>marketplace</c>, <c>customs</c>, <c>buyer</c>.</summary>
    public static string CollectorCode(TaxCollector collector) => collector switch
    {
        TaxCollector.Seller => "seller",
        TaxCollector.Marketplace => "marketplace",
        TaxCollector.Customs => "customs",
        TaxCollector.Buyer => "buyer",
        _ => throw new ArgumentOutOfRangeException(nameof(collector), collector, "Not a collector."),
    };

    /// <summary>An amount with exactly the currency's minor-unit decimals, invariant: <c>140.00</c>, not <c>140</c>.</summary>
    public static string FormatAmount(Money money)
    {
        var decimals = money.Currency.MinorUnit ?? 0;
        return money.Amount.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>Writes a <c>trace</c> array of <c>{step, detail, source}</c> objects (source only when known).</summary>
    public static void WriteTrace(Utf8JsonWriter writer, IEnumerable<TaxTraceStep> trace)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(trace);
        writer.WriteStartArray("trace");
        foreach (var step in trace)
        {
            writer.WriteStartObject();
            writer.WriteString("step", step.Step);
            writer.WriteString("detail", step.Detail);
            if (step.Source is not null)
            {
                writer.WriteString("source", step.Source);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a property holding Core's money form <c>{"amount":"33.60","currency":"EUR"}</c>.</summary>
    public static void WriteMoney(Utf8JsonWriter writer, string name, Money money)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject(name);
        writer.WriteString("amount", FormatAmount(money));
        writer.WriteString("currency", money.Currency.Code);
        writer.WriteEndObject();
    }
}
