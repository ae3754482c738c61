using System.Collections;
using System.Globalization;
using NodaTime;

namespace CrossBorder.Scorecards;

/// <summary>
/// A metric's reasons, written on first read from the numbers that decided its score and status, then fixed (a
/// concurrent first read may write them twice; both writes are equal). One object per metric, so a large run that only
/// needs the numbers does not pay for the sentences.
/// </summary>
internal sealed class MetricReasons(
    MetricDefinition metric, WindowValue window, decimal value, decimal compared, RagStatus bandStatus, string bands,
    decimal? score, double z, int past, int peers, string? rule, HardLimit? limit, bool breached, LocalDate date) : IReadOnlyList<string>
{
    private string[]? _items;

    public int Count => Items.Length;

    private string[] Items => _items ?? Interlocked.CompareExchange(ref _items, Write(), null) ?? _items!;

    public string this[int index] => Items[index];

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string[] Write()
    {
        var reasons = new List<string>(2);
        var shown = window.Target is { } t
            ? $"{Text.Value(value, metric.Unit)} is {Text.Value(compared, MetricUnit.Percent)} of the {Text.Value(t, metric.Unit)} target"
            : Text.Value(value, metric.Unit);
        reasons.Add($"{metric.Name} {shown}: {Text.Status(bandStatus)} ({bands})");
        if (metric.Normalisation == Normalisation.MinMax)
        {
            reasons.Add(score is null
                ? $"min-max: no score, the {peers} entities with a value do not differ"
                : $"min-max against {peers} entities");
        }
        else if (metric.Normalisation == Normalisation.ZScore)
        {
            reasons.Add(score is null
                ? $"z-score: no score, {past} previous windows with a value (3 with a spread needed)"
                : string.Create(CultureInfo.InvariantCulture, $"z-score {z:0.00} against {past} previous windows"));
        }

        if (rule is not null && limit is null)
        {
            reasons.Add($"no {rule} limit in effect on {Text.Date(date)}");
        }

        if (breached && limit is not null)
        {
            var side = metric.Direction == Direction.HigherIsBetter
                ? (limit.ValueAllowed ? "below the minimum of" : "at or below the minimum of")
                : (limit.ValueAllowed ? "above the limit of" : "at or above the limit of");
            var count = limit.MaxCount is { } max ? $" with {Text.Number(window.Numerator ?? 0m)} {metric.Numerator}, more than {Text.Number(max)}" : string.Empty;
            reasons.Add($"hard limit breached: {Text.Value(value, metric.Unit)} {side} {Text.Value(limit.Value, metric.Unit)}{count}{(limit.Source is { } s ? $" ({s})" : string.Empty)}: red");
        }

        return [.. reasons];
    }
}
