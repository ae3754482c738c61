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

    private readonly Dictionary<(string Area, string Code), TariffLine[]> _lines;

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
                    throw new ArgumentException($"Tariff lines {sorted[i - 1]} and {sorted[i]} overlap.", nameof(lines));
                }
            }
        }

        _lines = all.GroupBy(l => (l.Area, l.Code)).ToDictionary(g => g.Key, g => g.ToArray());
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
            throw new ArgumentException($"'{hsCode}' is not an HS code of 2 to 10 digits.", nameof(hsCode));
        }

        var layers = new List<TariffLine>();
        TariffLine? best = null;
        string? matched = null;
        for (var length = hsCode.Length; length >= 2; length--)
        {
            if (!_lines.TryGetValue((area, hsCode[..length]), out var lines))
            {
                continue;
            }

            var applicable = lines.Where(l => l.AppliesTo(origin, date)).ToArray();
            layers.AddRange(applicable.Where(l => l.Layer is not null && !layers.Any(x => x.Layer == l.Layer)));
            if (best is null && Pick(applicable.Where(l => l.Layer is null)) is { } line)
            {
                best = line;
                matched = hsCode[..length];
            }
        }

        if (best is not null)
        {
            var how = matched!.Length == hsCode.Length ? $"line {matched}" : $"line {matched}, the longest prefix of {hsCode} in the tariff";
            return new TariffMatch(hsCode, [best], layers, how + (best.IsPreferential ? $" (preferential rate for goods of {origin})" : string.Empty));
        }

        var below = _lines.Where(e => e.Key.Area == area && e.Key.Code.Length > hsCode.Length && e.Key.Code.StartsWith(hsCode, StringComparison.Ordinal))
            .SelectMany(e => e.Value)
            .Where(l => l.Layer is null && l.AppliesTo(origin, date))
            .GroupBy(l => l.Code)
            .Select(g => Pick(g)!)
            .ToArray();
        return below.Length == 0
            ? null
            : new TariffMatch(hsCode, below, layers, string.Create(CultureInfo.InvariantCulture, $"{hsCode} is incomplete: {below.Length} lines under it ({string.Join(", ", below.Select(l => l.Code))})"));
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
