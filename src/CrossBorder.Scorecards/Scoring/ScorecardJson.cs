using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace CrossBorder.Scorecards;

/// <summary>
/// The JSON contract of <c>crossborder scorecard --format json</c> (docs/scorecards.md): <c>definition</c>,
/// <c>asOf</c> and <c>cards[]</c>, each with <c>entity</c>, <c>score</c> (0–100 rounded half away from zero to 2
/// places, or <c>null</c> when coverage is below the minimum), <c>coverage</c> (0–1, 4 places), <c>status</c>
/// (<c>green</c>, <c>amber</c>, <c>red</c>; red whenever a hard limit is breached), <c>metrics[]</c> with <c>id</c>,
/// <c>name</c>, <c>role</c>, <c>value</c> (6 places, a percent as a fraction, or <c>null</c>), <c>score</c>,
/// <c>status</c> (or <c>null</c>), <c>weight</c> (renormalised, 6 places), <c>hardLimitBreached</c> and
/// <c>reasons[]</c>; <c>alerts[]</c> with <c>metric</c>, <c>date</c>, <c>method</c>, <c>severity</c>, <c>detail</c>;
/// and <c>explanation[]</c>. Invariant: numbers are JSON numbers, dates yyyy-MM-dd.
/// </summary>
public static class ScorecardJson
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The word for a status.</summary>
    public static string StatusCode(RagStatus status) => Text.Status(status);

    /// <summary>The word for a role.</summary>
    public static string RoleCode(MetricRole role) => role switch
    {
        MetricRole.NorthStar => "north-star",
        MetricRole.Input => "input",
        _ => "guardrail",
    };

    /// <summary>Writes the cards of <paramref name="definition"/> as of <paramref name="asOf"/>.</summary>
    public static void Write(Stream utf8Json, ScorecardDefinition definition, LocalDate asOf, IReadOnlyList<ScorecardResult> cards)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(cards);
        using var writer = new Utf8JsonWriter(utf8Json, Indented);
        writer.WriteStartObject();
        writer.WriteString("definition", definition.Name);
        writer.WriteString("asOf", Text.Date(asOf));
        writer.WriteStartArray("cards");
        foreach (var card in cards)
        {
            writer.WriteStartObject();
            writer.WriteString("entity", card.Entity);
            Number(writer, "score", card.Score, 2);
            Number(writer, "coverage", card.Coverage, 4);
            writer.WriteString("status", StatusCode(card.Status));
            writer.WriteStartArray("metrics");
            foreach (var m in card.Metrics)
            {
                writer.WriteStartObject();
                writer.WriteString("id", m.Id);
                writer.WriteString("name", m.Name);
                writer.WriteString("role", RoleCode(m.Role));
                Number(writer, "value", m.Value, 6);
                Number(writer, "score", m.Score, 2);
                if (m.Status is { } status)
                {
                    writer.WriteString("status", StatusCode(status));
                }
                else
                {
                    writer.WriteNull("status");
                }

                Number(writer, "weight", m.Weight, 6);
                writer.WriteBoolean("hardLimitBreached", m.HardLimitBreached);
                Strings(writer, "reasons", m.Reasons);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteStartArray("alerts");
            foreach (var a in card.Alerts)
            {
                writer.WriteStartObject();
                writer.WriteString("metric", a.MetricId);
                writer.WriteString("date", Text.Date(a.Date));
                writer.WriteString("method", a.Method);
                writer.WriteString("severity", StatusCode(a.Severity));
                writer.WriteString("detail", a.Detail);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            Strings(writer, "explanation", card.Explanation);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, string name, decimal? value, int places)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, Math.Round(v, places, MidpointRounding.AwayFromZero));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter writer, string name, IReadOnlyList<string> items)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
