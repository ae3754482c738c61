using System.Globalization;
using System.Text.Json;

namespace CrossBorder.Cli.Tests.Helpers;

/// <summary>Reads the tool's JSON output back, with amounts as exact decimals.</summary>
public static class JsonOutput
{
    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>A Money object <c>{"amount":"12.50","currency":"EUR"}</c> as (amount, code).</summary>
    public static (decimal Amount, string Currency) Money(JsonElement element) =>
        (decimal.Parse(element.GetProperty("amount").GetString()!, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture),
         element.GetProperty("currency").GetString()!);

    /// <summary>The amounts of the "parts" array of an allocation.</summary>
    public static List<(decimal Amount, string Currency)> Parts(JsonElement root) =>
        [.. root.GetProperty("parts").EnumerateArray().Select(p => Money(p.GetProperty("amount")))];
}
