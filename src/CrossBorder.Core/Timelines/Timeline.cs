using System.Collections;
using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace CrossBorder;

/// <summary>
/// Values over non-overlapping date ranges, looked up by date: a VAT rate that changed on 2021-07-01,
/// a threshold that applies from a date, a currency a country used until it joined the euro.
/// Gaps are allowed (no value on those days); overlaps are rejected when the timeline is built.
/// </summary>
/// <typeparam name="T">The dated value.</typeparam>
public sealed class Timeline<T> : IReadOnlyList<EffectiveValue<T>>
{
    private readonly EffectiveValue<T>[] _entries;

    private Timeline(EffectiveValue<T>[] entries) => _entries = entries;

    /// <summary>A timeline with no values.</summary>
    public static Timeline<T> Empty { get; } = new([]);

    /// <summary>Number of dated values.</summary>
    public int Count => _entries.Length;

    /// <summary>The dated value at <paramref name="index"/>, in date order.</summary>
    public EffectiveValue<T> this[int index] => _entries[index];

    /// <summary>Builds a timeline; the entries may come in any order.</summary>
    /// <exception cref="ArgumentException">Two entries overlap; the message names both periods.</exception>
    public static Timeline<T> Create(IEnumerable<EffectiveValue<T>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var sorted = entries.OrderBy(e => e.Period.Start).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i - 1].Period.Overlaps(sorted[i].Period))
            {
                throw new ArgumentException(
                    $"Periods {sorted[i - 1].Period} ({sorted[i - 1].Value}) and {sorted[i].Period} ({sorted[i].Value}) overlap; a date may have one value only.",
                    nameof(entries));
            }
        }

        return new Timeline<T>(sorted);
    }

    /// <summary>Builds a timeline from values that each apply from a date until the next one starts; the last stays in force.</summary>
    /// <exception cref="ArgumentException">Two values start on the same day.</exception>
    public static Timeline<T> FromChanges(IEnumerable<(LocalDate From, T Value)> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var sorted = changes.OrderBy(c => c.From).ToArray();
        var entries = new EffectiveValue<T>[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i + 1 < sorted.Length && sorted[i + 1].From == sorted[i].From)
            {
                throw new ArgumentException($"Two values start on {Internal.Dates.Format(sorted[i].From)}.", nameof(changes));
            }

            var period = i + 1 < sorted.Length
                ? EffectivePeriod.Between(sorted[i].From, sorted[i + 1].From.PlusDays(-1))
                : EffectivePeriod.From(sorted[i].From);
            entries[i] = new EffectiveValue<T>(period, sorted[i].Value);
        }

        return new Timeline<T>(entries);
    }

    /// <summary>The value in force on <paramref name="date"/>.</summary>
    /// <exception cref="KeyNotFoundException">No value applies on that date; the message names it.</exception>
    public T ValueAt(LocalDate date) =>
        TryGetEntry(date, out var entry)
            ? entry.Value
            : throw new KeyNotFoundException($"No value applies on {Internal.Dates.Format(date)}; the timeline covers {Describe()}.");

    /// <summary>The value in force on <paramref name="date"/>, if any.</summary>
    public bool TryGetValueAt(LocalDate date, [MaybeNullWhen(false)] out T value)
    {
        if (TryGetEntry(date, out var entry))
        {
            value = entry.Value;
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The dated value (with its period and source) in force on <paramref name="date"/>, if any.</summary>
    public bool TryGetEntry(LocalDate date, [NotNullWhen(true)] out EffectiveValue<T>? entry)
    {
        // Binary search for the last entry starting on or before the date.
        int lo = 0, hi = _entries.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (_entries[mid].Period.Start <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        entry = found >= 0 && _entries[found].Period.Contains(date) ? _entries[found] : null;
        return entry is not null;
    }

    /// <inheritdoc />
    public IEnumerator<EffectiveValue<T>> GetEnumerator() => ((IEnumerable<EffectiveValue<T>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private string Describe() =>
        _entries.Length == 0 ? "no dates" : string.Join(", ", _entries.Select(e => e.Period.ToString()));
}
