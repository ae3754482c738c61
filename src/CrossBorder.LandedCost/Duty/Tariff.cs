using System.Globalization;
using NodaTime;

namespace CrossBorder.LandedCost;

/// <summary>What to do when the code given is shorter than the tariff's lines (only a heading such as <c>8518</c> is known).</summary>
public enum IncompleteCodePolicy
{
    /// <summary>Refuse: the caller must classify the goods fully (the default).</summary>
    Refuse,

    /// <summary>The lowest duty among the lines under the code.</summary>
    Lowest,

    /// <summary>The highest duty among the lines under the code: the answer that is never too little.</summary>
    Highest,

    /// <summary>The mean of the duties of the lines under the code, rounded to the minor unit.</summary>
    Average,
}

/// <summary>How a tariff answered for one HS code: the base line and the additional layers, or the candidates of an incomplete code.</summary>
public sealed class TariffMatch
{
    internal TariffMatch(string code, IReadOnlyList<TariffLine> candidates, IReadOnlyList<TariffLine> layers, string how)
    {
        Code = code;
        Candidates = candidates;
        Layers = layers;
        How = how;
    }

    /// <summary>The code asked for.</summary>
    public string Code { get; }

    /// <summary>
    /// The base lines that can apply: one when the code (or a shorter prefix of it) has a line, several when the code is
    /// shorter than the tariff's lines and the <see cref="IncompleteCodePolicy"/> must choose.
    /// </summary>
    public IReadOnlyList<TariffLine> Candidates { get; }

    /// <summary>Additional duty layers that apply on top of the base duty.</summary>
    public IReadOnlyList<TariffLine> Layers { get; }

    /// <summary>How the match was found, for the trace.</summary>
    public string How { get; }
}

/// <summary>Looks up the duty of goods by destination, code, origin and date. Implement it to plug in a full national tariff.</summary>
public interface ITariffProvider
{
    /// <summary>The lines that apply, or null when the tariff has nothing for the code (not even a shorter prefix or longer lines).</summary>
    TariffMatch? Find(string area, string hsCode, CountryCode origin, LocalDate date);
}

/// <summary>
/// An immutable in-memory tariff. A code matches its longest prefix that has a line (a 10-digit national code finds its
/// HS6 line, then its heading, then its chapter); among matching lines a preferential rate for the goods' origin wins
/// over the general one. A code shorter than every line under it returns all of them as candidates, for an
/// <see cref="IncompleteCodePolicy"/> to choose. Additional layers (named lines) apply on top wherever their prefix matches.
/// </summary>
public sealed class Tariff : ITariffProvider
{
    private static readonly Lazy<Tariff> EmbeddedSample = new(() => TariffCsv.Read(new StringReader(EmbeddedData.Read("sample-tariff.csv")), "the embedded sample tariff"));

    // Area → code → lines, each level in the order the lines came; codes are looked up by span (no substring per prefix).
    private readonly Dictionary<string, Dictionary<string, TariffLine[]>> _lines;

    /// <summary>Creates a tariff.</summary>
    /// <exception cref="ArgumentException">Two lines of the same area, code, layer and origins overlap in time.</exception>
    public Tariff(IEnumerable<TariffLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var all = lines.ToArray();
        foreach (var group in all.GroupBy(l => (l.Area, l.Code, l.Layer, Origins: string.Join(",", l.Origins.Select(o => o.Alpha2).Order(StringComparer.Ordinal)))))
        {
            var sorted = group.OrderBy(l => l.Period.Start).ToArray();
            for (var i = 1; i < sorted.Length; i++)
            {
                if (sorted[i - 1].Period.Overlaps(sorted[i].Period))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Tariff lines {sorted[i - 1]} and {sorted[i]} overlap."), nameof(lines));
                }
            }
        }

        _lines = all.GroupBy(l => l.Area, StringComparer.Ordinal).ToDictionary(
            a => a.Key,
            a => a.GroupBy(l => l.Code, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal),
            StringComparer.Ordinal);
        Lines = all;
    }

    /// <summary>Every line.</summary>
    public IReadOnlyList<TariffLine> Lines { get; }

    /// <summary>
    /// The small sample tariff embedded in the package (<c>Data/sample-tariff.csv</c>: a dozen goods typical of
    /// cross-border sellers into the EU, the UK and the US, each line with its source). Not a national tariff: hosts
    /// load theirs with <see cref="TariffCsv"/> or implement <see cref="ITariffProvider"/>.
    /// </summary>
    public static Tariff Sample => EmbeddedSample.Value;

    /// <inheritdoc />
    public TariffMatch? Find(string area, string hsCode, CountryCode origin, LocalDate date)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(area);
        if (!HsCodes.IsValid(hsCode))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"'{hsCode}' is not an HS code of 2 to 10 digits."), nameof(hsCode));
        }

        if (!_lines.TryGetValue(area, out var codes))
        {
            return null;
        }

        // The longest prefix with a base line that applies gives the base duty (a preferential line for the origin before
        // the general one); layers are gathered from every prefix, the first line of each layer name.
        var byPrefix = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        List<TariffLine>? layers = null;
        TariffLine? best = null;
        for (var length = hsCode.Length; length >= 2; length--)
        {
            if (!byPrefix.TryGetValue(hsCode.AsSpan(0, length), out var lines))
            {
                continue;
            }

            TariffLine? preferential = null, general = null;
            foreach (var line in lines)
            {
                if (!line.AppliesTo(origin, date))
                {
                    continue;
                }

                if (line.Layer is not null)
                {
                    if (layers is null || !layers.Exists(x => x.Layer == line.Layer))
                    {
                        (layers ??= []).Add(line);
                    }
                }
                else if (line.IsPreferential)
                {
                    preferential ??= line;
                }
                else
                {
                    general ??= line;
                }
            }

            best ??= preferential ?? general;
        }

        IReadOnlyList<TariffLine> found = layers ?? (IReadOnlyList<TariffLine>)[];
        if (best is not null)
        {
            // Every line under a key has that key as its code, so the prefix matched is the line's code.
            var how = best.Code.Length == hsCode.Length ? best.ExactMatchText : string.Create(CultureInfo.InvariantCulture, $"line {best.Code}, the longest prefix of {hsCode} in the tariff");
            return new TariffMatch(hsCode, [best], found, best.IsPreferential ? how + string.Create(CultureInfo.InvariantCulture, $" (preferential rate for goods of {origin})") : how);
        }

        var below = codes.Where(e => e.Key.Length > hsCode.Length && e.Key.StartsWith(hsCode, StringComparison.Ordinal))
            .SelectMany(e => e.Value)
            .Where(l => l.Layer is null && l.AppliesTo(origin, date))
            .GroupBy(l => l.Code)
            .Select(g => Pick(g)!)
            .ToArray();
        return below.Length == 0
            ? null
            : new TariffMatch(hsCode, below, found, string.Create(CultureInfo.InvariantCulture, $"{hsCode} is incomplete: {below.Length} lines under it ({string.Join(", ", below.Select(l => l.Code))})"));
    }

    /// <summary>The preferential line for the origin if there is one, else the general line.</summary>
    private static TariffLine? Pick(IEnumerable<TariffLine> lines)
    {
        TariffLine? general = null;
        foreach (var line in lines)
        {
            if (line.IsPreferential)
            {
                return line;
            }

            general ??= line;
        }

        return general;
    }
}
